import { readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { UserError } from '../errors.js'
import type { RunInfo } from '../evaluation/result.js'
import { parseEvent, type AuditedEvent } from './events/event-payload.js'

export { PULL_REQUEST_EVENTS, SUPPORTED_EVENTS, type AuditedEvent } from './events/event-payload.js'

/** What the runner tells the action about this run, read once from the environment. */
export interface RunContext {
  owner: string
  repo: string
  apiUrl: string
  eventName: string
  /** What the event asks to audit. */
  event: AuditedEvent
  /**
   * The pull request the event payload names (pull_request, pull_request_target,
   * pull_request_review); undefined for push, merge_group and workflow_dispatch,
   * whose pull requests, if any, are in AuditResult.pullRequest once audited.
   */
  pullNumber?: number
  workspace?: string
  runnerTemp: string
  run: RunInfo
}

export function readRunContext(env: NodeJS.ProcessEnv): RunContext {
  const [owner, repo] = repository(env.GITHUB_REPOSITORY)
  const eventName = env.GITHUB_EVENT_NAME ?? ''
  const event = parseEvent(eventName, () => readPayload(env.GITHUB_EVENT_PATH))
  return {
    owner,
    repo,
    // Passed to Octokit explicitly: @actions/github reads GITHUB_API_URL once, at import.
    apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
    eventName,
    event,
    pullNumber: event.kind === 'pull_request' ? event.pullNumber : undefined,
    workspace: env.GITHUB_WORKSPACE || undefined,
    runnerTemp: env.RUNNER_TEMP || tmpdir(),
    run: {
      repository: `${owner}/${repo}`,
      runId: Number(env.GITHUB_RUN_ID ?? 0),
      runAttempt: Number(env.GITHUB_RUN_ATTEMPT ?? 1),
      event: eventName,
      actor: env.GITHUB_ACTOR ?? '',
      workflow: env.GITHUB_WORKFLOW || undefined,
      serverUrl: env.GITHUB_SERVER_URL || undefined
    }
  }
}

function repository(value: string | undefined): [string, string] {
  const match = /^([^/\s]+)\/([^/\s]+)$/.exec(value ?? '')
  if (!match) {
    throw new UserError(
      `GITHUB_REPOSITORY is "${value ?? ''}"`,
      'Run agent-audit as a step of a GitHub Actions workflow, where the runner sets it to owner/name'
    )
  }
  return [match[1] as string, match[2] as string]
}

function readPayload(path: string | undefined): unknown {
  if (!path) {
    throw new UserError('GITHUB_EVENT_PATH is not set', 'Run agent-audit as a workflow step')
  }
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as unknown
  } catch (error) {
    throw new UserError(
      `cannot read the event payload at ${path}: ${(error as Error).message}`,
      'Run agent-audit as a workflow step'
    )
  }
}
