/**
 * The files each commit changed, from GET commits/{sha}: one request (plus
 * file-list pages) per commit. Used only when the checkout does not have the
 * commits, because the local git source is both cheaper and exact for merges.
 */
import type { Commit, FileChange } from '../engine/change-set.js'
import { shortSha } from '../engine/change-set.js'
import { UserError } from '../errors.js'
import type { GitHubClient } from './client.js'
import { CONCURRENT_READS, mapWithConcurrency } from './concurrency.js'
import { ownMergeFiles } from './merge-files-rest.js'
import { readAllPages } from './pages.js'
import { commitResource, type RepositoryRef } from './resources.js'
import { JsonReader } from './response.js'
import { toFileChange } from './rest-shapes.js'

/** GitHub lists at most this many files of one commit and says nothing about the rest. */
export const COMMIT_FILES_CAP = 3000

/**
 * Changes per commit sha. GitHub diffs a merge against its first parent
 * only; a two-parent merge is narrowed to its own changes with one more
 * request (merge-files-rest.ts), and anything it cannot narrow errs towards
 * auditing too much, never too little.
 */
export async function readCommitFilesFromRest(
  client: GitHubClient,
  repository: RepositoryRef,
  commits: readonly Commit[]
): Promise<Map<string, FileChange[]>> {
  const files = await mapWithConcurrency(commits, CONCURRENT_READS, async commit => {
    const firstParentFiles = await readOneCommitFiles(client, repository, commit.sha)
    return ownMergeFiles(client, repository, commit, firstParentFiles)
  })
  return new Map(commits.map((commit, index) => [commit.sha, files[index] ?? []]))
}

async function readOneCommitFiles(
  client: GitHubClient,
  repository: RepositoryRef,
  sha: string
): Promise<FileChange[]> {
  const resource = commitResource(repository, sha)
  // Past 300 files the commit is paginated by Link header: each page repeats the commit, with more files.
  const items = await readAllPages(
    client,
    'GET /repos/{owner}/{repo}/commits/{ref}',
    { owner: repository.owner, repo: repository.repo, ref: sha },
    resource,
    data => JsonReader.of(data, resource.description).array('files')
  )
  if (items.length >= COMMIT_FILES_CAP) throw commitTooLarge(sha)
  return items.map(item => toFileChange(item, `a file of ${resource.description}`))
}

function commitTooLarge(sha: string): UserError {
  return new UserError(
    `commit ${shortSha(sha)} changes at least ${COMMIT_FILES_CAP} files, the most the REST API lists; ` +
      'agent-audit will not audit a partial list',
    'Check out the full history with actions/checkout `fetch-depth: 0`'
  )
}
