/**
 * File texts for the generated repository: plain code-like lines built from
 * words and small numbers, so the secret scanner has real work to do but
 * finds nothing (no high-entropy strings, no credential shapes).
 */
import { NOUNS } from '../paths/words.js'
import type { Rng } from '../paths/rng.js'

const VERBS = ['load', 'save', 'build', 'check', 'format', 'merge', 'render', 'update', 'count']

/** One line of about 60 bytes. */
export function codeLine(rng: Rng, index: number): string {
  const noun = rng.pick(NOUNS)
  const verb = rng.pick(VERBS)
  return `export const ${noun}${index} = ${verb}(${rng.int(1000)}, '${rng.pick(NOUNS)} ${noun}')`
}

export function codeLines(rng: Rng, count: number, from = 0): string[] {
  return Array.from({ length: count }, (_, offset) => codeLine(rng, from + offset))
}

export function text(lines: readonly string[]): string {
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`
}

/** Every `stride`th line rewritten and `appended` lines added: one hunk per run of edits. */
export function edited(rng: Rng, lines: readonly string[], stride: number, appended: number) {
  const changed = lines.map((line, index) =>
    index % stride === stride - 1 ? codeLine(rng, 10_000 + index) : line
  )
  return [...changed, ...codeLines(rng, appended, 20_000 + lines.length)]
}
