import type { AuditCounts, AuditResult } from './result.js'

/** The counts, the pass/fail decision and its one-line reason, all derived from the findings. */
export function decide(result: AuditResult): Pick<AuditResult, 'decision' | 'reason' | 'counts'> {
  const counts = countResult(result)
  const decision = counts.blockingFindings > 0 ? 'fail' : 'pass'
  // Secrets block whoever added them; only then is the change not just the agents'.
  const humanMade = result.findings.some(f => f.blocking && f.agentTouched === false)
  return { decision, reason: reasonFor(counts, humanMade), counts }
}

function countResult(result: AuditResult): AuditCounts {
  const blocking = result.findings.filter(f => f.blocking)
  return {
    commits: result.commits.length,
    agentCommits: result.commits.filter(c => c.kind === 'agent').length,
    files: result.files.length,
    agentFiles: result.files.filter(f => f.agentTouched).length,
    findings: result.findings.length,
    blockingFindings: blocking.length,
    violations: blocking.filter(f => f.status === 'violation').length,
    needsApproval: blocking.filter(f => f.status === 'needs_approval').length
  }
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`
}

function reasonFor(counts: AuditCounts, humanMade: boolean): string {
  if (counts.violations > 0 || counts.needsApproval > 0) {
    const parts = []
    if (counts.violations > 0) parts.push(plural(counts.violations, 'violation', 'violations'))
    if (counts.needsApproval > 0) {
      parts.push(`${plural(counts.needsApproval, 'change needs', 'changes need')} approval`)
    }
    return `${parts.join(' and ')} in ${humanMade ? 'this change' : 'agent-made changes'}`
  }
  if (counts.agentCommits === 0 && counts.agentFiles === 0) return 'No agent-made changes found'
  // Agent commits can be empty (Copilot's "Initial plan"): say so rather than "All 0 files".
  if (counts.agentFiles === 0) return 'Agent commits changed no files'
  if (counts.agentFiles === 1)
    return 'The 1 agent-touched file is allowed or approved under the policy'
  return `All ${counts.agentFiles} agent-touched files are allowed or approved under the policy`
}

/** True when every blocking finding only waits for an approval (the CLI's --pending-ok). */
export function onlyPendingApproval(result: AuditResult): boolean {
  return result.counts.violations === 0
}
