/**
 * Approvals must cover the agent's latest work: an approval given on an
 * older commit vouches for code that has since changed. "Covers" means
 * ancestry, not list position or dates: the pusher writes commit dates, and
 * on a branch with merges a later-listed commit need not contain an earlier
 * one. An approval counts when every agent commit to the area is the
 * approved commit or one of its ancestors.
 */
import { shortSha } from '../../engine/change-set.js'

/** A pull request commit and its parents, as the platform lists them (oldest first). */
export interface CommitLink {
  sha: string
  parents: string[]
}

/** The newest of the agent commits, by their position in the pull request. */
export function newestCommit(commits: string[], order: CommitLink[]): string | undefined {
  const position = new Map(order.map((link, index) => [link.sha, index]))
  let newest: string | undefined
  let newestIndex = -1
  for (const sha of commits) {
    const index = position.get(sha) ?? -1
    if (index > newestIndex) [newest, newestIndex] = [sha, index]
  }
  // Commits the pull request does not list cannot be placed; the last one given stands in.
  return newest ?? commits.at(-1)
}

/** Answers "which pull request commits does this commit contain?", remembering each answer. */
export function ancestryOf(commits: CommitLink[]): (sha: string) => ReadonlySet<string> {
  const parents = new Map(commits.map(link => [link.sha, link.parents]))
  const known = new Map<string, Set<string>>()
  return sha => {
    const cached = known.get(sha)
    if (cached) return cached
    const reached = new Set<string>()
    const pending = parents.has(sha) ? [sha] : []
    while (pending.length > 0) {
      const next = pending.pop() as string
      if (reached.has(next)) continue
      reached.add(next)
      // Parents outside the pull request (the base) are left out: only its own commits matter.
      for (const parent of parents.get(next) ?? []) if (parents.has(parent)) pending.push(parent)
    }
    known.set(sha, reached)
    return reached
  }
}

/** Why an approval on `commitId` is too old for the area, or undefined when it is current. */
export function staleReason(
  commitId: string,
  agentCommits: string[],
  commits: CommitLink[],
  contains: (sha: string) => ReadonlySet<string>
): string | undefined {
  const approved = contains(commitId)
  if (approved.size === 0) return 'approved a commit no longer in the pull request (force-push)'
  // An agent commit the pull request does not list cannot be shown to be covered: fail closed.
  const uncovered = agentCommits.filter(sha => !approved.has(sha))
  if (uncovered.length === 0) return undefined
  return `approved before ${shortSha(newestCommit(uncovered, commits) as string)}`
}
