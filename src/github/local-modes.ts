/**
 * File modes for the REST file list, from the checkout. The pulls/files API
 * says nothing about modes, so without them a symlink or a submodule pointer
 * looks like an ordinary file. When the workspace has the full history, one
 * `git diff-tree --raw -z` of base..head gives every mode at once.
 */
import type { FileChange } from '../engine/change-set.js'
import { parseDiffTree } from '../git/parse-raw.js'
import { runGit } from '../git/run-git.js'

/** `files` with mode and previousMode from the checkout's diff of base..head, matched by path. */
export async function withLocalModes(
  workspace: string,
  baseSha: string,
  headSha: string,
  files: FileChange[]
): Promise<FileChange[]> {
  if (files.length === 0) return files
  const output = await runGit(workspace, [
    'diff-tree',
    '-r',
    '-z',
    '--raw',
    '-M',
    '--no-color',
    baseSha,
    headSha
  ])
  const byPath = new Map(parseDiffTree(output).map(change => [change.path, change]))
  return files.map(file => {
    const local = byPath.get(file.path)
    if (!local) return file
    const moded: FileChange = { ...file }
    if (local.mode !== undefined) moded.mode = local.mode
    if (local.previousMode !== undefined) moded.previousMode = local.previousMode
    return moded
  })
}
