/**
 * The documentation's policies are real policies: every example under
 * examples/ and every policy block of the README loads with the real
 * loader, and each example covers the paths its comments promise.
 */
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
// The named export: under NodeNext the default import of this CommonJS module is not constructable.
import { Ajv } from 'ajv'
import { parse, parseDocument } from 'yaml'
import { rulesForPath, type RuleHit } from '../src/evaluation/file-rules.js'
import { loadPolicy } from '../src/policy/load.js'
import type { Policy } from '../src/policy/types.js'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const POLICY_PATH = '.github/agent-policy.yml'
const SCHEMA_FILE = join(ROOT, 'schema', 'agent-policy.schema.json')
const SCHEMA_LINE = /^# yaml-language-server: \$schema=(\S+)$/

/** Every examples/**\/agent-policy.yml, relative to the repository root, sorted. */
function examplePolicies(): string[] {
  const found: string[] = []
  const walk = (directory: string): void => {
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      const path = join(directory, entry.name)
      if (entry.isDirectory()) walk(path)
      else if (entry.name === 'agent-policy.yml') found.push(relative(ROOT, path))
    }
  }
  walk(join(ROOT, 'examples'))
  return found.sort()
}

const read = (path: string): string => readFileSync(join(ROOT, path), 'utf8')
const load = (path: string): Policy => loadPolicy(read(path), { path: POLICY_PATH })

/** The committed JSON Schema, as an editor would apply it (with the validator's date rule). */
function schemaValidator(): (document: unknown) => boolean {
  const ajv = new Ajv({ allErrors: true, strict: true })
  ajv.addFormat('date', (value: string) => {
    const date = new Date(`${value}T00:00:00Z`)
    return /^\d{4}-\d{2}-\d{2}$/.test(value) && date.toISOString().startsWith(value)
  })
  const validate = ajv.compile(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as object)
  return document => validate(document)
}
const schemaAccepts = schemaValidator()

/** What an example must decide for one path; lists are area labels or patterns, in list order. */
interface PathFact {
  path: string
  cannotAccess?: string[]
  review?: string[]
  /** Whether the path is inside can_edit (default false). */
  canEdit?: boolean
}

interface AreaFact {
  area: string
  approvals: number
  teams: string[]
  codeowners?: boolean
}

interface ExampleFacts {
  paths: PathFact[]
  areas: AreaFact[]
  attribution?: Policy['attribution']
}

const FACTS: Record<string, ExampleFacts> = {
  'examples/django/agent-policy.yml': {
    paths: [
      { path: 'shop/migrations/0002_order_total.py', review: ['migrations'] },
      {
        path: 'config/settings/production.py',
        cannotAccess: ['**/settings/production.py'],
        review: ['settings']
      },
      { path: 'shop/tests/test_checkout.py', canEdit: true },
      { path: 'accounts/permissions.py', review: ['authorization'] },
      { path: 'accounts/authentication.py', review: ['auth'] },
      { path: 'billing/models.py', review: ['payments'] },
      { path: 'config/urls.py', review: ['settings'] },
      { path: 'requirements.txt', review: ['dependencies'] },
      { path: '.env', cannotAccess: ['secrets'] },
      { path: 'shop/models.py' }
    ],
    areas: [
      { area: 'migrations', approvals: 2, teams: ['acme/dba'] },
      { area: 'settings', approvals: 1, teams: ['acme/platform'] }
    ]
  },
  'examples/laravel/agent-policy.yml': {
    paths: [
      { path: 'database/migrations/2026_01_01_x.php', review: ['migrations'] },
      { path: '.env', cannotAccess: ['secrets'] },
      { path: '.env.production', cannotAccess: ['secrets'] },
      { path: '.env.example' },
      { path: 'storage/logs/laravel.log', cannotAccess: ['storage/logs/'] },
      { path: 'storage/oauth-private.key', cannotAccess: ['secrets'] },
      { path: 'app/Http/Controllers/Auth/LoginController.php', review: ['auth'] },
      { path: 'app/Http/Middleware/Authenticate.php', review: ['auth', 'middleware'] },
      { path: 'app/Billing/InvoiceMailer.php', review: ['payments'] },
      { path: 'composer.lock', review: ['dependencies'] },
      { path: '.github/agent-policy.yml', review: ['governance'] },
      { path: 'tests/Feature/LoginTest.php', canEdit: true },
      { path: 'resources/views/welcome.blade.php', canEdit: true },
      { path: 'app/Models/User.php' }
    ],
    areas: [
      { area: 'migrations', approvals: 2, teams: ['acme/dba'] },
      { area: 'payments', approvals: 2, teams: ['acme/payments'] },
      { area: 'middleware', approvals: 1, teams: ['acme/security'] }
    ]
  },
  'examples/node-monorepo/agent-policy.yml': {
    paths: [
      { path: 'packages/db/migrations/0003_add_orders.sql', review: ['migrations'] },
      { path: 'packages/db/prisma/schema.prisma', review: ['migrations'] },
      { path: 'packages/auth/src/session.ts', review: ['auth'] },
      { path: 'packages/billing/src/invoice.ts', review: ['payments'] },
      { path: 'packages/web/package.json', review: ['dependencies'] },
      { path: 'pnpm-lock.yaml', review: ['dependencies'] },
      { path: 'packages/api/src/index.ts', review: ['public-api'] },
      { path: '.github/workflows/ci.yml', review: ['ci', 'governance'] },
      { path: 'packages/api/.env.local', cannotAccess: ['secrets'] },
      {
        path: 'packages/api/src/config/production.ts',
        cannotAccess: ['packages/*/src/config/production.ts']
      },
      { path: 'packages/ui/test/button.test.tsx', canEdit: true },
      { path: 'packages/web/src/cart.test.ts', canEdit: true },
      { path: 'packages/ui/src/components/Button.tsx', canEdit: true },
      { path: 'packages/web/src/cart.ts' }
    ],
    areas: [
      { area: 'auth', approvals: 2, teams: ['acme/security'] },
      { area: 'dependencies', approvals: 1, teams: ['acme/platform'] },
      { area: 'public-api', approvals: 1, teams: [], codeowners: true }
    ]
  },
  'examples/rails/agent-policy.yml': {
    paths: [
      { path: 'db/migrate/20260101000000_add_index.rb', review: ['migrations'] },
      { path: 'db/schema.rb', review: ['migrations'] },
      { path: 'config/master.key', cannotAccess: ['secrets'] },
      { path: 'config/credentials.yml.enc', cannotAccess: ['config/credentials.yml.enc'] },
      {
        path: 'config/environments/production.rb',
        cannotAccess: ['config/environments/production.rb']
      },
      { path: 'log/production.log', cannotAccess: ['./log/'] },
      { path: 'app/models/log/entry.rb' },
      { path: 'app/controllers/users/sessions_controller.rb', review: ['auth'] },
      { path: 'app/policies/invoice_policy.rb', review: ['authorization', 'payments'] },
      { path: 'config/initializers/devise.rb', review: ['auth', 'boot'] },
      { path: 'Gemfile.lock', review: ['dependencies'] },
      { path: 'spec/models/user_spec.rb', canEdit: true },
      { path: 'app/models/user.rb' }
    ],
    areas: [
      { area: 'migrations', approvals: 2, teams: ['acme/dba'] },
      { area: 'boot', approvals: 1, teams: [], codeowners: true }
    ],
    attribution: 'pull_request'
  }
}

const labels = (hits: RuleHit[]): string[] => hits.map(hit => hit.entry.label)

function decisionFor(policy: Policy, path: string): Required<PathFact> {
  const rules = rulesForPath(policy, path)
  return {
    path,
    cannotAccess: labels(rules.cannotAccess),
    review: labels(rules.review),
    canEdit: policy.canEdit !== undefined && rules.canEdit.length > 0
  }
}

describe('examples/', () => {
  const examples = examplePolicies()

  it('has facts checked below for every example policy', () => {
    expect(examples).toEqual(Object.keys(FACTS).sort())
  })

  describe.each(examples)('%s', example => {
    const facts = FACTS[example] as ExampleFacts

    it('loads with the real loader as a full-schema policy', () => {
      expect(load(example).source.shape).toBe('schema')
    })

    it('is valid against schema/agent-policy.schema.json', () => {
      expect(schemaAccepts(parse(read(example)))).toBe(true)
    })

    it('points editors at schema/agent-policy.schema.json on its first line', () => {
      const firstLine = read(example).split('\n', 1)[0] ?? ''
      const target = SCHEMA_LINE.exec(firstLine)?.[1]
      expect(target).toBeDefined()
      expect(resolve(ROOT, dirname(example), target ?? '')).toBe(SCHEMA_FILE)
    })

    it.each(facts.paths)('decides $path', fact => {
      expect(decisionFor(load(example), fact.path)).toEqual({
        path: fact.path,
        cannotAccess: fact.cannotAccess ?? [],
        review: fact.review ?? [],
        canEdit: fact.canEdit ?? false
      })
    })

    it.each(facts.areas)('asks $approvals approval(s) for $area', fact => {
      const area = load(example).areas.get(fact.area)
      expect(area && { approvals: area.approvals, teams: area.reviewers.teams }).toEqual({
        approvals: fact.approvals,
        teams: fact.teams
      })
      expect(area?.reviewers.codeowners).toBe(fact.codeowners ?? false)
    })

    it('keeps the built-in patterns of the built-in areas it overrides', () => {
      const policy = load(example)
      expect(policy.areas.get('migrations')?.paths.some(p => p.where.file === '(built-in)')).toBe(
        true
      )
    })

    it('uses the attribution its comments describe', () => {
      expect(load(example).attribution).toBe(facts.attribution ?? 'commit')
    })
  })
})

/** The body of every ```yaml fence of a Markdown text. */
function yamlBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```yaml\n([\s\S]*?)^```$/gm)].map(match => match[1] ?? '')
}

/** A block is a policy when its first line that is not a comment opens one of the two shapes. */
function isPolicy(block: string): boolean {
  const first = block.split('\n').find(line => line.trim() !== '' && !line.startsWith('#'))
  return first !== undefined && /^(version: 1|ai_agent_policy:)\s*$/.test(first)
}

describe('README.md', () => {
  const readme = read('README.md')
  const blocks = yamlBlocks(readme)

  it('has yaml blocks that are valid YAML', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(5)
    for (const block of blocks) expect(parseDocument(block).errors).toEqual([])
  })

  it('has policy blocks in both shapes, each loaded by the real loader', () => {
    const policies = blocks.filter(isPolicy)
    const shapes = policies.map(block => loadPolicy(block, { path: POLICY_PATH }).source.shape)
    expect(new Set(shapes)).toEqual(new Set(['map', 'schema']))
    for (const block of policies) expect(schemaAccepts(parse(block))).toBe(true)
  })

  it('passes the action only inputs that action.yml declares', () => {
    const declared = Object.keys((parse(read('action.yml')) as ActionYml).inputs)
    const workflows = blocks.map(block => parse(block) as unknown).filter(isWorkflow)
    const steps = workflows.flatMap(workflow =>
      Object.values(workflow.jobs).flatMap(job => job.steps ?? [])
    )
    const auditSteps = steps.filter(step => step.uses?.startsWith('agent-audit/agent-audit@'))
    expect(auditSteps.length).toBeGreaterThanOrEqual(1)
    for (const step of auditSteps) {
      for (const input of Object.keys(step.with ?? {})) expect(declared).toContain(input)
    }
  })

  it('documents every input and output of action.yml in its tables', () => {
    const action = parse(read('action.yml')) as ActionYml
    for (const name of [...Object.keys(action.inputs), ...Object.keys(action.outputs)]) {
      expect(readme).toMatch(new RegExp(`^\\| \`${name}\` +\\|`, 'm'))
    }
  })
})

interface ActionYml {
  inputs: Record<string, unknown>
  outputs: Record<string, unknown>
}

interface WorkflowStep {
  uses?: string
  with?: Record<string, unknown>
}

interface Workflow {
  jobs: Record<string, { steps?: WorkflowStep[] }>
}

function isWorkflow(value: unknown): value is Workflow {
  return typeof value === 'object' && value !== null && 'jobs' in value
}
