import * as core from '@actions/core'
import type { AuditResult } from '../../evaluation/result.js'

export interface OutputExtras {
  auditFile?: string
  artifactId?: number
}

/** The step outputs of action.yml, all derived from the one result. */
export function setOutputs(result: AuditResult | undefined, extras: OutputExtras): void {
  core.setOutput('decision', result && !result.error ? result.decision : 'fail')
  if (result) {
    core.setOutput('agent-commits', String(result.counts.agentCommits))
    core.setOutput('agent-files', String(result.counts.agentFiles))
    core.setOutput('findings', String(result.counts.findings))
    core.setOutput('blocking-findings', String(result.counts.blockingFindings))
  }
  if (extras.auditFile) core.setOutput('audit-file', extras.auditFile)
  if (extras.artifactId !== undefined) core.setOutput('artifact-id', String(extras.artifactId))
}
