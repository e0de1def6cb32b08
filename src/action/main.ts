import * as core from '@actions/core'
import { join } from 'node:path'
import { tmpdir } from 'node:os'
import { errorMessage, isUserError } from '../errors.js'
import { AUDIT_SCHEMA, type AuditResult, type FailedAuditRecord } from '../evaluation/result.js'
import { TOOL_NAME, TOOL_VERSION } from '../version.js'
import { auditEvent } from './audit-event.js'
import { envInputReader, parseInputs, type ActionInputs } from './inputs.js'
import { publishedOutcome, publishRequest } from './publish/from-run.js'
import { publish } from './publish/publish.js'
import { annotate } from './report/annotations.js'
import { artifactNote, uploadAuditArtifact, type UploadedArtifact } from './report/artifact.js'
import { writeAuditFile } from './report/audit-file.js'
import { setOutputs } from './report/outputs.js'
import { writeSarifFile } from './report/sarif-file.js'
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
    state.result = await auditEvent(state.context, state.inputs)
  } catch (error) {
    state.error = error
  }
  await report(state, env)
}

async function report(state: RunState, env: NodeJS.ProcessEnv): Promise<void> {
  const auditFile =
    state.inputs?.auditFile ?? join(env.RUNNER_TEMP || tmpdir(), 'agent-audit', 'audit.json')
  const uploaded = await tryStep(state, () => saveRecord(state, auditFile))
  const note = artifactNote(uploaded, auditFile)
  const sarifFile = state.inputs?.sarifFile
  const result = withError(state)
  if (sarifFile && result) await tryStep(state, () => writeSarifFile(sarifFile, result))
  await tryStep(state, () => publishOnGitHub(state, note))
  await tryStep(state, () => writeSummary(withError(state), failureText(state), note))
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

/**
 * The check run on the head commit and the optional pull request comment.
 * Before the summary, so that a failure here is in the summary and outputs
 * too. Without a context or inputs there is no repository or token to use.
 */
async function publishOnGitHub(state: RunState, artifactNote: string): Promise<void> {
  const { context, inputs } = state
  if (!context || !inputs) return
  const run = { context, inputs, result: state.result, error: state.error, artifactNote }
  await publish(publishRequest(run), publishedOutcome(run))
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
