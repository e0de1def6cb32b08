/**
 * A range of commits that is not a pull request (a push, a merge group),
 * read from the local checkout when it holds the history, else from the
 * compare API. Both measure from the merge-base of base and head, like a
 * pull request's diff, so a force push is audited for its new commits only.
 */
import { needsPerCommitFiles } from '../../engine/audit.js'
import type { ChangeSet } from '../../engine/change-set.js'
import { readLocalChangeSet } from '../../git/git-source.js'
import type { GitHubClient } from '../../github/client.js'
import { readCommitFilesFromRest } from '../../github/commit-files-rest.js'
import { hasFullHistory, localMergeBase } from '../../github/local-history.js'
import type { RepositoryRef } from '../../github/resources.js'
import { withWorkflowTexts } from '../../github/workflow-texts.js'
import type { Policy } from '../../policy/types.js'
import { fillMissingPatches } from '../local-patches.js'
import { readComparison } from './compare.js'

export interface RangeRequest {
  /** A full sha, or (REST only) a branch name such as the default branch. */
  base: string
  head: string
  workspace?: string
}

export interface RangeRead {
  /** Commits oldest first; with source 'rest' their files are still empty (see withCommitFiles). */
  changeSet: ChangeSet
  source: 'local-git' | 'rest'
}

export async function readRange(
  client: GitHubClient,
  repository: RepositoryRef,
  request: RangeRequest
): Promise<RangeRead> {
  const { base, head, workspace } = request
  if (workspace !== undefined && (await hasFullHistory(workspace, [base, head]))) {
    return { changeSet: await readLocalRange(workspace, base, head), source: 'local-git' }
  }
  return { changeSet: await readComparison(client, repository, base, head), source: 'rest' }
}

async function readLocalRange(workspace: string, base: string, head: string): Promise<ChangeSet> {
  // readLocalChangeSet refuses a head already contained in base; here that just means no new commits.
  const mergeBase = await localMergeBase(workspace, base, head)
  if (mergeBase === head) return { baseSha: head, headSha: head, commits: [], files: [] }
  return readLocalChangeSet({ repo: workspace, base, head })
}

/**
 * Everything the audit needs beyond the lists: each commit's own files when the
 * policy needs them (one request per commit over REST), omitted patches from
 * the checkout, and the texts of changed workflows.
 */
export async function completeRange(
  client: GitHubClient,
  repository: RepositoryRef,
  range: RangeRead,
  policy: Policy,
  workspace: string | undefined
): Promise<ChangeSet> {
  if (range.source === 'local-git') return range.changeSet
  let changeSet = range.changeSet
  if (needsPerCommitFiles(changeSet, policy)) {
    const files = await readCommitFilesFromRest(client, repository, changeSet.commits)
    const commits = changeSet.commits.map(c => ({ ...c, files: files.get(c.sha) ?? [] }))
    changeSet = { ...changeSet, commits }
  }
  return withWorkflowTexts(client, repository, await fillMissingPatches(changeSet, workspace))
}
