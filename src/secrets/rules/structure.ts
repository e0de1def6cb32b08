/**
 * Structure checks we are sure of (decoding, not checksums): a wrong checksum
 * check would silently drop real secrets, a decode check only drops shapes
 * that cannot be the credential.
 */

function decodeBase64(value: string, encoding: 'base64' | 'base64url'): string | undefined {
  try {
    return Buffer.from(value, encoding).toString('utf8')
  } catch {
    return undefined
  }
}

/** A JWT header is base64url JSON naming its algorithm; anything else only looks like one. */
export function isJwtHeader(segment: string): boolean {
  const text = decodeBase64(segment, 'base64url')
  if (text === undefined) return false
  try {
    const header: unknown = JSON.parse(text)
    return typeof header === 'object' && header !== null && 'alg' in header
  } catch {
    return false
  }
}

/** Basic credentials are base64 of `user:password` in printable text. */
export function isBasicCredential(encoded: string): boolean {
  const text = decodeBase64(encoded, 'base64')
  if (text === undefined) return false
  const colon = text.indexOf(':')
  return colon > 0 && colon < text.length - 1 && /^[\x20-\x7e]+$/.test(text)
}

/** Base64 payload of a PEM/PGP body with line breaks and escaped `\n` removed. */
export function armouredPayload(body: string): string {
  return body.replace(/\\[rn]/g, '').replace(/\s+/g, '')
}

/** Text around a match, for rules whose format needs a companion field nearby (Azure SAS). */
export function surroundings(match: RegExpExecArray, reach: number): string {
  const start = Math.max(0, match.index - reach)
  return match.input.slice(start, match.index + match[0].length + reach)
}
