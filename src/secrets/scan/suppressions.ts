/**
 * Marks findings that the repository has chosen to accept. Suppressed
 * findings stay in the list (the audit JSON shows them and why) but never
 * block. An allowlist entry past its expiry date suppresses nothing and is
 * reported, so accepted risks come back for review instead of living forever.
 */

import type { PathPattern, SecretsConfig } from '../../policy/types.js'
import type { AddedRun, SecretFinding, Suppression } from '../types.js'

export const INLINE_MARKER = 'agent-audit:allow'

/** The text of a new-file line, when it was part of the scanned added lines. */
export type LineLookup = (path: string, line: number) => string | undefined

export type AllowEntry = SecretsConfig['allow'][number]

export interface ExpiredAllowEntry {
  entry: AllowEntry
  /** How many findings of this change the entry would have suppressed had it not expired. */
  matchedFindings: number
}

export interface SuppressionContext {
  lineText: LineLookup
  ignorePaths: readonly PathPattern[]
  allow: readonly AllowEntry[]
  /** Today's date, YYYY-MM-DD (UTC); entries with `expires` before it have expired. */
  today: string
}

export interface SuppressionResult {
  /** Every finding, in input order, with `suppressed` set where it applies. */
  findings: SecretFinding[]
  expiredAllowEntries: ExpiredAllowEntry[]
}

export function applySuppressions(
  findings: readonly SecretFinding[],
  context: SuppressionContext
): SuppressionResult {
  const live = new Map<string, AllowEntry>()
  const expired = new Map<string, ExpiredAllowEntry>()
  for (const entry of context.allow) {
    if (entry.expires !== undefined && entry.expires < context.today) {
      expired.set(entry.fingerprint, { entry, matchedFindings: 0 })
    } else if (!live.has(entry.fingerprint)) {
      live.set(entry.fingerprint, entry)
    }
  }
  const marked = findings.map(finding => {
    const gone = expired.get(finding.fingerprint)
    if (gone && !live.has(finding.fingerprint)) gone.matchedFindings++
    const suppressed = suppressionOf(finding, findings, live, context)
    return suppressed ? { ...finding, suppressed } : { ...finding }
  })
  return { findings: marked, expiredAllowEntries: [...expired.values()] }
}

/**
 * Policy-side reasons come first: the allowlist and ignore_paths are read
 * from the base branch and reviewed there, while an inline marker is part of
 * the change itself (and may have been written by the agent).
 */
function suppressionOf(
  finding: SecretFinding,
  all: readonly SecretFinding[],
  allow: Map<string, AllowEntry>,
  context: SuppressionContext
): Suppression | undefined {
  const entry = allow.get(finding.fingerprint)
  if (entry) {
    return entry.expires === undefined
      ? { kind: 'allowlist', reason: entry.reason }
      : { kind: 'allowlist', reason: entry.reason, expires: entry.expires }
  }
  const pattern = context.ignorePaths.find(p => p.matches(finding.path))
  if (pattern) return { kind: 'ignore_path', reason: pattern.source }
  const line = context.lineText(finding.path, finding.line)
  const markerAt = line === undefined ? -1 : line.toLowerCase().indexOf(INLINE_MARKER)
  if (line === undefined || markerAt < 0) return undefined
  return { kind: 'inline', reason: markerReason(line, markerAt, finding, all) }
}

/**
 * The marker and the justification written after it, e.g.
 * `agent-audit:allow test fixture`. The rest of the line is left out when any
 * finding on the line starts after the marker: it would hold that secret.
 */
function markerReason(
  line: string,
  markerAt: number,
  finding: SecretFinding,
  all: readonly SecretFinding[]
): string {
  const secretAfterMarker = all.some(
    other => other.path === finding.path && other.line === finding.line && other.column > markerAt
  )
  const note = line.slice(markerAt + INLINE_MARKER.length, markerAt + INLINE_MARKER.length + 200)
  const cleaned = note.replace(/\s*(\*\/|-->|%>|#}|}})\s*$/, '').trim()
  return secretAfterMarker || cleaned === '' ? INLINE_MARKER : `${INLINE_MARKER} ${cleaned}`
}

/** A lookup over the scanned runs, for the inline marker. */
export function lineLookupOfRuns(runs: readonly AddedRun[]): LineLookup {
  const byPath = new Map<string, AddedRun[]>()
  for (const run of runs) {
    const list = byPath.get(run.path)
    if (list) list.push(run)
    else byPath.set(run.path, [run])
  }
  return (path, line) => {
    const run = byPath
      .get(path)
      ?.find(r => line >= r.startLine && line < r.startLine + r.lines.length)
    return run?.lines[line - run.startLine]
  }
}

/** Today's date in UTC as YYYY-MM-DD, the form `expires` is written in. */
export function utcDate(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10)
}
