/**
 * Which rules of a policy cover a path. Pure functions over compiled
 * patterns; the evaluation stage decides what a match means.
 *
 * The evaluator asks for every agent-touched path against every list, so
 * each list gets an index (entry-index.ts), built on first use and kept
 * while the list, its entries and their areas' pattern lists are the same.
 */
import { EntryIndex, pathKeys, type EntryMatch, type PathKeys } from './entry-index.js'
import { normalizeRepoPath, normalPathTest } from './patterns.js'
import type { Area, PathPattern, RuleEntry } from './types.js'

export type { EntryMatch }

/** The first pattern of the entry's area matching `path`, unless one of its `except` patterns does. */
export function matchEntry(entry: RuleEntry, path: string): PathPattern | undefined {
  return matchArea(entry.area, normalizeRepoPath(path))
}

/** Every entry that covers `path`, in list order, each with the pattern that matched. */
export function matchingEntries(entries: readonly RuleEntry[], path: string): EntryMatch[] {
  return indexFor(entries).matches(keysFor(path))
}

/** `path` must already be normalised. */
export function matchArea(area: Area, path: string): PathPattern | undefined {
  const pattern = area.paths.find(candidate => normalPathTest(candidate)(path))
  if (!pattern) return undefined
  return area.except.some(candidate => normalPathTest(candidate)(path)) ? undefined : pattern
}

interface CachedIndex {
  index: EntryIndex
  /** What the index was built from, position by position; a change to any of it builds a new one. */
  entries: RuleEntry[]
  areas: Area[]
  paths: PathPattern[][]
  pathCounts: number[]
  excepts: PathPattern[][]
  exceptCounts: number[]
}

const indexes = new WeakMap<readonly RuleEntry[], CachedIndex>()

function indexFor(entries: readonly RuleEntry[]): EntryIndex {
  const cached = indexes.get(entries)
  if (cached && unchanged(cached, entries)) return cached.index
  const areas = entries.map(entry => entry.area)
  const built: CachedIndex = {
    index: new EntryIndex(entries),
    entries: [...entries],
    areas,
    paths: areas.map(area => area.paths),
    pathCounts: areas.map(area => area.paths.length),
    excepts: areas.map(area => area.except),
    exceptCounts: areas.map(area => area.except.length)
  }
  indexes.set(entries, built)
  return built.index
}

function unchanged(cached: CachedIndex, entries: readonly RuleEntry[]): boolean {
  const count = entries.length
  if (cached.entries.length !== count) return false
  for (let at = 0; at < count; at++) {
    const entry = entries[at]
    if (entry !== cached.entries[at]) return false
    const area = entry?.area
    if (area !== cached.areas[at] || !area) return false
    if (area.paths !== cached.paths[at] || area.paths.length !== cached.pathCounts[at]) return false
    if (area.except !== cached.excepts[at] || area.except.length !== cached.exceptCounts[at])
      return false
  }
  return true
}

// The evaluator asks about one path against four lists in a row: work out its keys once.
let lastPath: string | undefined
let lastKeys: PathKeys | undefined

function keysFor(path: string): PathKeys {
  if (path === lastPath && lastKeys) return lastKeys
  const keys = pathKeys(normalizeRepoPath(path))
  lastPath = path
  lastKeys = keys
  return keys
}
