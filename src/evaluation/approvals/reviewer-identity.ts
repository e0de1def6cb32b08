/**
 * Whether a reviewer is someone whose approval can vouch for agent work:
 * a human, independent of the change. The reasons are shown to users as
 * they are, so each names the rule in a few words.
 */
import type { Person } from '../../engine/change-set.js'

export interface IndependenceFacts {
  pullRequestAuthor: Person
  /** Lower-case logins. */
  requesters: string[]
  allowRequester: boolean
  /** Lower-case logins. */
  agentCommitAuthors: string[]
  isAgentAccount(person: Person): boolean
}

/** Why the account is not a human's, or undefined when it is. */
export function notHumanReason(
  reviewer: Person,
  isAgentAccount: (person: Person) => boolean
): string | undefined {
  const login = reviewer.login ?? ''
  // A review the platform cannot tie to an account (a deleted user) vouches for nothing.
  if (login === '') return 'unknown account'
  if (reviewer.type === 'Bot' || login.toLowerCase().endsWith('[bot]')) return 'bot'
  if (isAgentAccount(reviewer)) return 'agent account'
  return undefined
}

/** Why a human reviewer's approval is not independent of the agent's work, or undefined. */
export function notIndependentReason(
  reviewer: Person,
  facts: IndependenceFacts
): string | undefined {
  const login = (reviewer.login ?? '').toLowerCase()
  if (sameAccount(reviewer, facts.pullRequestAuthor)) return 'PR author'
  if (!facts.allowRequester && facts.requesters.includes(login)) {
    return "requester of the agent's work"
  }
  if (facts.agentCommitAuthors.includes(login)) return 'authored agent commits'
  return undefined
}

/** Same account by numeric id (survives renames) or by login; either is enough to disqualify. */
function sameAccount(a: Person, b: Person): boolean {
  if (a.id !== undefined && a.id === b.id) return true
  return a.login !== undefined && a.login.toLowerCase() === b.login?.toLowerCase()
}
