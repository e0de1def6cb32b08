/**
 * One result for a merge group from the audits of its pull requests: every
 * finding of every pull request, decided again as a whole, so the group
 * fails when any of its pull requests fails. Where two pull requests report
 * the same thing (a path, an area), the stricter report is kept.
 */
import { decide } from '../../evaluation/decision.js'
import type {
  AreaApproval,
  AuditResult,
  AuditedFile,
  Finding,
  FileVerdict,
  RunInfo,
  SecretsReport
} from '../../evaluation/result.js'

export interface GroupRange {
  baseSha: string
  headSha: string
}

export function combineGroup(range: GroupRange, results: AuditResult[], run: RunInfo): AuditResult {
  const [first] = results
  if (!first) throw new Error('BUG: a merge group result without a pull request')
  const numbers = results.map(r => `#${r.pullRequest?.number ?? '?'}`).join(', ')
  const combined: AuditResult = {
    ...first,
    run,
    baseSha: range.baseSha,
    headSha: range.headSha,
    commits: uniqueBy(
      results.flatMap(r => r.commits),
      c => c.sha
    ),
    files: strictestFiles(results.flatMap(r => r.files)),
    findings: strictestFindings(results.flatMap(r => r.findings)),
    approvals: strictestApprovals(results.flatMap(r => r.approvals)),
    pullRequestEvidence: results.flatMap(r => r.pullRequestEvidence),
    requesters: uniqueBy(
      results.flatMap(r => r.requesters),
      p => `${p.login ?? ''}\n${p.email}`
    ),
    secrets: mergeSecrets(results.map(r => r.secrets)),
    advisories: groupAdvisories(results, numbers)
  }
  const decided = decide(combined)
  return { ...combined, ...decided, reason: `${decided.reason} (merge group of ${numbers})` }
}

function groupAdvisories(results: AuditResult[], numbers: string): string[] {
  const own = [...new Set(results.flatMap(r => r.advisories))]
  const failing = results
    .filter(r => r.decision === 'fail')
    .map(r => `#${r.pullRequest?.number ?? '?'} fails: ${r.reason}`)
  const note = `Merge group: each queued pull request (${numbers}) was audited with its own reviews`
  return [note, ...failing, ...own]
}

function uniqueBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Map<string, T>()
  for (const item of items) if (!seen.has(key(item))) seen.set(key(item), item)
  return [...seen.values()]
}

const VERDICT_ORDER: FileVerdict[] = ['blocked', 'needs_approval', 'allowed', 'not_agent']

function strictestFiles(files: AuditedFile[]): AuditedFile[] {
  const rank = (file: AuditedFile) => VERDICT_ORDER.indexOf(file.verdict)
  return keepStrictest(
    files,
    file => file.path,
    (a, b) => rank(a) < rank(b)
  )
}

function strictestFindings(findings: Finding[]): Finding[] {
  return keepStrictest(
    findings,
    finding => finding.id,
    (a, b) => a.blocking && !b.blocking
  )
}

/** Per area, an unmet requirement wins: the group needs every pull request's approvals. */
function strictestApprovals(approvals: AreaApproval[]): AreaApproval[] {
  return keepStrictest(
    approvals,
    approval => approval.area,
    (a, b) => !a.satisfied && b.satisfied
  )
}

/** One item per key, in first-seen order; a later item replaces an earlier one it is stricter than. */
function keepStrictest<T>(items: T[], key: (item: T) => string, stricter: (a: T, b: T) => boolean) {
  const kept = new Map<string, T>()
  for (const item of items) {
    const current = kept.get(key(item))
    if (current === undefined || stricter(item, current)) kept.set(key(item), item)
  }
  return [...kept.values()]
}

function mergeSecrets(reports: SecretsReport[]): SecretsReport {
  const sum = (pick: (report: SecretsReport) => number) =>
    reports.reduce((total, report) => total + pick(report), 0)
  return {
    scannedFiles: sum(r => r.scannedFiles),
    bytesScanned: sum(r => r.bytesScanned),
    findings: reports.flatMap(r => r.findings),
    suppressed: sum(r => r.suppressed),
    expiredAllowEntries: uniqueBy(
      reports.flatMap(r => r.expiredAllowEntries),
      e => e.fingerprint
    ),
    unscannedFiles: [...new Set(reports.flatMap(r => r.unscannedFiles))]
  }
}
