import { readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { UserError } from '../errors.js'
import type { RunInfo } from '../evaluation/result.js'

/** What the runner tells the action about this run, read once from the environment. */
export interface RunContext {
  owner: string
  repo: string
  apiUrl: string
  eventName: string
  pullNumber: number
  workspace?: string
  runnerTemp: string
  run: RunInfo
}

/** Events whose payload carries the pull request to audit. */
export const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target', 'pull_request_review']

export function readRunContext(env: NodeJS.ProcessEnv): RunContext {
  const [owner, repo] = repository(env.GITHUB_REPOSITORY)
  const eventName = env.GITHUB_EVENT_NAME ?? ''
  return {
    owner,
    repo,
    // Passed to Octokit explicitly: @actions/github reads GITHUB_API_URL once, at import.
    apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
    eventName,
    pullNumber: pullNumber(eventName, env.GITHUB_EVENT_PATH),
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

function pullNumber(eventName: string, eventPath: string | undefined): number {
  if (!PULL_REQUEST_EVENTS.includes(eventName)) {
    throw new UserError(
      `the event "${eventName}" is not supported`,
      `Trigger agent-audit on one of: ${PULL_REQUEST_EVENTS.join(', ')}`
    )
  }
  const payload = readPayload(eventPath)
  const number = payload.pull_request?.number
  if (typeof number !== 'number') {
    throw new UserError(
      `the ${eventName} event payload has no pull_request.number`,
      'Run agent-audit on pull request events'
    )
  }
  return number
}

interface EventPayload {
  pull_request?: { number?: unknown }
}

function readPayload(path: string | undefined): EventPayload {
  if (!path) {
    throw new UserError('GITHUB_EVENT_PATH is not set', 'Run agent-audit as a workflow step')
  }
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as EventPayload
  } catch (error) {
    throw new UserError(
      `cannot read the event payload at ${path}: ${(error as Error).message}`,
      'Run agent-audit as a workflow step'
    )
  }
}
