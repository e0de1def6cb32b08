import type { AuditResult, Finding, FindingStatus } from '../evaluation/result.js'
import { escapeMarkdown as md, markdownCode as code } from './escape.js'
import { ARTIFACT_POINTER, textBlock, type Block } from './fit.js'
import { htmlRow, noticeRow } from './markdown-html.js'
import {
  commitList,
  compareFindings,
  describeApproval,
  findApproval,
  KIND_LABEL,
  locationOf,
  namesArea,
  plural
} from './wording.js'

/**
 * The findings part of the Markdown report: violations (each with its own
 * fix), then findings that need approval and approved ones, grouped by area
 * because one approval covers a whole area, then advisory ones.
 */

const moreFindings = (columns: number) => (omitted: number) =>
  noticeRow(columns, `… ${plural(omitted, 'more finding')}: ${ARTIFACT_POINTER}`)

/** Findings sorted for display, of one status. */
function withStatus(result: AuditResult, status: FindingStatus): Finding[] {
  return [...result.findings].sort(compareFindings).filter(finding => finding.status === status)
}

export function violationBlocks(result: AuditResult): Block[] {
  const findings = withStatus(result, 'violation')
  if (findings.length === 0) return []
  const head =
    `### ⛔ Violations (${findings.length})\n\n` +
    'These block the merge, and no approval can waive them.\n\n' +
    '<table>\n' +
    htmlRow(['Path', 'Rule', 'Why', 'To resolve'], 'th')
  const rows = findings.map(finding =>
    htmlRow([pathCell(finding), ruleCell(finding), whyCell(finding), md(finding.resolution)])
  )
  return [{ head, rows, tail: '</table>\n\n', notice: moreFindings(4) }]
}

export function needsApprovalBlocks(result: AuditResult): Block[] {
  const findings = withStatus(result, 'needs_approval')
  if (findings.length === 0) return []
  const heading = textBlock(
    `### ⏳ Needs approval (${findings.length})\n\n` +
      'These block the merge until each area below has the approvals it needs.\n\n'
  )
  return [heading, ...areaBlocks(result, findings)]
}

/** Approved findings do not block: they are listed, collapsed, for the record. */
export function approvedBlocks(result: AuditResult): Block[] {
  const findings = withStatus(result, 'approved')
  if (findings.length === 0) return []
  const open = textBlock(
    `<details><summary>✅ Approved (${findings.length}): not blocking</summary>\n\n`
  )
  return [open, ...areaBlocks(result, findings), textBlock('</details>\n\n')]
}

/** Advisory findings never block, but are worth a look (e.g. a human committed a key file). */
export function advisoryBlocks(result: AuditResult): Block[] {
  const findings = withStatus(result, 'advisory')
  if (findings.length === 0) return []
  const head =
    `### ⚠️ Advisory (${findings.length}): not blocking\n\n` +
    '<table>\n' +
    htmlRow(['Path', 'Rule', 'Why', 'Note'], 'th')
  const rows = findings.map(finding =>
    htmlRow([pathCell(finding), ruleCell(finding), whyCell(finding), md(finding.resolution)])
  )
  return [{ head, rows, tail: '</table>\n\n', notice: moreFindings(4) }]
}

function areaBlocks(result: AuditResult, findings: Finding[]): Block[] {
  const areas = [...new Set(findings.map(finding => finding.area))]
  return areas.map(area => {
    const inArea = findings.filter(finding => finding.area === area)
    const head =
      `**Area ${code(area)}**: ${areaRequirement(result, inArea)}\n\n` +
      '<table>\n' +
      htmlRow(['Path', 'Rule', 'Why'], 'th')
    const rows = inArea.map(finding =>
      htmlRow([pathCell(finding), ruleCell(finding), whyCell(finding)])
    )
    return { head, rows, tail: '</table>\n\n', notice: moreFindings(3) }
  })
}

function areaRequirement(result: AuditResult, inArea: Finding[]): string {
  const first = inArea[0]
  if (!first) return ''
  const approval = findApproval(result, first.area)
  return approval ? describeApproval(approval, result.reviewsAvailable, md) : md(first.resolution)
}

function pathCell(finding: Finding): string {
  const previous = finding.previousPath ? `<br>previously ${code(finding.previousPath)}` : ''
  return code(locationOf(finding)) + previous
}

function ruleCell(finding: Finding): string {
  const parts = [code(KIND_LABEL[finding.kind])]
  if (namesArea(finding)) parts.push(`area ${code(finding.area)}`)
  if (finding.ruleId) parts.push(`rule ${code(finding.ruleId)}`)
  const rule = parts.join(' · ')
  if (!finding.pattern) return rule
  const where = finding.patternWhere ? ` in ${code(finding.patternWhere)}` : ''
  return `${rule}<br>pattern ${code(finding.pattern)}${where}`
}

function whyCell(finding: Finding): string {
  if (finding.commits.length === 0) return md(finding.message)
  return `${md(finding.message)}<br>by ${commitList(finding.commits, code)}`
}
