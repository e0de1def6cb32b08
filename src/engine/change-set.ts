/**
 * The plain data the engine audits. A change source (local git now, the
 * GitHub REST API in the action) fills these in; the engine never talks to
 * git or GitHub itself.
 */

/** How a change touched a path, in git's own words. */
export type ChangeStatus = 'added' | 'modified' | 'deleted' | 'renamed' | 'copied' | 'type-changed'

/** git's file modes, as the octal strings git prints them. */
export const FILE_MODE = {
  regular: '100644',
  executable: '100755',
  symlink: '120000',
  submodule: '160000'
} as const

export interface FileChange {
  /** Path after the change (for a deletion, the path that was deleted). */
  path: string
  /** For renames and copies: the path before. */
  previousPath?: string
  status: ChangeStatus
  /** Mode after the change ('' or undefined when deleted or unknown). */
  mode?: string
  /** Mode before the change, when known. */
  previousMode?: string
  additions?: number
  deletions?: number
  /** The unified diff of this file, when the source has it. */
  patch?: string
}

export interface Person {
  name: string
  email: string
  /** GitHub login, when the source knows it (REST `author.login`). */
  login?: string
  /** GitHub numeric account id, when the source knows it. */
  id?: number
  /** GitHub account type ('User', 'Bot', 'Organization'), when known. */
  type?: string
  /** When this person authored or committed, ISO 8601 as git prints it, when known. */
  date?: string
}

export interface Commit {
  sha: string
  /** Parent SHAs; more than one means a merge. */
  parents: string[]
  author: Person
  committer: Person
  /** The full message: subject, body and trailers. */
  message: string
  /**
   * The changes this commit itself introduced. For an ordinary commit this
   * is the diff against its parent. For a merge it is only what differs from
   * every parent (git's combined diff), so a merge that brings the base
   * branch in contributes nothing, while an "evil merge" that adds its own
   * changes does.
   */
  files: FileChange[]
  /** Signature verification reported by the platform, when known. */
  verification?: { verified: boolean; reason: string }
}

/** Facts about the pull request that carries the change, when there is one. */
export interface PullRequestInfo {
  number: number
  title: string
  body: string
  /** The account that opened the PR: platform-bound evidence. */
  author: Person
  headRef: string
  baseRef: string
  labels: string[]
}

/** A file's whole text before and after the change (undefined where it does not exist). */
export interface FileTexts {
  path: string
  before?: string
  after?: string
}

export interface ChangeSet {
  /** The commit the change is measured from (the merge-base or PR base). */
  baseSha: string
  headSha: string
  /** The PR's commits, oldest first. */
  commits: Commit[]
  /** The net diff from base to head. */
  files: FileChange[]
  pullRequest?: PullRequestInfo
  /**
   * Whole texts of the changed CI workflow files (see workflow-files.ts):
   * what a workflow can reach depends on the whole file, not on the diff.
   */
  workflowTexts?: FileTexts[]
}

export function shortSha(sha: string): string {
  return sha.slice(0, 7)
}

/** The first line of a commit message. */
export function commitSubject(message: string): string {
  return message.split('\n', 1)[0] ?? ''
}
