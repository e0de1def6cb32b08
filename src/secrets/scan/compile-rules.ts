/**
 * Rules in the form the scanner runs them: each pattern recompiled once
 * with the flags the window loop needs, and each keyword mapped to the
 * rules it arms.
 */

import type { SecretRule } from '../types.js'
import { KeywordIndex } from './keyword-index.js'

export const DEFAULT_WINDOW = 200

export interface CompiledRule {
  rule: SecretRule
  /** The rule's pattern with `g` (search from lastIndex) and, for a `secret` group, `d` (its offsets). */
  regex: RegExp
  hasSecretGroup: boolean
  window: number
  /** Generic rules give way to a specific rule that found the same text. */
  generic: boolean
}

export interface CompiledRuleSet {
  rules: CompiledRule[]
  keywords: KeywordIndex
  /** For each keyword id of `keywords`, the indexes of the rules it arms. */
  rulesOfKeyword: number[][]
}

export function compileRules(rules: readonly SecretRule[]): CompiledRuleSet {
  const compiled = rules.map(compileRule)
  const keywords = new KeywordIndex(rules.flatMap(rule => rule.keywords))
  const idOfKeyword = new Map(keywords.keywords.map((keyword, id) => [keyword, id]))
  const rulesOfKeyword: number[][] = keywords.keywords.map(() => [])
  rules.forEach((rule, index) => {
    const ids = new Set(rule.keywords.map(keyword => idOfKeyword.get(keyword.toLowerCase())))
    for (const id of ids) if (id !== undefined) rulesOfKeyword[id]!.push(index)
  })
  return { rules: compiled, keywords, rulesOfKeyword }
}

function compileRule(rule: SecretRule): CompiledRule {
  // A rule without keywords could only run over all text, which is what the window design avoids.
  if (!rule.keywords.some(keyword => keyword !== '')) {
    throw new Error(`secret rule ${rule.id} has no keywords`)
  }
  const hasSecretGroup = rule.pattern.source.includes('(?<secret>')
  const flags = rule.pattern.flags.replace(/[gyd]/g, '') + 'g' + (hasSecretGroup ? 'd' : '')
  return {
    rule,
    regex: new RegExp(rule.pattern.source, flags),
    hasSecretGroup,
    window: rule.window ?? DEFAULT_WINDOW,
    generic: rule.category === 'generic'
  }
}
