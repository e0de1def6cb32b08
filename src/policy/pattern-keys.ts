/**
 * Cheap necessary conditions for a compiled pattern to match, so a list of
 * hundreds of patterns only runs the regexes of the few that can match a
 * path. Each portion of a glob row matches one portion of the path, so a
 * row with a literal portion `db` can only match a path that has a portion
 * `db`; a row with a portion ending `.yml` needs a portion whose extension
 * is `yml`; and so on.
 *
 * Keys are lower-case ASCII. They are only consulted for ASCII paths: under
 * Unicode case folding some non-ASCII characters match ASCII letters (the
 * Kelvin sign matches `k`), which lower-casing does not see.
 */
import { GLOBSTAR, type GlobProgram, type Row, type Token } from './glob-regex.js'

export type KeyKind = 'portion' | 'extension' | 'prefix' | 'suffix' | 'initial'

/** Characters compared for the prefix and suffix keys. */
export const AFFIX_LENGTH = 2
/** Literal runs shorter than this are not worth a substring check. */
const MIN_NEEDLE_LENGTH = 3

export interface PatternKey {
  kind: KeyKind
  value: string
}

export interface PatternKeys {
  /** The path must give one of these keys; undefined when no key is certain (check every path). */
  keys: PatternKey[] | undefined
  /** Lower-case texts of which every matching ASCII path contains one, checked before the regex. */
  needles: string[] | undefined
}

const ASCII = /^[\x00-\x7f]*$/

export function patternKeys(program: GlobProgram): PatternKeys {
  const keys: PatternKey[] = []
  for (const row of program.rows) {
    const key = rowKey(row)
    if (!key) return { keys: undefined, needles: rowNeedles(program.rows) }
    if (!keys.some(known => known.kind === key.kind && known.value === key.value)) keys.push(key)
  }
  return { keys, needles: rowNeedles(program.rows) }
}

function portions(row: Row): Token[][] {
  return row.filter((part): part is Token[] => part !== GLOBSTAR)
}

/** The most selective key of a row: a literal portion, then an extension, a prefix, a suffix, a first letter. */
function rowKey(row: Row): PatternKey | undefined {
  const parts = portions(row)
  // The last literal portion: deeper names (`migrate` in `**/db/migrate/`) are rarer than roots.
  const literal = parts
    .filter(tokens => tokens.every(token => token.kind === 'literal'))
    .map(literalText)
    .filter(text => ASCII.test(text))
    .pop()
  if (literal !== undefined) return { kind: 'portion', value: literal.toLowerCase() }
  for (const kind of ['extension', 'prefix', 'suffix', 'initial'] as const) {
    for (const tokens of parts) {
      const value = affixKey(kind, tokens)
      if (value !== undefined) return { kind, value }
    }
  }
  return undefined
}

function affixKey(kind: Exclude<KeyKind, 'portion'>, tokens: Token[]): string | undefined {
  const prefix = literalText(leadingLiterals(tokens))
  const suffix = literalText(leadingLiterals([...tokens].reverse()).reverse())
  const usable = (text: string): string | undefined =>
    ASCII.test(text) ? text.toLowerCase() : undefined
  if (kind === 'extension') {
    const dot = suffix.lastIndexOf('.')
    return dot >= 0 && dot < suffix.length - 1 ? usable(suffix.slice(dot + 1)) : undefined
  }
  if (kind === 'initial') return prefix === '' ? undefined : usable(prefix.charAt(0))
  const text = kind === 'prefix' ? prefix : suffix
  if (text.length < AFFIX_LENGTH) return undefined
  return usable(kind === 'prefix' ? text.slice(0, AFFIX_LENGTH) : text.slice(-AFFIX_LENGTH))
}

function leadingLiterals(tokens: Token[]): Token[] {
  const index = tokens.findIndex(token => token.kind !== 'literal')
  return index === -1 ? tokens : tokens.slice(0, index)
}

function literalText(tokens: Token[]): string {
  return tokens.map(token => (token.kind === 'literal' ? token.char : '')).join('')
}

/**
 * Text every matching path contains: the longest piece of literal text
 * that every row has (`auth` for `*auth.{go,ts}`), or else each row's
 * longest run when they are few (`stripe`, `paypal`, ...).
 */
function rowNeedles(rows: Row[]): string[] | undefined {
  const runs = rows.map(literalRuns)
  const common = commonPiece(runs)
  if (common !== undefined) return [common]
  const longest = new Set<string>()
  for (const rowRuns of runs) {
    const best = [...rowRuns].sort((a, b) => b.length - a.length)[0]
    if (best === undefined) return undefined
    longest.add(best)
  }
  // A needle inside another already covers the paths the longer one does.
  const needles = [...longest].filter(
    needle => ![...longest].some(other => other !== needle && needle.includes(other))
  )
  return needles.length <= MAX_NEEDLES ? needles : undefined
}

/** Bounds on the search for a common piece, so a long pattern does not make loading slow. */
const MAX_PIECE_SOURCE = 64
const MAX_PIECE_LENGTH = 32
/** Past this many alternatives, checking them costs about what the regex does. */
const MAX_NEEDLES = 8

/** The longest substring (at least MIN_NEEDLE_LENGTH long) of a run of the first row found in a run of every row. */
function commonPiece(runs: Set<string>[]): string | undefined {
  const [first, ...rest] = runs
  if (!first || [...first].join('').length > MAX_PIECE_SOURCE) return undefined
  const pieces = new Set<string>()
  for (const run of first) {
    for (let start = 0; start + MIN_NEEDLE_LENGTH <= run.length; start++) {
      const last = Math.min(run.length, start + MAX_PIECE_LENGTH)
      for (let end = start + MIN_NEEDLE_LENGTH; end <= last; end++)
        pieces.add(run.slice(start, end))
    }
  }
  const inEveryRow = (piece: string): boolean =>
    rest.every(rowRuns => [...rowRuns].some(run => run.includes(piece)))
  return [...pieces].sort((a, b) => b.length - a.length).find(inEveryRow)
}

function literalRuns(row: Row): Set<string> {
  const runs = new Set<string>()
  for (const tokens of portions(row)) {
    let run = ''
    for (const token of [...tokens, undefined]) {
      if (token?.kind === 'literal') {
        run += token.char
        continue
      }
      if (run.length >= MIN_NEEDLE_LENGTH && ASCII.test(run)) runs.add(run.toLowerCase())
      run = ''
    }
  }
  return runs
}
