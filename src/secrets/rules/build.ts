/**
 * Pattern builders shared by the category files. Every builder emits bounded
 * repeats only, with a literal or a short alternation of literals first, so
 * V8's backtracking engine stays linear on adversarial text.
 */

/** The token may not continue past its end (stops `ghp_` + 36 matching inside a longer run). */
export const TAIL = '(?![A-Za-z0-9_-])'

/** A prefixed token: word boundary, the format, then a tail that ends the token. */
export function prefixed(format: string, tail: string = TAIL): RegExp {
  return new RegExp(`\\b(?<secret>${format})${tail}`)
}

/**
 * A value assigned to a name that mentions the provider, for formats with no
 * prefix of their own: `DATADOG_API_KEY=...`, `"cohere_key": "..."`,
 * `mistralApiKey: '...'`, `:datadog_key => "..."`. `names` is a regex
 * alternation of the provider's names; `value` the value's format.
 */
export function assigned(names: string, value: string): RegExp {
  return new RegExp(
    `(?:${names})[\\w.-]{0,30}[\\s'"\\]]{0,3}(?::=|=>|=|:)[\\s'"\`]{0,5}(?<secret>${value})(?![\\w+/=-])`,
    'i'
  )
}

/** RFC 4122 text form, used by several providers as a bare key. */
export const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}'
