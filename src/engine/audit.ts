import { attribute } from '../attribution/attribute.js'
import type { Attribution } from '../attribution/types.js'
import { noReviewsJudge, type ApprovalJudge } from '../evaluation/approval-judge.js'
import { evaluate } from '../evaluation/evaluate.js'
import type { AuditResult } from '../evaluation/result.js'
import type { Policy } from '../policy/types.js'
import type { ChangeSet } from './change-set.js'

export interface AuditOptions {
  /**
   * Builds the judge of approval requirements from the attribution (who the
   * agents and their requesters are decides whose approval counts). Omitted
   * where there are no reviews (the CLI): nothing is approved then.
   */
  judge?: (attribution: Attribution) => ApprovalJudge
  /** Receives every secret value found, before anything is rendered (the action masks them). */
  onSecretValues?: (values: string[]) => void
  /** Today, YYYY-MM-DD (UTC); defaults to the clock. */
  today?: string
}

/**
 * The engine in one call: attribute the commits, then judge the agent-made
 * changes against the policy. Shared by the CLI and the action.
 */
export function audit(
  changeSet: ChangeSet,
  policy: Policy,
  options: AuditOptions = {}
): AuditResult {
  const attribution = attribute(changeSet, policy.agents, policy.attribution)
  return evaluate({
    changeSet,
    policy,
    attribution,
    judge: options.judge ? options.judge(attribution) : noReviewsJudge,
    reviewsAvailable: options.judge !== undefined,
    today: options.today ?? new Date().toISOString().slice(0, 10),
    onSecretValues: options.onSecretValues
  })
}

/**
 * Whether telling agent files from the rest needs each commit's own file
 * list (asked before any are read): when the change mixes agent and other
 * commits, or has a merge that is not already an agent's by its own
 * identity. When every commit is an agent's (or none is), the net diff
 * alone settles it, and the action saves one API call per commit. A merge
 * with no files read looks clean, and attribution leaves a clean merge's
 * message unread, so an "evil merge" would pass as an "Update branch" one.
 */
export function needsPerCommitFiles(changeSet: ChangeSet, policy: Policy): boolean {
  const { commits } = attribute(changeSet, policy.agents, policy.attribution)
  if (commits.some(commit => commit.cleanMerge && commit.kind !== 'agent')) return true
  if (policy.attribution === 'pull_request') return false
  const kinds = commits.map(commit => commit.kind)
  return kinds.includes('agent') && kinds.some(kind => kind !== 'agent')
}
