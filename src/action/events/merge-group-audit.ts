/**
 * A merge group (merge queue): the change base_sha..head_sha that is about to
 * land. It is never passed blindly: each queued pull request is audited with
 * its own reviews, the group fails when any of them fails, and it fails when
 * no pull request can be found or when the group changes a file that none of
 * the pull requests found changes.
 *
 * Finding the pull requests, in order:
 * 1. the one the head ref names (gh-readonly-queue/<base>/pr-<number>-<sha>);
 * 2. for each commit of the range that no pull request found so far contains,
 *    the open pull requests into the same base branch that contain it
 *    (GET commits/{sha}/pulls), up to MAX_COMMIT_LOOKUPS commits.
 * A squash or rebase queue makes new commits that no pull request contains,
 * so step 2 finds nothing for them; the file coverage check then still
 * refuses a group whose changes the pull requests found do not account for.
 */
import type { ChangeSet } from '../../engine/change-set.js'
import { UserError } from '../../errors.js'
import type { AuditResult } from '../../evaluation/result.js'
import { combineGroup } from './combine-group.js'
import { openPullsWithCommit } from './commit-pulls.js'
import { changedPaths } from './compare.js'
import {
  auditPullRequest,
  readPolicy,
  type PolicyAtRef,
  type PullRequestAudit
} from './pull-request-audit.js'
import { branchName, queuedPullNumber } from './queue-ref.js'
import { readRange } from './range.js'
import type { AuditScope } from './scope.js'

export interface MergeGroupEvent {
  baseSha: string
  headSha: string
  baseRef: string
  headRef: string
}

/** Commits whose pull requests are looked up, at most: one request each. */
export const MAX_COMMIT_LOOKUPS = 100

export async function auditMergeGroup(
  scope: AuditScope,
  group: MergeGroupEvent
): Promise<AuditResult> {
  const range = await readRange(scope.client, scope.repository, {
    base: group.baseSha,
    head: group.headSha,
    workspace: scope.workspace
  })
  // Read once, at the group's base: a queued pull request cannot loosen its own rules.
  const policy = await readPolicy(scope, group.baseSha)
  const audits = await auditQueuedPulls(scope, group, range.changeSet, policy)
  if (audits.length === 0) throw noPullRequestError(group)
  assertCovered(range.changeSet, audits)
  return combineGroup(
    { baseSha: group.baseSha, headSha: group.headSha },
    audits.map(a => a.result),
    scope.run
  )
}

async function auditQueuedPulls(
  scope: AuditScope,
  group: MergeGroupEvent,
  range: ChangeSet,
  policy: PolicyAtRef
): Promise<PullRequestAudit[]> {
  const audits = new Map<number, PullRequestAudit>()
  const known = new Set<string>()
  const add = async (number: number) => {
    if (audits.has(number)) return
    const audited = await auditPullRequest(scope, number, policy)
    audits.set(number, audited)
    audited.snapshot.changeSet.commits.forEach(commit => known.add(commit.sha))
  }
  const named = queuedPullNumber(group.headRef)
  if (named !== undefined) await add(named)
  let lookups = 0
  for (const commit of range.commits) {
    if (known.has(commit.sha)) continue
    if (++lookups > MAX_COMMIT_LOOKUPS) break
    const base = branchName(group.baseRef)
    const numbers = await openPullsWithCommit(scope.client, scope.repository, commit.sha, base)
    for (const number of numbers) await add(number)
  }
  return [...audits.values()]
}

function noPullRequestError(group: MergeGroupEvent): UserError {
  return new UserError(
    `cannot tell which pull requests the merge group ${group.headRef} holds: its ref names none ` +
      'and no open pull request contains its commits, so there are no approvals to check',
    'Run agent-audit on merge_group events that GitHub’s merge queue creates ' +
      '(head ref gh-readonly-queue/<branch>/pr-<number>-<sha>)'
  )
}

/** Every file the group changes must be a file one of its pull requests changes. */
function assertCovered(range: ChangeSet, audits: PullRequestAudit[]): void {
  const covered = new Set(audits.flatMap(a => changedPaths(a.snapshot.changeSet.files)))
  const uncovered = changedPaths(range.files).filter(path => !covered.has(path))
  if (uncovered.length === 0) return
  const numbers = audits.map(a => `#${a.snapshot.changeSet.pullRequest?.number ?? '?'}`)
  const shown = uncovered.slice(0, 5).join(', ')
  const more = uncovered.length > 5 ? ` and ${uncovered.length - 5} more` : ''
  throw new UserError(
    `the merge group changes ${uncovered.length === 1 ? 'a file' : `${uncovered.length} files`} ` +
      `that none of its pull requests found (${numbers.join(', ')}) changes: ${shown}${more}; ` +
      'agent-audit will not pass changes whose approvals it has not checked',
    'Limit the merge queue to one pull request per group (maximum group size 1), ' +
      'or use the merge method "merge", whose groups keep each pull request’s commits'
  )
}
