/**
 * What the fake knows: repositories, pull requests, reviews and teams as tests
 * registered them, plus git-derived data computed on first use and cached
 * (a 3000-file PR is read from git once, not on every page request).
 */
import { CheckRunStore, type CheckRunSeed } from './checks.js'
import { CommentStore, seedAccount, type CommentSeed } from './comments.js'
import { readCommits, type GitCommit } from './git-commits.js'
import { readDiff, type DiffEntry } from './git-diff.js'
import { emptyTree, mergeBase, resolveCommit } from './git.js'
import type { Account, PullRequestSpec, RepositorySpec, ReviewSpec } from './types.js'

export interface RepoRecord {
  spec: RepositorySpec
  id: number
  defaultBranch: string
  users: Map<string, Account>
  pulls: Map<number, PullRecord>
  commitDetails: Map<string, Promise<CommitDetail>>
}

export interface StoredReview {
  spec: ReviewSpec
  /** The review's own id (ReviewSpec.id is the reviewer's account id). */
  reviewId: number
  submittedAt: string
}

export interface PullRecord {
  spec: PullRequestSpec
  reviews: StoredReview[]
  data?: Promise<PullData>
}

export interface PullData {
  /** Tip of the base ref, as GitHub reports base.sha. */
  baseSha: string
  headSha: string
  mergeBase: string
  /** Every PR commit, oldest first (routes apply GitHub's caps). */
  commits: GitCommit[]
  /** merge-base..head, every file. */
  files: DiffEntry[]
}

export interface CommitDetail {
  commit: GitCommit
  /** Against the first parent (the empty tree for a root commit), like GitHub. */
  files: DiffEntry[]
}

const REVIEW_CLOCK_START = Date.parse('2026-02-01T10:00:00Z')
const key = (...parts: string[]) => parts.map(part => part.toLowerCase()).join('/')

export class Store {
  readonly checks = new CheckRunStore()
  readonly comments = new CommentStore()
  private readonly repos = new Map<string, RepoRecord>()
  private readonly teams = new Map<string, Set<string>>()
  private nextReviewId = 80_000_001

  addRepository(spec: RepositorySpec): void {
    const users = new Map<string, Account>()
    for (const [email, account] of Object.entries(spec.users ?? {})) {
      users.set(email.toLowerCase(), account)
    }
    const record: RepoRecord = {
      spec,
      id: 700_000 + this.repos.size,
      defaultBranch: spec.defaultBranch ?? 'main',
      users,
      pulls: new Map(),
      commitDetails: new Map()
    }
    this.repos.set(key(spec.owner, spec.name), record)
  }

  repo(owner: string, name: string): RepoRecord | undefined {
    return this.repos.get(key(owner, name))
  }

  addPullRequest(spec: PullRequestSpec): void {
    this.requireRepo(spec.owner, spec.repo).pulls.set(spec.number, { spec, reviews: [] })
  }

  addReview(owner: string, repo: string, number: number, review: ReviewSpec): void {
    const pull = this.requireRepo(owner, repo).pulls.get(number)
    if (!pull) throw new Error(`addReview: no pull request ${owner}/${repo}#${number}`)
    const defaultDate = new Date(REVIEW_CLOCK_START + pull.reviews.length * 60_000)
    const submittedAt = review.submittedAt ?? defaultDate.toISOString().replace('.000Z', 'Z')
    pull.reviews.push({ spec: review, reviewId: this.nextReviewId++, submittedAt })
  }

  setTeamMembers(org: string, teamSlug: string, logins: string[]): void {
    this.teams.set(key(org, teamSlug), new Set(logins.map(login => login.toLowerCase())))
  }

  /** undefined when the team does not exist. */
  isTeamMember(org: string, teamSlug: string, login: string): boolean | undefined {
    return this.teams.get(key(org, teamSlug))?.has(login.toLowerCase())
  }
  hasTeam(org: string, teamSlug: string): boolean {
    return this.teams.has(key(org, teamSlug))
  }

  pullData(repo: RepoRecord, pull: PullRecord): Promise<PullData> {
    pull.data ??= computePullData(repo.spec.dir, pull.spec).catch(error => {
      pull.data = undefined
      throw error
    })
    return pull.data
  }

  /** undefined when `ref` names no commit. */
  async commitDetail(repo: RepoRecord, ref: string): Promise<CommitDetail | undefined> {
    const sha = await resolveCommit(repo.spec.dir, ref)
    if (!sha) return undefined
    let detail = repo.commitDetails.get(sha)
    if (!detail) {
      detail = computeCommitDetail(repo.spec.dir, sha)
      repo.commitDetails.set(sha, detail)
      detail.catch(() => repo.commitDetails.delete(sha))
    }
    return detail
  }

  /** A comment on pull request `number`, as if someone posted it before the run. */
  addComment(owner: string, repo: string, number: number, seed: CommentSeed): number {
    const record = this.requireRepo(owner, repo)
    if (!record.pulls.has(number)) throw new Error(`addComment: no pull request #${number}`)
    const repository = `${record.spec.owner}/${record.spec.name}`
    return this.comments.add(repository, number, seedAccount(seed), seed.body).id
  }

  /** A check run another app or the runner made (a workflow job's own check run, say). */
  addCheckRun(owner: string, repo: string, seed: CheckRunSeed): number {
    const record = this.requireRepo(owner, repo)
    return this.checks.add(`${record.spec.owner}/${record.spec.name}`, seed, 7_000_002).id
  }

  private requireRepo(owner: string, name: string): RepoRecord {
    const repo = this.repo(owner, name)
    if (!repo) throw new Error(`No repository ${owner}/${name}: call addRepository first`)
    return repo
  }
}

async function computePullData(dir: string, spec: PullRequestSpec): Promise<PullData> {
  const [baseSha, headSha] = await Promise.all([
    resolveCommit(dir, spec.base),
    resolveCommit(dir, spec.head)
  ])
  if (!baseSha || !headSha) throw new Error(`PR #${spec.number}: cannot resolve base or head`)
  const base = await mergeBase(dir, baseSha, headSha)
  const [commits, files] = await Promise.all([
    readCommits(dir, ['--reverse', '--topo-order', headSha, `^${baseSha}`]),
    readDiff(dir, base, headSha)
  ])
  return { baseSha, headSha, mergeBase: base, commits, files }
}

async function computeCommitDetail(dir: string, sha: string): Promise<CommitDetail> {
  const [commit] = await readCommits(dir, ['-1', sha])
  if (!commit) throw new Error(`commit ${sha} vanished`)
  const parent = commit.parents[0] ?? (await emptyTree(dir))
  return { commit, files: await readDiff(dir, parent, sha) }
}
