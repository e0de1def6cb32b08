/**
 * A tree-to-tree diff in the terms GitHub's file lists use. Two git calls for
 * the whole diff (raw entries + one patch), so 3000 files stay fast: the patch
 * is cut at its `diff --git` headers, which git emits in the same order as the
 * raw entries and never inside hunk content (those lines start with ' +-\').
 */
import { git } from './git.js'

export interface DiffEntry {
  /** git's letter: A D M R C T. */
  status: string
  path: string
  previousPath?: string
  oldSha: string
  newSha: string
  oldMode: string
  newMode: string
  additions: number
  deletions: number
  /** The hunks only, as GitHub's `patch`; absent for binary files and changes without hunks. */
  patch?: string
}

type RawEntry = Omit<DiffEntry, 'additions' | 'deletions' | 'patch'>

export async function readDiff(dir: string, from: string, to: string): Promise<DiffEntry[]> {
  const common = ['-M', '--no-color', '--no-ext-diff', '--no-textconv', from, to, '--']
  const [raw, patch] = await Promise.all([
    git(dir, ['diff', '--raw', '-z', '--no-abbrev', ...common]),
    git(dir, ['diff', '--patch', ...common])
  ])
  const entries = parseRaw(raw)
  const patches = splitPatches(patch)
  if (patches.length !== entries.length) {
    throw new Error(`diff ${from}..${to}: ${entries.length} entries but ${patches.length} patches`)
  }
  return entries.map((entry, index) => ({ ...entry, ...hunks(patches[index] ?? []) }))
}

function parseRaw(raw: string): RawEntry[] {
  const tokens = raw.split('\0')
  const entries: RawEntry[] = []
  for (let i = 0; i < tokens.length; i++) {
    const header = tokens[i] ?? ''
    if (!header.startsWith(':')) continue
    const [oldMode = '', newMode = '', oldSha = '', newSha = '', score = ''] = header
      .slice(1)
      .split(' ')
    const status = score.charAt(0)
    const first = tokens[++i] ?? ''
    if (status === 'R' || status === 'C') {
      const path = tokens[++i] ?? ''
      entries.push({ status, path, previousPath: first, oldSha, newSha, oldMode, newMode })
    } else {
      entries.push({ status, path: first, oldSha, newSha, oldMode, newMode })
    }
  }
  return entries
}

function splitPatches(patch: string): string[][] {
  const files: string[][] = []
  for (const line of patch.split('\n')) {
    if (line.startsWith('diff --git ')) files.push([])
    files[files.length - 1]?.push(line)
  }
  return files
}

function hunks(lines: string[]): Pick<DiffEntry, 'additions' | 'deletions' | 'patch'> {
  const start = lines.findIndex(line => line.startsWith('@@'))
  if (start < 0) return { additions: 0, deletions: 0 }
  const body = lines.slice(start)
  while (body.length > 0 && body[body.length - 1] === '') body.pop()
  let additions = 0
  let deletions = 0
  for (const line of body) {
    if (line.startsWith('+')) additions++
    else if (line.startsWith('-')) deletions++
  }
  return { additions, deletions, patch: body.join('\n') }
}
