/**
 * Shared shapes of the secrets stage: the rule catalogue (src/secrets/rules),
 * the scanner over added lines (src/secrets/scan), secret files by path
 * (src/secrets/files) and agent edits to CI workflows (src/secrets/workflows).
 *
 * A secret value exists only inside the scanner's return value for the
 * caller to mask (`SecretScanResult.values`); everything that can reach an
 * output (findings, records, reports) holds a fingerprint and a preview of at
 * most four characters, never the value.
 */

/** One credential format, written from the provider's documented token format. */
export interface SecretRule {
  /** Stable id, kebab-case: 'github-pat-classic', 'aws-access-key-id'. */
  id: string
  /** Human title: 'GitHub personal access token (classic)'. */
  title: string
  /** Broad group for reports and recall: 'cloud', 'vcs', 'registry', 'payments', 'messaging', 'ai', 'observability', 'platform', 'private-key', 'jwt', 'url-credentials', 'generic'. */
  category: string
  /**
   * Lower-case literal substrings, at least one of which occurs in (or right
   * next to) every true match. The scanner finds keyword hits in one pass and
   * runs `pattern` only in a window around each hit.
   */
  keywords: string[]
  /**
   * The format. Must not backtrack catastrophically: bounded repeats
   * (`{20,40}`), no nested quantifiers. Flags other than `g`/`y` are allowed
   * (`i`, `m`, `s`); the scanner adds what it needs. The secret is the named
   * group `secret` when present, else the whole match.
   */
  pattern: RegExp
  /** Characters each side of a keyword hit to search (default 200; private keys need more). */
  window?: number
  /** Minimum Shannon entropy (bits per character) of the secret, for formats with loose shapes. */
  minEntropy?: number
  /** Extra checks on a candidate (checksums, structure); false drops it. */
  validate?: (secret: string, match: RegExpExecArray) => boolean
}

/** A run of consecutive added lines of one file, numbered as in the new file. */
export interface AddedRun {
  path: string
  /** Line number (1-based, new file) of lines[0]. */
  startLine: number
  lines: string[]
}

export type SuppressionKind = 'inline' | 'allowlist' | 'ignore_path'

export interface Suppression {
  kind: SuppressionKind
  /** The allowlist entry's reason, or the marker line, or the ignore pattern. */
  reason: string
  /** For allowlist entries: the expiry date (YYYY-MM-DD). */
  expires?: string
}

export interface SecretFinding {
  ruleId: string
  title: string
  category: string
  path: string
  /** 1-based line and column in the new file where the secret starts. */
  line: number
  column: number
  /** sha256 of `${ruleId}:${secret}`, hex: stable across runs, reveals nothing. */
  fingerprint: string
  /** At most the first four characters of the secret, e.g. 'ghp_' or 'AKIA'. */
  preview: string
  /** Whether agent commits touched the file (set by the caller that knows attribution). */
  agentTouched?: boolean
  /** Present when the finding is suppressed; suppressed findings never block. */
  suppressed?: Suppression
}

export interface SecretScanResult {
  findings: SecretFinding[]
  /** The raw secret values found, only so the caller can mask them (core.setSecret). Never serialise. */
  values: string[]
  /** Bytes of added text scanned. */
  bytesScanned: number
}
