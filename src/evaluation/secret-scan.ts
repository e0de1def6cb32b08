import type { ChangeSet, FileChange } from '../engine/change-set.js'
import type { Policy } from '../policy/types.js'
import { EXAMPLE_SECRETS, SECRET_RULES } from '../secrets/rules/index.js'
import { addedRunsOfFiles } from '../secrets/scan/added-lines.js'
import { createScanner, type SecretScanner } from '../secrets/scan/scanner.js'
import { applySuppressions, lineLookupOfRuns } from '../secrets/scan/suppressions.js'
import type { SecretsReport } from './result.js'

let scanner: SecretScanner | undefined

/** The catalogue is compiled once per process: the CLI and the action scan once, tests many times. */
function catalogueScanner(): SecretScanner {
  scanner ??= createScanner(SECRET_RULES, { exampleSecrets: EXAMPLE_SECRETS })
  return scanner
}

export interface SecretScanOutcome {
  report: SecretsReport
  /** Raw values, only for masking in CI logs; never part of the report. */
  values: string[]
}

/**
 * Scans the added lines of every file in the change (agent-made or not:
 * anyone adding a credential fails the audit), then marks suppressions.
 * Files whose added lines cannot be read are listed, not skipped silently.
 */
export function scanAddedLines(
  changeSet: ChangeSet,
  policy: Policy,
  agentTouched: (path: string) => boolean,
  today: string
): SecretScanOutcome {
  const scannable = changeSet.files.filter(file => file.status !== 'deleted')
  const runs = addedRunsOfFiles(scannable)
  const scanned = catalogueScanner().scan(runs)
  const { findings, expiredAllowEntries } = applySuppressions(scanned.findings, {
    lineText: lineLookupOfRuns(runs),
    ignorePaths: policy.secrets.ignorePaths,
    allow: policy.secrets.allow,
    today
  })
  return {
    values: scanned.values,
    report: {
      scannedFiles: scannable.filter(file => file.patch !== undefined).length,
      bytesScanned: scanned.bytesScanned,
      findings: findings.map(finding => ({ ...finding, agentTouched: agentTouched(finding.path) })),
      suppressed: findings.filter(finding => finding.suppressed).length,
      expiredAllowEntries: expiredAllowEntries.map(({ entry }) => ({
        fingerprint: entry.fingerprint,
        reason: entry.reason,
        expires: entry.expires ?? ''
      })),
      unscannedFiles: scannable.filter(unreadable).map(file => file.path)
    }
  }
}

/**
 * A text file with added lines but no patch: GitHub leaves the patch out of
 * very large diffs. Binary files have no added lines to read and are not
 * counted (their additions are 0).
 */
function unreadable(file: FileChange): boolean {
  return file.patch === undefined && (file.additions ?? 0) > 0
}
