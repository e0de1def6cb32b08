import type { AuditResult } from '../evaluation/result.js'
import type { SecretFinding } from '../secrets/types.js'
import { escapeTerminal as t } from './escape.js'
import {
  activeSecrets,
  agentTouchedText,
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
import { locationOf } from './wording.js'

const plain = (text: string): string => text

/**
 * The secrets part of the terminal report: what the scanner read, each
 * secret that blocks, then the suppressed ones, expired allowlist entries
 * and files it could not read. Never more of a secret than its preview.
 */
export function secretsSection(result: AuditResult, heading: (text: string) => string): string[] {
  const report = result.secrets
  if (!hasSecretsSection(report)) return []
  const lines = [heading('Secrets'), `  ${secretsSummary(report)}`]
  const active = activeSecrets(report)
  for (const finding of active) {
    lines.push(...secretLines(finding, '  ', agentTouchedText(finding.agentTouched)))
  }
  // The 12 characters shown identify a finding; accepting one takes the whole fingerprint.
  if (active.length > 0) lines.push(`  ${FULL_FINGERPRINT_HINT}`)
  const suppressed = suppressedSecrets(report)
  if (suppressed.length > 0) lines.push(`  Suppressed (${suppressed.length})`)
  for (const finding of suppressed) {
    const why = finding.suppressed && `suppressed by ${suppressionText(finding.suppressed, t, t)}`
    lines.push(...secretLines(finding, '    ', why))
  }
  lines.push(...expiredLines(result), ...unscannedLines(result))
  return lines
}

function secretLines(finding: SecretFinding, indent: string, note: string | undefined): string[] {
  const details = [
    t(previewText(finding.preview)),
    `fingerprint ${t(shortFingerprint(finding.fingerprint))}`
  ]
  if (note) details.push(note)
  return [
    `${indent}${t(finding.title)} in ${t(locationOf(finding))}`,
    `${indent}    ${details.join(' · ')}`
  ]
}

function expiredLines(result: AuditResult): string[] {
  const entries = result.secrets.expiredAllowEntries
  if (entries.length === 0) return []
  return [
    `  Expired allowlist entries (${entries.length})`,
    ...entries.map(
      entry => `    ${t(shortFingerprint(entry.fingerprint))}  ${expiredEntryText(entry, t)}`
    )
  ]
}

function unscannedLines(result: AuditResult): string[] {
  const files = result.secrets.unscannedFiles
  if (files.length === 0) return []
  return [
    `  Not scanned (${files.length}): ${unscannedFix(plain)}`,
    ...files.map(path => `    ${t(path)}`)
  ]
}
