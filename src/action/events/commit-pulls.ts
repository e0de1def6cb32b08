/**
 * GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls: the pull requests
 * that contain a commit (open ones whose branch has it, merged ones that
 * brought it in). Used to find the queued pull requests behind the commits
 * of a merge group that its head ref does not name.
 */
import type { GitHubClient } from '../../github/client.js'
import { PER_PAGE, readAllPages } from '../../github/pages.js'
import { PULL_REQUESTS_READ, fullName, type RepositoryRef } from '../../github/resources.js'
import { JsonReader, readArray } from '../../github/response.js'
import { shortSha } from '../../engine/change-set.js'

/** Numbers of the open pull requests into `baseBranch` that contain the commit. */
export async function openPullsWithCommit(
  client: GitHubClient,
  repository: RepositoryRef,
  sha: string,
  baseBranch: string
): Promise<number[]> {
  const resource = {
    description: `the pull requests of commit ${shortSha(sha)} of ${fullName(repository)}`,
    permission: PULL_REQUESTS_READ
  }
  const items = await readAllPages(
    client,
    'GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls',
    { ...repository, commit_sha: sha, per_page: PER_PAGE },
    resource,
    data => readArray(data, resource.description)
  )
  return items.flatMap(item => {
    const pull = JsonReader.of(item, resource.description)
    const open = pull.string('state') === 'open'
    return open && pull.object('base').string('ref') === baseBranch ? [pull.number('number')] : []
  })
}
