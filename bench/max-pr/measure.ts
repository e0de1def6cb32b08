/**
 * One measured run of the bundle (dist/index.js) through the action test
 * harness, with the environment a runner sets. Peak RSS and the exit time
 * come from inside the child (preload.mjs); REST calls from the fake's log.
 */
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { removeRun, runAction } from '../../test/action/harness.js'
import type { FakeGitHub } from '../../test/fakes/github-api.js'
import { OWNER, PULL, REPO } from './serve.js'

const PRELOAD = fileURLToPath(new URL('./preload.mjs', import.meta.url))

export interface RunMeasure {
  wallMs: number
  maxRssMiB: number
  exitCode: number
  decision: string
  /** The audit record's one-line reason for the decision. */
  reason: string
  routeCounts: Record<string, number>
  stderrTail: string
}

export interface RunOptions {
  /** The full-history checkout, or undefined for a runner without one. */
  workspace?: string
  /** Directory for --cpu-prof output (BENCH_CPU_PROF). */
  cpuProfileDir?: string
}

export async function measureRun(github: FakeGitHub, options: RunOptions): Promise<RunMeasure> {
  const statsDir = await mkdtemp(join(tmpdir(), 'agent-audit-bench-stats-'))
  const statsFile = join(statsDir, 'stats.json')
  const emptyWorkspace = join(statsDir, 'workspace')
  await mkdir(emptyWorkspace)
  const countsBefore = github.routeCounts()
  const startedAt = Date.now()
  const run = await runAction({
    github,
    owner: OWNER,
    repo: REPO,
    pullNumber: PULL,
    // An empty directory stands for "no checkout" (the workspace exists on every runner).
    workspace: options.workspace ?? emptyWorkspace,
    inputs: { 'upload-artifact': 'false' },
    env: {
      NODE_OPTIONS: `--import=${PRELOAD}`,
      BENCH_STATS_FILE: statsFile,
      ...(options.cpuProfileDir ? { BENCH_CPU_PROF_FILE: profileFile(options.cpuProfileDir) } : {})
    }
  })
  const stats = JSON.parse(await readFile(statsFile, 'utf8')) as {
    maxRssKiB: number
    exitAt: number
  }
  await removeRun(run)
  await rm(statsDir, { recursive: true, force: true })
  return {
    wallMs: stats.exitAt - startedAt,
    maxRssMiB: stats.maxRssKiB / 1024,
    exitCode: run.exitCode,
    decision: run.outputs['decision'] ?? '(none)',
    reason: typeof run.audit?.['reason'] === 'string' ? run.audit['reason'] : '(none)',
    routeCounts: countsSince(countsBefore, github.routeCounts()),
    stderrTail: run.stderr.slice(-2000)
  }
}

let profiles = 0
function profileFile(dir: string): string {
  return join(dir, `run-${++profiles}.cpuprofile`)
}

/** This run's requests only: the fake serves every run and counts them all. */
function countsSince(
  before: Record<string, number>,
  after: Record<string, number>
): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const [route, count] of Object.entries(after)) {
    const added = count - (before[route] ?? 0)
    if (added > 0) counts[route] = added
  }
  return counts
}
