import { isRefusal } from '../../github/api-errors.js'

/**
 * Whether GitHub refused a publishing request because of the token's
 * permissions: 403 (a workflow without `checks: write` or `pull-requests:
 * write`, a fork PR's read-only token, a personal access token on the Checks
 * API) or 404 (what GitHub answers instead when the token may not even see
 * the resource). Publishing is then skipped with a warning: the audit itself
 * still decides the job. Rate limits and outages are not refusals.
 */
export function refusalStatus(error: unknown): 403 | 404 | undefined {
  if (isRefusal(error, 'forbidden')) return 403
  if (isRefusal(error, 'not-found')) return 404
  return undefined
}
