/**
 * Shared parts of the bypass suite: one base policy the attacker cannot
 * change, the repository it sits in, the fakes' lifecycle, and a typed view
 * of the audit record the bundle writes. Every bypass test runs the real
 * bundle (dist/index.js) against the fake GitHub API and a real git repo.
 */
import type { ActionRun, ActionRunOptions } from '../action/harness.js'
import { useFakes } from '../action/fakes-lifecycle.js'
import { BASE_FILES, type Scenario } from '../action/scenario.js'

export const POLICY_PATH = '.github/agent-policy.yml'

/** The base branch's policy: what the PR is judged by, whatever the PR does to the file. */
export const POLICY = `version: 1
can_edit: [docs/, tests/, src/]
cannot_access: [.env, private_keys/]
requires_human_review: [migrations, auth]
`

export const MIGRATION = 'database/migrations/2026_01_01_create_orders.php'
export const LOGIN_CONTROLLER = 'app/Http/Controllers/Auth/LoginController.php'
export const DEPLOY_NOTE = 'private_keys/deploy-notes.txt'

export const BASE = {
  ...BASE_FILES,
  [POLICY_PATH]: POLICY,
  'src/cart.js': 'export const cart = []\n',
  // Not a key itself (no secret rule fires on it): only the cannot_access rule applies.
  [DEPLOY_NOTE]: 'rotate the deploy key every quarter\n'
}

export interface AuditRecord {
  decision: string
  reason: string
  error?: { kind: string; message: string }
  policy: { builtIn: boolean; path: string; ref?: string }
  commits: {
    sha: string
    kind: string
    agent?: string
    cleanMerge: boolean
    evidence: { agent: string; signal: string; value: string }[]
    requester?: { name: string; email: string; login?: string }
    files: string[]
  }[]
  files: { path: string; agentTouched: boolean; agentCommits: string[]; verdict: string }[]
  findings: {
    kind: string
    status: string
    blocking: boolean
    path: string
    previousPath?: string
    area: string
    commits: string[]
  }[]
  approvals: {
    area: string
    counted: string[]
    ignored: { login: string; reason: string }[]
    changesRequestedBy: string[]
    satisfied: boolean
    lastAgentCommit?: string
  }[]
  requesters: { name: string; email: string; login?: string }[]
}

export const record = (run: ActionRun): AuditRecord => {
  if (!run.audit) throw new Error(`no audit record; stdout:\n${run.stdout}\nstderr:\n${run.stderr}`)
  return run.audit as unknown as AuditRecord
}

/** `status kind area path`, one per finding: the whole verdict in comparable strings. */
export const findingsOf = (run: ActionRun): string[] =>
  record(run).findings.map(f => `${f.status} ${f.kind} ${f.area} ${f.path}`)

export const approvalOf = (run: ActionRun, area: string) =>
  record(run).approvals.find(approval => approval.area === area)

export const short = (sha: string): string => sha.slice(0, 7)

/** The fakes for one bypass file; runs skip the artifact upload (the record is read from its file). */
export function bypassFakes() {
  const fakes = useFakes({ artifacts: false })
  return {
    get github() {
      return fakes.github
    },
    scenario: (base: Record<string, string> = BASE): Promise<Scenario> => fakes.scenario(base),
    action: (options: Partial<ActionRunOptions> = {}): Promise<ActionRun> =>
      fakes.action({ ...options, inputs: { 'upload-artifact': 'false', ...options.inputs } })
  }
}
