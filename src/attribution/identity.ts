/** Questions about single accounts, asked outside an audit's commits. */
import type { Person } from '../engine/change-set.js'
import type { AgentsConfig } from '../policy/types.js'
import { CATALOGUE, CUSTOM_AGENT_ID, CUSTOM_AGENT_NAME, GENERIC_AGENT_ID } from './catalogue.js'
import { fullIdentitySet } from './identity-set.js'
import { matchPerson } from './match-person.js'

/**
 * Whether an account (a login, or a person with login, id or email) is an AI agent
 * or AI review bot, e.g. to refuse its approval. The whole built-in catalogue
 * applies even when the policy turns it off for attribution, so that no agent's
 * approval ever counts as a human's; the policy's own agent logins and emails add
 * to it. Display names are not consulted: approvals come from accounts.
 */
export function isAgentIdentity(who: Person | string, agents?: AgentsConfig): boolean {
  const person: Person = typeof who === 'string' ? { name: '', email: '', login: who } : who
  return matchPerson({ ...person, name: '' }, fullIdentitySet(agents)).some(
    match => match.identity.kind !== 'automation'
  )
}

/** The display name of an agent (or automation) id; the id itself when unknown. */
export function describeAgent(id: string): string {
  if (id === CUSTOM_AGENT_ID) return CUSTOM_AGENT_NAME
  if (id === GENERIC_AGENT_ID) return 'AI assistant (declared by trailer)'
  return CATALOGUE.find(identity => identity.id === id)?.name ?? id
}
