/**
 * The policy file's JSON Schema (draft-07, what yaml-language-server reads
 * best), generated from the same spec the validator walks (schema.ts), so an
 * editor and agent-audit cannot disagree on what a policy may hold.
 * `npm run schema` writes it to schema/agent-policy.schema.json.
 */
import { isMap, isNode, isSeq, type Node } from 'yaml'
import { MAP_POLICY_SPEC, POLICY_SPEC } from './schema.js'
import type { Spec, StringSpec } from './spec.js'
import { validateRoot } from './validate.js'
import { parseYamlSource } from './yaml-source.js'

export const POLICY_SCHEMA_ID = 'https://agent-audit.dev/schema/agent-policy.v1.json'

export type JsonSchema = { [keyword: string]: unknown }

/** Where a spec sits, which decides how its YAML example is written. */
type Place = 'document' | 'field' | 'item' | 'entry'

export function policyJsonSchema(): JsonSchema {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: POLICY_SCHEMA_ID,
    title: 'agent-audit policy',
    description:
      'Which paths coding agents may change in this repository, and who must approve the rest. ' +
      'Two shapes: the article’s map (`ai_agent_policy:` with four lists) or the full schema (`version: 1`). ' +
      'See docs/policy-reference.md.',
    type: 'object',
    oneOf: [
      { title: 'The article’s map', ...specSchema(MAP_POLICY_SPEC, 'document') },
      { title: 'The full schema, version 1', ...specSchema(POLICY_SPEC, 'document') }
    ]
  }
}

function specSchema(spec: Spec, place: Place): JsonSchema {
  const examples = validExamples(spec, place)
  return {
    description: spec.description,
    ...shapeOf(spec),
    ...('default' in spec && spec.default !== undefined ? { default: spec.default } : {}),
    ...(examples.length > 0 ? { examples } : {})
  }
}

function shapeOf(spec: Spec): JsonSchema {
  switch (spec.kind) {
    case 'string':
      return stringShape(spec)
    case 'integer':
      return {
        type: 'integer',
        ...(spec.minimum === undefined ? {} : { minimum: spec.minimum }),
        ...(spec.enum ? { enum: [...spec.enum] } : {})
      }
    case 'boolean':
      return { type: 'boolean' }
    case 'list':
      return {
        type: 'array',
        items: specSchema(spec.items, 'item'),
        ...(spec.minItems === undefined ? {} : { minItems: spec.minItems })
      }
    case 'object':
      return {
        type: 'object',
        properties: Object.fromEntries(
          Object.entries(spec.fields).map(([key, field]) => [key, specSchema(field, 'field')])
        ),
        ...(spec.required.length > 0 ? { required: [...spec.required] } : {}),
        additionalProperties: false
      }
    case 'map':
      return {
        type: 'object',
        patternProperties: { [spec.keys.regex]: specSchema(spec.values, 'entry') },
        additionalProperties: false
      }
  }
}

/** The validator rejects blank text ("has no value"), so the schema does too. */
const NOT_BLANK = '\\S'

function stringShape(spec: StringSpec): JsonSchema {
  const format = spec.format ? { format: spec.format } : {}
  if (spec.enum) return { type: 'string', enum: [...spec.enum], ...format }
  if (!spec.pattern) return { type: 'string', pattern: NOT_BLANK, ...format }
  const pattern = new RegExp(spec.pattern.regex)
  const blankPasses = pattern.test('') || pattern.test(' ')
  return blankPasses
    ? {
        type: 'string',
        allOf: [{ pattern: spec.pattern.regex }, { pattern: NOT_BLANK }],
        ...format
      }
    : { type: 'string', pattern: spec.pattern.regex, ...format }
}

/**
 * The spec's YAML example as a JSON value, when the validator accepts it:
 * some examples are placeholders (`fingerprint: "..."`) that read well in an
 * error message but would mislead as a completion.
 */
function validExamples(spec: Spec, place: Place): unknown[] {
  let source
  try {
    source = parseYamlSource(spec.example, 'example')
  } catch {
    return []
  }
  const node = exampleNode(source.root, place)
  if (!node) return []
  try {
    validateRoot(node, spec, source)
  } catch {
    return []
  }
  return [node.toJSON()]
}

/** `version: 1` is a document; `approvals: 2` a field; `- docs/` an item; `billing: {…}` an entry. */
function exampleNode(root: Node | null, place: Place): Node | undefined {
  if (place === 'document') return root ?? undefined
  if (place === 'item')
    return isSeq(root) && root.items.length === 1 ? nodeOrNothing(root.items[0]) : undefined
  if (!isMap(root) || root.items.length !== 1) return undefined
  return nodeOrNothing(root.items[0]?.value)
}

function nodeOrNothing(value: unknown): Node | undefined {
  return isNode(value) ? value : undefined
}
