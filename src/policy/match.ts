/**
 * Which rules of a policy cover a path. Pure functions over compiled
 * patterns; the evaluation stage decides what a match means.
 */
import { normalizeRepoPath } from './patterns.js'
import type { Area, PathPattern, RuleEntry } from './types.js'

export interface EntryMatch {
  entry: RuleEntry
  /** The first pattern of the entry's area that matched. */
  pattern: PathPattern
}

/** The first pattern of the entry's area matching `path`, unless one of its `except` patterns does. */
export function matchEntry(entry: RuleEntry, path: string): PathPattern | undefined {
  return matchArea(entry.area, normalizeRepoPath(path))
}

/** Every entry that covers `path`, in list order, each with the pattern that matched. */
export function matchingEntries(entries: readonly RuleEntry[], path: string): EntryMatch[] {
  const normal = normalizeRepoPath(path)
  const matches: EntryMatch[] = []
  for (const entry of entries) {
    const pattern = matchArea(entry.area, normal)
    if (pattern) matches.push({ entry, pattern })
  }
  return matches
}

/** `path` must already be normalised. */
export function matchArea(area: Area, path: string): PathPattern | undefined {
  const pattern = area.paths.find(candidate => candidate.matches(path))
  if (!pattern) return undefined
  return area.except.some(candidate => candidate.matches(path)) ? undefined : pattern
}
