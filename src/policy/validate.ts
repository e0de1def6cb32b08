/**
 * Walks a YAML node tree against a spec (spec.ts) and returns the values
 * with their positions, or throws a UserError naming `file:line:column`,
 * what was found and the expected form. Strict on purpose: an unknown key,
 * a wrong type or an empty entry would otherwise weaken a policy silently.
 */
import { isAlias, isMap, isNode, isScalar, isSeq, type Node, type Pair, type YAMLMap } from 'yaml'
import { UserError } from '../errors.js'
import type { SourceRef } from './types.js'
import type { Infer, IntegerSpec, ListSpec, MapSpec, ObjectSpec, Spec, StringSpec } from './spec.js'
import { didYouMean, quote, quoteExample, quoteList } from './text.js'
import { whereOf, type YamlSource } from './yaml-source.js'

type Context = Pick<YamlSource, 'file' | 'lineCounter'>
/** Keys and (0-based) list positions leading to a value. */
type KeyPath = readonly (string | number)[]

/** Validates `node` (a document root) against `spec`. */
export function validateRoot<S extends Spec>(node: Node, spec: S, context: Context): Infer<S> {
  // The walk is checked against the spec at run time; this is the one place the types meet.
  return walk(node, spec, context, [], whereOf(context, node)) as Infer<S>
}

interface LocatedValue {
  value: unknown
  where: SourceRef
}

/** `owner` is where to point when the node itself has no useful position (an empty value). */
function walk(
  node: unknown,
  spec: Spec,
  context: Context,
  path: KeyPath,
  owner: SourceRef
): LocatedValue {
  if (isAlias(node)) throw aliasError(node.source, spec, path, whereOf(context, node))
  if (isEmpty(node)) {
    const isItem = typeof path[path.length - 1] === 'number'
    throw emptyValue(spec, path, isItem && isScalar(node) ? whereOf(context, node) : owner)
  }
  const where = whereOf(context, node as Node)
  switch (spec.kind) {
    case 'string':
      return { value: readString(node, spec, path, where), where }
    case 'integer':
      return { value: readInteger(node, spec, path, where), where }
    case 'boolean':
      return { value: readBoolean(node, spec, path, where), where }
    case 'list':
      return { value: readList(node, spec, context, path, where), where }
    case 'object':
      return { value: readObject(node, spec, context, path, where), where }
    case 'map':
      return { value: readMap(node, spec, context, path, where), where }
  }
}

function isEmpty(node: unknown): boolean {
  if (node === null || node === undefined) return true
  if (!isScalar(node)) return false
  return node.value === null || (typeof node.value === 'string' && node.value.trim() === '')
}

function readString(node: unknown, spec: StringSpec, path: KeyPath, where: SourceRef): string {
  if (!isScalar(node) || typeof node.value !== 'string') {
    const fix = isScalar(node)
      ? `Put it in quotes to make it text: '"${String(node.source ?? node.value)}"'`
      : `For example ${quoteExample(spec.example)}`
    throw wrongType(spec, path, node, fix, where)
  }
  const value = node.value
  if (spec.enum && !spec.enum.includes(value)) {
    const fix = didYouMean(value, spec.enum) || `For example ${quoteExample(spec.example)}`
    throw wrongValue(spec, path, quote(value), fix, where)
  }
  if (spec.pattern && !new RegExp(spec.pattern.regex).test(value)) {
    throw wrongValue(spec, path, quote(value), `For example ${quoteExample(spec.example)}`, where)
  }
  if (spec.format === 'date' && !isCalendarDate(value)) {
    throw new UserError(
      `${subject(path)} is not a real date: ${quote(value)}`,
      `For example ${quoteExample(spec.example)}`,
      where
    )
  }
  return value
}

function readInteger(node: unknown, spec: IntegerSpec, path: KeyPath, where: SourceRef): number {
  const value = isScalar(node) ? node.value : undefined
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    throw wrongType(spec, path, node, `For example ${quoteExample(spec.example)}`, where)
  }
  const outOfRange = spec.minimum !== undefined && value < spec.minimum
  if (outOfRange || (spec.enum && !spec.enum.includes(value))) {
    throw wrongValue(spec, path, String(value), `For example ${quoteExample(spec.example)}`, where)
  }
  return value
}

function readBoolean(node: unknown, spec: Spec, path: KeyPath, where: SourceRef): boolean {
  const value = isScalar(node) ? node.value : undefined
  if (typeof value !== 'boolean') {
    throw wrongType(spec, path, node, `For example ${quoteExample(spec.example)}`, where)
  }
  return value
}

function readList(
  node: unknown,
  spec: ListSpec,
  context: Context,
  path: KeyPath,
  where: SourceRef
): LocatedValue[] {
  if (!isSeq(node)) {
    throw wrongType(spec, path, node, `For example ${quoteExample(spec.example)}`, where)
  }
  if (spec.minItems !== undefined && node.items.length < spec.minItems) {
    throw new UserError(
      `${subject(path)} is an empty list`,
      `List at least ${spec.minItems}, e.g. ${quoteExample(spec.example)}`,
      where
    )
  }
  return node.items.map((item, index) => walk(item, spec.items, context, [...path, index], where))
}

function readObject(
  node: unknown,
  spec: ObjectSpec,
  context: Context,
  path: KeyPath,
  where: SourceRef
): Record<string, LocatedValue> {
  if (!isMap(node)) {
    throw wrongType(spec, path, node, `For example ${quoteExample(spec.example)}`, where)
  }
  const allowed = Object.keys(spec.fields)
  const pairs = checkedPairs(node, context, path, (key, keyWhere) => {
    if (allowed.includes(key)) return
    const inside = path.length > 0 ? ` in ${quote(formatPath(path))}` : ''
    const fix =
      didYouMean(key, allowed) || spec.unknownKeyHint || `Allowed keys: ${allowed.join(', ')}`
    throw new UserError(`unknown key ${quote(key)}${inside}`, fix, keyWhere)
  })
  const values: Record<string, LocatedValue> = {}
  for (const { key, keyWhere, value } of pairs) {
    const fieldSpec = spec.fields[key]
    if (fieldSpec) values[key] = walk(value, fieldSpec, context, [...path, key], keyWhere)
  }
  const missing = spec.required.find(key => !(key in values))
  if (missing !== undefined) throw missingKey(spec, path, missing, where)
  return values
}

function readMap(
  node: unknown,
  spec: MapSpec,
  context: Context,
  path: KeyPath,
  where: SourceRef
): { key: string; keyWhere: SourceRef; value: LocatedValue }[] {
  if (!isMap(node)) {
    throw wrongType(spec, path, node, `For example ${quoteExample(spec.example)}`, where)
  }
  const pairs = checkedPairs(node, context, path, (key, keyWhere) => {
    if (new RegExp(spec.keys.regex).test(key)) return
    throw new UserError(
      `${quote(key)} is not a valid name in ${quote(formatPath(path))}`,
      `Names are ${spec.keys.expected}, e.g. ${quote(key.toLowerCase().replace(/[^a-z0-9_-]+/g, '-'))}`,
      keyWhere
    )
  })
  return pairs.map(({ key, keyWhere, value }) => ({
    key,
    keyWhere,
    value: walk(value, spec.values, context, [...path, key], keyWhere)
  }))
}

interface CheckedPair {
  key: string
  keyWhere: SourceRef
  value: unknown
}

/** The pairs of a mapping whose keys are plain, unique and accepted by `checkKey`. */
function checkedPairs(
  node: YAMLMap,
  context: Context,
  path: KeyPath,
  checkKey: (key: string, keyWhere: SourceRef) => void
): CheckedPair[] {
  const firstSeen = new Map<string, SourceRef>()
  return node.items.map((pair: Pair) => {
    const keyNode = pair.key
    // A complex key (`? [a, b]`) has its own position; only a missing key falls back to the map's.
    const keyWhere = whereOf(context, isNode(keyNode) ? keyNode : node)
    if (!isScalar(keyNode) || keyNode.value === null || typeof keyNode.value === 'object') {
      throw new UserError(
        `a key${path.length > 0 ? ` in ${quote(formatPath(path))}` : ''} is not a plain name`,
        'Write keys as plain words followed by ":"',
        keyWhere
      )
    }
    const key = String(keyNode.value)
    const first = firstSeen.get(key)
    if (first) {
      throw new UserError(
        `duplicate key ${quote(key)} (first written at line ${first.line})`,
        `Keep one ${quote(key)} and merge the two`,
        keyWhere
      )
    }
    firstSeen.set(key, keyWhere)
    checkKey(key, keyWhere)
    return { key, keyWhere, value: pair.value }
  })
}

/** Unquoted patterns starting with `*` are YAML aliases: the commonest way to meet one by accident. */
function aliasError(name: string, spec: Spec, path: KeyPath, where: SourceRef): UserError {
  const written = `*${name}`
  if (spec.kind === 'string') {
    return new UserError(
      `${subject(path)} starts with "*", which YAML reads as an alias`,
      `Put it in quotes: '${written}'`,
      where
    )
  }
  return new UserError(
    `${subject(path)} uses a YAML alias (${quote(written)})`,
    'Aliases are not supported in a policy: write the value out in full',
    where
  )
}

function emptyValue(spec: Spec, path: KeyPath, where: SourceRef): UserError {
  if (typeof path[path.length - 1] === 'number') {
    return new UserError(
      `${subject(path)} is empty`,
      `Remove the empty "-" line, or write a value, e.g. ${quoteExample(spec.example)}`,
      where
    )
  }
  const empty =
    spec.kind === 'list' ? `, write "${String(path[path.length - 1])}: []" for an empty list,` : ''
  return new UserError(
    `${subject(path)} has no value`,
    `Write a value, e.g. ${quoteExample(spec.example)}${empty} or remove the key`,
    where
  )
}

function wrongType(
  spec: Spec,
  path: KeyPath,
  node: unknown,
  fix: string,
  where: SourceRef
): UserError {
  return new UserError(
    `${subject(path)} must be ${expectation(spec)}, found ${describeNode(node)}`,
    fix,
    where
  )
}

function wrongValue(
  spec: Spec,
  path: KeyPath,
  shown: string,
  fix: string,
  where: SourceRef
): UserError {
  return new UserError(`${subject(path)} must be ${expectation(spec)}, found ${shown}`, fix, where)
}

function missingKey(spec: ObjectSpec, path: KeyPath, key: string, where: SourceRef): UserError {
  const inside = path.length > 0 ? `${subject(path)} is missing` : 'missing'
  const example = spec.fields[key]?.example ?? key
  const hint = spec.missingKeyHint ? `, ${spec.missingKeyHint}` : ''
  return new UserError(
    `${inside} the key ${quote(key)}`,
    `Add ${quoteExample(example)}${hint}`,
    where
  )
}

/** The expected form, in words. */
export function expectation(spec: Spec): string {
  switch (spec.kind) {
    case 'string':
      if (spec.enum) return `one of ${quoteList(spec.enum)}`
      return spec.pattern ? spec.pattern.expected : 'text'
    case 'integer':
      if (spec.enum) return spec.enum.map(String).join(' or ')
      return spec.minimum === undefined
        ? 'a whole number'
        : `a whole number of at least ${spec.minimum}`
    case 'boolean':
      return 'true or false'
    case 'list':
      return 'a list'
    case 'object':
    case 'map':
      return 'a mapping of keys to values'
  }
}

function describeNode(node: unknown): string {
  if (isSeq(node)) return 'a list'
  if (isMap(node)) return 'a mapping'
  if (!isScalar(node)) return 'something else'
  const value = node.value
  if (typeof value === 'string') return `the text ${quote(value)}`
  if (typeof value === 'number') return `the number ${String(node.source ?? value)}`
  if (typeof value === 'boolean') return `the value ${String(value)}`
  return 'an unsupported value'
}

/** `"can_edit"` or `entry 2 of "can_edit"`. */
function subject(path: KeyPath): string {
  const last = path[path.length - 1]
  if (typeof last === 'number')
    return `entry ${last + 1} of ${quote(formatPath(path.slice(0, -1)))}`
  return path.length === 0 ? 'the policy' : quote(formatPath(path))
}

/** `areas.billing.paths`, `secrets.allow[2].reason` (positions counted from 1). */
function formatPath(path: KeyPath): string {
  return path
    .map((part, index) =>
      typeof part === 'number' ? `[${part + 1}]` : index === 0 ? part : `.${part}`
    )
    .join('')
}

function isCalendarDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value)
}
