/**
 * A workflow file as a YAML node tree that keeps line numbers, with the few
 * lookups the workflow checks need. Aliases (`*anchor`) are resolved, since
 * GitHub resolves them too.
 */
import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Document,
  type Node,
  type YAMLMap,
  type YAMLSeq
} from 'yaml'

export interface WorkflowYaml {
  text: string
  document: Document
  lineCounter: LineCounter
  /** The top-level mapping; undefined for an empty file. */
  root: YAMLMap | undefined
}

export type ParsedWorkflow =
  { ok: true; workflow: WorkflowYaml } | { ok: false; line?: number; problem: string }

export function parseWorkflowYaml(text: string): ParsedWorkflow {
  const lineCounter = new LineCounter()
  const document = parseDocument(text, { lineCounter, prettyErrors: false })
  const error = document.errors[0]
  if (error) {
    const line = lineCounter.linePos(error.pos[0]).line
    return { ok: false, line, problem: firstLine(error.message) }
  }
  const contents = document.contents
  if (contents !== null && !isMap(contents)) {
    return { ok: false, line: 1, problem: 'the top level is not a mapping' }
  }
  return { ok: true, workflow: { text, document, lineCounter, root: contents ?? undefined } }
}

function firstLine(message: string): string {
  return message.split('\n', 1)[0] ?? message
}

/** 1-based line where `node` starts, when the parser kept its position. */
export function lineOf(workflow: WorkflowYaml, node: Node | undefined): number | undefined {
  const offset = node?.range?.[0]
  return offset === undefined ? undefined : workflow.lineCounter.linePos(offset).line
}

export function resolve(workflow: WorkflowYaml, node: unknown): Node | undefined {
  if (isAlias(node)) return node.resolve(workflow.document) ?? undefined
  return isScalar(node) || isMap(node) || isSeq(node) ? node : undefined
}

export function asMap(workflow: WorkflowYaml, node: unknown): YAMLMap | undefined {
  const resolved = resolve(workflow, node)
  return isMap(resolved) ? resolved : undefined
}

export function asSeq(workflow: WorkflowYaml, node: unknown): YAMLSeq | undefined {
  const resolved = resolve(workflow, node)
  return isSeq(resolved) ? resolved : undefined
}

/** The scalar's value as a string (numbers and booleans too), else undefined. */
export function asString(workflow: WorkflowYaml, node: unknown): string | undefined {
  const resolved = resolve(workflow, node)
  if (!isScalar(resolved) || resolved.value === null || resolved.value === undefined)
    return undefined
  return String(resolved.value)
}

export interface Entry {
  key: string
  keyNode: Node | undefined
  value: Node | undefined
}

/** The entries of a mapping whose keys are scalars, values resolved. */
export function entries(workflow: WorkflowYaml, map: YAMLMap | undefined): Entry[] {
  if (!map) return []
  const result: Entry[] = []
  for (const pair of map.items) {
    const key = asString(workflow, pair.key)
    if (key === undefined) continue
    const keyNode = isScalar(pair.key) ? pair.key : undefined
    result.push({ key, keyNode, value: resolve(workflow, pair.value) })
  }
  return result
}

/** The entry of `map` named `key` (the last one, as YAML loaders keep). */
export function entry(
  workflow: WorkflowYaml,
  map: YAMLMap | undefined,
  key: string
): Entry | undefined {
  return entries(workflow, map)
    .filter(candidate => candidate.key === key)
    .pop()
}

/** `jobs:` as (job id, job mapping) entries. */
export function jobsOf(
  workflow: WorkflowYaml
): Array<{ id: string; keyNode?: Node; job: YAMLMap }> {
  const jobs = asMap(workflow, entry(workflow, workflow.root, 'jobs')?.value)
  const result: Array<{ id: string; keyNode?: Node; job: YAMLMap }> = []
  for (const { key, keyNode, value } of entries(workflow, jobs)) {
    const job = asMap(workflow, value)
    if (job) result.push({ id: key, keyNode, job })
  }
  return result
}
