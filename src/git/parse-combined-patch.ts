/**
 * Reads the dense combined patch of merges (`git diff-tree --stdin --cc -p`).
 *
 * `--cc` omits every hunk in which the merge result matches one of the
 * parents, so a path that still has a hunk (or a binary difference) holds an
 * edit that no parent had: the merge's own work.
 */

const COMMIT_ID_LINE = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/
const HEADER_PREFIX = 'diff --cc '

/**
 * Paths with at least one hunk, per merge sha. Patch content lines start with
 * one marker column per parent (' ', '+' or '-'), so a line that is a bare
 * sha, or starts with "diff --cc ", "@@" or "Binary files", is always git's
 * own header and never file content.
 */
export function parsePathsWithHunks(patch: string): Map<string, Set<string>> {
  const pathsByCommit = new Map<string, Set<string>>()
  let paths: Set<string> | undefined
  let currentPath: string | undefined
  for (const line of patch.split('\n')) {
    if (COMMIT_ID_LINE.test(line)) {
      paths = new Set()
      pathsByCommit.set(line, paths)
      currentPath = undefined
    } else if (line.startsWith(HEADER_PREFIX)) {
      currentPath = unquoteGitPath(line.slice(HEADER_PREFIX.length))
    } else if (currentPath !== undefined && isDifferenceLine(line)) {
      paths?.add(currentPath)
    }
  }
  return pathsByCommit
}

function isDifferenceLine(line: string): boolean {
  return line.startsWith('@@') || line.startsWith('Binary files ')
}

const SIMPLE_ESCAPES: Record<string, number> = {
  a: 0x07,
  b: 0x08,
  t: 0x09,
  n: 0x0a,
  v: 0x0b,
  f: 0x0c,
  r: 0x0d,
  '"': 0x22,
  '\\': 0x5c
}

/**
 * Undoes git's C-style quoting of a path in a patch header: `"a\"b\nc"`.
 * Octal escapes are single bytes of a UTF-8 sequence, so the bytes are
 * collected first and decoded at the end. Unquoted paths come back as they are.
 */
export function unquoteGitPath(text: string): string {
  if (!text.startsWith('"') || !text.endsWith('"') || text.length < 2) return text
  // Whole code points, so that a character outside the BMP is not split into halves.
  const chars = [...text.slice(1, -1)]
  const bytes: number[] = []
  for (let index = 0; index < chars.length; index++) {
    const char = chars[index] ?? ''
    if (char !== '\\') {
      bytes.push(...Buffer.from(char, 'utf8'))
      continue
    }
    const octal = chars.slice(index + 1, index + 4).join('')
    if (/^[0-7]{3}$/.test(octal)) {
      bytes.push(parseInt(octal, 8))
      index += 3
      continue
    }
    const escaped = chars[index + 1] ?? ''
    bytes.push(SIMPLE_ESCAPES[escaped] ?? escaped.charCodeAt(0))
    index += 1
  }
  return Buffer.from(bytes).toString('utf8')
}
