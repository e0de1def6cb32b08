/**
 * File modes for the REST file list, from the checkout. The pulls/files API
 * says nothing about modes, so without them a symlink or a submodule pointer
 * looks like an ordinary file. When the workspace has the full history, one
 * `git diff-tree` of base..head gives every mode at once.
 */
import type { FileChange } from '../engine/change-set.js'
import { readNetFiles } from '../git/commit-files.js'

/** `files` with mode and previousMode from the checkout's diff of base..head, matched by path. */
export async function withLocalModes(
  workspace: string,
  baseSha: string,
  headSha: string,
  files: FileChange[]
): Promise<FileChange[]> {
  if (files.length === 0) return files
  const local = await readNetFiles(workspace, baseSha, headSha, { lineCounts: false })
  const byPath = new Map(local.map(change => [change.path, change]))
  return files.map(file => {
    const { mode, previousMode } = byPath.get(file.path) ?? {}
    const moded: FileChange = { ...file }
    if (mode !== undefined) moded.mode = mode
    if (previousMode !== undefined) moded.previousMode = previousMode
    return moded
  })
}
