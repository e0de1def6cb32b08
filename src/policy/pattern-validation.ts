/**
 * The checks a pattern must pass before it is compiled. Each rejects
 * something that would otherwise match nothing (or something else) without
 * a word, which in a policy means a rule that silently does not apply.
 */
import { braceExpand } from 'minimatch'
import { UserError } from '../errors.js'
import { NUMERIC_RANGE, isUnexpandedRange } from './glob-regex.js'
import type { SourceRef } from './types.js'
import { quote } from './text.js'

/** Far past any real path (PATH_MAX is 4096); minimatch throws a TypeError past 64 KiB. */
export const MAX_PATTERN_LENGTH = 4096
/**
 * The most paths `{a,b}` groups may spell out. Expansion is capped (at 100,000)
 * by dropping the rest without a word, and a pattern that big costs seconds to
 * compile; the built-in areas need at most 156.
 */
export const MAX_BRACE_EXPANSIONS = 1000
/** Braces nested deeper than this are left unexpanded by brace expansion. */
export const MAX_BRACE_DEPTH = 16

interface Problem {
  problem: string
  fix: string
}

/** Throws a UserError at `where` when `source` is not a valid pattern. */
export function validatePatternSource(source: string, where: SourceRef): void {
  const found = findProblem(source)
  if (found) throw new UserError(found.problem, found.fix, where)
}

function findProblem(source: string): Problem | undefined {
  if (source.length > MAX_PATTERN_LENGTH) {
    return {
      problem: `path pattern ${quote(`${source.slice(0, 40)}...`)} is ${source.length} characters long`,
      fix: `Patterns can be at most ${MAX_PATTERN_LENGTH} characters: shorten it, or split it into several patterns`
    }
  }
  const shown = `path pattern ${quote(source)}`
  if (source.trim() === '') {
    return {
      problem: 'empty path pattern',
      fix: 'Write a path relative to the repository root, such as "docs/" or "*.md"'
    }
  }
  if (/[\u0000-\u001f\u007f]/.test(source)) {
    return { problem: `${shown} contains a control character`, fix: 'Remove it' }
  }
  if (/^[A-Za-z]:[\\/]/.test(source) || source.startsWith('\\\\')) {
    return {
      problem: `${shown} is an absolute Windows path`,
      fix: 'Write a path relative to the repository root, with "/" between directories'
    }
  }
  if (source.includes('\\')) {
    return {
      problem: `${shown} contains a backslash`,
      fix: 'Separate directories with "/"; to match a special character literally, put it in brackets, e.g. "[*]"'
    }
  }
  return (
    findStructureProblem(source, shown) ??
    findBracketProblem(source, shown) ??
    findExpansionProblem(source, shown)
  )
}

function findStructureProblem(source: string, shown: string): Problem | undefined {
  if (source.startsWith('!')) {
    return {
      problem: `${shown} starts with "!"`,
      fix: 'Negation is not supported: define an area under "areas:" and list the paths to leave out in its "except:" list'
    }
  }
  if (source.startsWith('/')) {
    const relative = source.replace(/^\/+/, '')
    return {
      problem: `${shown} starts with "/"`,
      fix: `Patterns are relative to the repository root: write ${quote(relative || 'docs/')} (a "/" in the middle already anchors a pattern at the root; "./name" anchors a single name)`
    }
  }
  const withoutDotSlash = source.replace(/^\.\//, '')
  if (withoutDotSlash.replace(/\/+$/, '') === '') {
    return {
      problem: `${shown} names no path`,
      fix: 'Write a path relative to the repository root, such as "docs/" or "./Makefile"'
    }
  }
  const segments = withoutDotSlash.split('/')
  if (segments.includes('..')) {
    return {
      problem: `${shown} has a ".." segment`,
      fix: 'Patterns can only name paths inside the repository: remove ".."'
    }
  }
  if (segments.includes('.')) {
    return {
      problem: `${shown} has a "." segment`,
      fix: 'Remove it ("./" is only allowed at the start, to anchor a single name at the root)'
    }
  }
  return undefined
}

/** Unbalanced `{` or `[` make minimatch treat the pattern literally, which is never what was meant. */
function findBracketProblem(source: string, shown: string): Problem | undefined {
  let braceDepth = 0
  for (let index = 0; index < source.length; index++) {
    const char = source[index]
    if (char === '[') {
      const close = source.indexOf(']', index + 2)
      if (close === -1) {
        return {
          problem: `${shown} has an unclosed "["`,
          fix: 'Close it with "]", e.g. "file[0-9].txt", or write "[[]" to match "[" literally'
        }
      }
      index = close
    } else if (char === '{') {
      braceDepth++
      if (braceDepth > MAX_BRACE_DEPTH) {
        return {
          problem: `${shown} nests "{" more than ${MAX_BRACE_DEPTH} deep`,
          fix: 'Write the alternatives out in fewer levels, or as several patterns'
        }
      }
    } else if (char === '}') {
      if (braceDepth === 0) {
        return {
          problem: `${shown} has a "}" without a "{" before it`,
          fix: 'Remove it, or write "[}]" to match "}" literally'
        }
      }
      braceDepth--
    }
  }
  if (braceDepth > 0) {
    return {
      problem: `${shown} has an unclosed "{"`,
      fix: 'Close it with "}", e.g. "*.{yml,yaml}", or write "[{]" to match "{" literally'
    }
  }
  return undefined
}

function findExpansionProblem(source: string, shown: string): Problem | undefined {
  if (!source.includes('{')) return undefined
  // minimatch matches a large numeric range as it is (one path counted), unless a class could hold it.
  const withoutLargeRanges = source.replace(NUMERIC_RANGE, (range, lo: string, hi: string) =>
    isUnexpandedRange(lo, hi) && !source.includes('[') ? 'N' : range
  )
  const count = braceExpand(withoutLargeRanges, { braceExpandMax: MAX_BRACE_EXPANSIONS + 1 }).length
  if (count <= MAX_BRACE_EXPANSIONS) return undefined
  return {
    problem: `${shown} spells out more than ${MAX_BRACE_EXPANSIONS} paths with "{...}"`,
    fix: 'Use "*" or "?" for the part that varies, or split it into several patterns'
  }
}
