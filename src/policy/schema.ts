/**
 * The policy file's structure, written once as data (see spec.ts). The
 * validator walks it, the loader's input types come from it, and
 * schema/agent-policy.schema.json is generated from it.
 */
import { boolean, integer, list, map, object, string, type Infer } from './spec.js'

/** Values of absent keys: written here once, read by the spec (docs, JSON Schema) and resolve.ts. */
export const DEFAULTS = {
  outsideCanEdit: 'review',
  attribution: 'commit',
  approvalsRequired: 1,
  allowRequester: false,
  caseSensitive: false,
  agentsBuiltin: true,
  blockHumanSecretFiles: true
} as const

/** A bare lower-case word in a list names an area; everything else is a path pattern. */
export const AREA_NAME = {
  regex: '^[a-z][a-z0-9_-]*$',
  expected: 'a lower-case word of letters, digits, "_" or "-", starting with a letter'
}

const GITHUB_REVIEWER = {
  regex: '^@[A-Za-z0-9][A-Za-z0-9-]*(/[A-Za-z0-9][A-Za-z0-9._-]*)?$',
  expected: 'a GitHub user "@login" or team "@org/team-slug"'
}

const ruleEntry = string({
  description:
    'An area name (a bare lower-case word such as `migrations`) or a path pattern (such as `docs/` or `*.md`).',
  example: '- docs/'
})

const ruleLists = {
  can_read: list({
    description:
      'Where agents may read. Advisory: reads cannot be observed in CI, so this list is reported, never enforced.',
    example: 'can_read: [app/, docs/]',
    items: ruleEntry
  }),
  can_edit: list({
    description:
      'Where agents may edit freely. When present, agent edits anywhere else follow `outside_can_edit`; when absent, agents may edit anywhere no other list covers.',
    example: 'can_edit: [tests/, docs/]',
    items: ruleEntry
  }),
  cannot_access: list({
    description: 'Where agents must not change anything. An agent change here blocks the merge.',
    example: 'cannot_access: [secrets, storage/logs/]',
    items: ruleEntry
  }),
  requires_human_review: list({
    description:
      'Where agent changes need approval by eligible humans before merging. `governance` is always added.',
    example: 'requires_human_review: [migrations, auth]',
    items: ruleEntry
  })
}

const patternList = (description: string, example: string) =>
  list({
    description,
    example,
    items: string({ description: 'A path pattern.', example: '- docs/' })
  })

/** A list of strings; the item example is the list example's first value as a `- value` line. */
const stringList = (description: string, example: string, item: string) =>
  list({
    description,
    example,
    items: string({ description: item, example: `- ${firstValue(example)}` })
  })

function firstValue(example: string): string {
  return example.slice(example.indexOf('[') + 1, example.lastIndexOf(']')).split(', ')[0] ?? ''
}

const areaDefinition = object({
  description: 'A named area: the paths it covers and who must approve agent changes there.',
  example: 'billing: { paths: [app/Billing/], approvals: 2 }',
  fields: {
    description: string({
      description: 'What the area is, shown in reports.',
      example: 'description: Billing code'
    }),
    paths: list({
      description:
        'Patterns of the paths in the area. Required for a new area; for a built-in area, replaces its patterns (for `governance`, adds to them).',
      example: 'paths: [app/Billing/]',
      minItems: 1,
      items: string({ description: 'A path pattern.', example: '- app/Billing/' })
    }),
    except: patternList(
      'Patterns of paths left out of the area even though `paths` matches them.',
      'except: [app/Billing/README.md]'
    ),
    approvals: integer({
      description: 'Eligible human approvals needed (default: `approvals.required`).',
      example: 'approvals: 2',
      minimum: 1
    }),
    reviewers: list({
      description: 'Who may approve: GitHub users and teams. Empty means any eligible human.',
      example: 'reviewers: ["@acme/dba"]',
      items: string({
        description: 'A GitHub user `@login` or team `@org/team-slug`.',
        example: '- "@acme/dba"',
        pattern: GITHUB_REVIEWER
      })
    }),
    codeowners: boolean({
      description: 'Whether the CODEOWNERS owners of the matched files may approve.',
      example: 'codeowners: true'
    })
  }
})

const agents = object({
  description: 'How agent-made changes are recognised, besides the built-in catalogue.',
  example: 'agents: { logins: ["my-agent[bot]"] }',
  fields: {
    builtin: boolean({
      description: 'Whether the built-in catalogue of agent identities applies.',
      example: 'builtin: true',
      default: DEFAULTS.agentsBuiltin
    }),
    logins: stringList('GitHub logins that are agents.', 'logins: ["my-agent[bot]"]', 'A login.'),
    emails: stringList(
      'Globs on commit author, committer and co-author emails that are agents.',
      'emails: ["*@agents.example.com"]',
      'An email glob.'
    ),
    trailers: stringList(
      'Commit trailer keys whose presence marks an agent commit.',
      'trailers: [Agent-Session]',
      'A trailer key.'
    ),
    branches: stringList(
      'Globs on the PR head branch that mark an agent PR.',
      'branches: ["agent/*"]',
      'A branch glob.'
    ),
    labels: stringList('PR labels that mark an agent PR.', 'labels: [ai-generated]', 'A label.'),
    pr_body_markers: stringList(
      'Text that marks an agent PR when found in its body.',
      'pr_body_markers: ["Generated by my-agent"]',
      'A plain substring.'
    ),
    ignore_bots: stringList(
      'Bot logins that are automation, never agents (e.g. a release bot).',
      'ignore_bots: ["release-bot[bot]"]',
      'A login.'
    )
  }
})

const approvals = object({
  description: 'Approval defaults for areas that do not set their own.',
  example: 'approvals: { required: 1 }',
  fields: {
    required: integer({
      description: 'Eligible approvals needed.',
      example: 'required: 1',
      default: DEFAULTS.approvalsRequired,
      minimum: 1
    }),
    allow_requester: boolean({
      description: 'Whether the human who asked the agent may approve its work.',
      example: 'allow_requester: false',
      default: DEFAULTS.allowRequester
    })
  }
})

const secretAllowance = object({
  description: 'A secret finding accepted on purpose.',
  example: '- { fingerprint: "...", reason: test fixture }',
  required: ['fingerprint', 'reason'],
  fields: {
    fingerprint: string({
      description:
        "The finding's full fingerprint (64 hex characters: sha256 of the rule and the value, never the value itself), from `secrets.findings[].fingerprint` in the audit record; the reports show its first 12 characters.",
      example: 'fingerprint: "<64 hex characters from the audit record>"',
      pattern: {
        regex: '^[0-9a-f]{64}$',
        expected:
          'the 64 lower-case hex characters of secrets.findings[].fingerprint in the audit record'
      }
    }),
    reason: string({ description: 'Why it is accepted.', example: 'reason: test fixture' }),
    expires: string({
      description: 'Last day the allowance applies (YYYY-MM-DD).',
      example: 'expires: 2026-12-31',
      format: 'date',
      pattern: { regex: '^\\d{4}-\\d{2}-\\d{2}$', expected: 'a date written YYYY-MM-DD' }
    })
  }
})

const secrets = object({
  description: 'Options for the secret scanner.',
  example: 'secrets: { block_human_secret_files: true }',
  fields: {
    block_human_secret_files: boolean({
      description: 'Whether a human (not agent) change to a secret file also blocks.',
      example: 'block_human_secret_files: true',
      default: DEFAULTS.blockHumanSecretFiles
    }),
    ignore_paths: patternList(
      'Paths whose added lines are not scanned (fixtures).',
      'ignore_paths: [test/fixtures/]'
    ),
    allow: list({
      description: 'Accepted findings, by fingerprint.',
      example: 'allow: [{ fingerprint: "...", reason: test fixture }]',
      items: secretAllowance
    })
  }
})

/** Shape (a): the article's map, verbatim. */
export const MAP_POLICY_SPEC = object({
  description: 'The policy map from the article: four lists under `ai_agent_policy:`.',
  example: 'ai_agent_policy: { can_edit: [tests/] }',
  required: ['ai_agent_policy'],
  unknownKeyHint:
    'Next to "ai_agent_policy:" nothing else is allowed; for more options use the full schema ("version: 1" with the lists at the top level)',
  fields: {
    ai_agent_policy: object({
      description: 'The four lists.',
      example: 'ai_agent_policy: { can_edit: [tests/] }',
      fields: ruleLists
    })
  }
})

/** Shape (b): the full, versioned schema. */
export const POLICY_SPEC = object({
  description: 'An agent-audit policy (version 1).',
  example: 'version: 1',
  required: ['version'],
  missingKeyHint: 'or put the four lists under "ai_agent_policy:"',
  fields: {
    version: integer({
      description: 'The schema version. Must be 1.',
      example: 'version: 1',
      enum: [1]
    }),
    ...ruleLists,
    outside_can_edit: string({
      description:
        'What happens to agent edits outside `can_edit` that no other list covers: `review` (they need approval) or `block`.',
      example: 'outside_can_edit: review',
      default: DEFAULTS.outsideCanEdit,
      enum: ['review', 'block']
    }),
    areas: map({
      description:
        'Named areas, usable by name in the lists. Overrides a built-in area of the same name.',
      example: 'areas: { billing: { paths: [app/Billing/] } }',
      keys: AREA_NAME,
      values: areaDefinition
    }),
    agents,
    attribution: string({
      description:
        '`commit`: only changes made in agent commits are judged as agent changes. `pull_request`: every change of a PR opened by an agent is.',
      example: 'attribution: commit',
      default: DEFAULTS.attribution,
      enum: ['commit', 'pull_request']
    }),
    approvals,
    case_sensitive: boolean({
      description:
        'Match the policy’s own patterns with exact letter case. Built-in areas always ignore case.',
      example: 'case_sensitive: false',
      default: DEFAULTS.caseSensitive
    }),
    secrets
  }
})

export type PolicyDocument = Infer<typeof POLICY_SPEC>
/** The fields both shapes share once validated; the map shape fills only the four lists. */
export type PolicyFields = Partial<Omit<PolicyDocument['value'], 'version'>>
export type MapPolicyDocument = Infer<typeof MAP_POLICY_SPEC>
export type AreaDocument = Infer<typeof areaDefinition>
export type RuleListKey = keyof typeof ruleLists
