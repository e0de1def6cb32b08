import * as core from '@actions/core'
import { audit, needsPerCommitFiles } from '../engine/audit.js'
import type { AuditResult } from '../evaluation/result.js'
import { createGitHubClient } from '../github/client.js'
import { readPullRequestFacts } from '../github/pull-lists.js'
import { readPullRequest } from '../github/pull-request.js'
import { withWorkflowTexts } from '../github/workflow-texts.js'
import { prepareReviewJudge } from './approval-context.js'
import type { ActionInputs } from './inputs.js'
import { fillMissingPatches } from './local-patches.js'
import { readPolicyAtBase } from './policy-at-base.js'
import type { RunContext } from './run-context.js'

/** Audits what the triggering event is about (today: one pull request). */
export async function auditEvent(context: RunContext, inputs: ActionInputs): Promise<AuditResult> {
  return auditPullRequest(context, inputs)
}

async function auditPullRequest(context: RunContext, inputs: ActionInputs): Promise<AuditResult> {
  const client = createGitHubClient({ token: inputs.token, apiUrl: context.apiUrl })
  const pull = { owner: context.owner, repo: context.repo, number: context.pullNumber }
  const facts = await readPullRequestFacts(client, pull)
  const policy = await readPolicyAtBase(client, {
    ...pull,
    path: inputs.policyPath,
    baseSha: facts.baseTipSha
  })
  core.info(
    `Policy: ${policy.source.builtIn ? 'built-in default' : policy.source.path} at ${facts.baseTipSha}`
  )
  const snapshot = await readPullRequest(client, {
    ...pull,
    facts,
    workspace: context.workspace,
    needsPerCommitFiles: changeSet => needsPerCommitFiles(changeSet, policy)
  })
  const changeSet = await withWorkflowTexts(
    client,
    pull,
    await fillMissingPatches(snapshot.changeSet, context.workspace)
  )
  const judge = await prepareReviewJudge(client, {
    ...pull,
    baseSha: facts.baseTipSha,
    changeSet,
    reviews: snapshot.reviews,
    policy
  })
  const result = audit(changeSet, policy, { judge, onSecretValues: maskSecrets })
  return { ...result, run: context.run }
}

/**
 * Registers every secret value found with the runner before anything else
 * is printed, so that no log line, annotation or summary line shows it (the
 * runner masks each line of a multi-line value too).
 */
function maskSecrets(values: string[]): void {
  for (const value of values) {
    if (value.trim() !== '') core.setSecret(value)
  }
}
