import { describe, expect, it } from '@jest/globals'
import { performance } from 'node:perf_hooks'
import { SECRET_RULES } from '../../../src/secrets/rules/index.js'
import type { SecretRule } from '../../../src/secrets/types.js'
import { ALL_SAMPLES } from './samples/index.js'
import { findSecrets } from './support.js'

const SIZE = 100_000

function fill(unit: string): string {
  return unit.repeat(Math.ceil(SIZE / Math.max(1, unit.length))).slice(0, SIZE)
}

/**
 * Near misses built from the rule's own sample: the secret one character
 * short, the sample's context up to that point, the secret's alphabet with
 * no terminator, and each keyword followed by token characters.
 */
function adversarialInputs(rule: SecretRule): string[] {
  const sample = ALL_SAMPLES.find(candidate => candidate.id === rule.id)?.positives[0]
  const inputs = rule.keywords.flatMap(keyword => [fill(`${keyword}aA0-_.`), fill(`${keyword}=`)])
  if (sample === undefined) return inputs
  const { text, secret } = sample
  const end = text.indexOf(secret) + secret.length - 1
  inputs.push(
    fill(`${secret.slice(0, -1)} `),
    fill(text.slice(0, end)),
    secret.slice(0, 12) + fill(secret.slice(-3))
  )
  return inputs
}

function slowestScanMs(rule: SecretRule): number {
  let slowest = 0
  for (const input of adversarialInputs(rule)) {
    const started = performance.now()
    findSecrets(rule, input)
    slowest = Math.max(slowest, performance.now() - started)
  }
  return slowest
}

describe('rule patterns on adversarial input', () => {
  it('scan 100 KB of near-miss text in under 50 ms, for every rule', () => {
    findSecrets(SECRET_RULES[0]!, 'warm up')
    const slow = SECRET_RULES.map(rule => ({
      id: rule.id,
      ms: Math.round(slowestScanMs(rule))
    })).filter(result => result.ms >= 50)
    expect(slow).toEqual([])
  })
})
