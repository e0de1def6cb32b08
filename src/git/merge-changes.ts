/**
 * What a merge commit changed on its own, as opposed to what it brought in
 * from its parents: the rule behind Commit.files for merges.
 */
import type { FileChange } from '../engine/change-set.js'
import { parsePathsWithHunks } from './parse-combined-patch.js'
import { collectChanges, parseDiffRecords, splitByCommit } from './parse-raw.js'
import type { DiffRecord } from './parse-raw.js'

/**
 * Keeps, per merge, the combined-diff (`-c --raw`) paths the merge itself
 * changed: the path is new (or gone) compared with every parent, its mode
 * matches no parent, or the dense combined patch (`--cc -p`) still shows a
 * hunk for it. A file both branches edited in different places, merged
 * cleanly, is listed by `-c` but passes none of these tests, so an "Update
 * branch" merge contributes nothing.
 */
export function mergeOwnChanges(
  combinedRaw: string,
  densePatch: string
): Map<string, FileChange[]> {
  const hunkedPaths = parsePathsWithHunks(densePatch)
  const byCommit = new Map<string, FileChange[]>()
  for (const [sha, records] of splitByCommit(parseDiffRecords(combinedRaw))) {
    const hunked = hunkedPaths.get(sha) ?? new Set<string>()
    const own = records.filter(record => isOwnChange(record, hunked))
    byCommit.set(sha, collectChanges(own))
  }
  return byCommit
}

function isOwnChange(record: DiffRecord, hunked: Set<string>): boolean {
  if (record.kind !== 'change') return false
  const { change, parentModes = [] } = record
  if (change.status === 'added' || change.status === 'deleted') return true
  if (!parentModes.includes(change.mode ?? '')) return true
  return hunked.has(change.path)
}
