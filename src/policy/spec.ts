/**
 * A tiny declarative description of a YAML structure. The policy schema is
 * written once with these builders (schema.ts); the validator walks it, the
 * TypeScript type of a validated policy is derived from it, and the JSON
 * Schema can be generated from it. One description, so they cannot drift.
 */
import type { SourceRef } from './types.js'

interface SpecBase {
  /** What the value means (JSON Schema `description`, docs). */
  description: string
  /** A short YAML example shown in error messages, e.g. `approvals: 2`. */
  example: string
}

export interface StringSpec extends SpecBase {
  kind: 'string'
  /** The value when the key is absent (documentation and JSON Schema; resolve.ts uses the same constant). */
  default?: string
  enum?: readonly string[]
  /** A regular expression the whole string must match, with the form described in words. */
  pattern?: { regex: string; expected: string }
  format?: 'date'
}

export interface IntegerSpec extends SpecBase {
  kind: 'integer'
  default?: number
  minimum?: number
  enum?: readonly number[]
}

export interface BooleanSpec extends SpecBase {
  kind: 'boolean'
  default?: boolean
}

export interface ListSpec<I extends Spec = Spec> extends SpecBase {
  kind: 'list'
  items: I
  minItems?: number
}

export interface ObjectSpec<
  F extends Record<string, Spec> = Record<string, Spec>,
  R extends keyof F & string = keyof F & string
> extends SpecBase {
  kind: 'object'
  fields: F
  required: readonly R[]
  /** Said after "unknown key" when the key is not a near miss of an allowed one. */
  unknownKeyHint?: string
  /** Said after "Add ..." when a required key is missing. */
  missingKeyHint?: string
}

export interface MapSpec<V extends Spec = Spec> extends SpecBase {
  kind: 'map'
  keys: { regex: string; expected: string }
  values: V
}

export type Spec = StringSpec | IntegerSpec | BooleanSpec | ListSpec | ObjectSpec | MapSpec

/** A validated value with the place it was written. */
export interface Located<T> {
  value: T
  where: SourceRef
}

export interface MapEntry<V> {
  key: string
  keyWhere: SourceRef
  value: V
}

/** The shape of a value validated against spec `S`. */
export type Infer<S> = S extends StringSpec
  ? Located<string>
  : S extends IntegerSpec
    ? Located<number>
    : S extends BooleanSpec
      ? Located<boolean>
      : S extends ListSpec<infer I>
        ? Located<Infer<I>[]>
        : S extends ObjectSpec<infer F, infer R>
          ? Located<{ [K in R]: Infer<F[K]> } & { [K in Exclude<keyof F, R>]?: Infer<F[K]> }>
          : S extends MapSpec<infer V>
            ? Located<MapEntry<Infer<V>>[]>
            : never

type Options<S> = Omit<S, 'kind'>

export const string = (options: Options<StringSpec>): StringSpec => ({ kind: 'string', ...options })
export const integer = (options: Options<IntegerSpec>): IntegerSpec => ({
  kind: 'integer',
  ...options
})
export const boolean = (options: Options<BooleanSpec>): BooleanSpec => ({
  kind: 'boolean',
  ...options
})

export function list<I extends Spec>(options: Options<ListSpec<I>>): ListSpec<I> {
  return { kind: 'list', ...options }
}

export function object<F extends Record<string, Spec>, const R extends keyof F & string = never>(
  options: Omit<Options<ObjectSpec<F, R>>, 'required'> & { required?: readonly R[] }
): ObjectSpec<F, R> {
  return { kind: 'object', ...options, required: options.required ?? [] }
}

export function map<V extends Spec>(options: Options<MapSpec<V>>): MapSpec<V> {
  return { kind: 'map', ...options }
}
