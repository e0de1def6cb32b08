/** Scores findings (ours or secretlint's) against the planted ground truth. */

import type { Plant } from './diff-builder.js'

/** Where a scanner reported something: path and new-file line. */
export interface Hit {
  path: string
  line: number
}

export interface TypeRecall {
  type: string
  planted: number
  found: number
}

export interface Score {
  perType: TypeRecall[]
  /** Mean of per-type recall: each credential type weighs the same. */
  macroRecall: number
  lookAlikes: number
  lookAlikesFlagged: number
  flaggedByKind: Map<string, number>
  /** Hits on context lines plus planted removed/deleted values that reached the output. */
  forbidden: number
  forbiddenByKind: Record<'removed' | 'context' | 'deleted', { planted: number; reported: number }>
  /** Hits on lines where nothing was planted (real code from the corpus). */
  background: number
}

function key(path: string, line: number): string {
  return `${path}\u0000${line}`
}

export function score(
  plants: readonly Plant[],
  hits: readonly Hit[],
  leakedValues: ReadonlySet<string>
): Score {
  const hitLines = new Set(hits.map(hit => key(hit.path, hit.line)))
  const planted = new Set<string>()
  const perType = new Map<string, TypeRecall>()
  const flaggedByKind = new Map<string, number>()
  let lookAlikes = 0
  let lookAlikesFlagged = 0
  let forbidden = 0
  const forbiddenByKind: Score['forbiddenByKind'] = {
    removed: { planted: 0, reported: 0 },
    context: { planted: 0, reported: 0 },
    deleted: { planted: 0, reported: 0 }
  }
  for (const plant of plants) {
    const lines = plant.line === undefined ? [] : range(plant.line, plant.lineCount)
    for (const line of lines) planted.add(key(plant.path, line))
    const flagged = lines.some(line => hitLines.has(key(plant.path, line)))
    if (plant.kind === 'secret') {
      const entry = perType.get(plant.type) ?? { type: plant.type, planted: 0, found: 0 }
      entry.planted++
      if (hitLines.has(key(plant.path, plant.line!))) entry.found++
      perType.set(plant.type, entry)
    } else if (plant.kind === 'lookalike') {
      lookAlikes++
      if (flagged) {
        lookAlikesFlagged++
        flaggedByKind.set(plant.type, (flaggedByKind.get(plant.type) ?? 0) + 1)
      }
    } else {
      const tally = forbiddenByKind[plant.kind]
      tally.planted++
      const context = plant.kind === 'context' && flagged
      if (context || leakedValues.has(plant.secret!)) {
        tally.reported++
        forbidden++
      }
    }
  }
  const types = [...perType.values()].sort((a, b) => a.type.localeCompare(b.type))
  const macroRecall =
    types.reduce((sum, t) => sum + t.found / t.planted, 0) / Math.max(1, types.length)
  const background = new Set(hits.map(hit => key(hit.path, hit.line)).filter(k => !planted.has(k)))
    .size
  return {
    perType: types,
    macroRecall,
    lookAlikes,
    lookAlikesFlagged,
    flaggedByKind,
    forbidden,
    forbiddenByKind,
    background
  }
}

function range(start: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => start + i)
}
