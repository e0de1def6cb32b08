/**
 * Who asked the agent for the work. Policies use it to stop the requester
 * approving the agent's change alone (they are its author in all but name).
 */
import type { Person, PullRequestInfo } from '../engine/change-set.js'
import { clip } from './patterns.js'
import type { CommitSignals } from './signals.js'
import type { KnownIdentity } from './types.js'

/** For agents that credit the human who assigned them: the first co-author that is no known identity. */
export function coAuthorRequester(
  signals: CommitSignals,
  agent: KnownIdentity | undefined
): Person | undefined {
  if (!agent?.coAuthorIsRequester) return undefined
  return signals.coAuthors.find(coAuthor => !coAuthor.known)?.person
}

export interface PullRequestRequester {
  /** The agent whose PR body names the requester. */
  agent: string
  person: Person
}

/** Devin's `Requested by:` line and Jules's `started by @user`, read only for PRs those agents made. */
export function pullRequestRequesters(
  pr: PullRequestInfo,
  agentsSeen: Set<string>
): PullRequestRequester[] {
  const found: PullRequestRequester[] = []
  const devin = /^[ \t>*_]*Requested by:?[*_]*[ \t]*(.+)$/im.exec(pr.body)
  if (agentsSeen.has('devin') && devin?.[1]) {
    found.push({ agent: 'devin', person: parseRequestedBy(devin[1]) })
  }
  const jules = /started by @([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))/.exec(pr.body)
  if (agentsSeen.has('jules') && jules?.[1]) {
    found.push({ agent: 'jules', person: { name: '', email: '', login: jules[1] } })
  }
  return found
}

/** `Jane Doe (jane@example.com)`, `@jane`, `Jane Doe (@jane)`: whatever parts are there. */
export function parseRequestedBy(text: string): Person {
  const value = clip(text.replace(/[*_`]/g, '').trim())
  const email = /[^\s<>()@]+@[^\s<>()@]+\.[^\s<>()@]+/.exec(value)?.[0]
  const login = /(?:^|[\s(])@([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))/.exec(value)?.[1]
  const name = value
    .replace(email ?? '\u0000', '')
    .replace(login === undefined ? '\u0000' : `@${login}`, '')
    .replace(/[()<>]/g, '')
    .trim()
  const person: Person = { name, email: email ?? '' }
  if (login !== undefined) person.login = login
  return person
}

/** Distinct people, by login, else email, else name. */
export function distinctPeople(people: Person[]): Person[] {
  const seen = new Set<string>()
  return people.filter(person => {
    const key = (person.login ?? (person.email || person.name)).toLowerCase()
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
