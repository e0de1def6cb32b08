import * as core from '@actions/core'
import { join } from 'node:path'
import { tmpdir } from 'node:os'
import { audit, needsPerCommitFiles } from '../engine/audit.js'
import { errorMessage, isUserError } from '../errors.js'
import { AUDIT_SCHEMA, type AuditResult, type FailedAuditRecord } from '../evaluation/result.js'
import { createGitHubClient } from '../github/client.js'
import { readPullRequestFacts } from '../github/pull-lists.js'
import { readPullRequest } from '../github/pull-request.js'
import { withWorkflowTexts } from '../github/workflow-texts.js'
import { TOOL_NAME, TOOL_VERSION } from '../version.js'
import { prepareReviewJudge } from './approval-context.js'
import { envInputReader, parseInputs, type ActionInputs } from './inputs.js'
import { fillMissingPatches } from './local-patches.js'
import { readPolicyAtBase } from './policy-at-base.js'
import { annotate } from './report/annotations.js'
import { artifactNote, uploadAuditArtifact, type UploadedArtifact } from './report/artifact.js'
import { writeAuditFile } from './report/audit-file.js'
import { setOutputs } from './report/outputs.js'
import { writeSummary } from './report/summary.js'
import { readRunContext, type RunContext } from './run-context.js'

/** What a run has established so far; reporting works from whatever is there. */
interface RunState {
  context?: RunContext
  inputs?: ActionInputs
  result?: AuditResult
  error?: unknown
}

/**
 * The action: audit the pull request, then report. Every failure, including
 * one while reporting, ends in a failed step with a reason: the action never
 * passes on an error.
 */
export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const state: RunState = {}
  try {
    state.context = readRunContext(env)
    state.inputs = parseInputs(envInputReader(env), state.context.runnerTemp)
    state.result = await auditPullRequest(state.context, state.inputs)
  } catch (error) {
    state.error = error
  }
  await report(state, env)
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

async function report(state: RunState, env: NodeJS.ProcessEnv): Promise<void> {
  const auditFile =
    state.inputs?.auditFile ?? join(env.RUNNER_TEMP || tmpdir(), 'agent-audit', 'audit.json')
  const uploaded = await tryStep(state, () => saveRecord(state, auditFile))
  await tryStep(state, () =>
    writeSummary(withError(state), failureText(state), artifactNote(uploaded, auditFile))
  )
  if (state.result && state.inputs) annotate(state.result, state.inputs.mode)
  setOutputs(withError(state), { auditFile, artifactId: uploaded?.id })
  conclude(state)
}

async function saveRecord(
  state: RunState,
  auditFile: string
): Promise<UploadedArtifact | undefined> {
  await writeAuditFile(auditFile, withError(state) ?? failedRecord(state))
  core.info(`Audit record written to ${auditFile}`)
  const inputs = state.inputs
  if (!inputs?.uploadArtifact) return undefined
  return uploadAuditArtifact({
    file: auditFile,
    name: inputs.artifactName,
    runAttempt: state.context?.run.runAttempt ?? 1,
    retentionDays: inputs.retentionDays
  })
}

/** Runs one reporting step; its failure becomes the run's error (the first error wins). */
async function tryStep<T>(state: RunState, step: () => Promise<T>): Promise<T | undefined> {
  try {
    return await step()
  } catch (error) {
    state.error ??= error
    return undefined
  }
}

function withError(state: RunState): AuditResult | undefined {
  if (!state.result || state.error === undefined) return state.result
  return { ...state.result, decision: 'fail', error: auditError(state.error) }
}

function failedRecord(state: RunState): FailedAuditRecord {
  const error = auditError(state.error ?? new Error('the audit did not finish'))
  return {
    schema: AUDIT_SCHEMA,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    run: state.context?.run,
    decision: 'fail',
    reason: error.message,
    error
  }
}

function auditError(error: unknown): FailedAuditRecord['error'] {
  return { kind: isUserError(error) ? 'user' : 'internal', message: errorMessage(error) }
}

function failureText(state: RunState): string | undefined {
  return state.error === undefined ? undefined : errorMessage(state.error)
}

function conclude(state: RunState): void {
  if (state.error !== undefined) {
    const hint = isUserError(state.error) ? '' : ' (this is a bug or an outage, not a finding)'
    core.setFailed(`agent-audit could not complete the audit: ${errorMessage(state.error)}${hint}`)
    return
  }
  const result = state.result as AuditResult
  if (result.decision === 'pass') return core.info(`agent-audit: pass — ${result.reason}`)
  if (state.inputs?.mode === 'report') {
    return core.warning(`agent-audit (report mode, not failing the job): ${result.reason}`)
  }
  core.setFailed(`agent-audit: fail — ${result.reason}`)
}
