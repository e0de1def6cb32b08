import type { CommitAttribution, Evidence } from '../attribution/types.js'
import type { ChangeStatus, Person } from '../engine/change-set.js'
import type { PolicySource } from '../policy/types.js'
import type { SecretFinding } from '../secrets/types.js'

/**
 * The one result of an audit. Every renderer (CLI text, job summary
 * Markdown, JSON artifact, annotations, outputs, exit status) reads this and
 * nothing else, so they cannot disagree.
 */

export const AUDIT_SCHEMA = 'agent-audit/v1'

export type FindingKind =
  | 'cannot_access'
  | 'requires_human_review'
  | 'outside_can_edit'
  /** A secret-bearing file (.env, private keys, credentials) added, changed, deleted or renamed. */
  | 'secret_file'
  /** A credential in an added line. */
  | 'secret'
  /** An agent edit to a CI workflow that reaches the repository's secrets or widens permissions. */
  | 'workflow_secrets'
  /** A changed file whose added lines could not be read, so it was not scanned for secrets. */
  | 'secret_scan_incomplete'

/**
 * - 'violation': blocks, and no approval can waive it.
 * - 'needs_approval': blocks until the area's approval requirement is met.
 * - 'approved': the requirement is met; reported, not blocking.
 * - 'advisory': reported, never blocking (e.g. a human's secret file when the policy allows it).
 */
export type FindingStatus = 'violation' | 'needs_approval' | 'approved' | 'advisory'

export interface Finding {
  /** Stable within one result: `${kind}:${area}:${path}`. */
  id: string
  kind: FindingKind
  status: FindingStatus
  blocking: boolean
  path: string
  previousPath?: string
  /** The area whose rule matched ('outside-can-edit' for the default rule). */
  area: string
  /** The pattern that matched, as written, and where. */
  pattern?: string
  patternWhere?: string
  /** Agent commits that touched the path, oldest first (all commits that did, for secrets). */
  commits: string[]
  /** Where in the new file, when the finding is about a line. */
  line?: number
  column?: number
  /** For secrets: the rule that matched and the fingerprint (sha256 of rule and value); never the value. */
  ruleId?: string
  fingerprint?: string
  /** Whether an agent touched the path (secrets are reported for every file). */
  agentTouched?: boolean
  /** One sentence: what happened. */
  message: string
  /** One sentence: what makes it go away. */
  resolution: string
}

export interface IgnoredApproval {
  login: string
  /** e.g. 'PR author', 'bot', 'approved before abc1234', 'not in @acme/dba'. */
  reason: string
}

export interface AreaApproval {
  area: string
  required: number
  /** Logins whose approvals count. */
  counted: string[]
  ignored: IgnoredApproval[]
  /** Eligible reviewers whose latest review requests changes. */
  changesRequestedBy: string[]
  satisfied: boolean
  /** Who may approve, in words, e.g. 'any human reviewer' or '@acme/dba'. */
  eligible: string
  /** The newest agent commit that touched the area: approvals must be on it or later. */
  lastAgentCommit?: string
  /**
   * Only when the area's reviewers include code owners: paths still waiting for
   * an approval from one of their own owners (owners [] = CODEOWNERS names none,
   * so only a user or team the policy names can approve). Empty when covered.
   */
  awaitingCodeOwners?: { path: string; owners: string[] }[]
}

export interface RuleMatchSummary {
  rule: 'cannot_access' | 'requires_human_review' | 'can_edit' | 'can_read'
  area: string
  pattern: string
}

export type FileVerdict = 'allowed' | 'needs_approval' | 'blocked' | 'not_agent'

export interface AuditedFile {
  path: string
  previousPath?: string
  status?: ChangeStatus
  mode?: string
  agentTouched: boolean
  inNetDiff: boolean
  commits: string[]
  agentCommits: string[]
  matches: RuleMatchSummary[]
  verdict: FileVerdict
}

export interface AuditedCommit extends CommitAttribution {
  shortSha: string
  subject: string
  author: Person
  committer: Person
  /** Paths this commit touched. */
  files: string[]
}

/** What the secret scanner saw: every finding (suppressed ones too, with why), never a value. */
export interface SecretsReport {
  /** Files whose added lines were scanned. */
  scannedFiles: number
  bytesScanned: number
  findings: SecretFinding[]
  suppressed: number
  /** Allowlist entries past their expiry date: they no longer suppress anything. */
  expiredAllowEntries: { fingerprint: string; reason: string; expires: string }[]
  /** Changed text files whose added lines could not be read (patch omitted, no local history). */
  unscannedFiles: string[]
}

export interface AuditCounts {
  commits: number
  agentCommits: number
  files: number
  agentFiles: number
  findings: number
  blockingFindings: number
  violations: number
  needsApproval: number
}

/** The CI run that produced a result (the action fills it in; the CLI has none). */
export interface RunInfo {
  repository: string
  runId: number
  runAttempt: number
  event: string
  actor: string
  workflow?: string
  serverUrl?: string
}

export interface AuditError {
  /** 'user': something the user must fix (message says what); 'internal': a bug or an outage. */
  kind: 'user' | 'internal'
  message: string
}

/**
 * What the audit file holds when a run failed before it had a result: enough
 * for an auditor to see that this run decided nothing, and why.
 */
export interface FailedAuditRecord {
  schema: typeof AUDIT_SCHEMA
  tool: { name: string; version: string }
  run?: RunInfo
  decision: 'fail'
  reason: string
  error: AuditError
}

export interface AuditResult {
  schema: typeof AUDIT_SCHEMA
  tool: { name: string; version: string }
  run?: RunInfo
  /** Set when the run failed; the decision is then always 'fail'. */
  error?: AuditError
  decision: 'pass' | 'fail'
  /** One line that says why. */
  reason: string
  baseSha: string
  headSha: string
  pullRequest?: {
    number: number
    title: string
    author: Person
    headRef: string
    baseRef: string
  }
  policy: PolicySource & {
    attribution: 'commit' | 'pull_request'
    /** can_read entries: accepted, not enforceable at CI time. */
    canRead: string[]
  }
  /** Whether review data was available (false in the CLI). */
  reviewsAvailable: boolean
  commits: AuditedCommit[]
  files: AuditedFile[]
  findings: Finding[]
  approvals: AreaApproval[]
  pullRequestEvidence: Evidence[]
  requesters: Person[]
  secrets: SecretsReport
  /** Notes the reader should see (e.g. the can_read advisory). */
  advisories: string[]
  counts: AuditCounts
}
