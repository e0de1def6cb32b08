import type { FileChange } from '../engine/change-set.js'
import { runGit } from './run-git.js'

/**
 * Adds each file's unified diff (no context lines: only what the secret
 * scanner reads) to the net file list of base..head, in one git process.
 *
 * `git diff-tree -p` prints one `diff --git` section per changed path, in
 * the same order as `--raw` listed them, so the sections are matched to the
 * files by position. A path with a newline is quoted in the header, so a
 * file name cannot forge a section boundary.
 */
export async function withPatches(
  repo: string,
  baseSha: string,
  headSha: string,
  files: FileChange[]
): Promise<FileChange[]> {
  if (files.length === 0) return files
  const output = await runGit(repo, [
    'diff-tree',
    '-r',
    '-p',
    '-M',
    '-U0',
    '--no-color',
    '--no-ext-diff',
    '--no-textconv',
    baseSha,
    headSha
  ])
  const sections = splitSections(output)
  // A type change (say, a file turned into a symlink) prints as a deletion and an addition.
  const expected = files.reduce((n, file) => n + (file.status === 'type-changed' ? 2 : 1), 0)
  if (sections.length !== expected) {
    throw new Error(
      `BUG: git printed ${sections.length} patches for ${files.length} changed files of ${baseSha}..${headSha}`
    )
  }
  let next = 0
  return files.map(file => {
    const count = file.status === 'type-changed' ? 2 : 1
    const hunks = sections.slice(next, (next += count)).flatMap(s => hunksOf(s) ?? [])
    return { ...file, patch: hunks.length > 0 ? hunks.join('\n') : undefined }
  })
}

function splitSections(output: string): string[] {
  const sections = output.split(/^(?=diff --git )/m)
  return sections.filter(section => section.startsWith('diff --git '))
}

/**
 * The hunks of one section, in the form GitHub's pulls/files `patch` has
 * (starting at the first `@@`); undefined for binary files and changes with
 * no text hunks (pure renames, mode changes).
 */
function hunksOf(section: string): string | undefined {
  const start = section.search(/^@@ /m)
  if (start < 0) return undefined
  return section.slice(start).replace(/\n$/, '')
}
