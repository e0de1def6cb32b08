/**
 * Values that have the shape of a credential but are not one: template
 * variables, environment lookups, redactions and documentation examples.
 * Applied to every rule's candidate secret, after the rule's own checks,
 * so a catalogue rule never has to repeat them.
 */

/** Substitution syntaxes: `${VAR}`, `${{ secrets.X }}`, `{{ x }}`, `%VAR%`, `$VAR`, `$1`. */
const TEMPLATE = /\$\{|\{\{|\}\}|^\$[A-Za-z_][A-Za-z0-9_]*$|^\$\d+$|^%[A-Za-z_][A-Za-z0-9_]*%$/
/** `<your-api-key>`, `<TOKEN>`, or a value cut at the `<` of one. */
const ANGLE = /^<|<[A-Za-z_][\w .-]{0,60}>/
/** The value is code that reads a variable rather than the secret itself. */
const ENV_LOOKUP = /process\.env|import\.meta\.env|os\.environ|getenv|\benv\s*\[|\benv\(|\$env:/i
/** Runs of mask characters: `xxxx`, `****`, `####`, `••••`. */
const MASK_RUN = /[xX*#•…]{4}/
/** Words that mark a value as written for documentation, not use. */
const PLACEHOLDER_WORDS =
  /changeme|change_me|change-me|example|dummy|sample|placeholder|redacted|your_|your-|yourkey|yourtoken|yoursecret|insert|replace_?me|fake|notreal|not_real|qwerty|asdfgh|987654/i
/**
 * Long values are key blocks: random base64 over ~1,600 characters holds
 * `AAAA` or `xXxX` or a case-insensitive `fake` often enough (~0.1%) to lose
 * real keys, so only mask runs and words no random text spells apply there.
 */
const LONG_SECRET = 256
const LONG_MASK_RUN = /[xX*#•…]{8}/
const LONG_PLACEHOLDER_WORDS = /changeme|example|placeholder|redacted|your_|your-|replace_?me/i

export interface PlaceholderFilter {
  /** True when `secret` is a stand-in and must not be reported. */
  isPlaceholder(secret: string): boolean
}

export function createPlaceholderFilter(exampleSecrets: Iterable<string> = []): PlaceholderFilter {
  const examples = new Set(exampleSecrets)
  // A match without a `secret` group carries its surroundings; the example may sit inside it.
  const embeddable = [...examples].filter(example => example.length >= MIN_EMBEDDED_EXAMPLE)
  return {
    isPlaceholder: secret =>
      examples.has(secret) ||
      embeddable.some(example => secret.includes(example)) ||
      looksLikePlaceholder(secret)
  }
}

/** Shorter examples could occur inside a real value by chance. */
const MIN_EMBEDDED_EXAMPLE = 16

export function looksLikePlaceholder(secret: string): boolean {
  return (
    TEMPLATE.test(secret) ||
    ANGLE.test(secret) ||
    ENV_LOOKUP.test(secret) ||
    hasLongRepeat(secret) ||
    hasTypedSequence(secret) ||
    (secret.length > LONG_SECRET ? looksMaskedLong(secret) : looksMaskedShort(secret))
  )
}

function looksMaskedShort(secret: string): boolean {
  return MASK_RUN.test(secret) || PLACEHOLDER_WORDS.test(secret)
}

function looksMaskedLong(secret: string): boolean {
  return LONG_MASK_RUN.test(secret) || LONG_PLACEHOLDER_WORDS.test(secret)
}

/**
 * A character repeated back to back for at least a third of the value (and 6
 * times): `0000000000000000`, `aaaaaaaa`. Random tokens essentially never do
 * this, while base64 key bodies legitimately hold short runs like `AAAA`, so
 * the bar scales with length.
 */
function hasLongRepeat(secret: string): boolean {
  const needed = Math.max(6, Math.ceil(secret.length / 3))
  let run = 1
  for (let i = 1; i < secret.length; i++) {
    run = secret.charCodeAt(i) === secret.charCodeAt(i - 1) ? run + 1 : 1
    if (run >= needed) return true
  }
  return false
}

/**
 * Typed sequences: one ascending run of 8 (`12345678`, `abcdefgh`) or two of
 * 5 (`abcde...12345`). A single shorter run turns up by chance in long
 * numeric ids (Slack's 12-digit segments hold a `234567` about once in
 * ten thousand), so it is not enough on its own.
 */
function hasTypedSequence(secret: string): boolean {
  let run = 1
  let runsOfFive = 0
  for (let i = 1; i < secret.length; i++) {
    const c = secret.charCodeAt(i)
    run = c === secret.charCodeAt(i - 1) + 1 && isAlphanumeric(c) ? run + 1 : 1
    if (run === 5) runsOfFive++
    if (run >= 8 || runsOfFive >= 2) return true
  }
  return false
}

function isAlphanumeric(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
}
