import type {
  AreaApproval,
  AuditCounts,
  AuditedCommit,
  AuditedFile,
  FileVerdict,
  AuditResult,
  Finding,
  FindingKind,
  FindingStatus
} from '../evaluation/result.js'

/**
 * Words shared by the Markdown and terminal renderers, so the job summary
 * and the CLI describe a result the same way. Functions that include
 * untrusted text take the renderer's escaper and apply it to that text only.
 */

export type Escape = (text: string) => string

export const STATUS_ORDER: FindingStatus[] = ['violation', 'needs_approval', 'approved', 'advisory']

/** A leaked credential is the most urgent thing in a report: it may already be in use. */
const KIND_ORDER: FindingKind[] = [
  'secret',
  'secret_file',
  'cannot_access',
  'workflow_secrets',
  'requires_human_review',
  'outside_can_edit',
  'secret_scan_incomplete'
]

/** Reports must never call a finding that only waits for approval a "violation". */
export const STATUS_LABEL: Record<FindingStatus, string> = {
  violation: 'violation',
  needs_approval: 'needs approval',
  approved: 'approved',
  advisory: 'advisory'
}

/** The policy keys as the user writes them in the policy file; the secrets checks in words. */
export const KIND_LABEL: Record<FindingKind, string> = {
  secret: 'secret',
  secret_file: 'secret file',
  cannot_access: 'cannot_access',
  workflow_secrets: 'workflow secrets',
  requires_human_review: 'requires_human_review',
  outside_can_edit: 'outside can_edit',
  secret_scan_incomplete: 'secret scan incomplete'
}

/**
 * Only the policy's own rules have an area worth naming; the default rule
 * and the secrets checks have a fixed one that would only add noise.
 */
export function namesArea(finding: Finding): boolean {
  const policyRule = finding.kind === 'cannot_access' || finding.kind === 'requires_human_review'
  return policyRule && finding.area !== finding.pattern
}

/** `path:line:column` when the finding is about a line, else the path. */
export function locationOf(place: { path: string; line?: number; column?: number }): string {
  if (place.line === undefined) return place.path
  return place.column === undefined
    ? `${place.path}:${place.line}`
    : `${place.path}:${place.line}:${place.column}`
}

export const CAN_READ_ADVISORY =
  'can_read is accepted but cannot be enforced at CI time: reads are not visible in a diff'

export const NO_REVIEW_DATA = 'no review data (local run)'

export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`
}

export function verdictIcon(result: AuditResult): string {
  return result.decision === 'pass' ? '✅' : '❌'
}

/** "✅ agent-audit: pass — reason": the first line of every human-readable report. */
export function verdictLine(result: AuditResult, escape: Escape): string {
  return `${verdictIcon(result)} agent-audit: ${result.decision} — ${escape(result.reason)}`
}

/**
 * Finding counts by status, leaving out zeros:
 * "1 violation · 2 needs approval · 1 approved · 1 advisory". The counts
 * have no field for the non-blocking statuses, so those are counted here.
 */
export function statusCounts(result: AuditResult): string {
  const { violations, needsApproval } = result.counts
  const withStatus = (status: FindingStatus): number =>
    result.findings.filter(finding => finding.status === status).length
  const approved = withStatus('approved')
  const advisory = withStatus('advisory')
  const parts = [
    violations > 0 ? plural(violations, 'violation') : '',
    needsApproval > 0 ? `${needsApproval} needs approval` : '',
    approved > 0 ? `${approved} approved` : '',
    advisory > 0 ? plural(advisory, 'advisory', 'advisories') : ''
  ].filter(part => part !== '')
  return parts.length > 0 ? parts.join(' · ') : 'no findings'
}

export function scopeCounts(counts: AuditCounts): string {
  return (
    `agents made ${counts.agentCommits} of ${plural(counts.commits, 'commit')} ` +
    `and touched ${counts.agentFiles} of ${plural(counts.files, 'file')}`
  )
}

/** Status first (what blocks comes first), then kind, then path, then place in the file. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) ||
    KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
    a.area.localeCompare(b.area) ||
    comparePaths(a.path, b.path) ||
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0)
  )
}

/** By code unit, not locale: the same order on every machine. */
export function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

export function asLogin(login: string): string {
  return login.startsWith('@') ? login : `@${login}`
}

export function findApproval(result: AuditResult, area: string): AreaApproval | undefined {
  return result.approvals.find(approval => approval.area === area)
}

/**
 * What an area's approval requirement needs, or who met it, e.g.
 * "needs 1 approval from @acme/dba — ignored: @bob (PR author)".
 */
export function describeApproval(
  approval: AreaApproval,
  reviewsAvailable: boolean,
  escape: Escape
): string {
  const from = escape(approval.eligible)
  if (!reviewsAvailable) {
    return `needs ${plural(approval.required, 'approval')} from ${from} — ${NO_REVIEW_DATA}`
  }
  const logins = (list: string[]): string => list.map(login => escape(asLogin(login))).join(', ')
  if (approval.satisfied) {
    return `approved by ${logins(approval.counted)} (${approval.counted.length} of ${approval.required} required)`
  }
  const missing = Math.max(0, approval.required - approval.counted.length)
  const parts = [
    missing > 0
      ? `needs ${missing} ${approval.counted.length > 0 ? 'more ' : ''}${missing === 1 ? 'approval' : 'approvals'} from ${from}`
      : `has ${approval.counted.length} of ${plural(approval.required, 'approval')} from ${from}`
  ]
  if (approval.counted.length > 0) parts.push(`counted: ${logins(approval.counted)}`)
  if (approval.ignored.length > 0) {
    const ignored = approval.ignored.map(
      item => `${escape(asLogin(item.login))} (${escape(item.reason)})`
    )
    parts.push(`ignored: ${ignored.join(', ')}`)
  }
  const awaiting = approval.awaitingCodeOwners ?? []
  if (awaiting.length > 0) {
    const owners = (list: string[]): string =>
      list.length > 0
        ? list.map(owner => escape(asLogin(owner))).join(' or ')
        : 'no code owner (only a reviewer named in the policy can approve it)'
    const paths = awaiting.slice(0, 3).map(item => `${escape(item.path)} (${owners(item.owners)})`)
    const more = awaiting.length > 3 ? ` and ${awaiting.length - 3} more` : ''
    parts.push(`waiting for code owners of: ${paths.join(', ')}${more}`)
  }
  if (approval.changesRequestedBy.length > 0) {
    parts.push(
      `changes requested by ${logins(approval.changesRequestedBy)}: ` +
        'that review must be followed by an approval or dismissed'
    )
  }
  return parts.join(' — ')
}

/** What makes a finding go away: the area's approval for approval findings, else the engine's sentence. */
export function describeResolution(result: AuditResult, finding: Finding, escape: Escape): string {
  const byApproval = finding.status === 'needs_approval' || finding.status === 'approved'
  const approval = byApproval ? findApproval(result, finding.area) : undefined
  return approval
    ? describeApproval(approval, result.reviewsAvailable, escape)
    : escape(finding.resolution)
}

/**
 * The notes to show: the result's own, plus the can_read advisory when the
 * policy has can_read entries and the engine did not already say so.
 * `code` formats each can_read entry.
 */
export function advisoryLines(result: AuditResult, escape: Escape, code: Escape): string[] {
  const lines = result.advisories.map(escape)
  const canRead = result.policy.canRead
  const alreadySaid = result.advisories.some(note => note.includes('can_read'))
  if (canRead.length > 0 && !alreadySaid) {
    lines.push(`${CAN_READ_ADVISORY} (${canRead.map(code).join(', ')}).`)
  }
  return lines
}

export function shortCommit(sha: string): string {
  return sha.slice(0, 7)
}

/** Up to `limit` short SHAs, then "and N more". */
export function commitList(shas: string[], code: Escape, limit = 3): string {
  const shown = shas.slice(0, limit).map(sha => code(shortCommit(sha)))
  const rest = shas.length - shown.length
  return rest > 0 ? `${shown.join(', ')} and ${rest} more` : shown.join(', ')
}

/** Shortens untrusted free text (commit subjects, evidence values) that could be any length. */
export function clip(text: string, maxChars = 120): string {
  const chars = Array.from(text)
  return chars.length > maxChars ? `${chars.slice(0, maxChars - 1).join('')}…` : text
}

export const VERDICT_LABEL: Record<FileVerdict, string> = {
  blocked: 'blocked',
  needs_approval: 'needs approval',
  allowed: 'allowed',
  not_agent: 'not by an agent'
}

const VERDICT_ORDER: FileVerdict[] = ['blocked', 'needs_approval', 'allowed', 'not_agent']

/** Blocked files first, then those waiting for approval, then the rest; by path within each. */
export function compareFiles(a: AuditedFile, b: AuditedFile): number {
  return (
    VERDICT_ORDER.indexOf(a.verdict) - VERDICT_ORDER.indexOf(b.verdict) ||
    comparePaths(a.path, b.path)
  )
}

export function agentCommitsOf(result: AuditResult): AuditedCommit[] {
  return result.commits.filter(commit => commit.kind === 'agent')
}

export const ATTRIBUTION_LABEL: Record<AuditResult['policy']['attribution'], string> = {
  commit: 'per commit',
  pull_request: 'whole pull request'
}

/**
 * Where the policy came from and what shaped the report, the same in every
 * report: "Policy: <source> · attribution: … · reviews: …".
 */
export function policySummary(result: AuditResult, escape: Escape): string {
  const policy = result.policy
  const source = policy.builtIn
    ? `built-in default (no ${escape(policy.path)} found)`
    : [
        escape(policy.path),
        policy.ref ? `at ${escape(policy.ref)}` : '',
        policy.sha256 ? `(sha256 ${escape(policy.sha256.slice(0, 12))})` : ''
      ]
        .filter(part => part !== '')
        .join(' ')
  const reviews = result.reviewsAvailable ? 'reviews: from GitHub' : `reviews: ${NO_REVIEW_DATA}`
  return `Policy: ${source} · attribution: ${ATTRIBUTION_LABEL[policy.attribution]} · ${reviews}`
}
