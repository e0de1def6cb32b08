import type { Person } from './change-set.js'

/** A pull request review as the platform reports it (REST `pulls/{n}/reviews`). */
export type ReviewState = 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED' | 'PENDING'

export interface Review {
  id: number
  /** The reviewer's account: login, id and type come from the platform. */
  reviewer: Person
  state: ReviewState
  /** The commit the review was given on. */
  commitId: string
  /** ISO 8601; reviews arrive in chronological order. */
  submittedAt: string
}
