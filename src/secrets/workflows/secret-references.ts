/**
 * Which secrets a workflow reads. GitHub evaluates `${{ … }}` anywhere in a
 * string, and `if:` values as bare expressions; a reference can name one
 * secret (`secrets.NPM_TOKEN`, `secrets['NPM_TOKEN']`), the whole context
 * (`toJSON(secrets)`, `secrets[matrix.name]`), or hand every secret to a
 * called workflow (`secrets: inherit`). `github.token` is GITHUB_TOKEN.
 */
import { isPair, isScalar, visit, type Scalar } from 'yaml'
import { entry, jobsOf, lineOf, type WorkflowYaml } from './workflow-yaml.js'

export interface SecretReference {
  /** Identity for before/after comparison: the upper-cased name, '*' (whole context) or '*inherit'. */
  key: string
  /** How a message names it: '"NPM_TOKEN"', 'every secret (the whole secrets context)'. */
  label: string
  line?: number
}

const EXPRESSION = /\$\{\{([\s\S]*?)\}\}/g
const SECRETS = /(?<![\w.$-])secrets\b\s*(?:\.\s*([A-Za-z_][\w-]*)|\[\s*(['"])([^'"]*)\2\s*\])?/
const GITHUB_TOKEN = /(?<![\w.$-])github\s*\.\s*token\b/
const ANY_REFERENCE = new RegExp(`${SECRETS.source}|${GITHUB_TOKEN.source}`, 'gi')
const WHOLE_CONTEXT = '*'
const INHERIT = '*inherit'

/** Every distinct secret the workflow references, at its first occurrence, in line order. */
export function secretReferences(workflow: WorkflowYaml): SecretReference[] {
  const found = new Map<string, SecretReference>()
  const add = (reference: SecretReference): void => {
    if (!found.has(reference.key)) found.set(reference.key, reference)
  }
  visit(workflow.document, {
    Scalar(_key, node, path) {
      const parent = path[path.length - 1]
      const isCondition = isPair(parent) && isScalar(parent.key) && parent.key.value === 'if'
      for (const reference of scalarReferences(
        workflow,
        node,
        isCondition && parent.value === node
      )) {
        add(reference)
      }
    }
  })
  inheritedSecrets(workflow).forEach(add)
  return [...found.values()].sort((a, b) => (a.line ?? 0) - (b.line ?? 0))
}

function scalarReferences(
  workflow: WorkflowYaml,
  node: Scalar,
  isCondition: boolean
): SecretReference[] {
  if (typeof node.value !== 'string') return []
  const expressions = isCondition
    ? [node.value]
    : [...node.value.matchAll(EXPRESSION)].map(match => match[1] ?? '')
  const source = sourceOf(workflow, node)
  return expressions.flatMap(expression =>
    referencesIn(expression).map(({ key, label }) => ({
      key,
      label,
      line: lineWithin(workflow, node, source, key)
    }))
  )
}

function referencesIn(expression: string): Array<{ key: string; label: string }> {
  return [...expression.matchAll(ANY_REFERENCE)].map(referenceOf)
}

function referenceOf(match: RegExpMatchArray): { key: string; label: string } {
  if (match[0].toLowerCase().startsWith('github')) {
    return { key: 'GITHUB_TOKEN', label: '"GITHUB_TOKEN" (as github.token)' }
  }
  const name = match[1] ?? match[3]
  if (name === undefined) {
    return { key: WHOLE_CONTEXT, label: 'every secret (the whole secrets context)' }
  }
  return { key: name.toUpperCase(), label: JSON.stringify(name) }
}

/** `secrets: inherit` on a job that calls a reusable workflow passes it every secret. */
function inheritedSecrets(workflow: WorkflowYaml): SecretReference[] {
  return jobsOf(workflow).flatMap(({ id, job }) => {
    const secrets = entry(workflow, job, 'secrets')
    if (!isScalar(secrets?.value) || secrets.value.value !== 'inherit') return []
    const label = `every secret (job ${JSON.stringify(id)} has "secrets: inherit")`
    return [{ key: INHERIT, label, line: lineOf(workflow, secrets.keyNode) }]
  })
}

function sourceOf(workflow: WorkflowYaml, node: Scalar): string {
  const range = node.range
  return range ? workflow.text.slice(range[0], range[1]) : ''
}

/** The line of the reference inside a (possibly multi-line) scalar, else the scalar's first line. */
function lineWithin(
  workflow: WorkflowYaml,
  node: Scalar,
  source: string,
  key: string
): number | undefined {
  const start = node.range?.[0]
  if (start === undefined) return undefined
  const match = [...source.matchAll(ANY_REFERENCE)].find(found => referenceOf(found).key === key)
  return workflow.lineCounter.linePos(start + (match?.index ?? 0)).line
}
