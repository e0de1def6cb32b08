/** What each request reads, named the way error messages show it, with the permission it needs. */
import { shortSha } from '../engine/change-set.js'
import type { GitHubResource } from './api-errors.js'

export interface RepositoryRef {
  owner: string
  repo: string
}

export const PULL_REQUESTS_READ = 'pull-requests: read'
export const CONTENTS_READ = 'contents: read'

export function fullName({ owner, repo }: RepositoryRef): string {
  return `${owner}/${repo}`
}

/** The PR itself, or one of its lists ('commits', 'files', 'reviews'). */
export function pullRequestResource(
  repository: RepositoryRef,
  number: number,
  list?: 'commits' | 'files' | 'reviews'
): GitHubResource {
  const pull = `pull request #${number} of ${fullName(repository)}`
  return { description: list ? `the ${list} of ${pull}` : pull, permission: PULL_REQUESTS_READ }
}

export function commitResource(repository: RepositoryRef, sha: string): GitHubResource {
  return {
    description: `commit ${shortSha(sha)} of ${fullName(repository)}`,
    permission: CONTENTS_READ
  }
}

export function fileResource(repository: RepositoryRef, path: string, ref: string): GitHubResource {
  return {
    description: `the file ${path} at ${ref} in ${fullName(repository)}`,
    permission: CONTENTS_READ
  }
}
