/**
 * Approvals must cover the agent's latest work: an approval given on an
 * older commit vouches for code that has since changed.
 */
import { shortSha } from '../../engine/change-set.js'

/** The newest of the agent commits, by their position in the pull request. */
export function newestCommit(commits: string[], commitOrder: string[]): string | undefined {
  let newest: string | undefined
  let newestIndex = -1
  for (const sha of commits) {
    const index = commitOrder.indexOf(sha)
    if (index > newestIndex) [newest, newestIndex] = [sha, index]
  }
  // Commits the pull request does not list cannot be placed; the last one given stands in.
  return newest ?? commits.at(-1)
}

/** Why an approval on `commitId` is too old for the area, or undefined when it is current. */
export function staleReason(
  commitId: string,
  lastAgentCommit: string | undefined,
  commitOrder: string[]
): string | undefined {
  const approvedAt = commitOrder.indexOf(commitId)
  if (approvedAt === -1) return 'approved a commit no longer in the pull request (force-push)'
  if (lastAgentCommit === undefined) return undefined
  // An agent commit missing from the order cannot be shown to precede the approval: fail closed.
  const agentAt = commitOrder.indexOf(lastAgentCommit)
  if (agentAt === -1 || approvedAt < agentAt) return `approved before ${shortSha(lastAgentCommit)}`
  return undefined
}
