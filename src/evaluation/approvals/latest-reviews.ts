/**
 * Each reviewer's standing decision on the pull request, from the platform's
 * chronological list of reviews.
 */
import type { Person } from '../../engine/change-set.js'
import type { Review } from '../../engine/review.js'

export interface Decision {
  /** The login as the platform spells it, for reports. */
  login: string
  reviewer: Person
  state: 'APPROVED' | 'CHANGES_REQUESTED'
  commitId: string
}

/**
 * GitHub lets the account behind a deleted user show as "ghost"; a review
 * without a login can be traced to no one, so it is reported under that name.
 */
export const UNKNOWN_ACCOUNT = 'ghost'

/**
 * The latest APPROVED or CHANGES_REQUESTED review of each reviewer, ordered by
 * when that review was given. A comment is not a decision, so it never
 * replaces one (a later "COMMENTED" review must not wipe out an approval or a
 * change request). GitHub rewrites a dismissed review's state to DISMISSED,
 * whichever decision it held: a dismissal clears the reviewer's standing
 * decision rather than reviving an earlier one, or dismissing a withdrawn
 * approval's change request would bring the approval back.
 */
export function latestDecisions(reviews: Review[]): Decision[] {
  const latest = new Map<string, { decision: Decision; order: number }>()
  reviews.forEach((review, order) => {
    const login = review.reviewer.login ?? UNKNOWN_ACCOUNT
    const key = login.toLowerCase()
    if (review.state === 'DISMISSED') latest.delete(key)
    if (review.state !== 'APPROVED' && review.state !== 'CHANGES_REQUESTED') return
    const { reviewer, state, commitId } = review
    latest.delete(key)
    latest.set(key, { decision: { login, reviewer, state, commitId }, order })
  })
  return [...latest.values()].sort((a, b) => a.order - b.order).map(({ decision }) => decision)
}
