/**
 * The reportable face of a secret: a fingerprint that survives line moves
 * and a preview too short to be useful to anyone who reads the report.
 */

import { createHash } from 'node:crypto'

/** sha256 hex of `${ruleId}:${secret}`: the key allowlist entries refer to. */
export function secretFingerprint(ruleId: string, secret: string): string {
  return createHash('sha256').update(`${ruleId}:${secret}`).digest('hex')
}

/**
 * The first characters of the secret: four for real-length tokens (usually
 * just the provider prefix, e.g. `ghp_`), two for short secrets where four
 * would be a large share of the value, none for very short ones.
 */
export function secretPreview(secret: string): string {
  if (secret.length >= 12) return secret.slice(0, 4)
  if (secret.length >= 8) return secret.slice(0, 2)
  return ''
}
