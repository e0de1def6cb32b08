/**
 * The one pattern dialect used by every list of a policy: gitignore-like
 * globs matched with minimatch. See docs/policy-reference.md ("Pattern
 * dialect") for the rules users rely on; the comments here say why.
 */
import { Minimatch, type MinimatchOptions } from 'minimatch'
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
  let normal = path.normalize('NFC').replace(/\/{2,}/g, '/')
  while (normal.startsWith('./')) normal = normal.slice(2)
  return normal
}

/** Validates and compiles one pattern; throws a UserError at `where` when it is invalid. */
export function compilePattern(
  source: string,
  where: SourceRef,
  options: PatternOptions = {}
): PathPattern {
  validatePatternSource(source, where)
  const matchers = toGlobs(normalizePatternText(source)).map(glob => toMatcher(glob, options))
  return {
    source,
    where,
    matches: (path: string) => {
      const normal = normalizeRepoPath(path)
      return matchers.some(matches => matches(normal))
    }
  }
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
  return {
    source: normalizeRepoPath(path),
    where,
    matches: candidate => fold(candidate) === expected
  }
}

function toMatcher(glob: string, options: PatternOptions): (path: string) => boolean {
  const matcher = new Minimatch(glob, minimatchOptions(options))
  return path => matcher.match(path)
}

function minimatchOptions(options: PatternOptions): MinimatchOptions {
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
