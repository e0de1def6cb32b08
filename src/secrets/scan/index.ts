/** The secret scanner over added lines: diff parsing, scanning, suppressions. */

export { addedRunsOfFiles, parseAddedRuns } from './added-lines.js'
export { KeywordHits, KeywordIndex } from './keyword-index.js'
export { createPlaceholderFilter, looksLikePlaceholder } from './placeholders.js'
export type { PlaceholderFilter } from './placeholders.js'
export { createScanner } from './scanner.js'
export type { ScannerOptions, SecretScanner } from './scanner.js'
export { secretFingerprint, secretPreview } from './finding.js'
export { shannonEntropy } from './entropy.js'
export { applySuppressions, INLINE_MARKER, lineLookupOfRuns, utcDate } from './suppressions.js'
export type {
  AllowEntry,
  ExpiredAllowEntry,
  LineLookup,
  SuppressionContext,
  SuppressionResult
} from './suppressions.js'
