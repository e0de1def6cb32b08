/**
 * Reading GitHub's JSON without trusting it. Octokit hands back whatever the
 * server sent (a body that is not JSON arrives as a string), so every field
 * the audit relies on is checked here; anything unexpected fails the run
 * instead of quietly producing a smaller audit.
 */

/** GitHub answered, but not in a shape agent-audit can audit: never the user's fault. */
export class MalformedResponseError extends Error {
  constructor(what: string, detail: string) {
    super(`GitHub sent a malformed response for ${what}: ${detail}`)
    this.name = 'MalformedResponseError'
  }
}

export type JsonObject = Record<string, unknown>

/** Reads the fields of one JSON object; `what` names it in errors. */
export class JsonReader {
  constructor(
    readonly value: JsonObject,
    readonly what: string
  ) {}

  static of(value: unknown, what: string): JsonReader {
    if (!isObject(value))
      throw new MalformedResponseError(what, `expected an object, got ${kind(value)}`)
    return new JsonReader(value, what)
  }

  string(key: string): string {
    const value = this.value[key]
    if (typeof value !== 'string') throw this.wrongField(key, 'a string')
    return value
  }

  optionalString(key: string): string | undefined {
    const value = this.value[key]
    if (value === undefined || value === null) return undefined
    if (typeof value !== 'string') throw this.wrongField(key, 'a string')
    return value
  }

  number(key: string): number {
    const value = this.value[key]
    if (typeof value !== 'number' || !Number.isFinite(value)) throw this.wrongField(key, 'a number')
    return value
  }

  optionalNumber(key: string): number | undefined {
    const value = this.value[key]
    if (value === undefined || value === null) return undefined
    return this.number(key)
  }

  boolean(key: string): boolean {
    const value = this.value[key]
    if (typeof value !== 'boolean') throw this.wrongField(key, 'true or false')
    return value
  }

  object(key: string): JsonReader {
    return JsonReader.of(this.value[key], `${this.what} (field "${key}")`)
  }

  /** An object that GitHub sends as null when it has none (a deleted account, an unlinked email). */
  nullableObject(key: string): JsonReader | undefined {
    const value = this.value[key]
    return value === null || value === undefined ? undefined : this.object(key)
  }

  array(key: string): unknown[] {
    return readArray(this.value[key], `${this.what} (field "${key}")`)
  }

  private wrongField(key: string, expected: string): MalformedResponseError {
    return new MalformedResponseError(
      this.what,
      `field "${key}" should be ${expected}, got ${kind(this.value[key])}`
    )
  }
}

export function readArray(value: unknown, what: string): unknown[] {
  if (!Array.isArray(value))
    throw new MalformedResponseError(what, `expected a list, got ${kind(value)}`)
  return value
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function kind(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'string') return value === '' ? 'an empty body' : 'text'
  return typeof value
}
