/**
 * The identities one audit matches against: the built-in catalogue (unless
 * the policy turns it off), the policy's own agent identities, and the bots
 * the policy says to treat as automation.
 */
import type { AgentMatchers, AgentsConfig } from '../policy/types.js'
import {
  AGENTS,
  AUTOMATION,
  CATALOGUE,
  CUSTOM_AGENT_ID,
  CUSTOM_AGENT_NAME,
  REVIEW_BOTS
} from './catalogue.js'
import { branchGlob, literal } from './patterns.js'
import type { KnownIdentity } from './types.js'

export interface IdentitySet {
  identities: KnownIdentity[]
  /** Lower-cased logins the policy treats as automation, never as agents. */
  ignoredBots: Set<string>
}

/**
 * `builtin: false` drops the built-in agents and review bots. The automation
 * entries stay: they can only stop dependency-bot text from looking like an
 * agent, never make anything an agent.
 */
export function identitySet(agents: AgentsConfig): IdentitySet {
  const builtIn = agents.builtin ? [...AGENTS, ...REVIEW_BOTS] : []
  const custom = customIdentity(agents.extra)
  return {
    identities: [...builtIn, ...(custom ? [custom] : []), ...AUTOMATION],
    ignoredBots: new Set(agents.ignoreBots.map(login => login.toLowerCase()))
  }
}

/** The full catalogue plus any policy identities, for questions like "may this account approve?". */
export function fullIdentitySet(agents?: AgentsConfig): IdentitySet {
  const custom = agents ? customIdentity(agents.extra) : undefined
  return { identities: [...CATALOGUE, ...(custom ? [custom] : [])], ignoredBots: new Set() }
}

function customIdentity(extra: AgentMatchers): KnownIdentity | undefined {
  const { logins, emails, trailers, branches, labels, prBodyMarkers } = extra
  const total = logins.length + emails.length + trailers.length + branches.length
  if (total + labels.length + prBodyMarkers.length === 0) return undefined
  return {
    id: CUSTOM_AGENT_ID,
    name: CUSTOM_AGENT_NAME,
    kind: 'agent',
    logins,
    userIds: [],
    emails,
    names: [],
    trailers: trailers.map(key => ({ key })),
    footers: [],
    subjectPrefixes: [],
    branches: branches.map(branchGlob),
    prBodyMarkers: prBodyMarkers.map(literal),
    labels,
    coAuthorIsRequester: false
  }
}
