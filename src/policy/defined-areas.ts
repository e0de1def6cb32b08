/**
 * Applying a policy's `areas:` to the built-in ones. A defined area with a
 * built-in name overrides it field by field: `paths` and `except` replace
 * the built-in lists only when given, and approvals/reviewers apply as set.
 * The mandatory `governance` area can only grow: its paths are added to the
 * built-in ones, and nothing may narrow or loosen it.
 */
import { UserError } from '../errors.js'
import type { Located, MapEntry } from './spec.js'
import type { AreaDocument } from './schema.js'
import { compilePattern, type PatternOptions } from './patterns.js'
import type { Area, PathPattern, ReviewerSpec, SourceRef } from './types.js'
import { BUILT_IN_AREA_NAMES } from './named-areas.js'
import { closestMatch, quote } from './text.js'

export interface DefinedAreaContext {
  file: string
  patternOptions: PatternOptions
  /** The policy's default approvals (`approvals.required`). */
  approvals: number
}

/**
 * Names the evaluator gives its own implicit areas. A defined area of the same
 * name would share their approval tally and could weaken it.
 */
export const RESERVED_AREA_NAMES: readonly string[] = ['outside-can-edit']

function reservedName({ key, keyWhere }: MapEntry<AreaDocument>): UserError {
  return new UserError(
    `the area name ${quote(key)} is reserved for agent changes outside can_edit`,
    'Choose another name; the default approval outside can_edit is set with approvals.required',
    keyWhere
  )
}

/** Adds or overrides the policy's areas in `areas` (which holds the built-in ones). */
export function applyDefinedAreas(
  areas: Map<string, Area>,
  definitions: MapEntry<AreaDocument>[],
  context: DefinedAreaContext
): void {
  for (const definition of definitions) {
    if (RESERVED_AREA_NAMES.includes(definition.key)) throw reservedName(definition)
    const builtIn = areas.get(definition.key)
    areas.set(definition.key, defineArea(definition, builtIn, context))
  }
}

function defineArea(
  { key, keyWhere, value: document }: MapEntry<AreaDocument>,
  builtIn: Area | undefined,
  context: DefinedAreaContext
): Area {
  const fields = document.value
  const compile = (list: Located<Located<string>[]> | undefined): PathPattern[] | undefined =>
    list?.value.map(item => compilePattern(item.value, item.where, context.patternOptions))
  const paths = compile(fields.paths)
  const except = compile(fields.except)
  const approvals = fields.approvals?.value ?? builtIn?.approvals ?? context.approvals
  if (builtIn?.mandatory) checkOnlyStricter(key, fields, approvals, builtIn)
  const areaPaths = builtIn?.mandatory
    ? [...builtIn.paths, ...(paths ?? [])]
    : (paths ?? builtIn?.paths)
  if (!areaPaths) throw missingPaths(key, keyWhere)
  return {
    name: key,
    description: fields.description?.value ?? builtIn?.description ?? `Defined in ${context.file}`,
    paths: areaPaths,
    except: except ?? builtIn?.except ?? [],
    approvals,
    reviewers: reviewerSpec(fields),
    origin: 'policy',
    mandatory: builtIn?.mandatory ?? false
  }
}

/** A self-protection area may gain paths, approvals and reviewers, never lose coverage. */
function checkOnlyStricter(
  key: string,
  fields: AreaDocument['value'],
  approvals: number,
  builtIn: Area
): void {
  if (fields.except) {
    throw new UserError(
      `${quote(`areas.${key}`)} cannot have "except"`,
      `${quote(key)} protects the rules themselves: a policy can add paths, approvals and reviewers to it, never leave paths out`,
      fields.except.where
    )
  }
  if (fields.approvals && approvals < builtIn.approvals) {
    throw new UserError(
      `${quote(`areas.${key}.approvals`)} is ${approvals}, fewer than the ${builtIn.approvals} every area needs`,
      `${quote(key)} can only be made stricter: remove the key or set it to ${builtIn.approvals} or more`,
      fields.approvals.where
    )
  }
}

function reviewerSpec(fields: AreaDocument['value']): ReviewerSpec {
  const spec: ReviewerSpec = { users: [], teams: [], codeowners: fields.codeowners?.value ?? false }
  for (const { value } of fields.reviewers?.value ?? []) {
    const name = value.slice(1).toLowerCase()
    if (name.includes('/')) spec.teams.push(name)
    else spec.users.push(name)
  }
  return spec
}

function missingPaths(key: string, where: SourceRef): UserError {
  return new UserError(
    `area ${quote(key)} has no "paths"`,
    `List the paths it covers, e.g. ${quote(`${key}: { paths: [${key}/] }`)}`,
    where
  )
}

/**
 * A defined area that no list names, spelt like a built-in one, is a typo
 * that silently weakens the policy: `secrts: { paths: [...] }` leaves the
 * built-in `secrets` as it was, and the paths meant for it covered by nothing.
 */
export function rejectMisspeltOverrides(
  definitions: MapEntry<AreaDocument>[],
  usedNames: ReadonlySet<string>
): void {
  for (const { key, keyWhere } of definitions) {
    if (usedNames.has(key) || BUILT_IN_AREA_NAMES.includes(key)) continue
    const builtIn = closestMatch(key, BUILT_IN_AREA_NAMES)
    if (builtIn === undefined) continue
    throw new UserError(
      `area ${quote(key)} is defined but no list uses it`,
      `Did you mean ${quote(builtIn)}? A definition named ${quote(builtIn)} changes the built-in area; a new area must be listed, e.g. ${quote(`requires_human_review: [${key}]`)}`,
      keyWhere
    )
  }
}
