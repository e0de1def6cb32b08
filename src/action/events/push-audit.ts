/**
 * A push: the commits it added to the branch, before..after. There are no
 * reviews on a push, so an agent change to an area that needs approval fails
 * here: such changes have to go through a pull request. The policy is read
 * at `before` (or, for a new branch, where it leaves the default branch).
 */
import { stat } from 'node:fs/promises'
import { audit } from '../../engine/audit.js'
import type { AuditResult } from '../../evaluation/result.js'
import { GitCommandError, runGit } from '../../git/run-git.js'
import { JsonReader } from '../../github/response.js'
import { CONTENTS_READ, fullName } from '../../github/resources.js'
import { isZeroSha } from './event-payload.js'
import { nothingToAudit } from './nothing-to-audit.js'
import { readPolicy } from './pull-request-audit.js'
import { completeRange, readRange } from './range.js'
import { maskSecrets, type AuditScope } from './scope.js'

export interface PushEvent {
  ref: string
  before: string
  after: string
}

export const NO_REVIEWS_ON_PUSH =
  'No reviews on a push: an agent change to an area that needs approval fails here; ' +
  'make it through a pull request, where it can be approved'

export async function auditPush(scope: AuditScope, push: PushEvent): Promise<AuditResult> {
  if (isZeroSha(push.after)) {
    const { policy } = await readPolicy(scope, push.before)
    const range = { baseSha: push.before, headSha: push.after }
    return nothingToAudit(
      range,
      policy,
      scope.run,
      `The push deleted ${push.ref}: nothing to audit`
    )
  }
  const created = isZeroSha(push.before)
  const base = created ? await newRefBase(scope) : push.before
  const range = await readRange(scope.client, scope.repository, {
    base,
    head: push.after,
    workspace: scope.workspace
  })
  // A new branch has no `before`: its rules are those where it leaves the default branch.
  const { policy } = await readPolicy(scope, created ? range.changeSet.baseSha : push.before)
  if (range.changeSet.commits.length === 0) {
    const reason = `The push adds no new commits to ${push.ref}: nothing to audit`
    return nothingToAudit(range.changeSet, policy, scope.run, reason)
  }
  const changeSet = await completeRange(
    scope.client,
    scope.repository,
    range,
    policy,
    scope.workspace
  )
  const result = audit(changeSet, policy, { onSecretValues: maskSecrets })
  return withPushWording({ ...result, run: scope.run })
}

function withPushWording(result: AuditResult): AuditResult {
  const reason =
    result.counts.needsApproval > 0 ? `${result.reason} (no reviews on a push)` : result.reason
  return { ...result, reason, advisories: [...result.advisories, NO_REVIEWS_ON_PUSH] }
}

/**
 * Where a new branch's own commits start: its merge-base with the default
 * branch. The checkout's origin/<default> is used when the full history is
 * there (readRange checks); otherwise the compare API gets the branch name.
 */
async function newRefBase(scope: AuditScope): Promise<string> {
  const defaultBranch = await readDefaultBranch(scope)
  if (scope.workspace === undefined) return defaultBranch
  return (await localBranchSha(scope.workspace, defaultBranch)) ?? defaultBranch
}

async function readDefaultBranch(scope: AuditScope): Promise<string> {
  const description = `the repository ${fullName(scope.repository)}`
  const response = await scope.client.get(
    'GET /repos/{owner}/{repo}',
    { ...scope.repository },
    {
      description,
      permission: CONTENTS_READ
    }
  )
  return JsonReader.of(response.data, description).string('default_branch')
}

async function localBranchSha(workspace: string, branch: string): Promise<string | undefined> {
  // git started in a missing directory reports "git was not found": check the directory first.
  const isDirectory = await stat(workspace).then(
    info => info.isDirectory(),
    () => false
  )
  if (!isDirectory) return undefined
  try {
    const ref = `refs/remotes/origin/${branch}^{commit}`
    return (await runGit(workspace, ['rev-parse', '--verify', '--quiet', ref])).trim() || undefined
  } catch (error) {
    // Not a repository, or no such remote branch: the compare API answers instead.
    if (error instanceof GitCommandError) return undefined
    throw error
  }
}
