import * as core from '@actions/core'
import { readPullRequestFacts } from '../../github/pull-lists.js'
import type { GitHubClient } from '../../github/client.js'
import { checkRunReport } from './check-run-report.js'
import { publishCheckRun } from './check-run.js'
import { publishComment, type CommentMode } from './comment.js'
import type { PublishedOutcome } from './outcome.js'

/** Where and how to publish a run's outcome on GitHub. */
export interface PublishRequest {
  client: GitHubClient
  owner: string
  repo: string
  /**
   * The commit the check run goes on (the pull request's head). Undefined when
   * the run failed before it knew: it is then read from the pull request.
   */
  headSha?: string
  /** The one pull request the run is about; undefined for push and merge_group runs. */
  pullNumber?: number
  checkName: string
  comment: CommentMode
  /** Where the full audit record is (Markdown, written by the action, not escaped). */
  artifactNote?: string
  /** The workflow run, linked from the check's "Details". */
  detailsUrl?: string
}

export interface Published {
  checkRunId?: number
  commentId?: number
}

/**
 * Publishes the check run, then the comment. A refused permission is a
 * warning inside each; any other failure of one does not stop the other,
 * and the first is thrown at the end, so the run fails rather than leave a
 * check that may show an older result without saying so.
 */
export async function publish(
  request: PublishRequest,
  outcome: PublishedOutcome
): Promise<Published> {
  const errors: unknown[] = []
  const checkRunId = await attempt(errors, () => publishCheck(request, outcome))
  const commentId = await attempt(errors, () => publishPullRequestComment(request, outcome))
  if (errors.length > 0) throw errors[0]
  return { checkRunId, commentId }
}

async function attempt<T>(errors: unknown[], step: () => Promise<T>): Promise<T | undefined> {
  try {
    return await step()
  } catch (error) {
    errors.push(error)
    return undefined
  }
}

async function publishCheck(
  request: PublishRequest,
  outcome: PublishedOutcome
): Promise<number | undefined> {
  const headSha = request.headSha ?? (await pullRequestHead(request))
  if (headSha === undefined) {
    core.info('agent-audit: no check run, since this run has no commit to publish it on')
    return undefined
  }
  const target = {
    owner: request.owner,
    repo: request.repo,
    headSha,
    name: request.checkName,
    detailsUrl: request.detailsUrl
  }
  return publishCheckRun(request.client, target, checkRunReport(outcome, request.artifactNote))
}

async function publishPullRequestComment(
  request: PublishRequest,
  outcome: PublishedOutcome
): Promise<number | undefined> {
  if (request.pullNumber === undefined) return undefined
  const target = { owner: request.owner, repo: request.repo, number: request.pullNumber }
  return publishComment(request.client, target, request.comment, outcome, request.artifactNote)
}

async function pullRequestHead(request: PublishRequest): Promise<string | undefined> {
  if (request.pullNumber === undefined) return undefined
  const pull = { owner: request.owner, repo: request.repo, number: request.pullNumber }
  return (await readPullRequestFacts(request.client, pull)).headSha
}
