/**
 * GitHub's REST JSON turned into the engine's plain data. Every field is read
 * through JsonReader, so a body that is missing something the audit relies on
 * fails the run rather than producing a quieter audit.
 */
import type {
  ChangeStatus,
  Commit,
  FileChange,
  Person,
  PullRequestInfo
} from '../engine/change-set.js'
import type { Review, ReviewState } from '../engine/review.js'
import { JsonReader, MalformedResponseError } from './response.js'

/** The pull request itself, and the counts that tell whether its lists were cut short. */
export interface PullRequestFacts {
  info: PullRequestInfo
  headSha: string
  /** The tip of the base branch when the PR was last updated; not the merge-base. */
  baseTipSha: string
  commitCount: number
  changedFileCount: number
}

export function toPullRequestFacts(data: unknown, what: string): PullRequestFacts {
  const pull = JsonReader.of(data, what)
  const head = pull.object('head')
  const base = pull.object('base')
  const info: PullRequestInfo = {
    number: pull.number('number'),
    title: pull.string('title'),
    body: pull.optionalString('body') ?? '',
    author: accountPerson(pull.nullableObject('user')),
    headRef: head.string('ref'),
    baseRef: base.string('ref'),
    labels: pull.array('labels').map(label => JsonReader.of(label, `${what} label`).string('name'))
  }
  return {
    info,
    headSha: head.string('sha'),
    baseTipSha: base.string('sha'),
    commitCount: pull.number('commits'),
    changedFileCount: pull.number('changed_files')
  }
}

/** A PR author or reviewer: an account without a git identity, so its login stands in as the name. */
function accountPerson(account: JsonReader | undefined): Person {
  if (!account) return { name: '', email: '' }
  const login = account.string('login')
  return { name: login, email: '', login, id: account.number('id'), type: account.string('type') }
}

/** A commit from pulls/{n}/commits or commits/{sha}; its files are filled in separately. */
export function toCommit(value: unknown, what: string): Commit {
  const item = JsonReader.of(value, what)
  const sha = item.string('sha')
  const described = `${what} ${sha}`
  const gitCommit = item.object('commit')
  const commit: Commit = {
    sha,
    parents: item.array('parents').map(parent => JsonReader.of(parent, described).string('sha')),
    author: commitPerson(gitCommit.nullableObject('author'), item.nullableObject('author')),
    committer: commitPerson(
      gitCommit.nullableObject('committer'),
      item.nullableObject('committer')
    ),
    message: gitCommit.string('message'),
    files: []
  }
  const verification = gitCommit.nullableObject('verification')
  if (verification) {
    commit.verification = {
      verified: verification.boolean('verified'),
      reason: verification.string('reason')
    }
  }
  return commit
}

/**
 * The git identity (name, email, date as recorded in the commit) joined with
 * the account GitHub linked to the email, when it linked one.
 */
function commitPerson(identity: JsonReader | undefined, account: JsonReader | undefined): Person {
  const person: Person = {
    name: identity?.optionalString('name') ?? '',
    email: identity?.optionalString('email') ?? ''
  }
  const date = identity?.optionalString('date')
  if (date !== undefined) person.date = date
  // GitHub sends {} rather than null for some unlinked accounts: only a login makes an account.
  const login = account?.optionalString('login')
  if (account && login !== undefined) {
    person.login = login
    person.id = account.number('id')
    person.type = account.string('type')
  }
  return person
}

const STATUS_BY_REST_NAME: Record<string, ChangeStatus> = {
  added: 'added',
  removed: 'deleted',
  modified: 'modified',
  renamed: 'renamed',
  copied: 'copied',
  changed: 'type-changed',
  // 'unchanged' shows up for a rename or copy with no content change in some listings;
  // calling it modified keeps the path in the audit instead of dropping it.
  unchanged: 'modified'
}

export function toFileChange(value: unknown, what: string): FileChange {
  const item = JsonReader.of(value, what)
  const restStatus = item.string('status')
  const status = STATUS_BY_REST_NAME[restStatus]
  if (!status) throw new MalformedResponseError(what, `unknown file status "${restStatus}"`)
  const change: FileChange = { path: item.string('filename'), status }
  const previousPath = item.optionalString('previous_filename')
  if (previousPath !== undefined) change.previousPath = previousPath
  const additions = item.optionalNumber('additions')
  if (additions !== undefined) change.additions = additions
  const deletions = item.optionalNumber('deletions')
  if (deletions !== undefined) change.deletions = deletions
  // GitHub leaves the patch out for binary files and very large diffs.
  const patch = item.optionalString('patch')
  if (patch !== undefined) change.patch = patch
  return change
}

const REVIEW_STATES: readonly string[] = [
  'APPROVED',
  'CHANGES_REQUESTED',
  'COMMENTED',
  'DISMISSED',
  'PENDING'
] satisfies ReviewState[]

/** A submitted review; a PENDING one (a draft only its author sees) comes back undefined. */
export function toReview(value: unknown, what: string): Review | undefined {
  const item = JsonReader.of(value, what)
  const state = item.string('state')
  if (!isReviewState(state))
    throw new MalformedResponseError(what, `unknown review state "${state}"`)
  if (state === 'PENDING') return undefined
  return {
    id: item.number('id'),
    reviewer: accountPerson(item.nullableObject('user')),
    state,
    // null when GitHub no longer knows the commit: '' matches no commit, so such a review covers none.
    commitId: item.optionalString('commit_id') ?? '',
    submittedAt: item.string('submitted_at')
  }
}

function isReviewState(state: string): state is ReviewState {
  return REVIEW_STATES.includes(state)
}
