/**
 * Runs the bundled action (dist/index.js) as a child process with the
 * environment a GitHub runner sets, against the local fake GitHub API and
 * the fake artifact results service, and collects what it produced.
 */
import { spawn } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { FakeGitHub } from '../fakes/github-api.js'
import type { ResultsService } from '../fakes/results-service.js'

const BUNDLE = fileURLToPath(new URL('../../dist/index.js', import.meta.url))
/** The runner runs the action with its own Node (24); CI points this at one to check the bundle there too. */
const NODE = process.env.AGENT_AUDIT_ACTION_NODE || process.execPath

export interface ActionRun {
  exitCode: number
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  /** The audit file's JSON, parsed, when it was written. */
  audit?: Record<string, unknown>
  auditText?: string
  runnerTemp: string
}

export interface ActionRunOptions {
  github: FakeGitHub
  results?: ResultsService
  owner: string
  repo: string
  pullNumber: number
  eventName?: string
  inputs?: Record<string, string>
  workspace?: string
  runAttempt?: number
  env?: Record<string, string>
  /** The event payload; default: a pull_request `opened` payload for `pullNumber`. */
  payload?: unknown
}

/** Parses GITHUB_OUTPUT's `name<<delimiter ... delimiter` blocks. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const header = /^([^<]+)<<(.+)$/.exec(lines[i] ?? '')
    if (!header) continue
    const [, name, delimiter] = header as unknown as [string, string, string]
    const value: string[] = []
    while (++i < lines.length && lines[i] !== delimiter) value.push(lines[i] ?? '')
    outputs[name] = value.join('\n')
  }
  return outputs
}

/** The environment a GitHub runner gives the action (exported for bench/cold-start). */
export function runnerEnv(options: ActionRunOptions, dir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: dir,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: options.eventName ?? 'pull_request',
    GITHUB_EVENT_PATH: join(dir, 'event.json'),
    GITHUB_REPOSITORY: `${options.owner}/${options.repo}`,
    GITHUB_API_URL: options.github.url,
    GITHUB_STEP_SUMMARY: join(dir, 'summary.md'),
    GITHUB_OUTPUT: join(dir, 'output.txt'),
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: String(options.runAttempt ?? 1),
    GITHUB_ACTOR: 'octocat',
    GITHUB_WORKFLOW: 'agent-audit',
    RUNNER_TEMP: join(dir, 'runner-temp'),
    GITHUB_WORKSPACE: options.workspace ?? join(dir, 'workspace'),
    INPUT_TOKEN: options.github.token,
    ...(options.results?.env() ?? {}),
    ...options.env
  }
  for (const [name, value] of Object.entries(options.inputs ?? {})) {
    env[`INPUT_${name.toUpperCase()}`] = value
  }
  return env
}

export async function runAction(options: ActionRunOptions): Promise<ActionRun> {
  const dir = await mkdtemp(join(tmpdir(), 'agent-audit-action-'))
  const env = runnerEnv(options, dir)
  const payload = options.payload ?? {
    action: 'opened',
    number: options.pullNumber,
    pull_request: { number: options.pullNumber }
  }
  await writeFile(env.GITHUB_EVENT_PATH as string, JSON.stringify(payload))
  await writeFile(env.GITHUB_STEP_SUMMARY as string, '')
  await writeFile(env.GITHUB_OUTPUT as string, '')
  const { exitCode, stdout, stderr } = await spawnNode(BUNDLE, env)
  const outputs = parseOutputFile(await readFile(env.GITHUB_OUTPUT as string, 'utf8'))
  const summary = await readFile(env.GITHUB_STEP_SUMMARY as string, 'utf8')
  const auditPath = outputs['audit-file']
  const auditText = auditPath ? await readFile(auditPath, 'utf8').catch(() => undefined) : undefined
  const audit = auditText ? (JSON.parse(auditText) as Record<string, unknown>) : undefined
  return {
    exitCode,
    stdout,
    stderr,
    outputs,
    summary,
    audit,
    auditText,
    runnerTemp: env.RUNNER_TEMP as string
  }
}

// Async spawn: the fakes live in this process, and a synchronous spawn would block their event loop.
function spawnNode(
  script: string,
  env: NodeJS.ProcessEnv
): Promise<{ exitCode: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(NODE, [script], { env, stdio: ['ignore', 'pipe', 'pipe'] })
    const out: Buffer[] = []
    const err: Buffer[] = []
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk))
    child.on('error', reject)
    child.on('close', code =>
      resolve({
        exitCode: code ?? -1,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8')
      })
    )
  })
}

/** Removes the temporary runner directories of a run (event file, outputs, audit record). */
export async function removeRun(run: ActionRun): Promise<void> {
  await rm(join(run.runnerTemp, '..'), { recursive: true, force: true })
}
