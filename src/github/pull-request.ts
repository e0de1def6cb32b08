/**
 * The GitHub change source: a pull request read through the REST API into the
 * engine's ChangeSet, with its reviews. Where REST falls short (the 250-commit
 * and 3000-file caps, per-commit files, the merge-base) the local checkout
 * fills in when it has the history; otherwise the read fails rather than
 * return a partial list.
 */
import type { ChangeSet, Commit, FileChange } from '../engine/change-set.js'
import type { Review } from '../engine/review.js'
import { UserError } from '../errors.js'
import { readCommitFiles } from '../git/commit-files.js'
import { readLocalChangeSet } from '../git/git-source.js'
import type { GitHubClient } from './client.js'
import { readCommitFilesFromRest } from './commit-files-rest.js'
import { hasCommits, hasFullHistory, localMergeBase } from './local-history.js'
import { withLocalModes } from './local-modes.js'
import {
  PULL_COMMITS_CAP,
  PULL_FILES_CAP,
  readPullCommits,
  readPullFiles,
  readPullRequestFacts,
  readReviews,
  type ListResult,
  type PullRequestLocator
} from './pull-lists.js'
import { withRestModes } from './rest-modes.js'
import type { PullRequestFacts } from './rest-shapes.js'

export type ListSource = 'rest' | 'local-git'

export interface PullRequestSnapshot {
  changeSet: ChangeSet
  /** Submitted reviews, oldest first. */
  reviews: Review[]
  /** Where Commit.files came from; 'not-needed' leaves every commit's files empty. */
  perCommitFiles: 'not-needed' | ListSource
  commitSource: ListSource
  fileSource: ListSource
  /**
   * True when a merge commit's files came from REST, which diffs a merge
   * against its first parent. A two-parent merge is narrowed to its own
   * changes with the compare API (merge-files-rest.ts); an octopus merge, or
   * one whose second diff reaches the compare API's 300-file cap, keeps the
   * first-parent list, which over-attributes (fails closed). Local git's
   * combined diff is exact.
   */
  mergeFilesApproximate: boolean
}

export interface ReadPullRequestOptions extends PullRequestLocator {
  /** The local checkout, which may hold the full history (actions/checkout `fetch-depth: 0`). */
  workspace?: string
  /**
   * Whether the audit needs each commit's own files, asked with the commits
   * (files still empty). True when the PR mixes agent and non-agent commits;
   * otherwise the net diff is enough and per-commit requests are skipped.
   */
  needsPerCommitFiles: (changeSet: ChangeSet) => boolean
  /**
   * The pull request as already read, when the caller needed it first (the
   * action reads the policy at its base before anything else); saves a request.
   */
  facts?: PullRequestFacts
}

export async function readPullRequest(
  client: GitHubClient,
  options: ReadPullRequestOptions
): Promise<PullRequestSnapshot> {
  const facts = options.facts ?? (await readPullRequestFacts(client, options))
  const [commitList, fileList, reviews] = await Promise.all([
    readPullCommits(client, options, facts.commitCount),
    readPullFiles(client, options, facts.changedFileCount),
    readReviews(client, options)
  ])
  const lists = await completeLists(options.workspace, facts, commitList, fileList)
  const changeSet: ChangeSet = {
    baseSha: lists.baseSha,
    headSha: facts.headSha,
    commits: lists.commits,
    files: await withFileModes(client, options, lists, facts.headSha),
    pullRequest: facts.info
  }
  const perCommitFiles =
    lists.commitSource === 'local-git'
      ? 'local-git'
      : await addCommitFiles(client, options, changeSet)
  const mergeFilesApproximate =
    perCommitFiles === 'rest' && changeSet.commits.some(commit => commit.parents.length > 1)
  const { commitSource, fileSource } = lists
  return { changeSet, reviews, perCommitFiles, commitSource, fileSource, mergeFilesApproximate }
}

interface CompleteLists {
  baseSha: string
  commits: Commit[]
  files: FileChange[]
  commitSource: ListSource
  fileSource: ListSource
  /** The workspace, when it holds the full history of base and head. */
  history: string | undefined
}

/**
 * REST files carry no modes, and a symlink or submodule pointer must not pass
 * for a plain file: the checkout gives every mode in one git call; without
 * it, the few files whose patch looks like a link or a submodule are looked up.
 */
async function withFileModes(
  client: GitHubClient,
  options: ReadPullRequestOptions,
  lists: CompleteLists,
  headSha: string
): Promise<FileChange[]> {
  if (lists.fileSource === 'local-git') return lists.files
  if (lists.history !== undefined) {
    return withLocalModes(lists.history, lists.baseSha, headSha, lists.files)
  }
  return withRestModes(client, options, headSha, lists.files)
}

/**
 * REST lists where they are complete; the local checkout for a list REST cut
 * short. The base is the merge-base when the checkout can compute it, as
 * GitHub's own PR diff is; without it, the base branch tip the PR reports.
 */
async function completeLists(
  workspace: string | undefined,
  facts: PullRequestFacts,
  commitList: ListResult<Commit>,
  fileList: ListResult<FileChange>
): Promise<CompleteLists> {
  if (commitList.complete) assertHeadListed(commitList.items, facts)
  const tips = [facts.baseTipSha, facts.headSha]
  const fullHistory = workspace !== undefined && (await hasFullHistory(workspace, tips))
  if (!commitList.complete || !fileList.complete) {
    if (!fullHistory) throw incompleteListError(commitList, fileList)
    const local = await readLocalChangeSet({
      repo: workspace,
      base: facts.baseTipSha,
      head: facts.headSha
    })
    return {
      baseSha: local.baseSha,
      commits: commitList.complete ? commitList.items : local.commits,
      files: fileList.complete ? fileList.items : local.files,
      commitSource: commitList.complete ? 'rest' : 'local-git',
      fileSource: fileList.complete ? 'rest' : 'local-git',
      history: workspace
    }
  }
  const mergeBase = fullHistory
    ? await localMergeBase(workspace, facts.baseTipSha, facts.headSha)
    : undefined
  return {
    baseSha: mergeBase ?? facts.baseTipSha,
    commits: commitList.items,
    files: fileList.items,
    commitSource: 'rest',
    fileSource: 'rest',
    history: fullHistory ? workspace : undefined
  }
}

/** A push between reading the PR and listing its commits would mix two versions of it. */
function assertHeadListed(commits: Commit[], facts: PullRequestFacts): void {
  if (commits.some(commit => commit.sha === facts.headSha)) return
  throw new UserError(
    `pull request #${facts.info.number} changed while agent-audit was reading it ` +
      `(its head ${facts.headSha} is not among its listed commits)`,
    'Run the audit again'
  )
}

function incompleteListError(
  commitList: ListResult<Commit>,
  fileList: ListResult<FileChange>
): UserError {
  const fix = 'Check out the full history with actions/checkout `fetch-depth: 0`'
  const refusal = 'agent-audit will not audit a partial list'
  if (!commitList.complete && commitList.announced > PULL_COMMITS_CAP) {
    return new UserError(
      `the pull request has ${commitList.announced} commits but the REST API returns at most ${PULL_COMMITS_CAP}; ${refusal}`,
      fix
    )
  }
  if (!fileList.complete && fileList.announced > PULL_FILES_CAP) {
    return new UserError(
      `the pull request changes ${fileList.announced} files but the REST API returns at most ${PULL_FILES_CAP}; ${refusal}`,
      fix
    )
  }
  const list = commitList.complete ? fileList : commitList
  const noun = commitList.complete ? 'files' : 'commits'
  const counts = list.complete
    ? ''
    : ` (${list.announced} ${noun} announced, ${list.listed} listed)`
  return new UserError(
    `the pull request changed while agent-audit was reading it${counts}; ${refusal}`,
    `Run the audit again, or ${fix.charAt(0).toLowerCase()}${fix.slice(1)}`
  )
}

/**
 * Fills in Commit.files when the caller needs them. The checkout is used when
 * it has every commit and parent (a shallow clone's boundary commit would
 * look like it added every file); otherwise one REST request per commit.
 */
async function addCommitFiles(
  client: GitHubClient,
  options: ReadPullRequestOptions,
  changeSet: ChangeSet
): Promise<PullRequestSnapshot['perCommitFiles']> {
  if (!options.needsPerCommitFiles(changeSet)) return 'not-needed'
  const { commits } = changeSet
  const needed = [...new Set(commits.flatMap(commit => [commit.sha, ...commit.parents]))]
  const local = options.workspace !== undefined && (await hasCommits(options.workspace, needed))
  const filesByCommit =
    local && options.workspace !== undefined
      ? await readCommitFiles(options.workspace, commits)
      : await readCommitFilesFromRest(client, options, commits)
  for (const commit of commits) commit.files = filesByCommit.get(commit.sha) ?? []
  return local ? 'local-git' : 'rest'
}
