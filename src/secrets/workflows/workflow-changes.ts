/**
 * Agent edits to CI workflows: what a change to a GitHub Actions workflow
 * (or a composite action) newly exposes. Three things turn a workflow edit
 * into a way to reach the repository's credentials: reading a secret it did
 * not read before, widening the token's permissions, and running the pull
 * request's own code from a `pull_request_target` workflow. A workflow that
 * no longer parses is reported too: what it would do cannot be judged.
 */
import { isWorkflowPath } from '../../engine/workflow-files.js'
import { permissionWidenings } from './permissions.js'
import { headCheckouts } from './pwn-request.js'
import { secretReferences } from './secret-references.js'
import { parseWorkflowYaml, type WorkflowYaml } from './workflow-yaml.js'

export type WorkflowRuleId =
  | 'new-secret-reference'
  | 'widened-permissions'
  | 'pull-request-target-checkout'
  | 'unparseable-workflow'

export interface WorkflowFinding {
  rule: WorkflowRuleId
  path: string
  /** 1-based line in the AFTER text, when known. */
  line?: number
  message: string
}

/** Which files are workflows is the engine's call, so every stage picks the same files. */
export { isWorkflowPath }

/**
 * What the change from `before` (undefined: the file is added) to `after`
 * (undefined: deleted) newly exposes. The caller picks the files
 * (`isWorkflowPath`); this judges any text it is given as a workflow.
 */
export function reviewWorkflowChange(
  path: string,
  before: string | undefined,
  after: string | undefined
): WorkflowFinding[] {
  if (after === undefined) return []
  const parsedAfter = parseWorkflowYaml(after)
  if (!parsedAfter.ok) {
    const message = `the workflow no longer parses as YAML (${parsedAfter.problem}), so what it does cannot be checked`
    return [{ rule: 'unparseable-workflow', path, line: parsedAfter.line, message }]
  }
  // An emptied file runs nothing, so it exposes nothing.
  if (parsedAfter.workflow.root === undefined) return []
  // A BEFORE that did not parse never ran: it counts as no workflow at all.
  const parsedBefore = before === undefined ? undefined : parseWorkflowYaml(before)
  const previous = parsedBefore?.ok ? parsedBefore.workflow : undefined
  return [
    ...newSecretReferences(path, previous, parsedAfter.workflow),
    ...widenedPermissions(path, previous, parsedAfter.workflow),
    ...newHeadCheckouts(path, previous, parsedAfter.workflow)
  ]
}

function newSecretReferences(
  path: string,
  before: WorkflowYaml | undefined,
  after: WorkflowYaml
): WorkflowFinding[] {
  const known = new Set(before ? secretReferences(before).map(reference => reference.key) : [])
  return secretReferences(after)
    .filter(reference => !known.has(reference.key))
    .map(reference => ({
      rule: 'new-secret-reference',
      path,
      line: reference.line,
      message: `the workflow now reads ${reference.label}, which it did not before`
    }))
}

function widenedPermissions(
  path: string,
  before: WorkflowYaml | undefined,
  after: WorkflowYaml
): WorkflowFinding[] {
  return permissionWidenings(before, after).map(widening => ({
    rule: 'widened-permissions',
    path,
    line: widening.line,
    message: widening.message
  }))
}

function newHeadCheckouts(
  path: string,
  before: WorkflowYaml | undefined,
  after: WorkflowYaml
): WorkflowFinding[] {
  const known = new Set(before ? headCheckouts(before).map(checkout => checkout.key) : [])
  return headCheckouts(after)
    .filter(checkout => !known.has(checkout.key))
    .map(checkout => ({
      rule: 'pull-request-target-checkout',
      path,
      line: checkout.line,
      message: checkout.message
    }))
}
