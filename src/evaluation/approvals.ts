/**
 * The approval judge for pull requests: answers, from the platform's
 * reviews, whether an area's approval requirement is met, and says for
 * every approval that does not count why not.
 */
import type { Person } from '../engine/change-set.js'
import type { Review } from '../engine/review.js'
import type { Codeowners } from '../policy/codeowners.js'
import { describeEligible, type ApprovalJudge, type ApprovalRequirement } from './approval-judge.js'
import { areaEligibility, type AreaEligibility } from './approvals/area-eligibility.js'
import {
  ancestryOf,
  newestCommit,
  staleReason,
  type CommitLink
} from './approvals/commit-position.js'
import { latestDecisions, type Decision } from './approvals/latest-reviews.js'
import {
  notHumanReason,
  notIndependentReason,
  type IndependenceFacts
} from './approvals/reviewer-identity.js'
import type { AreaApproval, IgnoredApproval } from './result.js'

export interface ApprovalContext {
  /** Chronological, from the platform. */
  reviews: Review[]
  /** The account that opened the pull request. */
  pullRequestAuthor: Person
  /** The pull request's commits with their parents, oldest first. */
  commits: CommitLink[]
  /** Lower-case logins of the accounts that authored agent commits, as the platform resolved them. */
  agentCommitAuthors: string[]
  /** Lower-case logins of the humans who asked the agent. */
  requesters: string[]
  allowRequester: boolean
  /** The agent catalogue check (pass isAgentIdentity). */
  isAgentAccount(person: Person): boolean
  /** team = 'org/slug'; resolved upfront by the action. */
  isTeamMember(team: string, login: string): boolean
  /** undefined when the repository has no CODEOWNERS file. */
  codeowners?: Codeowners
}

export function reviewJudge(context: ApprovalContext): ApprovalJudge {
  const decisions = latestDecisions(context.reviews)
  const facts: IndependenceFacts = {
    ...context,
    requesters: context.requesters.map(login => login.toLowerCase()),
    agentCommitAuthors: context.agentCommitAuthors.map(login => login.toLowerCase())
  }
  const contains = ancestryOf(context.commits)
  return requirement => judgeArea(requirement, decisions, { ...context, contains }, facts)
}

/** The context with the pull request's commit graph, read once per judge. */
interface JudgeContext extends ApprovalContext {
  contains(sha: string): ReadonlySet<string>
}

interface AreaVerdicts {
  counted: string[]
  ignored: IgnoredApproval[]
  changesRequestedBy: string[]
}

function judgeArea(
  { area, paths, agentCommits }: ApprovalRequirement,
  decisions: Decision[],
  context: JudgeContext,
  facts: IndependenceFacts
): AreaApproval {
  const eligibility = areaEligibility(area, paths, context)
  const lastAgentCommit = newestCommit(agentCommits, context.commits)
  const verdicts: AreaVerdicts = { counted: [], ignored: [], changesRequestedBy: [] }
  for (const decision of decisions) {
    if (decision.state === 'CHANGES_REQUESTED') {
      if (canBlock(decision, eligibility, context)) verdicts.changesRequestedBy.push(decision.login)
      continue
    }
    const reason = ignoreReason(decision, eligibility, agentCommits, context, facts)
    if (reason) verdicts.ignored.push({ login: decision.login, reason })
    else verdicts.counted.push(decision.login)
  }
  const awaiting = eligibility.awaitingOwners(verdicts.counted.map(login => login.toLowerCase()))
  return {
    area: area.name,
    required: area.approvals,
    ...verdicts,
    satisfied:
      verdicts.counted.length >= area.approvals &&
      verdicts.changesRequestedBy.length === 0 &&
      awaiting.length === 0,
    eligible: describeEligible(area),
    lastAgentCommit,
    ...(area.reviewers.codeowners ? { awaitingCodeOwners: awaiting } : {})
  }
}

/**
 * Reasons are checked from the most lasting to the most fleeting: an account
 * that can never approve is told so, rather than being asked to approve again.
 */
function ignoreReason(
  { reviewer, login, commitId }: Decision,
  eligibility: AreaEligibility,
  agentCommits: string[],
  context: JudgeContext,
  facts: IndependenceFacts
): string | undefined {
  return (
    notHumanReason(reviewer, context.isAgentAccount) ??
    notIndependentReason(reviewer, facts) ??
    eligibility.notEligibleReason(login.toLowerCase()) ??
    staleReason(commitId, agentCommits, context.commits, context.contains)
  )
}

/**
 * A change request from a human who may approve the area blocks it until
 * they approve or the review is dismissed, whatever commit it was given on,
 * like GitHub's own. Being the author or the requester does not silence an
 * objection: those rules stop self-approval, and an objection is not one.
 */
function canBlock(
  { reviewer, login }: Decision,
  eligibility: AreaEligibility,
  context: ApprovalContext
): boolean {
  return (
    notHumanReason(reviewer, context.isAgentAccount) === undefined &&
    eligibility.notEligibleReason(login.toLowerCase()) === undefined
  )
}
