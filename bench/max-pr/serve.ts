/**
 * Registers the generated repository with the fake GitHub API: pull request
 * #1 (feature into main) opened by Mona, and its reviews.
 */
import type { FakeGitHub, ReviewState } from '../../test/fakes/github-api.js'
import { createRng } from '../paths/rng.js'
import { MONA, REVIEWERS, verifiedEmails } from './people.js'

export const OWNER = 'acme'
export const REPO = 'monorepo'
export const PULL = 1

/** Review states in the proportions of a long, contested pull request (approvals last). */
const STATES: readonly ReviewState[] = [
  'COMMENTED',
  'COMMENTED',
  'CHANGES_REQUESTED',
  'COMMENTED',
  'APPROVED',
  'DISMISSED',
  'COMMENTED',
  'CHANGES_REQUESTED',
  'APPROVED',
  'COMMENTED'
]

export function servePullRequest(
  github: FakeGitHub,
  dir: string,
  pullRequestShas: readonly string[],
  reviews: number
): void {
  github.addRepository({ owner: OWNER, name: REPO, dir, users: verifiedEmails() })
  github.addPullRequest({
    owner: OWNER,
    repo: REPO,
    number: PULL,
    base: 'main',
    head: 'feature',
    author: MONA.account,
    title: 'Move every service to the new storage layer',
    labels: ['copilot']
  })
  addReviews(github, pullRequestShas, reviews)
}

/**
 * Reviews spread over the commits in order; the last two are approvals of
 * the head by two different humans, so the protected areas can pass.
 */
function addReviews(github: FakeGitHub, shas: readonly string[], count: number): void {
  const rng = createRng(7)
  for (let index = 0; index < count; index++) {
    const finalApproval = index >= count - 2
    const reviewer = finalApproval ? REVIEWERS[count - 1 - index] : rng.pick(REVIEWERS)
    const at = finalApproval ? shas.length - 1 : Math.floor(((index + 1) * shas.length) / count) - 1
    github.addReview(OWNER, REPO, PULL, {
      login: reviewer?.account.login ?? 'lin',
      id: reviewer?.account.id ?? 1006,
      type: 'User',
      state: finalApproval ? 'APPROVED' : (STATES[index % STATES.length] ?? 'COMMENTED'),
      commitId: shas[Math.max(0, at)] ?? '',
      body: `Review ${index + 1}`
    })
  }
}
