/**
 * Test support for the rule catalogue: a seeded generator of random strings in
 * a token's alphabet (so samples are never real secrets, yet stable across
 * runs), sample contexts, and a minimal stand-in for the scanner that applies
 * one rule (keywords, pattern, minEntropy, validate) to a text.
 */
import type { SecretRule } from '../../../src/secrets/types.js'
import { shannonEntropy } from '../../../src/secrets/rules/entropy.js'

export const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
export const HEX = '0123456789abcdef'
export const UPPER_ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'
export const LOWER_ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789'
export const B64 = ALNUM + '+/'
export const B64URL = ALNUM + '_-'
export const DIGITS = '0123456789'

let seed = 0x5eed

/** mulberry32: small, seeded, good enough to spread characters evenly. */
function next(): number {
  seed = (seed + 0x6d2b79f5) | 0
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}

export function rand(alphabet: string, length: number): string {
  let out = ''
  for (let i = 0; i < length; i++) out += alphabet[Math.floor(next() * alphabet.length)]
  return out
}

export function uuid(): string {
  return `${rand(HEX, 8)}-${rand(HEX, 4)}-4${rand(HEX, 3)}-a${rand(HEX, 3)}-${rand(HEX, 12)}`
}

export interface Positive {
  text: string
  /** The value the rule must report. */
  secret: string
}

export interface RuleSamples {
  id: string
  positives: Positive[]
  /** Texts on which the rule must report nothing. */
  negatives: string[]
}

/** `.env` / shell line */
export const env = (name: string, secret: string): Positive => ({
  text: `${name}=${secret}`,
  secret
})
/** JSON property */
export const json = (name: string, secret: string): Positive => ({
  text: `{\n  "${name}": "${secret}",\n  "region": "eu-west-1"\n}`,
  secret
})
/** YAML mapping entry */
export const yaml = (name: string, secret: string): Positive => ({
  text: `config:\n  ${name}: ${secret}\n  retries: 3`,
  secret
})
/** Python / TypeScript string assignment */
export const code = (name: string, secret: string): Positive => ({
  text: `${name} = "${secret}"  # set up client`,
  secret
})
/** Any other context: `wrap` places the secret in its surrounding text. */
export const within = (secret: string, wrap: (secret: string) => string): Positive => ({
  text: wrap(secret),
  secret
})
/** Token written on its own in a string, as in a curl header */
export const header = (secret: string): Positive => ({
  text: `curl -H "X-Api-Key: ${secret}" https://api.service.test/v1/items`,
  secret
})

/**
 * Standard positives for a rule: a .env line, JSON and a code string, each
 * with a fresh value from `make`. `name` is the variable name to use.
 */
export function standard(name: string, make: () => string): Positive[] {
  return [env(name, make()), json(name.toLowerCase(), make()), code(name.toLowerCase(), make())]
}

/** What the scanner would report for `rule` on `text` (without its global placeholder filter). */
export function findSecrets(rule: SecretRule, text: string): string[] {
  const lower = text.toLowerCase()
  if (!rule.keywords.some(keyword => lower.includes(keyword))) return []
  const flags = rule.pattern.flags.includes('g') ? rule.pattern.flags : `${rule.pattern.flags}g`
  const regex = new RegExp(rule.pattern.source, flags)
  const found: string[] = []
  for (let match = regex.exec(text); match !== null; match = regex.exec(text)) {
    const secret = match.groups?.secret ?? match[0]
    if (rule.minEntropy !== undefined && shannonEntropy(secret) < rule.minEntropy) continue
    if (rule.validate !== undefined && !rule.validate(secret, match)) continue
    found.push(secret)
  }
  return found
}
