import * as core from '@actions/core'
import type { AuditResult, Finding } from '../../evaluation/result.js'

/** GitHub shows at most 10 error and 10 warning annotations per step; the rest are dropped. */
export const ANNOTATIONS_SHOWN_PER_LEVEL = 10

type Level = 'error' | 'warning'

/**
 * One annotation per blocking finding, on its file. Violations are errors and
 * changes awaiting approval are warnings, so both kinds get GitHub's ten
 * places; in report mode everything is a warning, since the job will not
 * fail. What does not fit is counted in one closing notice.
 */
export function annotate(result: AuditResult, mode: 'enforce' | 'report'): void {
  const byLevel: Record<Level, Finding[]> = { error: [], warning: [] }
  for (const finding of result.findings.filter(f => f.blocking)) {
    byLevel[levelOf(finding, mode)].push(finding)
  }
  let hidden = 0
  for (const level of ['error', 'warning'] as const) {
    const findings = [...byLevel[level]].sort((a, b) => importance(a) - importance(b))
    for (const finding of findings.slice(0, ANNOTATIONS_SHOWN_PER_LEVEL)) {
      core[level](finding.message, {
        title: title(finding),
        file: finding.path,
        startLine: finding.line,
        startColumn: finding.line ? finding.column : undefined
      })
    }
    hidden += Math.max(0, findings.length - ANNOTATIONS_SHOWN_PER_LEVEL)
  }
  if (hidden > 0) {
    core.notice(
      `${hidden} more blocking findings are not annotated: see the job summary and the audit artifact`
    )
  }
}

function levelOf(finding: Finding, mode: 'enforce' | 'report'): Level {
  return mode === 'enforce' && finding.status === 'violation' ? 'error' : 'warning'
}

/** Secrets first: a leaked credential needs rotating whatever else happens to the PR. */
function importance(finding: Finding): number {
  if (finding.kind === 'secret' || finding.kind === 'secret_file') return 0
  return finding.status === 'violation' ? 1 : 2
}

function title(finding: Finding): string {
  if (finding.kind === 'secret') return 'agent-audit: secret in an added line'
  if (finding.status === 'violation') return `agent-audit: ${finding.kind} (${finding.area})`
  return `agent-audit: needs approval (${finding.area})`
}
