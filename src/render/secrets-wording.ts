import type { SecretsReport } from '../evaluation/result.js'
import type { SecretFinding, Suppression } from '../secrets/types.js'
import { clip, plural, type Escape } from './wording.js'

/**
 * Words for the secrets part of the Markdown and terminal reports. A report
 * shows at most the first four characters of a secret and the first twelve
 * of its fingerprint: enough to find the line and match an allowlist entry,
 * not enough to use the credential or to confirm a guess at it offline.
 * Both limits are applied here, whatever the scanner handed over.
 */

export const PREVIEW_MAX_CHARS = 4
export const FINGERPRINT_SHOWN_CHARS = 12

/** What makes an unscanned file scannable; `code` formats the workflow setting. */
export function unscannedFix(code: Escape): string {
  return (
    `check out the full history with ${code('fetch-depth: 0')} ` +
    'so agent-audit can read the diff locally'
  )
}

export const FULL_FINGERPRINT_HINT =
  'The full fingerprint, which an allowlist entry needs, is in the audit record.'

/** At most the first four characters (code points, never half a surrogate pair). */
export function clampPreview(preview: string): string {
  return Array.from(preview).slice(0, PREVIEW_MAX_CHARS).join('')
}

/** "ghp_…": the preview, marked as the start of something longer. Unescaped. */
export function previewText(preview: string): string {
  return `${clampPreview(preview)}…`
}

/** The first 12 characters of a fingerprint. Unescaped. */
export function shortFingerprint(fingerprint: string): string {
  return Array.from(fingerprint).slice(0, FINGERPRINT_SHOWN_CHARS).join('')
}

export function activeSecrets(report: SecretsReport): SecretFinding[] {
  return report.findings.filter(finding => !finding.suppressed)
}

export function suppressedSecrets(report: SecretsReport): SecretFinding[] {
  return report.findings.filter(finding => finding.suppressed)
}

/** Whether there is anything to say: the scanner ran on something or could not. */
export function hasSecretsSection(report: SecretsReport): boolean {
  return (
    report.scannedFiles > 0 ||
    report.findings.length > 0 ||
    report.expiredAllowEntries.length > 0 ||
    report.unscannedFiles.length > 0
  )
}

const NUMBER = new Intl.NumberFormat('en-US')

/** "Scanned the added lines of 3 files (12,345 bytes): 1 secret found · 1 suppressed". */
export function secretsSummary(report: SecretsReport): string {
  const active = activeSecrets(report).length
  const suppressed = suppressedSecrets(report).length
  const found =
    active > 0
      ? `${plural(active, 'secret')} found`
      : suppressed > 0
        ? 'no unsuppressed secrets'
        : 'no secrets found'
  const parts = [found, suppressed > 0 ? `${suppressed} suppressed` : '']
  const bytes = `${NUMBER.format(report.bytesScanned)} ${report.bytesScanned === 1 ? 'byte' : 'bytes'}`
  return (
    `Scanned the added lines of ${plural(report.scannedFiles, 'file')} (${bytes}): ` +
    parts.filter(part => part !== '').join(' · ')
  )
}

/** Whether an agent touched the file, in words; undefined when the scanner's caller did not say. */
export function agentTouchedText(agentTouched: boolean | undefined): string | undefined {
  if (agentTouched === undefined) return undefined
  return agentTouched ? 'an agent touched this file' : 'no agent touched this file'
}

/**
 * Why a finding does not block, e.g. "allowlist entry: test key (expires
 * 2026-12-31)". The reason is untrusted: an inline marker's note is written
 * in the change itself. `code` formats the marker and the ignore pattern.
 */
export function suppressionText(suppression: Suppression, escape: Escape, code: Escape): string {
  const reason = clip(suppression.reason)
  switch (suppression.kind) {
    case 'inline':
      return `inline marker ${code(reason)}`
    case 'ignore_path':
      return `ignore_paths ${code(reason)}`
    case 'allowlist': {
      const expiry = suppression.expires
        ? `expires ${escape(suppression.expires)}`
        : 'does not expire'
      return `allowlist entry: ${escape(reason)} (${expiry})`
    }
  }
}

/** "old fixture — expired 2024-01-31, no longer suppresses" (the fingerprint is shown apart). */
export function expiredEntryText(
  entry: SecretsReport['expiredAllowEntries'][number],
  escape: Escape
): string {
  return `${escape(clip(entry.reason))} — expired ${escape(entry.expires)}, no longer suppresses`
}
