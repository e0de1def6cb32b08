import { describe, expect, it } from '@jest/globals'
import { isAgentIdentity } from '../../src/attribution/attribute.js'
import type { Attribution } from '../../src/attribution/types.js'
import { audit } from '../../src/engine/audit.js'
import type { Review } from '../../src/engine/review.js'
import { reviewJudge } from '../../src/evaluation/approvals.js'
import {
  added,
  changeSetOf,
  copilotCommit,
  copilotPullRequest,
  humanCommit,
  modified,
  policyFrom,
  sha
} from '../evaluation/builders.js'
import { review, TEAMS } from './builders.js'

/** The judge wired into the real engine: policy text in, decision out. */

const POLICY = policyFrom(`version: 1
requires_human_review: [migrations]
areas:
  migrations:
    reviewers: ['@acme/dba']
`)

const COMMITS = [
  copilotCommit('c1', [added('database/migrations/3.sql')]),
  // The human commit sits on the agent's, so an approval of it covers the migration.
  { ...humanCommit('h1', [modified('README.md')]), parents: [sha('c1')] }
]

function auditWith(reviews: Review[]) {
  const changeSet = changeSetOf(COMMITS, { pullRequest: copilotPullRequest() })
  return audit(changeSet, POLICY, {
    judge: (attribution: Attribution) =>
      reviewJudge({
        reviews,
        pullRequestAuthor: copilotPullRequest().author,
        commits: COMMITS.map(({ sha, parents }) => ({ sha, parents })),
        agentCommitAuthors: [],
        requesters: attribution.requesters.flatMap(person => (person.login ? [person.login] : [])),
        allowRequester: POLICY.approvals.allowRequester,
        isAgentAccount: person => isAgentIdentity(person, POLICY.agents),
        isTeamMember: (team, login) => TEAMS[team]?.includes(login) ?? false
      })
  })
}

describe('the review judge in an audit', () => {
  it("a DBA's approval of the agent's migration lets the pull request pass", () => {
    const result = auditWith([review('dora', 'APPROVED', sha('h1'))])
    expect(result.decision).toBe('pass')
    expect(result.findings.map(finding => [finding.path, finding.status])).toEqual([
      ['database/migrations/3.sql', 'approved']
    ])
    expect(
      result.approvals.map(({ area, counted, ignored }) => ({ area, counted, ignored }))
    ).toEqual([{ area: 'migrations', counted: ['dora'], ignored: [] }])
  })

  it("an approval from outside the team and the agent's own leave it failing, with reasons", () => {
    const result = auditWith([
      review('wendy', 'APPROVED', sha('h1')),
      review(copilotPullRequest().author, 'APPROVED', sha('h1'))
    ])
    expect(result.decision).toBe('fail')
    expect(result.approvals.map(({ ignored, satisfied }) => ({ ignored, satisfied }))).toEqual([
      {
        ignored: [
          { login: 'wendy', reason: 'not in @acme/dba' },
          { login: 'Copilot', reason: 'bot' }
        ],
        satisfied: false
      }
    ])
  })
})
