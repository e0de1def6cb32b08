import { B64, HEX, rand, within, type RuleSamples } from '../support.js'

/** A PEM body of `lines` random base64 lines of 64 characters. */
export function pemBody(lines: number, newline = '\n'): string {
  const out: string[] = []
  for (let i = 0; i < lines; i++) out.push(rand(B64, 64))
  return out.join(newline)
}

const block = (kind: string, body: string, newline = '\n'): string =>
  `-----BEGIN ${kind}-----${newline}${body}${newline}-----END ${kind}-----`

const PLACEHOLDER_THEN_REAL = (real: string): string =>
  `# example\n-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----\n\n${'filler line\n'.repeat(40)}${real}`

const realKey = block('RSA PRIVATE KEY', pemBody(20))

export const KEY_SAMPLES: RuleSamples[] = [
  {
    id: 'private-key-block',
    positives: [
      within(block('RSA PRIVATE KEY', pemBody(25)), s => `${s}\n`),
      within(block('EC PRIVATE KEY', pemBody(3, '\n  '), '\n  '), s => `key: |\n  ${s}\n`),
      within(block('PRIVATE KEY', pemBody(16, '\\n'), '\\n'), s => `{"private_key": "${s}\\n"}`),
      within(block('OPENSSH PRIVATE KEY', 'b3BlbnNzaC1rZXktdjE' + pemBody(6)), s => s),
      within(block('ENCRYPTED PRIVATE KEY', pemBody(12)), s => `const key = \`${s}\``),
      within(block('DSA PRIVATE KEY', pemBody(10)), s => s),
      within(
        block(
          'RSA PRIVATE KEY',
          `Proc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,${rand(HEX, 32).toUpperCase()}\n\n${pemBody(20)}`
        ),
        s => s
      ),
      within(
        block('PGP PRIVATE KEY BLOCK', `Version: GnuPG v2\n\n${pemBody(30)}\n=${rand(B64, 4)}`),
        s => s
      ),
      within(realKey, PLACEHOLDER_THEN_REAL)
    ],
    negatives: [
      block('CERTIFICATE', pemBody(20)),
      block('PUBLIC KEY', pemBody(6)),
      block('RSA PUBLIC KEY', pemBody(6)),
      block('PGP PUBLIC KEY BLOCK', pemBody(20)),
      '-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----',
      '-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA...\n-----END RSA PRIVATE KEY-----',
      block('PRIVATE KEY', Array(10).fill('A'.repeat(64)).join('\n')),
      'const header = "-----BEGIN PRIVATE KEY-----"'
    ]
  },
  {
    id: 'putty-private-key',
    positives: [1, 2].map(() =>
      within(
        pemBody(8),
        s =>
          `PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: deploy\nPublic-Lines: 2\n${pemBody(2)}\nPrivate-Lines: 8\n${s}\nPrivate-MAC: ${rand(HEX, 64)}`
      )
    ),
    negatives: ['Private-Lines: 1\nAAAA\nPrivate-MAC: abc']
  },
  {
    id: 'openvpn-static-key',
    positives: [1, 2].map(() => {
      const lines = Array.from({ length: 16 }, () => rand(HEX, 32)).join('\n')
      return within(
        `-----BEGIN OpenVPN Static key V1-----\n${lines}\n-----END OpenVPN Static key V1-----`,
        s => `<tls-auth>\n${s}\n</tls-auth>`
      )
    }),
    negatives: ['-----BEGIN OpenVPN Static key V1-----\n...\n-----END OpenVPN Static key V1-----']
  },
  {
    id: 'age-secret-key',
    positives: [1, 2].map(() =>
      within(
        'AGE-SECRET-KEY-1' + rand('QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L', 58),
        s => `# created: 2024-01-01\n${s}`
      )
    ),
    negatives: ['age1' + rand('qpzry9x8gf2tvdw0s3jn54khce6mua7l', 58), 'AGE-SECRET-KEY-1SHORT']
  }
]
