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

/** GET compare/{base}...{head}; its file list stops at COMPARE_FILES_CAP with no sign of being cut. */
export function comparisonResource(
  repository: RepositoryRef,
  base: string,
  head: string
): GitHubResource {
  return {
    description: `the comparison ${base}...${head} of ${fullName(repository)}`,
    permission: CONTENTS_READ
  }
}

/** The compare API lists at most this many files, on its first page only. */
export const COMPARE_FILES_CAP = 300

export function fileResource(repository: RepositoryRef, path: string, ref: string): GitHubResource {
  return {
    description: `the file ${path} at ${ref} in ${fullName(repository)}`,
    permission: CONTENTS_READ
  }
}
