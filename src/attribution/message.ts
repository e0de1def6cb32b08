/**
 * Reads a commit message the way git does for trailers: only the last
 * paragraph, and only when every line of it is a `Key: value` line (or the
 * continuation of one). Text quoted earlier in a body never counts as a trailer.
 */
import type { Person } from '../engine/change-set.js'

export interface Trailer {
  /** The key as written (compare case-insensitively). */
  key: string
  value: string
}

const TRAILER_LINE = /^([A-Za-z0-9][A-Za-z0-9_-]*)[ \t]*:[ \t]*(.*)$/
const CO_AUTHOR_KEY = 'co-authored-by'

export function paragraphs(message: string): string[] {
  return message
    .replace(/\r\n?/g, '\n')
    .trim()
    .split(/\n[ \t]*\n/)
    .filter(paragraph => paragraph.trim() !== '')
}

export function parseTrailers(message: string): Trailer[] {
  const parts = paragraphs(message)
  // The subject paragraph is never a trailer block, as in git.
  if (parts.length < 2) return []
  const trailers: Trailer[] = []
  for (const line of (parts[parts.length - 1] ?? '').split('\n')) {
    const previous = trailers[trailers.length - 1]
    if (/^[ \t]/.test(line) && previous) {
      previous.value = `${previous.value} ${line.trim()}`
      continue
    }
    const match = TRAILER_LINE.exec(line)
    if (!match) return []
    trailers.push({ key: match[1] ?? '', value: (match[2] ?? '').trim() })
  }
  return trailers
}

export function isCoAuthorTrailer(trailer: Trailer): boolean {
  return trailer.key.toLowerCase() === CO_AUTHOR_KEY
}

/** `Name <email>` as a Person; a value without `<...>` is all name. */
export function parseCoAuthor(value: string): Person {
  const match = /^(.*?)\s*<([^<>]*)>\s*$/.exec(value)
  if (!match) return { name: value.trim(), email: '' }
  return { name: (match[1] ?? '').trim(), email: (match[2] ?? '').trim() }
}

export function messageSubject(message: string): string {
  return message.replace(/\r\n?/g, '\n').split('\n', 1)[0] ?? ''
}

/** Everything after the subject line. */
export function messageBody(message: string): string {
  const normalised = message.replace(/\r\n?/g, '\n')
  const newline = normalised.indexOf('\n')
  return newline === -1 ? '' : normalised.slice(newline + 1)
}
