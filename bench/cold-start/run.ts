/**
 * Cold-start benchmark: `npm run bench:cold-start` (after `npm run build`).
 *
 * Time from spawning `node dist/index.js`, with the environment a runner
 * sets, to its first API request arriving at a local HTTP server; side by
 * side, in the same run, with the floor: a minimal ncc bundle that only
 * imports @actions/core and @actions/github and makes one call
 * (floor/index.js, bundled into a temp dir now). Runs alternate between the
 * two after one unmeasured warm-up each; the table shows medians.
 *
 * Environment: BENCH_RUNS (10), AGENT_AUDIT_ACTION_NODE (the node binary).
 */
import { access, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runnerEnv } from '../../test/action/harness.js'
import { startFakeGitHub } from '../../test/fakes/github-api.js'
import { buildFloor, bundleSize, DIST, type BundleSize } from './bundles.js'
import { startFirstRequestServer } from './first-request.js'
import { coldStart, type ColdStart } from './spawn-timing.js'

const runs = Number(process.env['BENCH_RUNS'] ?? 10)
const ACTION = join(DIST, 'index.js')

await access(ACTION).catch(() => {
  console.error(`No bundle at ${ACTION}: run \`npm run build\` first.`)
  process.exit(2)
})

const work = await mkdtemp(join(tmpdir(), 'agent-audit-cold-start-'))
const server = await startFirstRequestServer()
// The fake only lends its token: requests go to the timing server instead.
const github = await startFakeGitHub()
try {
  const floorDir = join(work, 'floor')
  const floor = await buildFloor(floorDir)
  const env = await runnerEnvironment(work, { ...github, url: server.url })
  const measured = { action: [] as ColdStart[], floor: [] as ColdStart[] }
  await coldStart(ACTION, env, server)
  await coldStart(floor, env, server)
  for (let index = 0; index < runs; index++) {
    measured.action.push(await coldStart(ACTION, env, server))
    measured.floor.push(await coldStart(floor, env, server))
  }
  printResults(measured, await bundleSize(DIST), await bundleSize(floorDir))
} finally {
  await github.close()
  await server.close()
  await rm(work, { recursive: true, force: true })
}

async function runnerEnvironment(
  dir: string,
  github: Parameters<typeof runnerEnv>[0]['github']
): Promise<NodeJS.ProcessEnv> {
  const env = runnerEnv(
    { github, owner: 'acme', repo: 'shop', pullNumber: 1, inputs: { 'upload-artifact': 'false' } },
    dir
  )
  const payload = { action: 'opened', number: 1, pull_request: { number: 1 } }
  await writeFile(env['GITHUB_EVENT_PATH'] as string, JSON.stringify(payload))
  await writeFile(env['GITHUB_STEP_SUMMARY'] as string, '')
  await writeFile(env['GITHUB_OUTPUT'] as string, '')
  return env
}

function printResults(
  measured: { action: ColdStart[]; floor: ColdStart[] },
  actionSize: BundleSize,
  floorSize: BundleSize
): void {
  const action = stats(measured.action)
  const floor = stats(measured.floor)
  console.log(
    `cold start: spawn -> first API request, ${runs} runs each, alternating (node ${process.version})`
  )
  const rows = [
    ['', 'median', 'min', 'max', 'entry bundle', 'first request'],
    [
      'dist/index.js',
      ...cells(action),
      kb(actionSize.entryBytes),
      measured.action[0]?.firstRequest ?? ''
    ],
    ['floor', ...cells(floor), kb(floorSize.entryBytes), measured.floor[0]?.firstRequest ?? '']
  ]
  const widths =
    rows[0]?.map((_, column) => Math.max(...rows.map(row => (row[column] ?? '').length))) ?? []
  for (const row of rows)
    console.log(
      row
        .map((cell, c) => cell.padEnd(widths[c] ?? 0))
        .join('  ')
        .trimEnd()
    )
  console.log(`ratio (median dist / median floor): ${(action.median / floor.median).toFixed(2)}x`)
  console.log(`difference: ${(action.median - floor.median).toFixed(0)} ms`)
  printChunks('dist', actionSize)
  printChunks('floor', floorSize)
}

function printChunks(name: string, size: BundleSize): void {
  const lazy = size.lazyChunks.map(chunk => `${chunk.name} ${kb(chunk.bytes)}`).join(', ')
  const note = lazy
    ? `lazily loaded chunks (import() only, not at start): ${lazy}`
    : 'no lazily loaded chunks'
  console.log(`${name}: index.js ${size.entryBytes} bytes; ${note}`)
}

function stats(values: ColdStart[]): { median: number; min: number; max: number } {
  const sorted = values.map(value => value.ms).sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  const median =
    sorted.length % 2 === 1
      ? (sorted[middle] ?? NaN)
      : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2
  return { median, min: sorted[0] ?? NaN, max: sorted[sorted.length - 1] ?? NaN }
}

function cells(s: { median: number; min: number; max: number }): string[] {
  return [s.median, s.min, s.max].map(ms => `${ms.toFixed(0)} ms`)
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(0)} KiB`
}
