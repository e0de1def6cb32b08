import type { GitHubResource } from '../../github/api-errors.js'
import type { GitHubClient } from '../../github/client.js'
import { PER_PAGE, readAllPages } from '../../github/pages.js'
import { JsonReader, readArray } from '../../github/response.js'
import { COMMENT_MARKER, stateOf, type CommentState } from './comment-body.js'

export interface PullRequestTarget {
  owner: string
  repo: string
  number: number
}

/** A comment an earlier run of agent-audit posted. */
export interface OwnComment {
  id: number
  state?: CommentState
}

/**
 * The comment to update: the newest one whose body starts with the marker
 * and whose author is a bot account. Anyone can type the marker into a
 * comment, and the token may be allowed to edit any comment on the pull
 * request: a person's comment is never taken for ours. (GITHUB_TOKEN and
 * GitHub App tokens comment as bots; with a personal access token the
 * comment is the person's, so each run posts a new one.)
 */
export async function findOwnComment(
  client: GitHubClient,
  target: PullRequestTarget,
  resource: GitHubResource
): Promise<OwnComment | undefined> {
  const items = await readAllPages(
    client,
    'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
    { owner: target.owner, repo: target.repo, issue_number: target.number, per_page: PER_PAGE },
    resource,
    data => readArray(data, resource.description)
  )
  let newest: OwnComment | undefined
  for (const item of items) {
    const comment = JsonReader.of(item, `a comment of ${resource.description}`)
    const body = comment.optionalString('body') ?? ''
    const author = comment.nullableObject('user')
    if (!body.startsWith(COMMENT_MARKER) || author?.string('type') !== 'Bot') continue
    const id = comment.number('id')
    if (!newest || id > newest.id) newest = { id, state: stateOf(body) }
  }
  return newest
}
