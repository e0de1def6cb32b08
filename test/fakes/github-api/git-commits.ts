/** Commit metadata read from git in one `git log` call, the raw material of commit JSON. */
import { git } from './git.js'

export interface GitIdentity {
  name: string
  email: string
  /** GitHub's form: UTC, seconds, 'Z'. */
  date: string
}

export interface GitCommit {
  sha: string
  tree: string
  parents: string[]
  author: GitIdentity
  committer: GitIdentity
  message: string
}

// Idents never contain newlines, so the message can safely be last and take the rest.
const FORMAT = ['%H', '%T', '%P', '%an', '%ae', '%aI', '%cn', '%ce', '%cI', '%B'].join('%n')
const HEADER_LINES = 9

/** Commits selected by `revisions` (shas we resolved ourselves, never client text). */
export async function readCommits(dir: string, revisions: string[]): Promise<GitCommit[]> {
  const output = await git(dir, ['log', '-z', `--format=${FORMAT}`, ...revisions, '--'])
  return output
    .split('\0')
    .filter(record => record !== '')
    .map(parseCommit)
}

function parseCommit(record: string): GitCommit {
  const lines = record.split('\n')
  const field = (index: number): string => lines[index] ?? ''
  return {
    sha: field(0),
    tree: field(1),
    parents: field(2) === '' ? [] : field(2).split(' '),
    author: { name: field(3), email: field(4), date: githubDate(field(5)) },
    committer: { name: field(6), email: field(7), date: githubDate(field(8)) },
    // git ends every message with a newline; GitHub shows it without.
    message: lines.slice(HEADER_LINES).join('\n').replace(/\n$/, '')
  }
}

export function githubDate(isoWithOffset: string): string {
  return new Date(isoWithOffset).toISOString().replace(/\.\d{3}Z$/, 'Z')
}
