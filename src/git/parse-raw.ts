/**
 * Pure parsers for `git diff-tree -z` output: `--raw` records (ordinary and
 * combined `-c`), `--numstat` records and the commit ids `--stdin` prints
 * between commits. With -z git writes every path unquoted and NUL-terminated,
 * so file names may hold any character, including tabs and newlines.
 */
import type { ChangeStatus, FileChange } from '../engine/change-set.js'

export type DiffRecord =
  | { kind: 'commit'; sha: string }
  /** `parentModes` only for combined (merge) records: one mode per parent, '000000' where absent. */
  | { kind: 'change'; change: FileChange; parentModes?: string[] }
  | { kind: 'lineCount'; path: string; additions?: number; deletions?: number }

const STATUS_BY_LETTER: Record<string, ChangeStatus> = {
  A: 'added',
  M: 'modified',
  D: 'deleted',
  R: 'renamed',
  C: 'copied',
  T: 'type-changed'
}

const ABSENT_MODE = '000000'
const COMMIT_ID = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/
const LINE_COUNT = /^(\d+|-)\t(\d+|-)\t([\s\S]*)$/

/** NUL-separated fields; git ends the last one with a NUL too, which leaves no extra field. */
export function splitNul(text: string): string[] {
  const fields = text.split('\0')
  if (fields[fields.length - 1] === '') fields.pop()
  return fields
}

/** Reads every record of a `diff-tree -z` stream in order. */
export function parseDiffRecords(text: string): DiffRecord[] {
  const fields = splitNul(text)
  const records: DiffRecord[] = []
  let index = 0
  const next = (): string => {
    const field = fields[index++]
    if (field === undefined) throw new Error('git diff-tree output ended in the middle of a record')
    return field
  }
  while (index < fields.length) records.push(readRecord(next(), next))
  return records
}

function readRecord(head: string, next: () => string): DiffRecord {
  if (head.startsWith('::')) return parseCombinedRaw(head, next())
  if (head.startsWith(':')) return { kind: 'change', change: parseRaw(head, next) }
  const lineCount = LINE_COUNT.exec(head)
  if (lineCount) return parseLineCount(lineCount, next)
  if (COMMIT_ID.test(head)) return { kind: 'commit', sha: head }
  throw new Error(`Unexpected field in git diff-tree output: ${JSON.stringify(head.slice(0, 80))}`)
}

/** `:<old mode> <new mode> <old sha> <new sha> <status>[score]` then one path, or two for R/C. */
function parseRaw(head: string, next: () => string): FileChange {
  const [oldMode, newMode, , , statusField] = head.slice(1).split(' ')
  const letter = statusField?.charAt(0) ?? ''
  const status = statusFromLetter(letter)
  const hasTwoPaths = status === 'renamed' || status === 'copied'
  const previousPath = hasTwoPaths ? next() : undefined
  const path = next()
  return withModes({ path, previousPath, status }, newMode, oldMode)
}

/**
 * `::` combined record (`diff-tree -c --raw`, one colon per parent):
 * a mode per parent, the result's mode, a sha per parent, the result's sha,
 * then one status letter per parent, and the result's path.
 */
export function parseCombinedRaw(head: string, path: string): DiffRecord {
  const parentCount = head.length - head.replace(/^:+/, '').length
  const parts = head.slice(parentCount).split(' ')
  const modes = parts.slice(0, parentCount + 1)
  const letters = parts[2 * (parentCount + 1)] ?? ''
  if (modes.length !== parentCount + 1 || letters.length !== parentCount) {
    throw new Error(`Malformed combined diff record: ${JSON.stringify(head)}`)
  }
  const change = withModes({ path, status: combinedStatus(letters) }, modes[parentCount], modes[0])
  return { kind: 'change', change, parentModes: modes.slice(0, parentCount) }
}

/**
 * A merge's own change to a path, from one status letter per parent. Added
 * (or deleted) only when that is true against every parent; anything mixed,
 * such as a path new to one parent but edited from the other, is a modification.
 */
function combinedStatus(letters: string): ChangeStatus {
  const first = letters.charAt(0)
  const allSame = [...letters].every(letter => letter === first)
  return allSame ? statusFromLetter(first) : 'modified'
}

function statusFromLetter(letter: string): ChangeStatus {
  const status = STATUS_BY_LETTER[letter]
  if (!status) throw new Error(`Unexpected git change status "${letter}"`)
  return status
}

function withModes(
  change: Pick<FileChange, 'path' | 'previousPath' | 'status'>,
  mode: string | undefined,
  previousMode: string | undefined
): FileChange {
  const result: FileChange = { path: change.path, status: change.status }
  if (change.previousPath !== undefined) result.previousPath = change.previousPath
  if (mode && mode !== ABSENT_MODE) result.mode = mode
  if (previousMode && previousMode !== ABSENT_MODE) result.previousMode = previousMode
  return result
}

/** `<added>\t<deleted>\t<path>`, or for renames `<added>\t<deleted>\t` then old and new path. Binary files count '-'. */
function parseLineCount(match: RegExpExecArray, next: () => string): DiffRecord {
  const [, added = '-', deleted = '-', inlinePath = ''] = match
  let path = inlinePath
  if (inlinePath === '') {
    next()
    path = next()
  }
  const record: DiffRecord = { kind: 'lineCount', path }
  if (added !== '-') record.additions = Number(added)
  if (deleted !== '-') record.deletions = Number(deleted)
  return record
}

/** The changes of one diff (no `--stdin`), with line counts attached when numstat was asked for. */
export function parseDiffTree(text: string): FileChange[] {
  return collectChanges(parseDiffRecords(text))
}

/** `diff-tree --stdin` output: the changes of each commit, keyed by sha. Commits with no changes are absent. */
export function parseDiffTreeStdin(text: string): Map<string, FileChange[]> {
  const byCommit = new Map<string, FileChange[]>()
  for (const [sha, records] of splitByCommit(parseDiffRecords(text))) {
    byCommit.set(sha, collectChanges(records))
  }
  return byCommit
}

/** Groups `--stdin` records under the commit id that precedes them. */
export function splitByCommit(records: DiffRecord[]): Map<string, DiffRecord[]> {
  const byCommit = new Map<string, DiffRecord[]>()
  let current: DiffRecord[] | undefined
  for (const record of records) {
    if (record.kind === 'commit') {
      current = []
      byCommit.set(record.sha, current)
    } else if (current) {
      current.push(record)
    } else {
      throw new Error('git diff-tree --stdin output did not start with a commit id')
    }
  }
  return byCommit
}

/** The changes in one commit's records, with numstat line counts attached to them by path. */
export function collectChanges(records: DiffRecord[]): FileChange[] {
  const changes: FileChange[] = []
  const byPath = new Map<string, FileChange>()
  for (const record of records) {
    if (record.kind === 'change') {
      changes.push(record.change)
      byPath.set(record.change.path, record.change)
    } else if (record.kind === 'lineCount') {
      const change = byPath.get(record.path)
      if (change && record.additions !== undefined) change.additions = record.additions
      if (change && record.deletions !== undefined) change.deletions = record.deletions
    } else {
      throw new Error(`Unexpected commit id ${record.sha} inside one diff`)
    }
  }
  return changes
}
