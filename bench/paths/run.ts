/**
 * Path matching benchmark: `npm run bench:paths`.
 *
 * Generates (seeded) a 100,000-path monorepo layout and a 200-pattern
 * policy, loads the policy with loadPolicy, then times matching every path
 * against all four lists the way the evaluator does (rulesForPath). The same
 * run with plain minimatch (each pattern's reference matcher, one call per
 * pattern, as before the regex compiler) is timed on a sample of the paths
 * and extrapolated, and its answers are compared with the fast run's.
 *
 * Environment: BENCH_SEED (default 20260101), BENCH_PATHS (100000),
 * BENCH_MINIMATCH_PATHS (10000; 0 skips the comparison).
 */
import { performance } from 'node:perf_hooks'
import { rulesForPath, type PathRules } from '../../src/evaluation/file-rules.js'
import { loadPolicy } from '../../src/policy/load.js'
import { compiledFormOf, normalizeRepoPath } from '../../src/policy/patterns.js'
import type { PathPattern, Policy, RuleEntry } from '../../src/policy/types.js'
import { generateLayout } from './layout.js'
import { generatePolicy } from './policy.js'
import { createRng } from './rng.js'

const seed = Number(process.env['BENCH_SEED'] ?? 20260101)
const pathCount = Number(process.env['BENCH_PATHS'] ?? 100_000)
const minimatchPaths = Number(process.env['BENCH_MINIMATCH_PATHS'] ?? 10_000)

const rng = createRng(seed)
const paths = generateLayout(rng, pathCount)
const generated = generatePolicy(rng)
const policy = loadPolicy(generated.yaml, { path: '.github/agent-policy.yml' })
const lists = listsOf(policy)
const compiled = new Set(lists.flatMap(list => list.flatMap(entry => entry.area.paths)))

console.log(`paths: ${paths.length} (seed ${seed})`)
console.log(
  `policy: ${generated.patternCount} path patterns written, ${generated.areaReferences} area names; ` +
    `${compiled.size} distinct compiled patterns across the four lists (built-in areas included)`
)

const fast = time(() => paths.map(path => rulesForPath(policy, path)))
report('agent-audit (rulesForPath)', fast.ms, paths.length)
printCoverage(fast.value)
const fastSummaries = fast.value.map(summary)

if (minimatchPaths > 0) {
  const sample = paths.slice(0, Math.min(minimatchPaths, paths.length))
  const slow = time(() => sample.map(path => referenceSummary(policy, path)))
  report(`plain minimatch, ${sample.length} paths`, slow.ms, sample.length)
  const perPath = slow.ms / sample.length
  console.log(
    `plain minimatch, extrapolated to ${paths.length} paths: ${(perPath * paths.length).toFixed(0)} ms ` +
      `(${(perPath / (fast.ms / paths.length)).toFixed(0)}x slower)`
  )
  const differ = sample.filter((path, index) => slow.value[index] !== fastSummaries[index])
  console.log(`answers that differ between the two: ${differ.length}`)
  for (const path of differ.slice(0, 5)) console.log(`  ${path}`)
  if (differ.length > 0) process.exitCode = 1
}

function listsOf(policy: Policy): RuleEntry[][] {
  return [policy.cannotAccess, policy.requiresHumanReview, policy.canEdit ?? [], policy.canRead]
}

function time<T>(run: () => T): { ms: number; value: T } {
  const start = performance.now()
  const value = run()
  return { ms: performance.now() - start, value }
}

function report(name: string, ms: number, count: number): void {
  console.log(`${name}: ${ms.toFixed(0)} ms total, ${((ms * 1000) / count).toFixed(2)} µs/path`)
}

/** Which entry matched with which pattern, per list: enough to compare two runs exactly. */
function summary(rules: PathRules): string {
  const hits = [rules.cannotAccess, rules.review, rules.canEdit, rules.canRead]
  return hits
    .map(list => list.map(hit => `${hit.entry.label}=${hit.pattern.source}`).join(','))
    .join('|')
}

function printCoverage(all: PathRules[]): void {
  const count = (pick: (rules: PathRules) => boolean): number => all.filter(pick).length
  console.log(
    `paths covered: cannot_access ${count(r => r.cannotAccess.length > 0)}, ` +
      `requires_human_review ${count(r => r.review.length > 0)}, ` +
      `can_edit ${count(r => r.canEdit.length > 0)}, can_read ${count(r => r.canRead.length > 0)}`
  )
}

/** The evaluator's lookups with every pattern matched by minimatch alone. */
function referenceSummary(policy: Policy, path: string): string {
  const normal = normalizeRepoPath(path)
  const hits = (entries: RuleEntry[]): string[] =>
    entries.flatMap(entry => {
      const pattern = entry.area.paths.find(candidate => reference(candidate, normal))
      if (!pattern || entry.area.except.some(candidate => reference(candidate, normal))) return []
      return [`${entry.label}=${pattern.source}`]
    })
  const review = new Set<string>()
  const reviewHits = policy.requiresHumanReview.filter(entry => {
    const hit = hits([entry]).length > 0
    if (!hit || review.has(entry.area.name)) return false
    review.add(entry.area.name)
    return true
  })
  return [
    hits(policy.cannotAccess),
    hits(reviewHits),
    hits(policy.canEdit ?? []),
    hits(policy.canRead)
  ]
    .map(list => list.join(','))
    .join('|')
}

function reference(pattern: PathPattern, normal: string): boolean {
  const form = compiledFormOf(pattern)
  return form ? form.reference(normal) : pattern.matches(normal)
}
