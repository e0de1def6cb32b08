import { audit } from '../../engine/audit.js'
import type { AuditResult, RunInfo } from '../../evaluation/result.js'
import type { Policy } from '../../policy/types.js'

/**
 * A passing result for an event that brings no commits (a deleted branch, a
 * push of commits already on the branch), with the reason in words: it goes
 * through the engine so that it has the same shape as any other result.
 */
export function nothingToAudit(
  range: { baseSha: string; headSha: string },
  policy: Policy,
  run: RunInfo,
  reason: string
): AuditResult {
  const result = audit({ ...range, commits: [], files: [] }, policy)
  return { ...result, reason, run }
}
