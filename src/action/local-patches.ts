import type { ChangeSet, FileChange } from '../engine/change-set.js'
import { readNetFiles } from '../git/commit-files.js'
import { withPatches } from '../git/patches.js'
import { hasFullHistory } from '../github/local-history.js'

/** A text file with added lines whose patch the REST API left out (GitHub omits very large diffs). */
function missingPatch(file: FileChange): boolean {
  return file.status !== 'deleted' && file.patch === undefined && (file.additions ?? 0) > 0
}

/**
 * Fills in the patches the API omitted from the local checkout, when it has
 * the history; otherwise leaves them out, and the secret scan reports those
 * files as not scanned (which fails the audit).
 */
export async function fillMissingPatches(
  changeSet: ChangeSet,
  workspace: string | undefined
): Promise<ChangeSet> {
  if (!workspace || !changeSet.files.some(missingPatch)) return changeSet
  if (!(await hasFullHistory(workspace, [changeSet.baseSha, changeSet.headSha]))) return changeSet
  const local = await readNetFiles(workspace, changeSet.baseSha, changeSet.headSha)
  const patched = await withPatches(workspace, changeSet.baseSha, changeSet.headSha, local)
  const patches = new Map(patched.map(file => [file.path, file.patch]))
  const files = changeSet.files.map(file =>
    missingPatch(file) ? { ...file, patch: patches.get(file.path) } : file
  )
  return { ...changeSet, files }
}
