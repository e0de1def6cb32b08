/**
 * Extracts evidence from one commit and from the pull request. Nothing here
 * decides a commit's kind (classify.ts does): this only says what each
 * identity, trailer, footer, branch, label and marker points at.
 */
import type { Commit, Person, PullRequestInfo } from '../engine/change-set.js'
import { evidence } from './evidence.js'
import type { IdentitySet } from './identity-set.js'
import { matchPerson } from './match-person.js'
import {
  isCoAuthorTrailer,
  messageBody,
  messageSubject,
  parseCoAuthor,
  parseTrailers,
  type Trailer
} from './message.js'
import { sameLogin } from './patterns.js'
import { withNoreplyAccount } from './person.js'
import type { Evidence, KnownIdentity } from './types.js'

export interface CoAuthor {
  /** The co-author, with the login and id its noreply address carries. */
  person: Person
  /** Whether it is a known identity (agent, review bot, automation): those are never requesters. */
  known: boolean
}

export interface CommitSignals {
  /** Agent evidence from the author and committer identities. */
  identity: Evidence[]
  /** Set when the author is automation (the catalogue's, or a bot the policy ignores). */
  automation?: { id: string; evidence: Evidence[] }
  /** Agent evidence from the message: co-authors, trailers, footers, subject prefix. */
  message: Evidence[]
  coAuthors: CoAuthor[]
}

export function commitSignals(commit: Commit, set: IdentitySet): CommitSignals {
  const trailers = parseTrailers(commit.message)
  const coAuthors = trailers.filter(isCoAuthorTrailer).map(trailer => coAuthorOf(trailer, set))
  return {
    ...identitySignals(commit, set),
    message: [
      ...coAuthorEvidence(trailers, set),
      ...trailerEvidence(trailers, set),
      ...footerEvidence(commit.message, set),
      ...prefixEvidence(commit.message, set)
    ],
    coAuthors
  }
}

function identitySignals(
  commit: Commit,
  set: IdentitySet
): Omit<CommitSignals, 'message' | 'coAuthors'> {
  const agent: Evidence[] = []
  const automation: Evidence[] = []
  const roles = [
    ['author', commit.author],
    ['committer', commit.committer]
  ] as const
  for (const [role, person] of roles) {
    for (const match of matchPerson(person, set)) {
      const item = evidence(
        match.identity.id,
        `${role}-${match.via}`,
        match.value,
        `${role} ${match.detail}`
      )
      // Only the author makes a commit automation: bots also commit humans' work (rebases, merges).
      if (match.identity.kind !== 'automation') agent.push(item)
      else if (role === 'author') automation.push(item)
    }
  }
  const first = automation[0]
  return first
    ? { identity: agent, automation: { id: first.agent, evidence: automation } }
    : { identity: agent }
}

function coAuthorOf(trailer: Trailer, set: IdentitySet): CoAuthor {
  const person = withNoreplyAccount(parseCoAuthor(trailer.value))
  return { person, known: matchPerson(person, set).length > 0 }
}

/** Only agents count: review bots' and automation's co-author credits are not authorship. */
function coAuthorEvidence(trailers: Trailer[], set: IdentitySet): Evidence[] {
  return trailers.filter(isCoAuthorTrailer).flatMap(trailer =>
    matchPerson(parseCoAuthor(trailer.value), set)
      .filter(match => match.identity.kind === 'agent')
      .map(match =>
        evidence(
          match.identity.id,
          'co-author',
          trailer.value,
          `${trailer.key} trailer: ${match.detail}`
        )
      )
  )
}

function trailerEvidence(trailers: Trailer[], set: IdentitySet): Evidence[] {
  return trailers.flatMap(trailer =>
    agentsOf(set)
      .filter(identity => identity.trailers.some(spec => trailerMatches(spec, trailer)))
      .map(identity =>
        evidence(
          identity.id,
          'trailer',
          `${trailer.key}: ${trailer.value}`,
          `${trailer.key} trailer (${identity.name})`
        )
      )
  )
}

function trailerMatches(spec: KnownIdentity['trailers'][number], trailer: Trailer): boolean {
  if (spec.key.toLowerCase() !== trailer.key.toLowerCase()) return false
  return spec.value === undefined || spec.value.test(trailer.value)
}

function footerEvidence(message: string, set: IdentitySet): Evidence[] {
  const body = messageBody(message)
  return agentsOf(set).flatMap(identity =>
    firstMatches(identity.footers, body).map(found =>
      evidence(identity.id, 'footer', found.trim(), `message footer written by ${identity.name}`)
    )
  )
}

function prefixEvidence(message: string, set: IdentitySet): Evidence[] {
  const subject = messageSubject(message)
  return agentsOf(set).flatMap(identity =>
    firstMatches(identity.subjectPrefixes, subject).map(found =>
      evidence(
        identity.id,
        'message-prefix',
        found,
        `subject starts the way ${identity.name} writes it`
      )
    )
  )
}

/** The PR's own evidence: opener, head branch, labels and body markers. */
export function pullRequestSignals(pr: PullRequestInfo, set: IdentitySet): Evidence[] {
  const agents = agentsOf(set)
  return [
    ...openerEvidence(pr.author, set),
    ...agents
      .filter(identity => identity.branches.some(pattern => pattern.test(pr.headRef)))
      .map(identity =>
        evidence(
          identity.id,
          'head-branch',
          pr.headRef,
          `head branch is named the way ${identity.name} names it`
        )
      ),
    ...agents.flatMap(identity =>
      pr.labels
        .filter(label => identity.labels.some(known => sameLogin(known, label)))
        .map(label => evidence(identity.id, 'pr-label', label, `PR label used by ${identity.name}`))
    ),
    ...agents.flatMap(identity =>
      firstMatches(identity.prBodyMarkers, pr.body).map(found =>
        evidence(
          identity.id,
          'pr-body',
          found,
          `PR body contains a marker written by ${identity.name}`
        )
      )
    )
  ]
}

/**
 * The opener is the account whose token opened the PR. When the platform gave its
 * id or type, a pusher cannot forge it: binding 'platform'. Matching prefers the
 * numeric id; a login alone is enough only when no id can decide, or for App
 * logins (`...[bot]`), which no user can register.
 */
function openerEvidence(author: Person, set: IdentitySet): Evidence[] {
  if (author.login !== undefined && set.ignoredBots.has(author.login.toLowerCase())) return []
  const fromPlatform = author.id !== undefined || author.type !== undefined
  const account = `${author.login ?? '(unknown login)'}${author.id === undefined ? '' : ` (id ${author.id})`}`
  return set.identities
    .filter(identity => identity.kind !== 'automation' && openedBy(identity, author))
    .map(identity =>
      evidence(
        identity.id,
        'pr-opener',
        author.login ?? String(author.id),
        `PR opened by the account ${account} of ${identity.name}`,
        fromPlatform ? 'platform' : 'declared'
      )
    )
}

function openedBy(identity: KnownIdentity, author: Person): boolean {
  if (author.id !== undefined && identity.userIds.includes(author.id)) return true
  if (!identity.logins.some(login => sameLogin(login, author.login))) return false
  return (
    author.id === undefined || identity.userIds.length === 0 || /\[bot\]$/i.test(author.login ?? '')
  )
}

/** Agents and review bots: review bots act as agents when they author work themselves. */
function agentsOf(set: IdentitySet): KnownIdentity[] {
  return set.identities.filter(identity => identity.kind !== 'automation')
}

/** The first match of each pattern, as found. */
function firstMatches(patterns: RegExp[], text: string): string[] {
  return patterns.flatMap(pattern => {
    const found = pattern.exec(text)
    return found ? [found[0]] : []
  })
}
