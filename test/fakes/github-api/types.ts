/** The public shapes of the fake GitHub REST API: what tests feed it and what it records. */
import type { CheckRunSeed, RecordedCheckRun } from './checks.js'
import type { CommentSeed, RecordedComment } from './comments.js'

/** A GitHub account as GitHub reports it on commits, pull requests and reviews. */
export interface Account {
  login: string
  id: number
  type: 'User' | 'Bot' | 'Organization'
}

export interface RepositorySpec {
  owner: string
  name: string
  /** A real git repository (work tree or bare) the API answers from. */
  dir: string
  /** Defaults to 'main'. */
  defaultBranch?: string
  /**
   * Commit email -> account, the way GitHub links emails verified on an account.
   * `ID+login@users.noreply.github.com` resolves by itself and needs no entry.
   */
  users?: Record<string, Account>
}

export interface PullRequestSpec {
  owner: string
  repo: string
  number: number
  /** Ref or sha in the repository: the tip of the base branch (the diff is against the merge-base). */
  base: string
  /** Ref or sha: the PR's head commit. */
  head: string
  author: Account
  title?: string
  body?: string
  labels?: string[]
  /** Branch names shown in head.ref / base.ref; default: `head`/`base` when they are not shas. */
  headRef?: string
  baseRef?: string
  draft?: boolean
  state?: 'open' | 'closed'
  /** 'owner/name' of a fork the PR comes from; default: the repository itself. */
  headRepoFullName?: string
}

export type ReviewState = 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED'

export interface ReviewSpec {
  login: string
  id?: number
  type?: 'User' | 'Bot'
  state: ReviewState
  /** Sha or ref of the commit the review was made on. */
  commitId: string
  /** ISO date; default: a fixed clock that advances one minute per review. */
  submittedAt?: string
  body?: string
  /** Default 'MEMBER'. */
  authorAssociation?: string
}

/** What `failNext` makes the server do instead of answering normally. */
export interface InjectedResponse {
  status: number
  /** Replace or add response headers (e.g. retry-after, x-ratelimit-remaining). */
  headers?: Record<string, string>
  /** A string is sent as-is (malformed JSON), anything else JSON-encoded; default: GitHub's error body. */
  body?: unknown
  /** How many matching requests get this response; default 1 (Infinity allowed). */
  times?: number
  /** Never answer: the client sees a timeout (the connection is dropped on close()). */
  hang?: boolean
  /** Announce the whole body in content-length, send half of it, then drop the connection. */
  truncate?: boolean
  /**
   * Answer from the real route, but keep only the first N items of the list it returns, with
   * its headers (Link included) unchanged: a page that comes back short while more pages are
   * announced. `status` and `body` are then ignored; `headers` are added. Lists only.
   */
  keepItems?: number
}

export interface RequestMatch {
  method?: string
  /** Tested against the request path with its query string, e.g. '/repos/o/r/pulls/1/files?page=2'. */
  path: RegExp
}

export interface LoggedRequest {
  method: string
  /** Path with query string as the client sent it. */
  path: string
  /** e.g. 'GET /repos/{owner}/{repo}/pulls/{pull_number}/files', or 'unknown'. */
  route: string
  /** Status answered; 0 while pending or for a hang. */
  status: number
  /** When the request arrived (Date.now()): shows how long a client waited before retrying. */
  receivedAt: number
}

export type MembershipDenial = 403 | 404

export interface FakeGitHub {
  /** http://127.0.0.1:PORT: use as GITHUB_API_URL / Octokit baseUrl. */
  url: string
  /** The only token accepted ('Authorization: token X' or 'Bearer X'). */
  token: string
  addRepository(spec: RepositorySpec): void
  addPullRequest(spec: PullRequestSpec): void
  addReview(owner: string, repo: string, number: number, review: ReviewSpec): void
  setTeamMembers(org: string, teamSlug: string, logins: string[]): void
  /** Membership routes answer like a token without read:org (403 or 404); null restores them. */
  denyTeamMembership(denial: MembershipDenial | null): void
  failNext(match: RequestMatch, response: InjectedResponse): void
  /** Check runs written through the API (and seeded), with every annotation received. */
  checkRuns(): RecordedCheckRun[]
  /** A check run made by someone else, e.g. a workflow job's own; returns its id. */
  addCheckRun(owner: string, repo: string, seed: CheckRunSeed): number
  /** true: every check-run route answers 403, like a token without `checks: write`. */
  denyChecks(denied: boolean): void
  /** Issue comments on pull requests, seeded or written through the API. */
  comments(): RecordedComment[]
  /** Puts a comment on pull request `number` as `login`; returns its id. */
  addComment(owner: string, repo: string, number: number, seed: CommentSeed): number
  /** true: creating and editing comments answer 403, like a fork PR's read-only token. */
  denyComments(denied: boolean): void
  readonly requests: LoggedRequest[]
  routeCounts(): Record<string, number>
  close(): Promise<void>
}
