/**
 * Turning the strings of the four lists into RuleEntries: a bare word names
 * an area, anything else is a path pattern. An unknown word is an error with
 * a suggestion, never a pattern that silently matches nothing.
 */
import { UserError } from '../errors.js'
import type { Located } from './spec.js'
import { AREA_NAME } from './schema.js'
import { compilePattern, type PatternOptions } from './patterns.js'
import type { Area, RuleEntry } from './types.js'
import { closestMatch, quote } from './text.js'

const AREA_WORD = new RegExp(AREA_NAME.regex)

export interface EntryContext {
  listKey: string
  areas: ReadonlyMap<string, Area>
  patternOptions: PatternOptions
  /** Approvals a path entry needs (the policy's default). */
  approvals: number
  /** Whether the policy can define areas (the map shape cannot). */
  canDefineAreas: boolean
}

/** True when a list entry is an area name rather than a path pattern. */
export function isAreaReference(text: string): boolean {
  return AREA_WORD.test(text)
}

export function resolveEntries(
  list: Located<Located<string>[]> | undefined,
  context: EntryContext
): RuleEntry[] {
  return (list?.value ?? []).map(item => resolveEntry(item, context))
}

function resolveEntry({ value, where }: Located<string>, context: EntryContext): RuleEntry {
  if (isAreaReference(value)) {
    const area = context.areas.get(value)
    if (!area) throw unknownArea(value, where, context)
    return { label: value, kind: 'area', area, where }
  }
  const pattern = compilePattern(value, where, context.patternOptions)
  const area: Area = {
    name: value,
    description: `Paths matching ${quote(value)}`,
    paths: [pattern],
    except: [],
    approvals: context.approvals,
    reviewers: { users: [], teams: [], codeowners: false },
    origin: 'policy',
    mandatory: false
  }
  return { label: value, kind: 'path', area, where }
}

function unknownArea(
  word: string,
  where: Located<string>['where'],
  context: EntryContext
): UserError {
  const known = [...context.areas.keys()]
  const suggestion = closestMatch(word, known)
  const directory = `write ${quote(`${word}/`)} to match a directory named ${quote(word)}`
  const fix = suggestion
    ? `Did you mean ${quote(suggestion)}? Or ${directory}`
    : `Known areas: ${known.join(', ')}. ${
        context.canDefineAreas ? 'Define it under "areas:", or ' : 'Or '
      }${directory}`
  return new UserError(`unknown area ${quote(word)} in ${quote(context.listKey)}`, fix, where)
}
