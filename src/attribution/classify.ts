/**
 * Classifies one commit as agent, human or automation. The order matters:
 *  1. the author's or committer's own identity naming an agent (web-flow never counts);
 *  2. an automation author: its message is not read at all, because dependency bots
 *     paste release notes that mention agents and even quote `Co-authored-by` lines.
 *     In a PR an agent opened, a bot author is declared text the agent could write, so
 *     it is believed only on a commit the platform verified as signed;
 *  3. a clean merge (no changes of its own) stays human: it carries no files anyway;
 *  4. agent co-authors, trailers, footers and subject prefixes;
 *  5. a PR opened by an agent's account (platform-bound) claims every remaining commit.
 */
import type { Commit } from '../engine/change-set.js'
import { GENERIC_AGENT_ID } from './catalogue.js'
import { evidence, strongestFirst } from './evidence.js'
import type { IdentitySet } from './identity-set.js'
import { coAuthorRequester } from './requester.js'
import { commitSignals, type CommitSignals } from './signals.js'
import type { CommitAttribution, Evidence } from './types.js'

/**
 * @param opener platform-bound 'pr-opener' evidence naming an agent, when the PR was opened
 *   by one. The agent chose every commit's declared identity (it can write any author name,
 *   email or message), so a commit without agent signals in its PR may still be the agent's:
 *   fail closed and count it as the agent's.
 */
export function classifyCommit(
  commit: Commit,
  set: IdentitySet,
  opener?: Evidence
): CommitAttribution {
  const cleanMerge = commit.parents.length > 1 && commit.files.length === 0
  const signals = commitSignals(commit, set)
  if (signals.identity.length > 0) {
    return agentCommit(commit, signals, [...signals.identity, ...signals.message], set, cleanMerge)
  }
  if (signals.automation) {
    if (opener && !commit.verification?.verified) return openedByAgentCommit(commit, opener, set)
    const { id, evidence: found } = signals.automation
    return { sha: commit.sha, kind: 'automation', automation: id, evidence: found, cleanMerge }
  }
  if (cleanMerge) return humanCommit(commit, cleanMerge)
  if (signals.message.length > 0) {
    return agentCommit(commit, signals, signals.message, set, cleanMerge)
  }
  if (opener) return openedByAgentCommit(commit, opener, set)
  return humanCommit(commit, cleanMerge)
}

function agentCommit(
  commit: Commit,
  signals: CommitSignals,
  found: Evidence[],
  set: IdentitySet,
  cleanMerge: boolean
): CommitAttribution {
  const ordered = strongestFirst(found)
  const primary = ordered[0] as Evidence
  const identity = set.identities.find(known => known.id === primary.agent)
  const attribution: CommitAttribution = {
    sha: commit.sha,
    kind: 'agent',
    agent: primary.agent,
    agentName: agentName(primary, identity?.name),
    evidence: ordered,
    cleanMerge
  }
  const requester = coAuthorRequester(signals, identity)
  if (requester) attribution.requester = requester
  return attribution
}

function openedByAgentCommit(
  commit: Commit,
  opener: Evidence,
  set: IdentitySet
): CommitAttribution {
  const name = set.identities.find(known => known.id === opener.agent)?.name ?? opener.agent
  const claim = evidence(
    opener.agent,
    'pr-opened-by-agent',
    opener.value,
    `no signals of its own, in a PR opened by ${name}, which can write any commit identity`,
    'platform'
  )
  return {
    sha: commit.sha,
    kind: 'agent',
    agent: opener.agent,
    agentName: name,
    evidence: [claim],
    cleanMerge: false
  }
}

function humanCommit(commit: Commit, cleanMerge: boolean): CommitAttribution {
  return { sha: commit.sha, kind: 'human', evidence: [], cleanMerge }
}

/** A generic `Assisted-by: Tool:model` trailer names the tool itself. */
function agentName(primary: Evidence, catalogueName: string | undefined): string {
  if (primary.agent !== GENERIC_AGENT_ID || primary.signal !== 'trailer') {
    return catalogueName ?? primary.agent
  }
  const declared = primary.value.slice(primary.value.indexOf(':') + 1).trim()
  return declared || (catalogueName ?? primary.agent)
}
