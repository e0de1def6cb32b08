import { errorMessage } from '../../errors.js'
import type { AuditResult } from '../../evaluation/result.js'
import { createGitHubClient } from '../../github/client.js'
import { isZeroSha } from '../events/event-payload.js'
import type { ActionInputs } from '../inputs.js'
import type { RunContext } from '../run-context.js'
import type { PublishedOutcome } from './outcome.js'
import type { PublishRequest } from './publish.js'

/** What the action knows when it publishes: the run, its inputs, and the result or error. */
export interface RunToPublish {
  context: RunContext
  inputs: ActionInputs
  result?: AuditResult
  error?: unknown
  artifactNote?: string
}

export function publishRequest(run: RunToPublish): PublishRequest {
  const { context, inputs } = run
  return {
    client: createGitHubClient({ token: inputs.token, apiUrl: context.apiUrl }),
    owner: context.owner,
    repo: context.repo,
    headSha: commitOf(run),
    pullNumber: commentedPullRequest(context, inputs),
    checkName: inputs.checkName,
    comment: inputs.comment,
    artifactNote: run.artifactNote,
    detailsUrl: workflowRunUrl(context)
  }
}

/** Any error, even one after the audit (an upload that failed), is what the run publishes. */
export function publishedOutcome(run: RunToPublish): PublishedOutcome {
  if (run.error !== undefined || !run.result) {
    return { kind: 'error', message: errorMessage(run.error ?? 'the audit did not finish') }
  }
  return { kind: 'audited', result: run.result, mode: run.inputs.mode }
}

/** The audited commit; none for a push that deleted a branch (its head is all zeros). */
function commitOf(run: RunToPublish): string | undefined {
  const sha = run.result?.headSha ?? eventHeadSha(run.context)
  return sha === undefined || isZeroSha(sha) ? undefined : sha
}

/** The commit a run that has no result is about, when the event says it without an API call. */
function eventHeadSha(context: RunContext): string | undefined {
  const event = context.event
  if (event.kind === 'merge_group') return event.headSha
  if (event.kind === 'push' && !isZeroSha(event.after)) return event.after
  return undefined
}

/**
 * Only runs about one pull request comment on it: a merge group or a push may
 * hold several, and their result is not any one pull request's.
 */
function commentedPullRequest(context: RunContext, inputs: ActionInputs): number | undefined {
  if (context.pullNumber !== undefined) return context.pullNumber
  return context.eventName === 'workflow_dispatch' ? inputs.pullRequest : undefined
}

function workflowRunUrl(context: RunContext): string | undefined {
  const { serverUrl, repository, runId } = context.run
  return serverUrl && runId ? `${serverUrl}/${repository}/actions/runs/${runId}` : undefined
}
