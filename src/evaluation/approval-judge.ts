import type { Area } from '../policy/types.js'
import type { AreaApproval } from './result.js'

/**
 * What the evaluator asks of whoever knows the reviews: has this area's
 * approval requirement been met? The CLI has no reviews and answers "no";
 * the action answers from the pull request's reviews. Keeping this a plain
 * function lets both share one evaluator.
 */
export interface ApprovalRequirement {
  area: Area
  /** Agent-touched paths in the area. */
  paths: string[]
  /** Agent commits that touched those paths, oldest first. */
  agentCommits: string[]
}

export type ApprovalJudge = (requirement: ApprovalRequirement) => AreaApproval

/** Who may approve an area, in words, for reports. */
export function describeEligible(area: Area): string {
  const { users, teams, codeowners } = area.reviewers
  const names = [...users.map(u => `@${u}`), ...teams.map(t => `@${t}`)]
  if (codeowners) names.push('code owners of the files')
  return names.length > 0 ? names.join(', ') : 'any human reviewer'
}

/** The judge for runs without review data (the CLI): nothing is approved yet. */
export const noReviewsJudge: ApprovalJudge = ({ area, agentCommits }) => ({
  area: area.name,
  required: area.approvals,
  counted: [],
  ignored: [],
  changesRequestedBy: [],
  satisfied: false,
  eligible: describeEligible(area),
  lastAgentCommit: agentCommits.at(-1)
})
