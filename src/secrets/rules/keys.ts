import type { SecretRule } from '../types.js'
import { shannonEntropy } from './entropy.js'
import { armouredPayload } from './structure.js'

/** A line break as written in a file, or escaped inside a JSON/code string. */
const NEWLINE = '(?:\\r?\\n|\\\\r?\\\\n)'

/** RFC 1421 / OpenPGP armour headers that may precede the base64 body. */
const HEADERS = `(?:${NEWLINE}[ \\t]{0,8}(?:Proc-Type|DEK-Info|Version|Comment|Hash|Charset):[^\\r\\n\\\\]{0,200}){0,6}`

/**
 * BEGIN..END with a body that cannot contain `-`: the match ends at the first
 * armour line, so a short placeholder block never runs on into a later key.
 */
const PRIVATE_KEY_BLOCK = new RegExp(
  `-----BEGIN (?<kind>(?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP |SSH2 ENCRYPTED )?PRIVATE KEY(?: BLOCK)?)-----` +
    `${HEADERS}(?<body>[A-Za-z0-9+/=\\s\\\\]{40,16000})-----END \\k<kind>-----`
)

/** The body must be real base64 of some length, not `MII...` or `AAAA` filler. */
function hasKeyMaterial(body: string, minLength: number): boolean {
  const payload = armouredPayload(body)
  return payload.length >= minLength && shannonEntropy(payload) >= 4.5
}

export const KEY_RULES: SecretRule[] = [
  {
    id: 'private-key-block',
    title: 'Private key (PEM, OpenSSH, PKCS#8, encrypted or PGP)',
    category: 'private-key',
    keywords: ['private key'],
    window: 16384,
    pattern: PRIVATE_KEY_BLOCK,
    validate: (_secret, match) => hasKeyMaterial(match.groups?.body ?? '', 40)
  },
  {
    id: 'putty-private-key',
    title: 'PuTTY private key',
    category: 'private-key',
    keywords: ['private-lines:'],
    window: 8192,
    // Lines of base64 up to the Private-MAC line that always closes the file.
    pattern:
      /Private-Lines: [0-9]{1,3}\r?\n(?<secret>[A-Za-z0-9+/=]{1,64}(?:\r?\n[A-Za-z0-9+/=]{1,64}){0,100})\r?\nPrivate-MAC:/,
    validate: secret => hasKeyMaterial(secret, 40)
  },
  {
    id: 'openvpn-static-key',
    title: 'OpenVPN static key',
    category: 'private-key',
    keywords: ['openvpn static key'],
    window: 4096,
    pattern:
      /-----BEGIN OpenVPN Static key V1-----(?<body>[a-f0-9\s\\n]{256,1400})-----END OpenVPN Static key V1-----/,
    validate: (_secret, match) => shannonEntropy(armouredPayload(match.groups?.body ?? '')) >= 3.5
  },
  {
    id: 'age-secret-key',
    title: 'age secret key',
    category: 'private-key',
    keywords: ['age-secret-key-1'],
    // Bech32 data alphabet, 58 characters of key material.
    pattern: /\b(?<secret>AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58})(?![A-Za-z0-9])/
  }
]
