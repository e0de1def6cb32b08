/**
 * An index over one list of rule entries: from a path, the few patterns
 * that can match it, in list order. Built once per list; matchingEntries
 * then costs a handful of map lookups and regex tests per path instead of
 * one minimatch walk per pattern.
 */
import { isPlainPath } from './glob-regex.js'
import { AFFIX_LENGTH, type KeyKind } from './pattern-keys.js'
import { compiledFormOf, normalPathTest } from './patterns.js'
import type { PathPattern, RuleEntry } from './types.js'

/** One pattern of one entry's area, numbered in list order (entry, then pattern). */
interface Slot {
  entry: number
  pattern: PathPattern
  /** The pattern's regex, valid for plain paths (isPlainPath). */
  regex: RegExp | undefined
  /** Any path, normalised. */
  test: (normalPath: string) => boolean
  /** Lower-case texts of which the path must contain one (plain ASCII paths only). */
  needles: string[] | undefined
}

export interface EntryMatch {
  entry: RuleEntry
  /** The first pattern of the entry's area that matched. */
  pattern: PathPattern
}

const KINDS: readonly KeyKind[] = ['portion', 'extension', 'prefix', 'suffix', 'initial']

export class EntryIndex {
  readonly #slots: Slot[] = []
  /** Slot ids by key id (see internKey). */
  readonly #byKey: (number[] | undefined)[] = []
  /** Slots no key can rule out. */
  readonly #always: number[] = []
  readonly #exceptTests: ((normalPath: string) => boolean)[][]
  readonly #seen: Uint32Array
  #stamp = 0
  /** Candidate slot ids, reused by every lookup: matches() is synchronous, so one buffer is enough. */
  #ids = new Int32Array(0)
  readonly #entries: readonly RuleEntry[]

  constructor(entries: readonly RuleEntry[]) {
    this.#entries = [...entries]
    entries.forEach((entry, index) => {
      for (const pattern of entry.area.paths) this.#add(index, pattern)
    })
    this.#exceptTests = entries.map(entry => entry.area.except.map(normalPathTest))
    this.#seen = new Uint32Array(this.#slots.length)
    this.#ids = new Int32Array(this.#slots.length)
  }

  #add(entry: number, pattern: PathPattern): void {
    const id = this.#slots.length
    const form = compiledFormOf(pattern)
    const keys = form?.keys?.keys
    const needles = form?.keys?.needles
    this.#slots.push({ entry, pattern, regex: form?.regex, test: normalPathTest(pattern), needles })
    if (!keys) {
      this.#always.push(id)
      return
    }
    for (const { kind, value } of keys) {
      const key = internKey(
        kind,
        kind === 'portion' || kind === 'extension' ? value : charCodes(value)
      )
      const ids = this.#byKey[key]
      if (ids) ids.push(id)
      else this.#byKey[key] = [id]
    }
  }

  /** Every entry whose area covers the path, in list order, with the first pattern that matched. */
  matches(path: PathKeys): EntryMatch[] {
    const matches: EntryMatch[] = []
    const candidates = path.lower === undefined ? undefined : this.#ids
    const count = candidates ? this.#candidates(keyIdsOf(path)) : this.#slots.length
    const { normal, lower } = path
    let resolved = -1
    for (let at = 0; at < count; at++) {
      const slot = this.#slots[candidates ? (candidates[at] ?? 0) : at]
      if (!slot || slot.entry === resolved) continue
      const needles = slot.needles
      if (lower !== undefined && needles !== undefined && !containsAny(lower, needles)) continue
      const regex = slot.regex
      if (!(lower !== undefined && regex ? regex.test(normal) : slot.test(normal))) continue
      resolved = slot.entry
      const entry = this.#entries[slot.entry]
      if (entry && !this.#excepted(slot.entry, normal))
        matches.push({ entry, pattern: slot.pattern })
    }
    return matches
  }

  #excepted(entry: number, normal: string): boolean {
    const tests = this.#exceptTests[entry]
    if (!tests) return false
    for (const test of tests) if (test(normal)) return true
    return false
  }

  /**
   * Puts the slot ids that may match into #ids, ascending (so entries come in
   * list order and patterns in area order), and returns how many there are.
   */
  #candidates(keys: readonly number[]): number {
    const stamp = this.#nextStamp()
    let count = this.#take(this.#always, stamp, 0)
    const byKey = this.#byKey
    for (const key of keys) {
      const list = byKey[key]
      if (list) count = this.#take(list, stamp, count)
    }
    if (count > 1) this.#ids.subarray(0, count).sort()
    return count
  }

  #take(list: readonly number[], stamp: number, count: number): number {
    const seen = this.#seen
    const ids = this.#ids
    let next = count
    for (const id of list) {
      if (seen[id] === stamp) continue
      seen[id] = stamp
      ids[next++] = id
    }
    return next
  }

  #nextStamp(): number {
    if (this.#stamp === 0xffffffff) {
      this.#seen.fill(0)
      this.#stamp = 0
    }
    return ++this.#stamp
  }
}

function containsAny(text: string, needles: readonly string[]): boolean {
  for (const needle of needles) if (text.includes(needle)) return true
  return false
}

/**
 * A key value: text for portions and extensions; for the one- and two-letter
 * prefix, suffix and initial keys, their char codes as one number, so making
 * the keys of a path allocates no strings for them.
 */
type PathKey = string | number

function charCodes(text: string): number {
  return text.length === 1 ? text.charCodeAt(0) : text.charCodeAt(0) * 0x10000 + text.charCodeAt(1)
}

/**
 * Every key value any index uses, numbered, per kind. A path's keys are then
 * looked up once for all four lists, and each list finds its slots by number.
 */
const keyIds: Map<PathKey, number>[] = KINDS.map(() => new Map())
let keyCount = 0

function internKey(kind: KeyKind, value: PathKey): number {
  const byValue = keyIds[KINDS.indexOf(kind)]
  const known = byValue?.get(value)
  if (known !== undefined) return known
  byValue?.set(value, keyCount)
  return keyCount++
}

/** What the index looks a path up by; computed once per path and shared by the four lists. */
export interface PathKeys {
  normal: string
  /**
   * The path in lower case when it is a plain ASCII path: the only paths the
   * keys apply to. Undefined means every pattern is a candidate.
   */
  lower: string | undefined
  /** The ids of the path's key values (see internKey), and how many keys existed then. */
  ids: number[]
  known: number
}

const ASCII = /^[\x00-\x7f]*$/

export function pathKeys(normal: string): PathKeys {
  // Other paths go to minimatch (see isPlainPath), whose answers the keys were not derived from.
  const keyed = ASCII.test(normal) && isPlainPath(normal)
  const lower = keyed ? normal.toLowerCase() : undefined
  return { normal, lower, ids: lower === undefined ? [] : lookUpKeys(lower), known: keyCount }
}

/** The path's key ids, looked up again when an index built since then added keys. */
function keyIdsOf(path: PathKeys): number[] {
  if (path.known !== keyCount && path.lower !== undefined) {
    path.ids = lookUpKeys(path.lower)
    path.known = keyCount
  }
  return path.ids
}

/** Only values some index uses have an id; the rest of the path's keys are not needed. */
function lookUpKeys(lower: string): number[] {
  const [portions, extensions, prefixes, suffixes, initials] = keyIds
  const found: (number | undefined)[] = []
  for (const portion of lower.split('/')) {
    const length = portion.length
    found.push(portions?.get(portion), initials?.get(portion.charCodeAt(0)))
    const dot = portion.lastIndexOf('.')
    if (extensions?.size && dot >= 0 && dot < length - 1) {
      found.push(extensions.get(portion.slice(dot + 1)))
    }
    if (length < AFFIX_LENGTH) continue
    found.push(
      prefixes?.get(portion.charCodeAt(0) * 0x10000 + portion.charCodeAt(1)),
      suffixes?.get(portion.charCodeAt(length - 2) * 0x10000 + portion.charCodeAt(length - 1))
    )
  }
  return found.filter((id): id is number => id !== undefined)
}
