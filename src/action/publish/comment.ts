import * as core from '@actions/core'
import type { GitHubResource } from '../../github/api-errors.js'
import type { GitHubClient } from '../../github/client.js'
import { JsonReader } from '../../github/response.js'
import { commentBody, commentState } from './comment-body.js'
import { failed, type PublishedOutcome } from './outcome.js'
import { findOwnComment, type PullRequestTarget } from './own-comment.js'
import { refusalStatus } from './refusal.js'

export type CommentMode = 'always' | 'on-failure' | 'never'

export const PULL_REQUESTS_WRITE = 'pull-requests: write'

/**
 * The one pull request comment, updated in place. `always` keeps it current
 * on every run; `on-failure` posts only when the audit fails. In both, a
 * comment that reported a failure is updated to say it is resolved once the
 * audit passes, so it never goes on claiming a problem that is gone.
 * Returns the comment's id, or undefined when there is none to write or the
 * token may not write it (a warning: the audit's result stands).
 */
export async function publishComment(
  client: GitHubClient,
  target: PullRequestTarget,
  mode: CommentMode,
  outcome: PublishedOutcome,
  artifactNote?: string
): Promise<number | undefined> {
  if (mode === 'never') return undefined
  const resource = commentsResource(target)
  try {
    const previous = await findOwnComment(client, target, resource)
    if (mode === 'on-failure' && !failed(outcome) && !previous) {
      core.info('agent-audit: no pull request comment (the audit passes, and none to resolve)')
      return undefined
    }
    const body = commentBody(outcome, commentState(outcome, previous?.state), artifactNote)
    if (previous) return await update(client, target, previous.id, body, resource)
    return await create(client, target, body, resource)
  } catch (error) {
    const status = refusalStatus(error)
    if (status === undefined) throw error
    core.warning(permissionWarning(status))
    return undefined
  }
}

async function create(
  client: GitHubClient,
  target: PullRequestTarget,
  body: string,
  resource: GitHubResource
): Promise<number> {
  const response = await client.post(
    'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
    { owner: target.owner, repo: target.repo, issue_number: target.number },
    { body },
    resource
  )
  return JsonReader.of(response.data, resource.description).number('id')
}

async function update(
  client: GitHubClient,
  target: PullRequestTarget,
  id: number,
  body: string,
  resource: GitHubResource
): Promise<number> {
  await client.patch(
    'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}',
    { owner: target.owner, repo: target.repo, comment_id: id },
    { body },
    resource
  )
  return id
}

function commentsResource(target: PullRequestTarget): GitHubResource {
  return {
    description: `the comments of pull request #${target.number} of ${target.owner}/${target.repo}`,
    permission: PULL_REQUESTS_WRITE
  }
}

function permissionWarning(status: 403 | 404): string {
  return (
    `agent-audit could not post its pull request comment: GitHub answered ${status}, so the ` +
    'token may not write comments (a pull request from a fork gets a read-only token). Grant ' +
    `the job \`permissions: ${PULL_REQUESTS_WRITE}\`, or set \`comment: never\`. ` +
    "The audit's result is not affected."
  )
}
