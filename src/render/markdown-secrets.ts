import type { AuditResult } from '../evaluation/result.js'
import type { SecretFinding } from '../secrets/types.js'
import { escapeMarkdown as md, markdownCode as code } from './escape.js'
import { ARTIFACT_POINTER, textBlock, type Block } from './fit.js'
import { htmlRow, noticeRow } from './markdown-html.js'
import {
  activeSecrets,
  expiredEntryText,
  FULL_FINGERPRINT_HINT,
  hasSecretsSection,
  previewText,
  secretsSummary,
  shortFingerprint,
  suppressedSecrets,
  suppressionText,
  unscannedFix
} from './secrets-wording.js'
import { locationOf, plural } from './wording.js'

/**
 * The "🔑 Secrets" part of the Markdown report: what the scanner read, the
 * secrets that block, expired allowlist entries and files it could not
 * read; the suppressed secrets follow, collapsed, as a section of their own
 * so that they are cut first. Never more of a secret than its preview.
 */

const SECRET_COLUMNS = ['Secret', 'Where', 'Preview', 'Fingerprint']

const moreSecrets = (omitted: number): string =>
  noticeRow(5, `… ${plural(omitted, 'more secret')}: ${ARTIFACT_POINTER}`)

function agentTouchedCell(agentTouched: boolean | undefined): string {
  return agentTouched === undefined ? 'not known' : agentTouched ? 'yes' : 'no'
}

export function secretsBlocks(result: AuditResult): Block[] {
  const report = result.secrets
  if (!hasSecretsSection(report)) return []
  const summary = `### 🔑 Secrets\n\n${secretsSummary(report)}.\n\n`
  // The 12 characters shown identify a finding; accepting one takes the whole fingerprint.
  const hint = activeSecrets(report).length > 0 ? `<sub>${FULL_FINGERPRINT_HINT}</sub>\n\n` : ''
  return [
    activeBlock(result, summary),
    textBlock(hint),
    expiredBlock(result),
    unscannedBlock(result)
  ]
}

function activeBlock(result: AuditResult, summary: string): Block {
  const findings = activeSecrets(result.secrets)
  if (findings.length === 0) return textBlock(summary)
  const rows = findings.map(finding =>
    htmlRow([...secretCells(finding), agentTouchedCell(finding.agentTouched)])
  )
  return {
    head: summary + '<table>\n' + htmlRow([...SECRET_COLUMNS, 'Agent touched the file'], 'th'),
    rows,
    tail: '</table>\n\n',
    notice: moreSecrets
  }
}

function secretCells(finding: SecretFinding): string[] {
  return [
    md(finding.title),
    code(locationOf(finding)),
    code(previewText(finding.preview)),
    code(shortFingerprint(finding.fingerprint))
  ]
}

function expiredBlock(result: AuditResult): Block {
  const entries = result.secrets.expiredAllowEntries
  if (entries.length === 0) return textBlock('')
  return {
    head: `**Expired allowlist entries (${entries.length}):**\n\n`,
    rows: entries.map(
      entry => `- ${code(shortFingerprint(entry.fingerprint))} ${expiredEntryText(entry, md)}\n`
    ),
    tail: '\n',
    notice: omitted =>
      `- … ${plural(omitted, 'more expired entry', 'more expired entries')}: ${ARTIFACT_POINTER}\n`
  }
}

function unscannedBlock(result: AuditResult): Block {
  const files = result.secrets.unscannedFiles
  if (files.length === 0) return textBlock('')
  return {
    head: `**Not scanned (${files.length}):** ${unscannedFix(code)}.\n\n`,
    rows: files.map(path => `- ${code(path)}\n`),
    tail: '\n',
    notice: omitted => `- … ${plural(omitted, 'more file')}: ${ARTIFACT_POINTER}\n`
  }
}

/** Suppressed secrets do not block: listed, collapsed, with what suppressed each. */
export function suppressedSecretsBlocks(result: AuditResult): Block[] {
  const findings = suppressedSecrets(result.secrets)
  if (findings.length === 0) return []
  const rows = findings.map(finding => {
    const why = finding.suppressed ? suppressionText(finding.suppressed, md, code) : ''
    return htmlRow([...secretCells(finding), why])
  })
  const head =
    `<details><summary>🔑 Suppressed secrets (${findings.length}): not blocking</summary>\n\n` +
    '<table>\n' +
    htmlRow([...SECRET_COLUMNS, 'Suppressed by'], 'th')
  return [{ head, rows, tail: '</table>\n\n</details>\n\n', notice: moreSecrets }]
}
