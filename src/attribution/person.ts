/** Facts read from a git identity (name, email, login) without any catalogue. */
import type { Person } from '../engine/change-set.js'

export interface NoreplyAddress {
  /** The numeric account id, absent in the old id-less form `login@users.noreply.github.com`. */
  id?: number
  /** The login text of the address, as written (it may not be the account GitHub resolves). */
  login: string
}

const NOREPLY = /^(?:(\d+)\+)?([^@\s]+)@users\.noreply\.github\.com$/i

/** GitHub's noreply address `ID+login@users.noreply.github.com`, taken apart. */
export function parseNoreply(email: string): NoreplyAddress | undefined {
  const match = NOREPLY.exec(email.trim())
  if (!match) return undefined
  const login = match[2] ?? ''
  return match[1] === undefined ? { login } : { id: Number(match[1]), login }
}

/**
 * GitHub's own committer for web UI edits, merges, squashes and API commits.
 * It says how a commit was created, never who (or what) wrote it.
 */
export function isWebFlow(person: Person): boolean {
  if (person.login?.toLowerCase() === 'web-flow' || person.id === 19864447) return true
  return person.email.trim().toLowerCase() === 'noreply@github.com'
}

/** A Person with the login and id a noreply address carries, for requesters. */
export function withNoreplyAccount(person: Person): Person {
  const noreply = parseNoreply(person.email)
  if (!noreply) return person
  const account: Person = { ...person, login: person.login ?? noreply.login }
  if (person.id === undefined && noreply.id !== undefined) account.id = noreply.id
  return account
}
