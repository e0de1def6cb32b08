/**
 * Who may approve one area: the policy's users and teams, the CODEOWNERS
 * owners of the area's paths, or, when the policy names none of these, any
 * human.
 */
import type { Codeowners } from '../../policy/codeowners.js'
import type { Area } from '../../policy/types.js'

export interface MembershipFacts {
  /** team = 'org/slug', login lower-case. */
  isTeamMember(team: string, login: string): boolean
  codeowners?: Codeowners
}

export interface PathOwners {
  path: string
  /** As CODEOWNERS writes them, lower-cased; [] when no line gives the path an owner. */
  owners: string[]
}

export interface AreaEligibility {
  /** Why this (lower-case) login may not approve the area, or undefined when it may. */
  notEligibleReason(login: string): string | undefined
  /**
   * With code-owner review: the paths that the given approvers do not yet
   * cover. Empty when code owners are not asked for.
   */
  awaitingOwners(approvers: string[]): PathOwners[]
}

export function areaEligibility(
  area: Area,
  paths: string[],
  facts: MembershipFacts
): AreaEligibility {
  const { users, teams, codeowners } = area.reviewers
  const anyHuman = users.length === 0 && teams.length === 0 && !codeowners
  const named = (login: string): boolean =>
    users.includes(login) || teams.some(team => facts.isTeamMember(team, login))
  const pathOwners: PathOwners[] = codeowners
    ? paths.map(path => ({ path, owners: facts.codeowners?.ownersOf(path) ?? [] }))
    : []
  const owns = (login: string, { owners }: PathOwners): boolean =>
    owners.some(owner => ownerIncludes(owner, login, facts))
  return {
    notEligibleReason: login => {
      if (anyHuman || named(login) || pathOwners.some(entry => owns(login, entry))) return undefined
      return notEligibleWords(area, paths)
    },
    // Strict on purpose: owning one file of the area vouches for nothing
    // else in it, so each path needs an approval from one of its own owners
    // (as GitHub's code-owner review asks per file; approving more than one
    // owner per file is not needed). Users and teams the policy names were
    // chosen for the whole area, so one of them covers every path. Unlike
    // GitHub, a path nobody owns is not waved through: it waits (fail closed)
    // until CODEOWNERS gives it an owner or a named reviewer approves.
    awaitingOwners: approvers => {
      if (approvers.some(named)) return []
      return pathOwners.filter(entry => !approvers.some(login => owns(login, entry)))
    }
  }
}

/** An owner is a login, an 'org/team' slug or an email; emails cannot be tied to a login here. */
function ownerIncludes(owner: string, login: string, facts: MembershipFacts): boolean {
  if (owner.includes('@')) return false
  if (owner.includes('/')) return facts.isTeamMember(owner, login)
  return owner === login
}

/** e.g. 'not in @acme/dba', 'not @alice or a code owner of db/a.sql'. */
function notEligibleWords(area: Area, paths: string[]): string {
  const { users, teams, codeowners } = area.reviewers
  const choices = users.map(user => `@${user}`)
  if (teams.length > 0) choices.push(`in ${joinWithOr(teams.map(team => `@${team}`))}`)
  if (codeowners) choices.push(`a code owner of ${filesInWords(paths)}`)
  return `not ${joinWithOr(choices)}`
}

const FILES_NAMED = 3

function filesInWords(paths: string[]): string {
  if (paths.length <= FILES_NAMED) return joinWithOr(paths)
  const others = paths.length - FILES_NAMED
  return joinWithOr([
    ...paths.slice(0, FILES_NAMED),
    `${others} other file${others > 1 ? 's' : ''}`
  ])
}

function joinWithOr(items: string[]): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`
}
