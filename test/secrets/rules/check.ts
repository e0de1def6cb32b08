import { describe, expect, it } from '@jest/globals'
import { SECRET_RULES } from '../../../src/secrets/rules/index.js'
import type { SecretRule } from '../../../src/secrets/types.js'
import { findSecrets, type RuleSamples } from './support.js'

export function ruleById(id: string): SecretRule {
  const rule = SECRET_RULES.find(candidate => candidate.id === id)
  if (rule === undefined) throw new Error(`no rule with id ${id}`)
  return rule
}

/** One describe block per rule: each positive yields exactly its secret, each negative nothing. */
export function describeSamples(title: string, samples: RuleSamples[]): void {
  describe(title, () => {
    for (const sample of samples) {
      const rule = ruleById(sample.id)
      describe(sample.id, () => {
        sample.positives.forEach((positive, index) => {
          it(`reports the secret in positive sample ${index + 1}`, () => {
            expect(findSecrets(rule, positive.text)).toEqual([positive.secret])
          })
        })
        sample.negatives.forEach((negative, index) => {
          it(`reports nothing on look-alike ${index + 1}`, () => {
            expect(findSecrets(rule, negative)).toEqual([])
          })
        })
      })
    }
  })
}
