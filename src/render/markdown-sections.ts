import type { Evidence } from '../attribution/types.js'
import type { AuditedCommit, AuditedFile, AuditResult } from '../evaluation/result.js'
import { escapeMarkdown as md, markdownCode as code } from './escape.js'
import { ARTIFACT_POINTER, textBlock, type Block } from './fit.js'
import { htmlRow, noticeRow } from './markdown-html.js'
import {
  advisoryLines,
  agentCommitsOf,
  asLogin,
  clip,
  commitList,
  compareFiles,
  plural,
  scopeCounts,
  statusCounts,
  VERDICT_LABEL,
  verdictLine,
  policySummary
} from './wording.js'

/** Everything in the Markdown report except the findings. */

export function headerBlock(result: AuditResult): Block {
  return textBlock(
    `## ${verdictLine(result, md)}\n\n` +
      `**${statusCounts(result)}** — ${scopeCounts(result.counts)}.\n\n`
  )
}

const BINDING_LABEL: Record<Evidence['binding'], string> = {
  platform: '🔒 platform',
  declared: '✍️ declared'
}

function evidenceText(evidence: Evidence): string {
  const value = evidence.value ? ` ${code(clip(evidence.value))}` : ''
  return `${BINDING_LABEL[evidence.binding]}: ${md(evidence.detail)}${value}`
}

export function commitsBlock(result: AuditResult): Block {
  const agentCommits = agentCommitsOf(result)
  const title = `### 🤖 Agent commits (${agentCommits.length} of ${result.counts.commits})\n\n`
  if (agentCommits.length === 0) {
    return textBlock(`${title}No commit was attributed to an agent.\n\n`)
  }
  return {
    head: title + '<table>\n' + htmlRow(['Commit', 'Agent', 'Subject', 'Evidence'], 'th'),
    rows: agentCommits.map(commitRow),
    tail: '</table>\n\n',
    notice: omitted =>
      noticeRow(4, `… ${plural(omitted, 'more agent commit')}: ${ARTIFACT_POINTER}`)
  }
}

function commitRow(commit: AuditedCommit): string {
  const agent = md(commit.agentName ?? commit.agent ?? 'unknown agent')
  const evidence = commit.evidence.map(evidenceText).join('<br>')
  return htmlRow([code(commit.shortSha), agent, md(clip(commit.subject)), evidence])
}

/** Pull-request evidence, requesters and the legend for the evidence bindings. */
export function evidenceBlock(result: AuditResult): Block {
  const rows = result.pullRequestEvidence.map(evidence => `- ${evidenceText(evidence)}\n`)
  const requesters = result.requesters.map(person =>
    md(person.login ? asLogin(person.login) : `${person.name} <${person.email}>`)
  )
  const requested = requesters.length > 0 ? `Requested by ${requesters.join(', ')}.\n\n` : ''
  const hasEvidence = rows.length > 0 || result.commits.some(commit => commit.evidence.length > 0)
  const legend = hasEvidence
    ? '<sub>🔒 platform: bound to a GitHub account by GitHub. ' +
      '✍️ declared: written by whoever pushed the commit or edited the pull request; it can be forged.</sub>\n\n'
    : ''
  return {
    head: rows.length > 0 ? '**Pull request evidence:**\n\n' : '',
    rows,
    tail: (rows.length > 0 ? '\n' : '') + requested + legend,
    notice: omitted => `- … ${plural(omitted, 'more piece')} of evidence: ${ARTIFACT_POINTER}\n`
  }
}

export function advisoriesBlock(result: AuditResult): Block {
  const rows = advisoryLines(result, md, code).map(line => `- ${line}\n`)
  return {
    head: rows.length > 0 ? '### ℹ️ Notes\n\n' : '',
    rows,
    tail: rows.length > 0 ? '\n' : '',
    notice: omitted => `- … ${plural(omitted, 'more note')}: ${ARTIFACT_POINTER}\n`
  }
}

const VERDICT_ICON: Record<AuditedFile['verdict'], string> = {
  blocked: '⛔',
  needs_approval: '⏳',
  allowed: '✅',
  not_agent: '·'
}

/** A collapsed list of every agent-touched file and what the policy said about it. */
export function filesBlock(result: AuditResult): Block {
  const files = result.files.filter(file => file.agentTouched).sort(compareFiles)
  if (files.length === 0) return textBlock('')
  return {
    head:
      `<details><summary>Agent-touched files (${files.length})</summary>\n\n<table>\n` +
      htmlRow(['Path', 'Change', 'Verdict', 'Agent commits'], 'th'),
    rows: files.map(fileRow),
    tail: '</table>\n\n</details>\n\n',
    notice: omitted => noticeRow(4, `… ${plural(omitted, 'more file')}: ${ARTIFACT_POINTER}`)
  }
}

function fileRow(file: AuditedFile): string {
  const previous = file.previousPath ? `<br>previously ${code(file.previousPath)}` : ''
  const change = [
    file.status ? md(file.status) : '',
    file.mode === '120000' ? 'symlink' : file.mode === '160000' ? 'submodule' : '',
    file.inNetDiff ? '' : 'not in the final diff'
  ].filter(part => part !== '')
  const verdict = `${VERDICT_ICON[file.verdict]} ${VERDICT_LABEL[file.verdict]}`
  return htmlRow([
    code(file.path) + previous,
    change.join(' · '),
    verdict,
    commitList(file.agentCommits, code)
  ])
}

export function footerBlock(result: AuditResult, artifactNote: string | undefined): Block {
  const note = artifactNote ? `${artifactNote}\n\n` : ''
  return textBlock(`${policyLine(result)}\n\n${note}`)
}

function policyLine(result: AuditResult): string {
  return (
    `${policySummary(result, code)} · ` +
    `base ${code(result.baseSha.slice(0, 7))} → head ${code(result.headSha.slice(0, 7))}`
  )
}
