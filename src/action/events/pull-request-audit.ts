import * as core from '@actions/core'
import { audit, needsPerCommitFiles } from '../../engine/audit.js'
import type { AuditResult } from '../../evaluation/result.js'
import { readPullRequestFacts } from '../../github/pull-lists.js'
import { readPullRequest, type PullRequestSnapshot } from '../../github/pull-request.js'
import { withWorkflowTexts } from '../../github/workflow-texts.js'
import type { Policy } from '../../policy/types.js'
import { prepareReviewJudge } from '../approval-context.js'
import { fillMissingPatches } from '../local-patches.js'
import { readPolicyAtBase } from '../policy-at-base.js'
import { maskSecrets, type AuditScope } from './scope.js'

export interface PullRequestAudit {
  result: AuditResult
  snapshot: PullRequestSnapshot
}

export interface PolicyAtRef {
  policy: Policy
  /** Where the policy (and CODEOWNERS) was read: out of the audited change's reach. */
  ref: string
}

/**
 * One pull request as it is now, judged with its reviews. The policy is read
 * at the PR's base tip unless the caller already read it (a merge group reads
 * it once, at the group's base).
 */
export async function auditPullRequest(
  scope: AuditScope,
  number: number,
  given?: PolicyAtRef
): Promise<PullRequestAudit> {
  const { client, repository } = scope
  const pull = { ...repository, number }
  const facts = await readPullRequestFacts(client, pull)
  const { policy, ref } = given ?? (await readPolicy(scope, facts.baseTipSha))
  // With pull_request_target the workspace holds the BASE branch (or whatever the workflow
  // checked out), never trusted to be the PR. It is only ever read as git objects, by sha:
  // readPullRequest uses it for lists only when it has the PR's base and head commits
  // (hasFullHistory / hasCommits), which a base-only checkout lacks, so REST is used then.
  // Nothing from the PR is checked out or run.
  const snapshot = await readPullRequest(client, {
    ...pull,
    facts,
    workspace: scope.workspace,
    needsPerCommitFiles: changeSet => needsPerCommitFiles(changeSet, policy)
  })
  const changeSet = await withWorkflowTexts(
    client,
    repository,
    await fillMissingPatches(snapshot.changeSet, scope.workspace)
  )
  const judge = await prepareReviewJudge(client, {
    ...repository,
    baseSha: ref,
    changeSet,
    reviews: snapshot.reviews,
    policy
  })
  const result = audit(changeSet, policy, { judge, onSecretValues: maskSecrets })
  return { result: { ...result, run: scope.run }, snapshot: { ...snapshot, changeSet } }
}

/** The policy at `ref`, logged so the run shows which rules it applied. */
export async function readPolicy(scope: AuditScope, ref: string): Promise<PolicyAtRef> {
  const policy = await readPolicyAtBase(scope.client, {
    ...scope.repository,
    path: scope.policyPath,
    baseSha: ref
  })
  core.info(`Policy: ${policy.source.builtIn ? 'built-in default' : policy.source.path} at ${ref}`)
  return { policy, ref }
}
