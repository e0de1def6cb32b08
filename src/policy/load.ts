/**
 * Reading a policy file: YAML text in, typed Policy out, or a UserError
 * that names `file:line:column`, what is wrong and what to write instead.
 *
 * Two shapes are accepted: the article's map (`ai_agent_policy:` with four
 * lists, verbatim) and the full versioned schema (`version: 1`).
 */
import { createHash } from 'node:crypto'
import { isMap, isScalar, type Node, type YAMLMap } from 'yaml'
import { UserError } from '../errors.js'
import { resolvePolicy } from './resolve.js'
import { MAP_POLICY_SPEC, POLICY_SPEC, type PolicyFields } from './schema.js'
import type { Policy, PolicySource } from './types.js'
import { closestMatch, quote } from './text.js'
import { validateRoot } from './validate.js'
import { parseYamlSource, whereOf, type YamlSource } from './yaml-source.js'

export const MAP_SHAPE_KEY = 'ai_agent_policy'

export function loadPolicy(text: string, source: { path: string; ref?: string }): Policy {
  const yaml = parseYamlSource(text, source.path)
  const root = mappingRoot(yaml)
  const shape = hasKey(root, MAP_SHAPE_KEY) ? 'map' : 'schema'
  if (shape === 'schema') rejectMisspeltMapKey(root, yaml)
  const fields: PolicyFields =
    shape === 'map'
      ? validateRoot(root, MAP_POLICY_SPEC, yaml).value.ai_agent_policy.value
      : validateRoot(root, POLICY_SPEC, yaml).value
  const policySource: PolicySource = {
    path: source.path,
    builtIn: false,
    ...(source.ref === undefined ? {} : { ref: source.ref }),
    sha256: createHash('sha256').update(text, 'utf8').digest('hex'),
    shape
  }
  return resolvePolicy(fields, policySource)
}

function mappingRoot(yaml: YamlSource): YAMLMap {
  const root = yaml.root
  if (!root || (isScalar(root) && (root.value === null || root.value === ''))) {
    throw new UserError(
      'the policy file is empty',
      'Add rules (see docs/policy-reference.md), or delete the file to use the built-in default policy',
      { file: yaml.file, line: 1, column: 1 }
    )
  }
  if (!isMap(root)) {
    throw new UserError(
      `the policy must be a mapping of keys to values, found ${isScalar(root) ? 'a single value' : 'a list'}`,
      'Start the file with "version: 1" (full schema) or "ai_agent_policy:" (the four lists)',
      whereOf(yaml, root as Node)
    )
  }
  return root
}

/** The schema shape does not know `ai_agent_policy`, so its near misses are caught here. */
function rejectMisspeltMapKey(root: YAMLMap, yaml: YamlSource): void {
  for (const { key } of root.items) {
    if (!isScalar(key) || typeof key.value !== 'string') continue
    const suggestion = closestMatch(key.value, [MAP_SHAPE_KEY])
    if (suggestion) {
      throw new UserError(
        `unknown key ${quote(key.value)}`,
        `Did you mean ${quote(suggestion)}?`,
        whereOf(yaml, key)
      )
    }
  }
}

function hasKey(root: YAMLMap, key: string): boolean {
  return root.items.some(pair => isScalar(pair.key) && pair.key.value === key)
}
