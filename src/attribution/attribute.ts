/**
 * The attribution stage: which commits an agent made, and which paths they
 * touched. Pure function of the change set and the policy's agent settings.
 */
import type { ChangeSet, Person } from '../engine/change-set.js'
import type { AgentsConfig } from '../policy/types.js'
import { classifyCommit } from './classify.js'
import { attributeFiles } from './files.js'
import { identitySet } from './identity-set.js'
import { distinctPeople, pullRequestRequesters, type PullRequestRequester } from './requester.js'
import { pullRequestSignals } from './signals.js'
import type { Attribution, CommitAttribution, Evidence } from './types.js'

export { describeAgent, isAgentIdentity } from './identity.js'

export function attribute(
  changeSet: ChangeSet,
  agents: AgentsConfig,
  mode: 'commit' | 'pull_request'
): Attribution {
  const set = identitySet(agents)
  const pr = changeSet.pullRequest
  const pullRequestEvidence = pr ? pullRequestSignals(pr, set) : []
  const opener = pullRequestEvidence.find(
    found => found.signal === 'pr-opener' && found.binding === 'platform'
  )
  const commits = changeSet.commits.map(commit => classifyCommit(commit, set, opener))
  const fromPr = pr ? pullRequestRequesters(pr, agentsSeen(commits, pullRequestEvidence)) : []
  assignPullRequestRequesters(commits, fromPr)
  const agentSignal = commits.some(isAgentCommit) || pullRequestEvidence.length > 0
  return {
    commits,
    files: attributeFiles(changeSet, commits, mode, agentSignal),
    pullRequestEvidence,
    mode,
    requesters: distinctPeople([
      ...commits.flatMap(commit => (commit.requester ? [commit.requester] : [])),
      ...fromPr.map(found => found.person)
    ])
  }
}

function isAgentCommit(commit: CommitAttribution): boolean {
  return commit.kind === 'agent'
}

function agentsSeen(commits: CommitAttribution[], prEvidence: Evidence[]): Set<string> {
  const fromCommits = commits.flatMap(commit => (commit.agent ? [commit.agent] : []))
  return new Set([...fromCommits, ...prEvidence.map(found => found.agent)])
}

/** A requester named in the PR body also asked for that agent's commits that name none. */
function assignPullRequestRequesters(
  commits: CommitAttribution[],
  requesters: PullRequestRequester[]
): void {
  for (const commit of commits) {
    const named: Person | undefined = requesters.find(found => found.agent === commit.agent)?.person
    if (commit.kind === 'agent' && !commit.requester && named) commit.requester = named
  }
}
