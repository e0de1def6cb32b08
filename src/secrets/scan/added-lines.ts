/**
 * Turns one file's unified diff into the runs of lines it adds, numbered as
 * in the new file. Only `+` lines are ever returned: context and removed
 * lines are old or untouched text, so a secret there is not this change's.
 */

import type { FileChange } from '../../engine/change-set.js'
import type { AddedRun } from '../types.js'

const HUNK_HEADER = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/

interface HunkState {
  /** New-file number of the next `+` or ` ` line. */
  nextLine: number
  /** Lines of the new side still expected; counts keep `+++ b/x` headers of a following file out. */
  newLeft: number
  oldLeft: number
}

/** The added runs of one file's patch. Lines before the first hunk (git's headers) are skipped. */
export function parseAddedRuns(path: string, patch: string): AddedRun[] {
  const runs: AddedRun[] = []
  let hunk: HunkState | undefined
  let run: AddedRun | undefined
  for (const rawLine of patch.split('\n')) {
    const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine
    const header = line.startsWith('@@') ? HUNK_HEADER.exec(line) : null
    if (header) {
      hunk = startHunk(line, header)
      run = undefined
      continue
    }
    if (!hunk || line.startsWith('\\')) continue // `\ No newline at end of file` ends no run
    const kind = line[0]
    if (kind === '+' && hunk.newLeft > 0) {
      if (!run) {
        run = { path, startLine: hunk.nextLine, lines: [] }
        runs.push(run)
      }
      run.lines.push(line.slice(1))
      hunk.nextLine++
      hunk.newLeft--
    } else if (kind === '-' && hunk.oldLeft > 0) {
      run = undefined
      hunk.oldLeft--
    } else if ((kind === ' ' || line === '') && hunk.newLeft > 0 && hunk.oldLeft > 0) {
      // An empty line inside a hunk is a context line whose lone space was trimmed.
      run = undefined
      hunk.nextLine++
      hunk.newLeft--
      hunk.oldLeft--
    } else {
      // Counts exhausted (or a malformed line): whatever follows is not this hunk's.
      run = undefined
      if (hunk.newLeft === 0 && hunk.oldLeft === 0) hunk = undefined
    }
  }
  return runs
}

function startHunk(line: string, header: RegExpExecArray): HunkState {
  const oldCount = /^@@ -\d+,(\d+)/.exec(line)?.[1]
  return {
    nextLine: Number(header[1]),
    // `@@ -1 +1 @@`: a missing count means one line.
    newLeft: header[2] === undefined ? 1 : Number(header[2]),
    oldLeft: oldCount === undefined ? 1 : Number(oldCount)
  }
}

/** The added runs of every file that still exists after the change. */
export function addedRunsOfFiles(files: readonly FileChange[]): AddedRun[] {
  const runs: AddedRun[] = []
  for (const file of files) {
    if (file.status === 'deleted' || file.patch === undefined) continue
    for (const run of parseAddedRuns(file.path, file.patch)) runs.push(run)
  }
  return runs
}
