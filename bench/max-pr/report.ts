/** The benchmark's table: medians per scenario, REST calls by route, and the goals. */
import type { RunMeasure } from './measure.js'

export interface Scenario {
  name: string
  runs: RunMeasure[]
  /** The REST reads this scenario should need at best. */
  minimum: number
}

export const PER_COMMIT_ROUTE = 'GET /repos/{owner}/{repo}/commits/{ref}'
const GOAL_WALL_MS = 3000
const GOAL_RSS_MB = 300

/** Check runs and comments publish the result; everything else reads the pull request. */
export function isRead(route: string): boolean {
  return !/check-runs|comments/.test(route)
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN
}

/** The run with the median wall time: its counts, exit code and decision are the ones shown. */
export function medianRun(runs: RunMeasure[]): RunMeasure {
  const wall = median(runs.map(run => run.wallMs))
  const run = runs.find(candidate => candidate.wallMs === wall) ?? runs[0]
  if (!run) throw new Error('no runs measured')
  return run
}

export function reads(run: RunMeasure): number {
  return Object.entries(run.routeCounts)
    .filter(([route]) => isRead(route))
    .reduce((sum, [, count]) => sum + count, 0)
}

export function printTable(scenarios: Scenario[]): void {
  const rows: [string, (s: Scenario) => string][] = [
    ['wall time, median', s => `${median(s.runs.map(r => r.wallMs)).toFixed(0)} ms`],
    ['  all runs', s => s.runs.map(r => r.wallMs.toFixed(0)).join(', ')],
    ['peak RSS, median', s => `${mb(median(s.runs.map(r => r.maxRssMiB)))} MB`],
    ['  all runs', s => s.runs.map(r => mb(r.maxRssMiB)).join(', ')],
    ['exit code', s => String(medianRun(s.runs).exitCode)],
    ['decision', s => medianRun(s.runs).decision],
    ['REST reads', s => String(reads(medianRun(s.runs)))],
    ['  expected minimum', s => String(s.minimum)],
    ['  at minimum', s => yesNo(reads(medianRun(s.runs)) === s.minimum)],
    ['per-commit calls', s => String(medianRun(s.runs).routeCounts[PER_COMMIT_ROUTE] ?? 0)],
    ['same calls every run', s => yesNo(sameCounts(s.runs))]
  ]
  printRows(
    ['', ...scenarios.map(s => s.name)],
    rows.map(([label, cell]) => [label, ...scenarios.map(cell)])
  )
  console.log('\nREST calls by route (median run):')
  const routes = [
    ...new Set(scenarios.flatMap(s => Object.keys(medianRun(s.runs).routeCounts)))
  ].sort()
  printRows(
    ['', ...scenarios.map(s => s.name)],
    routes.map(route => [
      route,
      ...scenarios.map(s => String(medianRun(s.runs).routeCounts[route] ?? 0))
    ])
  )
}

/** One line per goal and scenario: met or not met, with the figure. */
export function printGoals(scenarios: Scenario[], checkoutName: string): boolean {
  console.log('\ngoals:')
  let allMet = true
  const goal = (name: string, met: boolean, figure: string) => {
    allMet &&= met
    console.log(`  ${met ? 'met    ' : 'NOT MET'}  ${name}: ${figure}`)
  }
  for (const s of scenarios) {
    const wall = median(s.runs.map(r => r.wallMs))
    const rss = median(s.runs.map(r => r.maxRssMiB))
    goal(`${s.name}: wall time <= 3 s`, wall <= GOAL_WALL_MS, `${wall.toFixed(0)} ms`)
    goal(`${s.name}: peak RSS <= 300 MB`, mbValue(rss) <= GOAL_RSS_MB, `${mb(rss)} MB`)
    const count = reads(medianRun(s.runs))
    goal(`${s.name}: REST reads at the minimum`, count === s.minimum, `${count} of ${s.minimum}`)
    if (s.name !== checkoutName) continue
    const perCommit = medianRun(s.runs).routeCounts[PER_COMMIT_ROUTE] ?? 0
    goal(`${s.name}: no per-commit calls with a checkout`, perCommit === 0, `${perCommit} calls`)
  }
  return allMet
}

function sameCounts(runs: RunMeasure[]): boolean {
  const key = (run: RunMeasure) => JSON.stringify(Object.entries(run.routeCounts).sort())
  return runs.every(run => key(run) === key(runs[0] as RunMeasure))
}

function printRows(header: string[], rows: string[][]): void {
  const all = [header, ...rows]
  const widths = header.map((_, column) => Math.max(...all.map(row => (row[column] ?? '').length)))
  for (const row of all) {
    console.log(
      row
        .map((cell, column) => cell.padEnd(widths[column] ?? 0))
        .join('  ')
        .trimEnd()
    )
  }
}

const mbValue = (mib: number) => (mib * 1024 * 1024) / 1e6
const mb = (mib: number) => mbValue(mib).toFixed(0)
const yesNo = (value: boolean) => (value ? 'yes' : 'no')
