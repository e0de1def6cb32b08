/**
 * Plain data for the approval judge tests: a pull request with four commits
 * (c1 to c4, the agent's newest being c2 unless a test says otherwise),
 * GitHub accounts shaped as the REST API reports them, and reviews.
 */
import { createHash } from 'node:crypto'
import { isAgentIdentity } from '../../src/attribution/attribute.js'
import type { Person } from '../../src/engine/change-set.js'
import type { Review, ReviewState } from '../../src/engine/review.js'
import type { ApprovalRequirement } from '../../src/evaluation/approval-judge.js'
import { reviewJudge, type ApprovalContext } from '../../src/evaluation/approvals.js'
import type { AreaApproval } from '../../src/evaluation/result.js'
import type { Area, ReviewerSpec } from '../../src/policy/types.js'

export function sha(label: string): string {
  return createHash('sha1').update(label).digest('hex')
}

export const C1 = sha('c1')
export const C2 = sha('c2')
export const C3 = sha('c3')
export const C4 = sha('c4')
/** A straight line of commits, each the parent of the next, on a base commit outside the PR. */
export const LINEAR_COMMITS = [C1, C2, C3, C4].map((commit, index, all) => ({
  sha: commit,
  parents: [all[index - 1] ?? sha('base')]
}))

/** A human GitHub account; the id is derived from the login so renames can be simulated. */
export function user(login: string, id = accountId(login)): Person {
  return { name: '', email: '', login, id, type: 'User' }
}

export function bot(login: string): Person {
  return { name: '', email: '', login, id: accountId(login), type: 'Bot' }
}

function accountId(login: string): number {
  return parseInt(sha(login.toLowerCase()).slice(0, 7), 16)
}

/** The account the Copilot coding agent opens its pull requests with. */
export const COPILOT_OPENER: Person = bot('Copilot')

let nextReviewId = 1

export function review(reviewer: Person | string, state: ReviewState, commitId: string): Review {
  const id = nextReviewId++
  return {
    id,
    reviewer: typeof reviewer === 'string' ? user(reviewer) : reviewer,
    state,
    commitId,
    submittedAt: new Date(Date.UTC(2026, 4, 1, 12, 0, id)).toISOString()
  }
}

export function area(
  fields: Partial<Omit<Area, 'reviewers'>> & { reviewers?: Partial<ReviewerSpec> } = {}
): Area {
  const { reviewers, ...rest } = fields
  return {
    name: 'migrations',
    description: 'Database migrations',
    paths: [],
    except: [],
    approvals: 1,
    origin: 'policy',
    mandatory: false,
    ...rest,
    reviewers: { users: [], teams: [], codeowners: false, ...reviewers }
  }
}

/** Team memberships as the action would resolve them upfront: 'org/slug' -> lower-case logins. */
export const TEAMS: Record<string, string[]> = {
  'acme/dba': ['dora', 'dmitri'],
  'acme/web': ['wendy']
}

/**
 * The context of an agent pull request: opened by Copilot for janedoe, who is
 * its requester; no one else is excluded unless a test says so.
 */
export function context(fields: Partial<ApprovalContext> = {}): ApprovalContext {
  return {
    reviews: [],
    pullRequestAuthor: COPILOT_OPENER,
    commits: LINEAR_COMMITS,
    agentCommitAuthors: [],
    requesters: ['janedoe'],
    allowRequester: false,
    isAgentAccount: person => isAgentIdentity(person),
    isTeamMember: (team, login) => TEAMS[team]?.includes(login) ?? false,
    ...fields
  }
}

export function requirement(fields: Partial<ApprovalRequirement> = {}): ApprovalRequirement {
  return { area: area(), paths: ['db/migrations/001.sql'], agentCommits: [C1, C2], ...fields }
}

/** Judges one requirement with the given reviews and context. */
export function judge(
  reviews: Review[],
  fields: { context?: Partial<ApprovalContext>; requirement?: Partial<ApprovalRequirement> } = {}
): AreaApproval {
  return reviewJudge(context({ reviews, ...fields.context }))(requirement(fields.requirement))
}
