import type { Evidence } from '../attribution/types.js'
import type { AuditResult, Finding, FindingStatus } from '../evaluation/result.js'
import { escapeTerminal as t, protectWorkflowCommands } from './escape.js'
import { secretsSection } from './text-secrets.js'
import {
  advisoryLines,
  agentCommitsOf,
  asLogin,
  clip,
  commitList,
  compareFindings,
  describeApproval,
  describeResolution,
  KIND_LABEL,
  locationOf,
  namesArea,
  scopeCounts,
  statusCounts,
  verdictLine,
  policySummary
} from './wording.js'

export interface TextOptions {
  /** ANSI colours for labels. Untrusted text is escaped either way. */
  color?: boolean
}

type Paint = (style: keyof typeof STYLES, text: string) => string

const STYLES = { red: '31', green: '32', yellow: '33', bold: '1', dim: '2' } as const

const STATUS_TAG: Record<FindingStatus, { label: string; style: keyof typeof STYLES }> = {
  violation: { label: 'VIOLATION', style: 'red' },
  needs_approval: { label: 'NEEDS APPROVAL', style: 'yellow' },
  approved: { label: 'APPROVED', style: 'green' },
  advisory: { label: 'ADVISORY', style: 'dim' }
}

/** What the last line of a finding offers: how it was resolved, how to resolve it, or a note. */
const RESOLUTION_LABEL: Record<FindingStatus, string> = {
  violation: 'fix',
  needs_approval: 'fix',
  approved: 'approval',
  advisory: 'note'
}

const TAG_WIDTH = 'NEEDS APPROVAL'.length
const DETAIL_INDENT = ' '.repeat(2 + TAG_WIDTH + 2)

/**
 * The terminal report of the CLI (also printed to the action's log). Every
 * piece of untrusted text goes through `escapeTerminal`, so a commit message
 * cannot repaint the terminal or issue a workflow command.
 */
export function renderText(result: AuditResult, options: TextOptions = {}): string {
  const paint: Paint = options.color
    ? (style, text) => `\u001b[${STYLES[style]}m${text}\u001b[0m`
    : (_style, text) => text
  const sections = [
    verdictSection(result, paint),
    commitsSection(result, paint),
    findingsSection(result, paint),
    secretsSection(result, text => paint('bold', text)),
    approvalsSection(result, paint),
    notesSection(result, paint),
    [policyLine(result)]
  ]
  const text = sections
    .filter(lines => lines.length > 0)
    .map(lines => lines.join('\n'))
    .join('\n\n')
  return `${protectWorkflowCommands(text)}\n`
}

function verdictSection(result: AuditResult, paint: Paint): string[] {
  const line = verdictLine(result, t)
  return [
    paint('bold', result.decision === 'pass' ? paint('green', line) : paint('red', line)),
    `   ${statusCounts(result)} — ${scopeCounts(result.counts)}`
  ]
}

function evidenceLine(evidence: Evidence, paint: Paint): string {
  const value = evidence.value ? ` (${t(clip(evidence.value))})` : ''
  const binding = evidence.binding === 'platform' ? 'platform' : 'declared'
  return `           ${paint('dim', binding.padEnd(8))}  ${t(evidence.detail)}${value}`
}

function commitsSection(result: AuditResult, paint: Paint): string[] {
  const agentCommits = agentCommitsOf(result)
  const lines = [
    paint('bold', `Agent commits (${agentCommits.length} of ${result.counts.commits})`)
  ]
  if (agentCommits.length === 0) lines.push('  No commit was attributed to an agent.')
  for (const commit of agentCommits) {
    const agent = t(commit.agentName ?? commit.agent ?? 'unknown agent')
    lines.push(`  ${t(commit.shortSha)}  ${agent}  ${t(clip(commit.subject))}`)
    lines.push(...commit.evidence.map(evidence => evidenceLine(evidence, paint)))
  }
  if (result.pullRequestEvidence.length > 0) {
    lines.push('  Pull request evidence')
    lines.push(...result.pullRequestEvidence.map(evidence => evidenceLine(evidence, paint)))
  }
  const requesters = result.requesters.map(person =>
    t(person.login ? asLogin(person.login) : `${person.name} <${person.email}>`)
  )
  if (requesters.length > 0) lines.push(`  Requested by ${requesters.join(', ')}`)
  return lines
}

function findingsSection(result: AuditResult, paint: Paint): string[] {
  if (result.findings.length === 0) return []
  const lines = [paint('bold', `Findings (${result.findings.length})`)]
  for (const finding of [...result.findings].sort(compareFindings)) {
    lines.push(...findingLines(result, finding, paint))
  }
  return lines
}

function findingLines(result: AuditResult, finding: Finding, paint: Paint): string[] {
  const tag = STATUS_TAG[finding.status]
  const previous = finding.previousPath ? ` (previously ${t(finding.previousPath)})` : ''
  const lines = [
    `  ${paint(tag.style, tag.label.padEnd(TAG_WIDTH))}  ${t(locationOf(finding))}${previous}`,
    `${DETAIL_INDENT}${ruleText(finding)}`,
    `${DETAIL_INDENT}why: ${t(finding.message)}`,
    `${DETAIL_INDENT}${RESOLUTION_LABEL[finding.status]}: ${describeResolution(result, finding, t)}`
  ]
  if (finding.commits.length > 0) {
    lines.push(`${DETAIL_INDENT}by: ${commitList(finding.commits, t)}`)
  }
  return lines
}

function ruleText(finding: Finding): string {
  const parts = [KIND_LABEL[finding.kind]]
  if (namesArea(finding)) parts.push(`area ${t(finding.area)}`)
  if (finding.ruleId) parts.push(`rule ${t(finding.ruleId)}`)
  if (finding.pattern) {
    const where = finding.patternWhere ? ` in ${t(finding.patternWhere)}` : ''
    parts.push(`pattern ${t(finding.pattern)}${where}`)
  }
  return parts.join(' · ')
}

function approvalsSection(result: AuditResult, paint: Paint): string[] {
  if (result.approvals.length === 0) return []
  const lines = [paint('bold', 'Approvals')]
  for (const approval of result.approvals) {
    const text = describeApproval(approval, result.reviewsAvailable, t)
    const style = approval.satisfied ? 'green' : 'yellow'
    lines.push(`  ${t(approval.area)}: ${paint(style, text)}`)
  }
  return lines
}

function notesSection(result: AuditResult, paint: Paint): string[] {
  const notes = advisoryLines(result, t, t)
  if (notes.length === 0) return []
  return [paint('bold', 'Notes'), ...notes.map(note => `  - ${note}`)]
}

function policyLine(result: AuditResult): string {
  return policySummary(result, t)
}
