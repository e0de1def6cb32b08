import { attribute } from '../attribution/attribute.js'
import { noReviewsJudge, type ApprovalJudge } from '../evaluation/approval-judge.js'
import { evaluate } from '../evaluation/evaluate.js'
import type { AuditResult } from '../evaluation/result.js'
import type { Policy } from '../policy/types.js'
import type { ChangeSet } from './change-set.js'

export interface AuditOptions {
  /** Settles approval requirements from reviews; omitted where there are none (the CLI). */
  judge?: ApprovalJudge
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
    judge: options.judge ?? noReviewsJudge,
    reviewsAvailable: options.judge !== undefined
  })
}
