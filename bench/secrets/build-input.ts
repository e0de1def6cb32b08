/** Assembles the synthetic pull request: corpus -> per-file diffs -> planted secrets and look-alikes. */

import type { FileChange } from '../../src/engine/change-set.js'
import type { SecretRule } from '../../src/secrets/types.js'
import { loadCorpus } from './corpus.js'
import { plant, planFile, renderPlan, type FilePlan, type Plant } from './diff-builder.js'
import { makeLookAlike } from './lookalikes.js'
import { Rng } from './rng.js'
import { UnsupportedPattern } from './regex-sampler.js'
import { sampleGenerators, type Sample, type SampleSet } from './samples.js'

export interface BenchInput {
  files: FileChange[]
  plants: Plant[]
  sets: SampleSet[]
  missing: string[]
  diffBytes: number
}

export interface BuildOptions {
  seed: number
  targetBytes: number
  perType: number
  lookAlikes: number
  /** Secrets placed on removed lines, context lines and in deleted files, each. */
  forbiddenEach: number
}

export function buildInput(
  rules: readonly SecretRule[],
  exampleSecrets: readonly string[],
  options: BuildOptions
): BenchInput {
  const rng = new Rng(options.seed)
  // Removed and context lines and diff syntax add ~6% to the corpus text.
  const corpus = loadCorpus(rng, options.targetBytes / 1.06)
  const plans = corpus.map((file, i) => planFile(file, corpus[(i * 7 + 3) % corpus.length]!, rng))
  const { sets, missing } = sampleGenerators(rules, rng)
  const plants: Plant[] = []
  const live = plans.filter(p => p.status !== 'deleted')
  for (const set of sets) {
    for (let i = 0; i < options.perType; i++) {
      const sample = tryGenerate(set, rng)
      if (!sample) continue
      placeOn(live, rng, '+', sample.lines, sample.line, plants, {
        kind: 'secret',
        type: set.ruleId,
        lineCount: sample.lines.length,
        secret: sample.secret
      })
    }
  }
  for (let i = 0; i < options.lookAlikes; i++) {
    const look = makeLookAlike(rng, exampleSecrets)
    placeOn(live, rng, '+', look.lines, 0, plants, {
      kind: 'lookalike',
      type: look.kind,
      lineCount: look.lines.length
    })
  }
  plantForbidden(plans, sets, rng, options.forbiddenEach, plants)
  const files = plans.map(renderPlan)
  const diffBytes = files.reduce((sum, f) => sum + Buffer.byteLength(f.patch ?? ''), 0)
  return { files, plants, sets, missing, diffBytes }
}

/** A pattern-drawn generator can fail on an unlucky draw; that sample is skipped. */
function tryGenerate(set: SampleSet, rng: Rng): Sample | undefined {
  try {
    return set.generate(rng)
  } catch (error) {
    if (error instanceof UnsupportedPattern) return undefined
    throw error
  }
}

function placeOn(
  plans: FilePlan[],
  rng: Rng,
  kind: '+' | '-' | ' ',
  lines: string[],
  anchor: number,
  plants: Plant[],
  fields: Omit<Plant, 'path'>
): void {
  for (let attempt = 0; attempt < 50; attempt++) {
    const plan = rng.pick(plans)
    const record: Plant = { ...fields, path: plan.path }
    if (plant(plan, rng, kind, lines, anchor, record)) {
      plants.push(record)
      return
    }
  }
}

function plantForbidden(
  plans: FilePlan[],
  sets: SampleSet[],
  rng: Rng,
  each: number,
  plants: Plant[]
): void {
  const modified = plans.filter(p => p.status === 'modified')
  const deleted = plans.filter(p => p.status === 'deleted')
  for (let i = 0; i < each; i++) {
    const removed = tryGenerate(rng.pick(sets), rng)
    const gone = tryGenerate(rng.pick(sets), rng)
    if (!removed || !gone) continue
    placeOn(modified, rng, '-', removed.lines, removed.line, plants, {
      kind: 'removed',
      type: 'removed',
      lineCount: 0,
      secret: removed.secret
    })
    // Context lines are single lines of the old and new file alike.
    const context = singleLine(sets, rng)
    placeOn(modified, rng, ' ', context.lines, 0, plants, {
      kind: 'context',
      type: 'context',
      lineCount: 1,
      secret: context.secret
    })
    placeOn(deleted, rng, '-', gone.lines, gone.line, plants, {
      kind: 'deleted',
      type: 'deleted',
      lineCount: 0,
      secret: gone.secret
    })
  }
  // Removed and deleted plants have no new-file line.
  for (const p of plants) if (p.kind === 'removed' || p.kind === 'deleted') p.lineCount = 0
}

function singleLine(sets: SampleSet[], rng: Rng): { lines: string[]; secret: string } {
  for (;;) {
    const sample = tryGenerate(rng.pick(sets), rng)
    if (sample?.lines.length === 1) return sample
  }
}
