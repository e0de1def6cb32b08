/**
 * The "pwn request": a `pull_request_target` workflow runs in the base
 * repository's context (its secrets, a write token) even for a pull request
 * from a fork. Checking out the pull request's head in such a workflow, and
 * then building or running it, hands both to the fork's code.
 */
import type { Node, YAMLMap } from 'yaml'
import {
  asMap,
  asSeq,
  asString,
  entries,
  entry,
  jobsOf,
  lineOf,
  type WorkflowYaml
} from './workflow-yaml.js'

export interface HeadCheckout {
  /** Identity for before/after comparison: job id, kind and the text that refers to the head. */
  key: string
  line?: number
  message: string
}

const TRIGGER = 'pull_request_target'
const PULL_REQUEST_HEAD =
  /github\.event\.pull_request\.(?:head\.(?:sha|ref|repo)|merge_commit_sha)|github\.head_ref|refs\/pull\/|pull\/\$\{\{\s*github\.event\.(?:number|pull_request\.number)/i
const CHECKOUT_ACTION = /^actions\/checkout(?:@|$)/i

/** True when `on:` (string, list or map form) names pull_request_target. */
export function hasPullRequestTarget(workflow: WorkflowYaml): boolean {
  return triggersOf(workflow).includes(TRIGGER)
}

function triggersOf(workflow: WorkflowYaml): string[] {
  const on = entry(workflow, workflow.root, 'on')?.value
  const single = asString(workflow, on)
  if (single !== undefined) return [single]
  const list = asSeq(workflow, on)
  if (list) return list.items.flatMap(item => asString(workflow, item) ?? [])
  return entries(workflow, asMap(workflow, on)).map(({ key }) => key)
}

/** Steps that check out the pull request's head, when the workflow runs on pull_request_target. */
export function headCheckouts(workflow: WorkflowYaml): HeadCheckout[] {
  if (!hasPullRequestTarget(workflow)) return []
  return jobsOf(workflow).flatMap(({ id, job }) =>
    stepsOf(workflow, job).flatMap(step => headCheckout(workflow, id, step) ?? [])
  )
}

function stepsOf(workflow: WorkflowYaml, job: YAMLMap): YAMLMap[] {
  const steps = asSeq(workflow, entry(workflow, job, 'steps')?.value)
  return (steps?.items ?? []).flatMap(step => asMap(workflow, step) ?? [])
}

function headCheckout(
  workflow: WorkflowYaml,
  jobId: string,
  step: YAMLMap
): HeadCheckout | undefined {
  const uses = asString(workflow, entry(workflow, step, 'uses')?.value)
  if (uses !== undefined && CHECKOUT_ACTION.test(uses.trim())) {
    return checkoutOfHead(workflow, jobId, asMap(workflow, entry(workflow, step, 'with')?.value))
  }
  const run = entry(workflow, step, 'run')?.value
  const script = asString(workflow, run) ?? ''
  const fetchesHead =
    /\bgh\s+pr\s+checkout\b/.test(script) ||
    (/\bgit\b/.test(script) && PULL_REQUEST_HEAD.test(script))
  if (!fetchesHead) return undefined
  return describe(
    workflow,
    jobId,
    'run',
    run,
    'a run step fetches or checks out the pull request head'
  )
}

/** actions/checkout whose `ref` (or `repository`) names the pull request head (or the fork). */
function checkoutOfHead(
  workflow: WorkflowYaml,
  jobId: string,
  inputs: YAMLMap | undefined
): HeadCheckout | undefined {
  for (const input of ['ref', 'repository']) {
    const found = headReference(workflow, jobId, input, entry(workflow, inputs, input)?.value)
    if (found) return found
  }
  return undefined
}

function headReference(
  workflow: WorkflowYaml,
  jobId: string,
  input: string,
  node: Node | undefined
): HeadCheckout | undefined {
  const value = asString(workflow, node)
  if (value === undefined || !PULL_REQUEST_HEAD.test(value)) return undefined
  const shown = JSON.stringify(value.length > 120 ? `${value.slice(0, 117)}...` : value)
  return describe(workflow, jobId, input, node, `actions/checkout with ${input}: ${shown}`)
}

function describe(
  workflow: WorkflowYaml,
  jobId: string,
  kind: string,
  node: Node | undefined,
  what: string
): HeadCheckout {
  const text = asString(workflow, node) ?? ''
  return {
    key: `${jobId}\u0000${kind}\u0000${text.trim()}`,
    line: lineOf(workflow, node),
    message: `job ${JSON.stringify(jobId)} runs on ${TRIGGER} and checks out the pull request's code (${what}): that code runs with the base repository's secrets and token`
  }
}
