import type { AuditResult } from '../../evaluation/result.js'

/**
 * What a run has to say on the pull request: the audit's result, or the
 * error that left it without one (or that stopped the run after the audit).
 * An error is always published as a failure: never as a pass.
 */
export type PublishedOutcome =
  | { kind: 'audited'; result: AuditResult; mode: 'enforce' | 'report' }
  | { kind: 'error'; message: string }

/** The audit's decision as the check and the comment show it: any error is a failure. */
export function failed(outcome: PublishedOutcome): boolean {
  return outcome.kind === 'error' || outcome.result.decision === 'fail'
}
