/**
 * Commit metadata from `git log -z --format=COMMIT_LOG_FORMAT`. Every field
 * ends with a NUL (the last one by -z), and no field can hold a NUL, so each
 * commit is exactly COMMIT_FIELDS.length fields, whatever its message says.
 */
import type { Commit, Person } from '../engine/change-set.js'
import { splitNul } from './parse-raw.js'

export type CommitMetadata = Omit<Commit, 'files'>

const COMMIT_FIELDS = ['%H', '%P', '%an', '%ae', '%aI', '%cn', '%ce', '%cI', '%B'] as const

export const COMMIT_LOG_FORMAT = COMMIT_FIELDS.join('%x00')

export function parseCommitLog(text: string): CommitMetadata[] {
  const fields = splitNul(text)
  if (fields.length % COMMIT_FIELDS.length !== 0) {
    throw new Error(
      `git log printed ${fields.length} fields, not a multiple of ${COMMIT_FIELDS.length}`
    )
  }
  const commits: CommitMetadata[] = []
  for (let start = 0; start < fields.length; start += COMMIT_FIELDS.length) {
    commits.push(toCommit(fields.slice(start, start + COMMIT_FIELDS.length)))
  }
  return commits
}

function toCommit(fields: string[]): CommitMetadata {
  const [sha = '', parents = '', ...rest] = fields
  const [authorName, authorEmail, authorDate, committerName, committerEmail, committerDate] = rest
  return {
    sha,
    parents: parents === '' ? [] : parents.split(' '),
    author: person(authorName, authorEmail, authorDate),
    committer: person(committerName, committerEmail, committerDate),
    message: trimFinalNewlines(rest[6] ?? '')
  }
}

function person(name = '', email = '', date = ''): Person {
  return { name, email, date }
}

/** git stores a message with a final newline; GitHub's API does not show it, so neither do we. */
function trimFinalNewlines(message: string): string {
  return message.replace(/\n+$/, '')
}
