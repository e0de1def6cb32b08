/**
 * Secret scanner benchmark: `npm run bench:secrets`.
 *
 * Builds a seeded ~50 MiB synthetic pull request from real source files on
 * this machine, plants credentials of every catalogue rule on known added
 * lines, look-alikes on other added lines, and more credentials on removed
 * lines, context lines and in deleted files. Then it scans with our engine
 * (one thread) and with secretlint, and prints speed and accuracy.
 *
 * Environment: BENCH_SEED (default 20250601), BENCH_MIB (50), BENCH_PER_TYPE (12),
 * BENCH_SKIP_SECRETLINT=1 to skip the comparison.
 */

import { addedRunsOfFiles } from '../../src/secrets/scan/added-lines.js'
import { createScanner } from '../../src/secrets/scan/scanner.js'
import { buildInput } from './build-input.js'
import { EXAMPLE_SECRETS, SECRET_RULES } from './catalogue.js'
import { score, type Score } from './evaluate.js'
import { runSecretlint } from './secretlint.js'

const MIB = 1024 * 1024
const seed = Number(process.env['BENCH_SEED'] ?? 20250601)
const targetMib = Number(process.env['BENCH_MIB'] ?? 50)
const perType = Number(process.env['BENCH_PER_TYPE'] ?? 12)

function pct(part: number, whole: number): string {
  return `${((100 * part) / Math.max(1, whole)).toFixed(2)}%`
}

function mib(bytes: number): string {
  return (bytes / MIB).toFixed(1)
}

function printScore(name: string, s: Score): void {
  console.log(
    `${name}: recall (macro over ${s.perType.length} credential types) ${(100 * s.macroRecall).toFixed(1)}%`
  )
  console.log(
    `${name}: look-alikes flagged ${s.lookAlikesFlagged} of ${s.lookAlikes} (${pct(s.lookAlikesFlagged, s.lookAlikes)})` +
      (s.flaggedByKind.size
        ? ` by kind: ${[...s.flaggedByKind].map(([k, n]) => `${k} ${n}`).join(', ')}`
        : '')
  )
  const f = s.forbiddenByKind
  console.log(
    `${name}: findings on removed/context/deleted lines: ${s.forbidden} ` +
      `(removed ${f.removed.reported}/${f.removed.planted}, context ${f.context.reported}/${f.context.planted}, ` +
      `deleted files ${f.deleted.reported}/${f.deleted.planted})`
  )
  console.log(`${name}: other flagged lines (corpus code, nothing planted): ${s.background}`)
}

/** The per-type table, three columns wide; misses marked with `!`. */
function printPerType(s: Score, sourceOf: Map<string, string>): void {
  console.log(
    '\nper-type recall (engine; h = hand-written sample generator, p = drawn from the rule pattern):'
  )
  const cells = s.perType.map(t => {
    const mark = t.found < t.planted ? '!' : ' '
    const source = sourceOf.get(t.type) === 'hand' ? 'h' : 'p'
    return `${mark}${t.type.slice(0, 34).padEnd(34)} ${String(t.found).padStart(2)}/${t.planted} ${source}`
  })
  for (let i = 0; i < cells.length; i += 3) console.log('  ' + cells.slice(i, i + 3).join('   '))
}

async function main(): Promise<void> {
  const buildStarted = performance.now()
  const input = buildInput(SECRET_RULES, [...EXAMPLE_SECRETS], {
    seed,
    targetBytes: targetMib * MIB,
    perType,
    lookAlikes: 3000,
    forbiddenEach: 300
  })
  const secrets = input.plants.filter(p => p.kind === 'secret').length
  console.log(
    `input: seed ${seed}, ${input.files.length} files, diff ${mib(input.diffBytes)} MiB, built in ${((performance.now() - buildStarted) / 1000).toFixed(1)} s`
  )
  console.log(
    `planted: ${secrets} secrets of ${input.sets.length} rules (${input.sets.filter(s => s.source === 'hand').length} with hand-written generators, the rest drawn from the rule pattern)` +
      (input.missing.length ? `; no sample for: ${input.missing.join(', ')}` : '')
  )

  const scanner = createScanner(SECRET_RULES, { exampleSecrets: EXAMPLE_SECRETS })
  // Parse + scan, three times: the first includes JIT warm-up; the median is reported.
  const timings: { ms: number; parseMs: number }[] = []
  let result = scanner.scan([])
  let runs = addedRunsOfFiles([])
  for (let round = 0; round < 3; round++) {
    const started = performance.now()
    runs = addedRunsOfFiles(input.files)
    const parsed = performance.now()
    result = scanner.scan(runs)
    timings.push({ ms: performance.now() - started, parseMs: parsed - started })
  }
  const first = timings[0]!
  const median = [...timings].sort((a, b) => a.ms - b.ms)[1]!
  const ms = median.ms
  const speed = input.diffBytes / MIB / (ms / 1000)
  console.log(
    `\nengine: ${SECRET_RULES.length} rules, diff ${mib(input.diffBytes)} MiB, added ${mib(result.bytesScanned)} MiB, one thread`
  )
  console.log(
    `engine: median of 3 ${(ms / 1000).toFixed(2)} s (parse ${(median.parseMs / 1000).toFixed(2)} s) = ` +
      `${speed.toFixed(1)} MiB/s of diff, ${(result.bytesScanned / MIB / (ms / 1000)).toFixed(1)} MiB/s of added text ` +
      `(first, cold: ${(first.ms / 1000).toFixed(2)} s)`
  )
  const ours = score(input.plants, result.findings, new Set(result.values))
  printScore('engine', ours)
  const lookPct = (100 * ours.lookAlikesFlagged) / Math.max(1, ours.lookAlikes)
  console.log(
    `engine goals: speed >= 30 MiB/s ${speed >= 30 ? 'met' : 'NOT met'}, recall >= 95% ${ours.macroRecall >= 0.95 ? 'met' : 'NOT met'}, ` +
      `look-alikes <= 1% ${lookPct <= 1 ? 'met' : 'NOT met'}, removed/context/deleted = 0 ${ours.forbidden === 0 ? 'met' : 'NOT met'}`
  )
  const sourceOf = new Map(input.sets.map(s => [s.ruleId, s.source]))
  // Pattern-drawn samples fit their rule by construction; hand-written ones test the rule itself.
  const hand = ours.perType.filter(t => sourceOf.get(t.type) === 'hand')
  const handRecall =
    hand.reduce((sum, t) => sum + t.found / t.planted, 0) / Math.max(1, hand.length)
  console.log(
    `engine: recall over the ${hand.length} hand-written types ${(100 * handRecall).toFixed(1)}%`
  )
  printPerType(ours, sourceOf)

  if (process.env['BENCH_SKIP_SECRETLINT'] === '1') return
  const lint = await runSecretlint(runs)
  const theirs = score(input.plants, lint.hits, new Set())
  const lintSeconds = lint.ms / 1000
  console.log(
    `\nsecretlint 11.7.1 preset-recommend: ${lintSeconds.toFixed(2)} s = ${(input.diffBytes / MIB / lintSeconds).toFixed(1)} MiB/s of diff, ${(lint.bytes / MIB / lintSeconds).toFixed(1)} MiB/s of its input`
  )
  printScore('secretlint', theirs)
  console.log(
    `\nspeed ratio engine/secretlint: ${(lint.ms / ms).toFixed(1)}x (engine time includes diff parsing)`
  )
}

await main()
