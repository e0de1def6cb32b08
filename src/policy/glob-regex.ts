/**
 * The dialect's globs compiled to one RegExp per pattern. minimatch splits
 * the path and walks its portions on every call, which is what made
 * matching 100,000 paths take seconds; one regex test is a fraction of that.
 *
 * Only shapes whose minimatch meaning is certain are translated. Anything
 * else (posix classes such as `[[:alpha:]]`, reversed ranges, large numeric
 * ranges, `.`/`..`/empty portions after brace expansion, many wildcards in a
 * row) gets `undefined` and stays with minimatch. The regex also only
 * applies to plain paths (see isPlainPath); the caller sends any other path
 * to minimatch. test/policy/matcher-equivalence.test.ts holds the two to the
 * same answers.
 */
import { braceExpand, type MinimatchOptions } from 'minimatch'

export type Token =
  | { kind: 'literal'; char: string }
  | { kind: 'star' }
  | { kind: 'any' }
  | { kind: 'class'; source: string }

/** `**` as a whole portion. */
export const GLOBSTAR = 'globstar'
export type RowPart = Token[] | typeof GLOBSTAR
/** One brace-expanded glob, split into portions. */
export type Row = RowPart[]

export interface GlobProgram {
  regex: RegExp
  rows: Row[]
}

/** Past this, a pattern's regex is large and minimatch's own merging is the better tool. */
const MAX_ROWS = 1024
/**
 * Each `*` can backtrack over a portion, so k of them cost up to length^k on
 * a crafted path; past these counts minimatch's linear-time matcher is used.
 */
const MAX_STARS_PER_PORTION = 3
const MAX_GLOBSTARS_PER_ROW = 3
/** Longer paths go to minimatch, which bounds the cost of a hostile name. */
const MAX_PLAIN_PATH_LENGTH = 1024

/** minimatch keeps numeric ranges of this many values unexpanded (its RANGE_MIN). */
const UNEXPANDED_RANGE_SIZE = 100
/** `{lo..hi}`, as minimatch finds it (not after `\\` or `$`). */
export const NUMERIC_RANGE = /(?<![\\$])\{(-?\d+)\.\.(-?\d+)\}/g

/** True for a `{lo..hi}` range that minimatch matches as it is instead of expanding it. */
export function isUnexpandedRange(lo: string, hi: string): boolean {
  const a = Number(lo)
  const b = Number(hi)
  return (
    Number.isSafeInteger(a) &&
    Number.isSafeInteger(b) &&
    Math.abs(a - b) + 1 >= UNEXPANDED_RANGE_SIZE
  )
}

/**
 * True for the paths the regexes answer for: no empty, `.` or `..` portion,
 * no leading or trailing `/`, not too long. Every other path goes to minimatch.
 */
export function isPlainPath(path: string): boolean {
  const length = path.length
  if (length === 0 || length > MAX_PLAIN_PATH_LENGTH) return false
  if (path.charCodeAt(0) === SLASH || path.charCodeAt(length - 1) === SLASH) return false
  if (path.includes('//')) return false
  // A `.` or `..` portion starts the path or follows a `/`; most paths have neither.
  if (path.charCodeAt(0) !== DOT && !path.includes('/.')) return true
  return !DOT_PORTION.test(path)
}

const SLASH = 0x2f
const DOT = 0x2e
const DOT_PORTION = /(?:^|\/)\.{1,2}(?:\/|$)/

/** The program for globs that minimatch would match with `options`, or undefined. */
export function compileGlobs(
  globs: readonly string[],
  options: MinimatchOptions
): GlobProgram | undefined {
  const rows: Row[] = []
  for (const glob of globs) {
    if (hasUnexpandedRange(glob)) return undefined
    for (const expanded of new Set(braceExpand(glob, options))) {
      const row = parseRow(expanded)
      if (!row) return undefined
      rows.push(row)
    }
    if (rows.length > MAX_ROWS) return undefined
  }
  if (rows.length === 0) return undefined
  const flags = options.nocase ? 'iu' : 'u'
  return { regex: new RegExp(`^${alternation(rows.map(rowAtoms))}$`, flags), rows }
}

function hasUnexpandedRange(glob: string): boolean {
  return [...glob.matchAll(NUMERIC_RANGE)].some(([, lo, hi]) =>
    isUnexpandedRange(lo ?? '', hi ?? '')
  )
}

/** minimatch splits on runs of `/` and folds `**` runs; the rest of its rewriting is left out. */
function parseRow(glob: string): Row | undefined {
  const row: Row = []
  let globstars = 0
  for (const portion of glob.split(/\/+/)) {
    if (portion === '' || portion === '.' || portion === '..') return undefined
    if (portion === '**') {
      if (row[row.length - 1] !== GLOBSTAR) row.push(GLOBSTAR)
      globstars++
      continue
    }
    const tokens = parsePortion(portion)
    if (!tokens) return undefined
    row.push(tokens)
  }
  return globstars > MAX_GLOBSTARS_PER_ROW ? undefined : row
}

function parsePortion(portion: string): Token[] | undefined {
  const tokens: Token[] = []
  let stars = 0
  for (let index = 0; index < portion.length;) {
    const char = String.fromCodePoint(portion.codePointAt(index) ?? 0)
    if (char === '\\') return undefined
    if (char === '[') {
      const parsed = parseClass(portion, index)
      if (!parsed) return undefined
      tokens.push({ kind: 'class', source: parsed.source })
      index = parsed.end
      continue
    }
    index += char.length
    if (char === '*') {
      // `**` inside a portion is a plain `*`; one star per run keeps backtracking down.
      if (tokens[tokens.length - 1]?.kind !== 'star') {
        tokens.push({ kind: 'star' })
        stars++
      }
    } else if (char === '?') tokens.push({ kind: 'any' })
    else tokens.push({ kind: 'literal', char })
  }
  return stars > MAX_STARS_PER_PORTION ? undefined : tokens
}

/**
 * A `[...]` class at `start`, as a regex class that never matches `/`.
 * Members are single characters and ascending ranges; `!` or `^` first
 * negates, a `]` first is a member, and `x-]` is `x` and `-`.
 */
function parseClass(portion: string, start: number): { source: string; end: number } | undefined {
  let index = start + 1
  let negate = false
  const first = portion[index]
  if (first === '!' || first === '^') {
    negate = true
    index++
  }
  const members: string[] = []
  let sawMember = false
  while (index < portion.length) {
    const char = String.fromCodePoint(portion.codePointAt(index) ?? 0)
    if (char === ']' && sawMember) {
      if (members.length === 0) return undefined
      return {
        source: `[${negate ? '^' : ''}${members.join('')}${negate ? '/' : ''}]`,
        end: index + 1
      }
    }
    sawMember = true
    if (char === '\\' || char === '[') return undefined
    const after = index + char.length
    if (portion.startsWith('-]', after)) {
      members.push(escapeClassChar(char), '\\-')
      index = after + 1
    } else if (portion[after] === '-') {
      const endChar = String.fromCodePoint(portion.codePointAt(after + 1) ?? 0)
      if (after + 1 >= portion.length || endChar === '\\' || endChar === '[') return undefined
      const from = char.codePointAt(0) ?? 0
      const to = endChar.codePointAt(0) ?? 0
      if (to < from) return undefined
      members.push(
        to === from ? escapeClassChar(char) : `${escapeClassChar(char)}-${escapeClassChar(endChar)}`
      )
      index = after + 1 + endChar.length
    } else {
      members.push(escapeClassChar(char))
      index = after
    }
  }
  return undefined
}

function escapeClassChar(char: string): string {
  return /[\\\]\[^-]/.test(char) ? `\\${char}` : char
}

function escapeLiteral(char: string): string {
  return /[\\^$.*+?()[\]{}|/]/.test(char) ? `\\${char}` : char
}

export function tokenSource(token: Token): string {
  switch (token.kind) {
    case 'literal':
      return escapeLiteral(token.char)
    case 'star':
      return '[^/]*'
    case 'any':
      return '[^/]'
    case 'class':
      return token.source
  }
}

/**
 * A row as regex atoms. A `**` before more portions walks zero or more
 * portions with their `/`; a final `**` needs at least one portion (minimatch:
 * `a/**` does not match `a`). On a plain path `[^]+` is exactly that.
 */
function rowAtoms(row: Row): string[] {
  const atoms: string[] = []
  row.forEach((part, index) => {
    const last = index === row.length - 1
    if (part === GLOBSTAR) {
      atoms.push(last ? '[^]+' : '(?:[^/]+/)*')
      return
    }
    atoms.push(...part.map(tokenSource))
    if (!last) atoms.push('/')
  })
  return atoms
}

interface TrieNode {
  children: Map<string, TrieNode>
  end: boolean
}

/** The rows as one alternation with shared prefixes merged, so a path walks each prefix once. */
function alternation(rows: string[][]): string {
  const root: TrieNode = { children: new Map(), end: false }
  for (const atoms of rows) {
    let node = root
    for (const atom of atoms) {
      let child = node.children.get(atom)
      if (!child) node.children.set(atom, (child = { children: new Map(), end: false }))
      node = child
    }
    node.end = true
  }
  return emit(root)
}

function emit(node: TrieNode): string {
  // Long literal runs are chains of single children: walk them in a loop, not by recursion.
  let prefix = ''
  let current = node
  while (!current.end && current.children.size === 1) {
    const [atom, child] = current.children.entries().next().value as [string, TrieNode]
    prefix += atom
    current = child
  }
  const branches = [...current.children].map(([atom, child]) => atom + emit(child))
  if (current.end) branches.push('')
  if (branches.length === 1) return prefix + (branches[0] ?? '')
  return `${prefix}(?:${branches.join('|')})`
}
