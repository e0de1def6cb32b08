/**
 * The pull request and its three lists, read from the REST API. The commit
 * and file lists come back undefined when REST cannot give all of them:
 * GitHub stops at 250 commits and 3000 files without saying so, and the
 * counts on the pull request are the only way to notice.
 */
import type { Commit, FileChange } from '../engine/change-set.js'
import type { Review } from '../engine/review.js'
import type { GitHubClient } from './client.js'
import { PER_PAGE, readAllPages } from './pages.js'
import { pullRequestResource, type RepositoryRef } from './resources.js'
import { readArray } from './response.js'
import { toCommit, toFileChange, toPullRequestFacts, toReview } from './rest-shapes.js'
import type { PullRequestFacts } from './rest-shapes.js'

export const PULL_COMMITS_CAP = 250
export const PULL_FILES_CAP = 3000

export interface PullRequestLocator extends RepositoryRef {
  number: number
}

/** A list read from REST, or the reason it is not complete. */
export type ListResult<T> =
  { complete: true; items: T[] } | { complete: false; announced: number; listed: number }

/** Always a fresh GET: the event payload may be older than the latest push or label. */
export async function readPullRequestFacts(
  client: GitHubClient,
  pull: PullRequestLocator
): Promise<PullRequestFacts> {
  const resource = pullRequestResource(pull, pull.number)
  const response = await client.get(
    'GET /repos/{owner}/{repo}/pulls/{pull_number}',
    { owner: pull.owner, repo: pull.repo, pull_number: pull.number },
    resource
  )
  return toPullRequestFacts(response.data, resource.description)
}

export async function readPullCommits(
  client: GitHubClient,
  pull: PullRequestLocator,
  announced: number
): Promise<ListResult<Commit>> {
  if (announced > PULL_COMMITS_CAP) return { complete: false, announced, listed: PULL_COMMITS_CAP }
  const items = await readPullList(client, pull, 'commits')
  const what = `a commit of ${pullRequestResource(pull, pull.number).description}`
  const mapped = items.map(item => toCommit(item, what))
  if (mapped.length !== announced) return { complete: false, announced, listed: mapped.length }
  return { complete: true, items: mapped }
}

export async function readPullFiles(
  client: GitHubClient,
  pull: PullRequestLocator,
  announced: number
): Promise<ListResult<FileChange>> {
  if (announced > PULL_FILES_CAP) return { complete: false, announced, listed: PULL_FILES_CAP }
  const items = await readPullList(client, pull, 'files')
  const what = `a file of ${pullRequestResource(pull, pull.number).description}`
  const mapped = items.map(item => toFileChange(item, what))
  if (mapped.length !== announced) return { complete: false, announced, listed: mapped.length }
  return { complete: true, items: mapped }
}

/** Submitted reviews in GitHub's (chronological) order; drafts (PENDING) are left out. */
export async function readReviews(
  client: GitHubClient,
  pull: PullRequestLocator
): Promise<Review[]> {
  const items = await readPullList(client, pull, 'reviews')
  const what = `a review of ${pullRequestResource(pull, pull.number).description}`
  return items.map(item => toReview(item, what)).filter(review => review !== undefined)
}

async function readPullList(
  client: GitHubClient,
  pull: PullRequestLocator,
  list: 'commits' | 'files' | 'reviews'
): Promise<unknown[]> {
  const resource = pullRequestResource(pull, pull.number, list)
  return readAllPages(
    client,
    `GET /repos/{owner}/{repo}/pulls/{pull_number}/${list}`,
    { owner: pull.owner, repo: pull.repo, pull_number: pull.number, per_page: PER_PAGE },
    resource,
    data => readArray(data, resource.description)
  )
}
