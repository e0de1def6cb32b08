/**
 * Values that stand in for a secret in docs, samples and templates. The scanner
 * filters the common shapes globally; the loose rules (generic assignments,
 * URL credentials, Basic/Bearer headers) check them too because their formats
 * admit any word.
 */

const PLACEHOLDER_WORDS =
  /example|sample|placeholder|dummy|fake|mock|test|chang(?:e_?)?me|your|xxx|redacted|insert|replace|todo|fixme|secret|passw(?:or)?d|token|api[_-]?key|default|demo|qwerty|letmein|hunter2|admin|1234567|abcdefg|lorem|foobar|\*{3}|\.{3}/i

/** Template and interpolation syntax of the common languages and tools. */
const TEMPLATE = /^[$%#&@!*]|^\{|\$\{|\{\{|\}\}|%\(|#\{|^<.*>$/

export function isPlaceholderValue(value: string): boolean {
  if (PLACEHOLDER_WORDS.test(value) || TEMPLATE.test(value)) return true
  // Filler runs (`…Token000000000000`) never occur in random keys.
  if (/(.)\1{5,}/.test(value)) return true
  // One repeated character, or a run of it most of the way: `aaaaaaaa`, `0000-0000`.
  const first = value[0] ?? ''
  return value.split('').filter(ch => ch === first).length > value.length * 0.6
}
