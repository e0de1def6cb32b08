/**
 * Maximum pull request benchmark: `npm run bench` (after `npm run build`).
 *
 * Generates a pull request at GitHub's REST caps (3000 files, 250 commits,
 * about 20 MB of patches, 100 reviews; Copilot and human commits mixed, so
 * the audit needs each commit's files) in a real git repository, serves it
 * from the local fake GitHub API, and runs the bundle (node dist/index.js)
 * as the runner would: (a) with a full-history checkout as GITHUB_WORKSPACE,
 * (b) without one (REST only). Each is warmed up once, then measured three
 * times; the table shows medians.
 *
 * Environment: BENCH_FILES (3000), BENCH_COMMITS (250), BENCH_REVIEWS (100),
 * BENCH_PATCH_MIB (20), BENCH_RUNS (3), BENCH_SEED (20260301),
 * BENCH_CPU_PROF=<dir> to write a V8 CPU profile of every run there,
 * BENCH_KEEP=1 to keep the generated repository.
 */
import { access, rm } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { startFakeGitHub, type FakeGitHub } from '../../test/fakes/github-api.js'
import { generatePullRequest } from './generate.js'
import { measureRun, type RunMeasure, type RunOptions } from './measure.js'
import { medianRun, printGoals, printTable, type Scenario } from './report.js'
import { servePullRequest } from './serve.js'
import { pageMinimum, shapeFromEnv } from './shape.js'

const BUNDLE = fileURLToPath(new URL('../../dist/index.js', import.meta.url))
const runs = Number(process.env['BENCH_RUNS'] ?? 3)
const seed = Number(process.env['BENCH_SEED'] ?? 20260301)
const cpuProfileDir = process.env['BENCH_CPU_PROF'] || undefined

await access(BUNDLE).catch(() => {
  console.error(`No bundle at ${BUNDLE}: run \`npm run build\` first.`)
  process.exit(2)
})

const shape = shapeFromEnv()
const pr = await generatePullRequest(shape, seed)
console.log(
  `max PR: ${pr.files} files, ${pr.pullRequestShas.length} commits, ${shape.reviews} reviews, ` +
    `${(pr.diffBytes / 1e6).toFixed(1)} MB of diff (generated in ${(pr.generationMs / 1000).toFixed(1)} s, not measured)`
)
const github = await startFakeGitHub()
try {
  servePullRequest(github, pr.dir, pr.pullRequestShas, shape.reviews)
  const minimum = pageMinimum({
    files: pr.files,
    commits: pr.pullRequestShas.length,
    reviews: shape.reviews
  })
  const perCommitMinimum = minimum + pr.pullRequestShas.length
  const checkout = await scenario(
    github,
    '(a) checkout',
    { workspace: pr.dir, cpuProfileDir },
    minimum
  )
  const restOnly = await scenario(github, '(b) REST only', { cpuProfileDir }, perCommitMinimum)
  // Diagnostics: (a) and (b) again with check-run writes refused (a token without
  // checks: write), which shows how much of their wall time is publishing, not auditing.
  github.denyChecks(true)
  const checkoutNoChecks = await scenario(
    github,
    '(c) = a, no checks',
    { workspace: pr.dir, cpuProfileDir },
    minimum
  )
  const restNoChecks = await scenario(
    github,
    '(d) = b, no checks',
    { cpuProfileDir },
    perCommitMinimum
  )
  github.denyChecks(false)
  console.log(
    `\npage minimum = ceil(files/100) + ceil(commits/100) + ceil(reviews/100) + 2 = ${minimum}; ` +
      `without a checkout the mixed commits need one GET commits/{sha} each: ${perCommitMinimum}. ` +
      '(c) and (d) are diagnostics: (a) and (b) with check-run writes refused (403)'
  )
  const all = [checkout, restOnly, checkoutNoChecks, restNoChecks]
  printTable(all)
  printGoals([checkout, restOnly], checkout.name)
  printWriteNote(all)
  for (const s of all) console.log(`${s.name} decision: ${medianRun(s.runs).reason}`)
  for (const s of all) failedRunNote(s)
  if (cpuProfileDir) console.log(`\nCPU profiles written to ${cpuProfileDir}`)
} finally {
  await github.close()
  if (process.env['BENCH_KEEP'] === '1') console.log(`repository kept at ${pr.dir}`)
  else await rm(pr.dir, { recursive: true, force: true })
}

async function scenario(
  github: FakeGitHub,
  name: string,
  options: RunOptions,
  minimum: number
): Promise<Scenario> {
  // The warm-up also fills the fake's caches (the PR's diff, each commit's files).
  await measureRun(github, { workspace: options.workspace })
  const measured: RunMeasure[] = []
  for (let index = 0; index < runs; index++) measured.push(await measureRun(github, options))
  return { name, runs: measured, minimum }
}

/** A run that ended without a decision is a broken setup, not a slow audit: show why. */
function failedRunNote(s: Scenario): void {
  const broken = s.runs.find(run => run.decision === '(none)')
  if (!broken) return
  console.log(
    `\n${s.name}: the bundle gave no decision; its stderr ends with:\n${broken.stderrTail}`
  )
  process.exitCode = 1
}

/**
 * Octokit's throttling plugin spaces POST/PATCH requests at least one second
 * apart (GitHub's guidance for content-creating requests), so N check-run
 * writes cost at least N - 1 seconds of the wall time, whatever the audit does.
 */
function printWriteNote(scenarios: Scenario[]): void {
  console.log('\ncheck-run writes (POST/PATCH; the throttling plugin spaces writes >= 1 s apart):')
  for (const s of scenarios) {
    const counts = medianRun(s.runs).routeCounts
    const writes = Object.entries(counts)
      .filter(([route]) => /^(POST|PATCH) .*check-runs/.test(route))
      .reduce((sum, [, count]) => sum + count, 0)
    const floor = Math.max(0, writes - 1)
    console.log(`  ${s.name}: ${writes} writes, so at least ${floor} s spent waiting between them`)
  }
}
