import { isAgentIdentity } from '../attribution/attribute.js'
import type { Attribution } from '../attribution/types.js'
import type { ChangeSet } from '../engine/change-set.js'
import type { Review } from '../engine/review.js'
import type { ApprovalJudge } from '../evaluation/approval-judge.js'
import { reviewJudge } from '../evaluation/approvals.js'
import type { GitHubClient } from '../github/client.js'
import { readFileAtRef } from '../github/contents.js'
import { createTeamMembership } from '../github/teams.js'
import { CODEOWNERS_LOCATIONS, parseCodeowners, type Codeowners } from '../policy/codeowners.js'
import type { Policy } from '../policy/types.js'

export interface ReviewFacts {
  owner: string
  repo: string
  /** CODEOWNERS is read where the policy is: at the base, out of the PR's reach. */
  baseSha: string
  changeSet: ChangeSet
  reviews: Review[]
  policy: Policy
}

/**
 * Everything the approval judge needs that only the API can tell: CODEOWNERS
 * at the base, and team membership of every approver for every team that
 * could matter. It is fetched before evaluation, so the judge itself stays a
 * plain function of data.
 */
export async function prepareReviewJudge(
  client: GitHubClient,
  facts: ReviewFacts
): Promise<(attribution: Attribution) => ApprovalJudge> {
  const codeowners = usesCodeowners(facts.policy) ? await readCodeowners(client, facts) : undefined
  const members = await resolveTeams(client, facts, codeowners)
  return attribution =>
    reviewJudge({
      reviews: facts.reviews,
      pullRequestAuthor: pullRequestAuthor(facts.changeSet),
      commits: facts.changeSet.commits.map(({ sha, parents }) => ({ sha, parents })),
      agentCommitAuthors: agentCommitAuthors(facts.changeSet, attribution),
      requesters: attribution.requesters.flatMap(p => (p.login ? [p.login.toLowerCase()] : [])),
      allowRequester: facts.policy.approvals.allowRequester,
      isAgentAccount: person => isAgentIdentity(person, facts.policy.agents),
      isTeamMember: (team, login) => members.has(`${team}\n${login.toLowerCase()}`),
      codeowners
    })
}

function usesCodeowners(policy: Policy): boolean {
  return [...policy.areas.values()].some(area => area.reviewers.codeowners)
}

async function readCodeowners(
  client: GitHubClient,
  facts: ReviewFacts
): Promise<Codeowners | undefined> {
  for (const path of CODEOWNERS_LOCATIONS) {
    const text = await readFileAtRef(client, {
      owner: facts.owner,
      repo: facts.repo,
      path,
      ref: facts.baseSha
    })
    if (text !== undefined) return parseCodeowners(text, path)
  }
  return undefined
}

/** Memberships as 'org/team\nlogin' keys, for each approver and each team named by the policy or CODEOWNERS. */
async function resolveTeams(
  client: GitHubClient,
  facts: ReviewFacts,
  codeowners: Codeowners | undefined
): Promise<Set<string>> {
  const teams = new Set([...facts.policy.areas.values()].flatMap(area => area.reviewers.teams))
  for (const rule of codeowners?.rules ?? []) {
    rule.owners.filter(owner => owner.includes('/')).forEach(team => teams.add(team))
  }
  const approvers = new Set(
    facts.reviews
      .filter(r => r.state === 'APPROVED')
      .flatMap(r => (r.reviewer.login ? [r.reviewer.login.toLowerCase()] : []))
  )
  const members = new Set<string>()
  if (teams.size === 0 || approvers.size === 0) return members
  const membership = createTeamMembership(client)
  for (const team of teams) {
    for (const login of approvers) {
      if (await membership.isMember(team, login)) members.add(`${team}\n${login}`)
    }
  }
  return members
}

function pullRequestAuthor(changeSet: ChangeSet) {
  const author = changeSet.pullRequest?.author
  if (!author) throw new Error('BUG: a pull request audit without the pull request')
  return author
}

/** Platform accounts (logins) that authored agent commits: they may not approve their own work. */
function agentCommitAuthors(changeSet: ChangeSet, attribution: Attribution): string[] {
  const agentShas = new Set(attribution.commits.filter(c => c.kind === 'agent').map(c => c.sha))
  const logins = changeSet.commits
    .filter(commit => agentShas.has(commit.sha))
    .flatMap(commit => [commit.author.login, commit.committer.login])
    .flatMap(login => (login && login !== 'web-flow' ? [login.toLowerCase()] : []))
  return [...new Set(logins)]
}
