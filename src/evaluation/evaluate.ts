import type { Attribution, FileAttribution } from '../attribution/types.js'
import type { ChangeSet } from '../engine/change-set.js'
import { commitSubject, shortSha } from '../engine/change-set.js'
import type { Area, Policy } from '../policy/types.js'
import type { ApprovalJudge } from './approval-judge.js'
import { rulesForPath, summarizeHits } from './file-rules.js'
import { findingsForPath, type PendingFinding } from './findings.js'
import { decide } from './decision.js'
import { renameSides, type RenameSides } from './renames.js'
import { symlinkTargetFindings } from './symlink-targets.js'
import { TOOL_NAME, TOOL_VERSION } from '../version.js'
import {
  AUDIT_SCHEMA,
  type AreaApproval,
  type AuditResult,
  type AuditedCommit,
  type AuditedFile,
  type FileVerdict,
  type Finding,
  type SecretsReport
} from './result.js'
import { scanAddedLines } from './secret-scan.js'
import {
  secretFileFindings,
  secretValueFindings,
  unscannedFindings,
  workflowFindings
} from './secret-findings.js'

export interface EvaluationInput {
  changeSet: ChangeSet
  policy: Policy
  attribution: Attribution
  /** Settles approval requirements; `noReviewsJudge` where there are no reviews. */
  judge: ApprovalJudge
  reviewsAvailable: boolean
  /** Today (YYYY-MM-DD, UTC): secret allowlist entries past their expiry stop working. */
  today: string
  /** Receives the raw secret values found, so CI logs can mask them; they are in no result. */
  onSecretValues?: (values: string[]) => void
}

/** Judges every agent-touched path against the policy and returns the one result. */
export function evaluate(input: EvaluationInput): AuditResult {
  const { changeSet, policy, attribution } = input
  const netFiles = new Map(changeSet.files.map(f => [f.path, f]))
  const renames = renameSides(changeSet)
  const files: AuditedFile[] = []
  const pending: PendingFinding[] = []
  for (const file of attribution.files) {
    const audited = auditFile(file, policy, renames, pending)
    const net = netFiles.get(file.path)
    files.push({ ...audited, status: net?.status, previousPath: net?.previousPath })
  }
  pending.push(...symlinkTargetFindings(changeSet, attribution, policy))
  const secrets = secretsStage(input, pending)
  const approvals = judgeAreas(pending, input.judge, oldestFirst(changeSet))
  const findings = settle(pending, approvals)
  const result = assemble(input, files, findings, [...approvals.values()], secrets)
  markVerdicts(result)
  return { ...result, ...decide(result) }
}

/** Secret files, credentials in added lines and agent edits to workflows, added to `pending`. */
function secretsStage(input: EvaluationInput, pending: PendingFinding[]): SecretsReport {
  const { changeSet, policy, attribution } = input
  const touched = new Set(attribution.files.filter(f => f.agentTouched).map(f => f.path))
  const scan = scanAddedLines(changeSet, policy, path => touched.has(path), input.today)
  input.onSecretValues?.(scan.values)
  pending.push(
    ...secretValueFindings(scan.report, attribution),
    ...secretFileFindings(changeSet, attribution, policy),
    ...workflowFindings(changeSet, attribution, policy),
    ...unscannedFindings(scan.report, attribution)
  )
  return scan.report
}

function auditFile(
  file: FileAttribution,
  policy: Policy,
  renames: RenameSides,
  pending: PendingFinding[]
): AuditedFile {
  const base: AuditedFile = {
    path: file.path,
    mode: file.mode,
    agentTouched: file.agentTouched,
    inNetDiff: file.inNetDiff,
    commits: file.commits,
    agentCommits: file.agentCommits,
    matches: [],
    verdict: 'not_agent'
  }
  if (!file.agentTouched) return base
  const rules = rulesForPath(policy, file.path)
  pending.push(...findingsForPath(file, rules, policy, renames(file.path)))
  return { ...base, matches: summarizeHits(rules), verdict: 'allowed' }
}

/** Sorts SHAs into the change set's commit order (oldest first), whatever order they were found in. */
function oldestFirst(changeSet: ChangeSet): (shas: Iterable<string>) => string[] {
  const position = new Map(changeSet.commits.map((commit, index) => [commit.sha, index]))
  const at = (sha: string) => position.get(sha) ?? Number.MAX_SAFE_INTEGER
  return shas => [...shas].sort((a, b) => at(a) - at(b))
}

/**
 * One approval requirement per area, covering every agent-touched path in it.
 * Its commits are oldest first: the judge takes the last as the newest agent
 * commit that approvals must come after, so path order must not leak in.
 */
function judgeAreas(
  pending: PendingFinding[],
  judge: ApprovalJudge,
  inCommitOrder: (shas: Iterable<string>) => string[]
): Map<string, AreaApproval> {
  const byArea = new Map<string, { area: Area; paths: string[]; commits: Set<string> }>()
  for (const { finding, area } of pending) {
    if (!area) continue
    const entry = byArea.get(area.name) ?? { area, paths: [], commits: new Set<string>() }
    // One path can raise several findings in an area (a review rule and a workflow rule).
    if (!entry.paths.includes(finding.path)) entry.paths.push(finding.path)
    finding.commits.forEach(sha => entry.commits.add(sha))
    byArea.set(area.name, entry)
  }
  const judged = new Map<string, AreaApproval>()
  for (const [name, { area, paths, commits }] of byArea) {
    judged.set(name, judge({ area, paths, agentCommits: inCommitOrder(commits) }))
  }
  return judged
}

function settle(pending: PendingFinding[], approvals: Map<string, AreaApproval>): Finding[] {
  return pending.map(({ finding, area }) => {
    if (!area || !approvals.get(area.name)?.satisfied) return finding
    return { ...finding, status: 'approved', blocking: false }
  })
}

function assemble(
  input: EvaluationInput,
  files: AuditedFile[],
  findings: Finding[],
  approvals: AreaApproval[],
  secrets: SecretsReport
): AuditResult {
  const { changeSet, policy, attribution } = input
  const pr = changeSet.pullRequest
  return {
    schema: AUDIT_SCHEMA,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    decision: 'pass',
    reason: '',
    baseSha: changeSet.baseSha,
    headSha: changeSet.headSha,
    pullRequest: pr && {
      number: pr.number,
      title: pr.title,
      author: pr.author,
      headRef: pr.headRef,
      baseRef: pr.baseRef
    },
    policy: {
      ...policy.source,
      attribution: policy.attribution,
      canRead: policy.canRead.map(entry => entry.label)
    },
    reviewsAvailable: input.reviewsAvailable,
    commits: auditedCommits(changeSet, attribution),
    files,
    findings,
    approvals,
    pullRequestEvidence: attribution.pullRequestEvidence,
    requesters: attribution.requesters,
    secrets,
    advisories: advisories(policy),
    counts: {
      commits: 0,
      agentCommits: 0,
      files: 0,
      agentFiles: 0,
      findings: 0,
      blockingFindings: 0,
      violations: 0,
      needsApproval: 0
    }
  }
}

function auditedCommits(changeSet: ChangeSet, attribution: Attribution): AuditedCommit[] {
  const bySha = new Map(attribution.commits.map(c => [c.sha, c]))
  return changeSet.commits.map(commit => {
    const attributed = bySha.get(commit.sha)
    if (!attributed) throw new Error(`BUG: commit ${commit.sha} has no attribution`)
    return {
      ...attributed,
      shortSha: shortSha(commit.sha),
      subject: commitSubject(commit.message),
      author: commit.author,
      committer: commit.committer,
      files: commit.files.flatMap(f => (f.previousPath ? [f.previousPath, f.path] : [f.path]))
    }
  })
}

function advisories(policy: Policy): string[] {
  if (policy.canRead.length === 0) return []
  return [
    'can_read is accepted but cannot be enforced at CI time: a diff shows what an agent changed, not what it read.'
  ]
}

/** A file's verdict is its strictest finding's: blocked, then needs approval, else allowed. */
function markVerdicts(result: AuditResult): void {
  const verdicts = new Map<string, FileVerdict>()
  for (const finding of result.findings) {
    const verdict: FileVerdict =
      finding.status === 'violation'
        ? 'blocked'
        : finding.status === 'needs_approval'
          ? 'needs_approval'
          : 'allowed'
    const current = verdicts.get(finding.path)
    if (!current || rank(verdict) > rank(current)) verdicts.set(finding.path, verdict)
  }
  for (const file of result.files) {
    if (file.agentTouched) file.verdict = verdicts.get(file.path) ?? 'allowed'
  }
}

function rank(verdict: FileVerdict): number {
  return ['not_agent', 'allowed', 'needs_approval', 'blocked'].indexOf(verdict)
}
