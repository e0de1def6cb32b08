/**
 * GitHub's CODEOWNERS file: who owns which path. Only what an approval
 * judge needs: parse once, then ask for the owners of a path. The rules
 * follow GitHub's documentation, which differs from .gitignore in places;
 * the comments below say where.
 */
import { normalizeRepoPath } from './patterns.js'

/** Where GitHub looks for the file, in its search order: the first one found is used. */
export const CODEOWNERS_LOCATIONS = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'] as const

export interface CodeownersRule {
  /** The pattern as written (escapes kept). */
  pattern: string
  /** Lower-cased logins and 'org/team' slugs without '@'; emails as written. Empty = "no owners". */
  owners: string[]
  line: number
}

/** A line GitHub would skip, and why. */
export interface CodeownersError {
  line: number
  message: string
}

export interface Codeowners {
  file: string
  /** Valid lines, in file order. */
  rules: CodeownersRule[]
  /** Lines skipped as invalid; they never contribute owners. */
  errors: CodeownersError[]
  /** The owners of a path: those of the last rule that matches it, or [] when none does. */
  ownersOf(path: string): string[]
  /** The rule that decides a path's owners (the last match), if any. */
  ruleFor(path: string): CodeownersRule | undefined
}

interface CompiledRule {
  rule: CodeownersRule
  regex: RegExp
}

export function parseCodeowners(text: string, file: string): Codeowners {
  const compiled: CompiledRule[] = []
  const errors: CodeownersError[] = []
  text.split('\n').forEach((raw, index) => {
    const parsed = parseLine(raw, index + 1)
    if (parsed === undefined) return
    if ('message' in parsed) errors.push(parsed)
    else compiled.push(parsed)
  })
  const ruleFor = (path: string): CodeownersRule | undefined => {
    const normal = normalizeRepoPath(path)
    // Last matching line wins, so search from the bottom.
    return compiled.findLast(({ regex }) => regex.test(normal))?.rule
  }
  return {
    file,
    rules: compiled.map(({ rule }) => rule),
    errors,
    ownersOf: path => [...(ruleFor(path)?.owners ?? [])],
    ruleFor
  }
}

/** undefined for blank lines and comments. */
function parseLine(raw: string, line: number): CompiledRule | CodeownersError | undefined {
  const text = raw.replace(/\r$/, '').trim()
  if (text === '' || text.startsWith('#')) return undefined
  const [pattern = '', ...rest] = splitTokens(text)
  // A token starting with '#' after the pattern begins a trailing comment.
  const commentAt = rest.findIndex(token => token.startsWith('#'))
  const ownerTokens = commentAt === -1 ? rest : rest.slice(0, commentAt)
  const problem = patternProblem(pattern) ?? ownerTokens.map(ownerProblem).find(Boolean)
  if (problem) return { line, message: `line ${line}: ${problem}; GitHub skips this line` }
  const owners = ownerTokens.map(normalizeOwner)
  return { rule: { pattern, owners, line }, regex: compilePattern(pattern) }
}

/** Splits on whitespace that is not escaped with a backslash (`my\ file.txt` is one token). */
function splitTokens(text: string): string[] {
  return text.match(/(?:\\.|\S)+/g) ?? []
}

function patternProblem(pattern: string): string | undefined {
  // GitHub documents these three .gitignore features as not working in CODEOWNERS.
  if (pattern.startsWith('\\#')) return `"${pattern}": escaping a leading # is not supported`
  if (pattern.startsWith('!')) return `"${pattern}": negation with ! is not supported`
  if (/[[\]]/.test(pattern)) return `"${pattern}": character ranges with [ ] are not supported`
  if (pattern.replace(/\//g, '') === '') return `"${pattern}" is not a path pattern`
  return undefined
}

const USER_OR_TEAM = /^@[A-Za-z0-9](?:[A-Za-z0-9_.-]*)(?:\/[A-Za-z0-9_.-]+)?$/
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/

function ownerProblem(token: string): string | undefined {
  if (USER_OR_TEAM.test(token) || EMAIL.test(token)) return undefined
  return `"${token}" is not an owner (write @user, @org/team or an email address)`
}

function normalizeOwner(token: string): string {
  return token.startsWith('@') ? token.slice(1).toLowerCase() : token
}

/**
 * Turns a CODEOWNERS pattern into a regular expression over file paths.
 * Like .gitignore: a leading or inner '/' anchors at the root, otherwise the
 * pattern matches at any depth; a trailing '/' means everything below the
 * directory; a pattern that names a directory also covers its contents.
 * Unlike .gitignore, GitHub documents that `docs/*` does not reach into
 * nested directories, so a final `/*` matches direct children only.
 * Matching is case-sensitive, as on GitHub.
 */
function compilePattern(pattern: string): RegExp {
  let body = pattern.normalize('NFC').replace(/\/{2,}/g, '/')
  const subtreeOnly = body.endsWith('/')
  if (subtreeOnly) body = body.slice(0, -1)
  const rooted = body.startsWith('/')
  if (rooted) body = body.slice(1)
  const segments = body.split('/')
  const anchored = rooted || segments.length > 1
  let source = anchored ? '^' : '^(?:.*/)?'
  segments.forEach((segment, index) => {
    const last = index === segments.length - 1
    if (segment === '**') source += last ? '.*' : '(?:[^/]+/)*'
    else source += segmentSource(segment) + (last ? '' : '/')
  })
  return new RegExp(source + patternEnd(segments, subtreeOnly))
}

function patternEnd(segments: string[], subtreeOnly: boolean): string {
  const last = segments.at(-1)
  if (last === '**') return '$'
  if (subtreeOnly) return '/.*$'
  if (last === '*' && segments.length > 1) return '$'
  return '(?:/.*)?$'
}

/** One path segment: `*` and `?` never cross a '/'; a backslash makes the next character literal. */
function segmentSource(segment: string): string {
  let source = ''
  for (let index = 0; index < segment.length; index++) {
    const char = segment[index] ?? ''
    if (char === '\\' && index + 1 < segment.length) {
      source += escapeRegex(segment[++index] ?? '')
    } else if (char === '*') {
      while (segment[index + 1] === '*') index++
      source += '[^/]*'
    } else if (char === '?') source += '[^/]'
    else source += escapeRegex(char)
  }
  return source
}

function escapeRegex(char: string): string {
  return char.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
}
