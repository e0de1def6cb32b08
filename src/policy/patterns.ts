/**
 * The one pattern dialect used by every list of a policy: gitignore-like
 * globs matched with minimatch. See docs/policy-reference.md ("Pattern
 * dialect") for the rules users rely on; the comments here say why.
 */
import { Minimatch, type MinimatchOptions } from 'minimatch'
import { compileGlobs, isPlainPath } from './glob-regex.js'
import { patternKeys, type PatternKeys } from './pattern-keys.js'
import { validatePatternSource } from './pattern-validation.js'
import type { PathPattern, SourceRef } from './types.js'

export interface PatternOptions {
  /** Match letter case exactly (default false: `.env` also catches `.ENV`). */
  caseSensitive?: boolean
}

/**
 * The canonical form of a repository path: Unicode NFC (macOS writes NFD),
 * no leading `./`, no empty segments. Patterns and paths both go through it
 * so `café` written either way is the same file.
 */
export function normalizeRepoPath(path: string): string {
  // ASCII is already NFC, and most paths have no `//`: skip the costly steps for them.
  let normal = ASCII.test(path) ? path : path.normalize('NFC')
  if (normal.includes('//')) normal = normal.replace(/\/{2,}/g, '/')
  while (normal.startsWith('./')) normal = normal.slice(2)
  return normal
}

const ASCII = /^[\x00-\x7f]*$/

/** Validates and compiles one pattern; throws a UserError at `where` when it is invalid. */
export function compilePattern(
  source: string,
  where: SourceRef,
  options: PatternOptions = {}
): PathPattern {
  validatePatternSource(source, where)
  const globs = patternGlobs(source)
  const matchers = globs.map(glob => toMatcher(glob, options))
  const bySlowPath = (normal: string): boolean => matchers.some(matches => matches(normal))
  const program = compileGlobs(globs, minimatchOptions(options))
  const test = program
    ? (normal: string): boolean =>
        isPlainPath(normal) ? program.regex.test(normal) : bySlowPath(normal)
    : bySlowPath
  const pattern: PathPattern = {
    source,
    where,
    matches: (path: string) => test(normalizeRepoPath(path))
  }
  compiledForms.set(pattern, {
    test,
    regex: program?.regex,
    keys: program ? patternKeys(program) : undefined,
    reference: bySlowPath
  })
  return pattern
}

/** How a pattern made here matches, for the matchers that index many of them. */
export interface CompiledForm {
  /** `matches` for a path that is already normalised (normalizeRepoPath). */
  test(normalPath: string): boolean
  /** The same answer for plain paths (isPlainPath), when the pattern has a regex; otherwise `test` decides. */
  regex: RegExp | undefined
  /** Necessary conditions for a match, to index patterns by (see pattern-keys.ts). */
  keys: PatternKeys | undefined
  /** The answer without the regex (minimatch alone, for globs): for benchmarks and equivalence tests. */
  reference(normalPath: string): boolean
}

const compiledForms = new WeakMap<PathPattern, CompiledForm>()

/** The compiled form of a pattern from compilePattern; undefined for any other PathPattern. */
export function compiledFormOf(pattern: PathPattern): CompiledForm | undefined {
  return compiledForms.get(pattern)
}

/** `pattern.matches` for a normalised path, without normalising it again when that is known to be safe. */
export function normalPathTest(pattern: PathPattern): (normalPath: string) => boolean {
  return compiledForms.get(pattern)?.test ?? (path => pattern.matches(path))
}

/**
 * A pattern that matches exactly one path, with no glob meaning, for paths
 * that come from configuration rather than from the user's pattern list
 * (the policy file's own path may contain `[` or `*`).
 */
export function exactPathPattern(
  path: string,
  where: SourceRef,
  options: PatternOptions = {}
): PathPattern {
  const fold = (text: string): string => {
    const normal = normalizeRepoPath(text)
    return options.caseSensitive ? normal : normal.toLowerCase()
  }
  const expected = fold(path)
  const test = (normal: string): boolean =>
    (options.caseSensitive ? normal : normal.toLowerCase()) === expected
  const pattern: PathPattern = {
    source: normalizeRepoPath(path),
    where,
    matches: candidate => fold(candidate) === expected
  }
  compiledForms.set(pattern, { test, regex: undefined, keys: exactKeys(expected), reference: test })
  return pattern
}

/** A path equal to `expected` (lower-cased) has its last portion. */
function exactKeys(expected: string): PatternKeys {
  const last = expected.slice(expected.lastIndexOf('/') + 1)
  const usable = last !== '' && ASCII.test(last)
  return {
    keys: usable ? [{ kind: 'portion', value: last.toLowerCase() }] : undefined,
    needles: undefined
  }
}

function toMatcher(glob: string, options: PatternOptions): (path: string) => boolean {
  const matcher = new Minimatch(glob, minimatchOptions(options))
  return path => matcher.match(path)
}

/** The minimatch options of the dialect. */
export function minimatchOptions(options: PatternOptions): MinimatchOptions {
  return {
    dot: true,
    nocase: !options.caseSensitive,
    // `#` and `!` are ordinary characters here: comments belong to YAML, and
    // negation is rejected by validation with a pointer to `except:`.
    nocomment: true,
    nonegate: true,
    // Extglobs (`+(a|b)`) are left out to keep the dialect small; `{a,b}` covers the need.
    noext: true,
    // The same answer on every runner, whatever its OS.
    platform: 'linux'
  }
}

/** The minimatch globs a pattern of the dialect stands for (see toGlobs). */
export function patternGlobs(source: string): string[] {
  return toGlobs(normalizePatternText(source))
}

function normalizePatternText(source: string): string {
  return source.normalize('NFC').replace(/\/{2,}/g, '/')
}

/**
 * Turns the gitignore-like rules into plain minimatch globs:
 * - a leading `./` or a `/` before the last character anchors at the root;
 *   otherwise the pattern may match at any depth (`**\/` is prefixed);
 * - a trailing `/` means "everything below this directory";
 * - without one, the pattern matches the path itself or, when it names a
 *   directory, everything below it.
 */
function toGlobs(pattern: string): string[] {
  const subtreeOnly = pattern.endsWith('/')
  let body = subtreeOnly ? pattern.slice(0, -1) : pattern
  const explicitlyAnchored = body.startsWith('./')
  if (explicitlyAnchored) body = body.slice(2)
  const anchored = explicitlyAnchored || body.includes('/')
  const rooted = anchored ? body : `**/${body}`
  return subtreeOnly ? [`${rooted}/**`] : [rooted, `${rooted}/**`]
}
