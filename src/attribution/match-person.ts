/**
 * Which known identities a git identity (author, committer or co-author)
 * declares. Ids decide over login text: GitHub resolves a noreply address by
 * its numeric id, so `175728472+Copilot@...` is Copilot's review bot, not the
 * coding agent, whatever the text says.
 */
import type { Person } from '../engine/change-set.js'
import type { IdentitySet } from './identity-set.js'
import { emailMatches, sameLogin } from './patterns.js'
import { isWebFlow, parseNoreply, type NoreplyAddress } from './person.js'
import type { KnownIdentity } from './types.js'

/** Where on the person the match was: the account (login or id), the email, or the display name. */
export type MatchVia = 'login' | 'email' | 'name'

export interface PersonMatch {
  identity: KnownIdentity
  via: MatchVia
  /** The matched value, as found. */
  value: string
  detail: string
}

export function matchPerson(person: Person, set: IdentitySet): PersonMatch[] {
  if (isWebFlow(person)) return []
  const noreply = parseNoreply(person.email)
  const ignored = ignoredBotMatch(person, noreply, set)
  if (ignored) return [ignored]
  const byId = idMatches(person, noreply, set)
  // Login text only speaks when no id names an agent or review bot. An id naming automation
  // does not silence it: claude-code-action's default `41898282+claude[bot]@...` carries the
  // github-actions[bot] id but is the Claude action.
  const idNamesAgent = byId.some(match => match.identity.kind !== 'automation')
  const byLogin = idNamesAgent ? [] : loginMatches(person, noreply, set)
  return unique([...byId, ...byLogin, ...emailMatchesOf(person, set), ...nameMatches(person, set)])
}

function idMatches(person: Person, noreply: NoreplyAddress | undefined, set: IdentitySet) {
  const matches: PersonMatch[] = []
  for (const identity of set.identities) {
    if (person.id !== undefined && identity.userIds.includes(person.id)) {
      const value = person.login ?? String(person.id)
      const detail = `account id ${person.id} is ${identity.name}`
      matches.push({ identity, via: 'login', value, detail })
    }
    if (noreply?.id !== undefined && identity.userIds.includes(noreply.id)) {
      const detail = `noreply address carries account id ${noreply.id} (${identity.name})`
      matches.push({ identity, via: 'email', value: person.email, detail })
    }
  }
  return matches
}

function loginMatches(person: Person, noreply: NoreplyAddress | undefined, set: IdentitySet) {
  const matches: PersonMatch[] = []
  for (const identity of set.identities) {
    if (identity.logins.some(login => sameLogin(login, person.login))) {
      const detail = `login ${person.login} is ${identity.name}`
      matches.push({ identity, via: 'login', value: person.login ?? '', detail })
    }
    if (identity.logins.some(login => sameLogin(login, noreply?.login))) {
      const detail = `noreply address names the login ${noreply?.login} (${identity.name})`
      matches.push({ identity, via: 'email', value: person.email, detail })
    }
  }
  return matches
}

function emailMatchesOf(person: Person, set: IdentitySet): PersonMatch[] {
  return set.identities
    .filter(identity => identity.emails.some(glob => emailMatches(glob, person.email)))
    .map(identity => ({
      identity,
      via: 'email' as const,
      value: person.email,
      detail: `email ${person.email} belongs to ${identity.name}`
    }))
}

function nameMatches(person: Person, set: IdentitySet): PersonMatch[] {
  return set.identities
    .filter(identity => identity.names.some(pattern => pattern.test(person.name)))
    .map(identity => ({
      identity,
      via: 'name' as const,
      value: person.name,
      detail: `name "${person.name}" is the form ${identity.name} writes`
    }))
}

function ignoredBotMatch(
  person: Person,
  noreply: NoreplyAddress | undefined,
  set: IdentitySet
): PersonMatch | undefined {
  const login = [person.login, noreply?.login].find(
    candidate => candidate !== undefined && set.ignoredBots.has(candidate.toLowerCase())
  )
  if (login === undefined) return undefined
  const id = login.toLowerCase()
  const identity: KnownIdentity = {
    id,
    name: login,
    kind: 'automation',
    logins: [login],
    userIds: [],
    emails: [],
    names: [],
    trailers: [],
    footers: [],
    subjectPrefixes: [],
    branches: [],
    prBodyMarkers: [],
    labels: [],
    coAuthorIsRequester: false
  }
  return {
    identity,
    via: 'login',
    value: login,
    detail: `${login} is a bot the policy says to ignore`
  }
}

function unique(matches: PersonMatch[]): PersonMatch[] {
  const seen = new Set<string>()
  return matches.filter(match => {
    const key = `${match.identity.id}\u0000${match.via}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
