/**
 * Strings that look like credentials and are not: digests, ids,
 * placeholders, documentation examples, public keys and certificates. A
 * good scanner flags (almost) none of them.
 */

import { generateKeyPairSync, createHash } from 'node:crypto'
import { ALNUM, BASE64, BASE64URL, DIGITS, HEX, LOWER, type Rng } from './rng.js'

export interface LookAlike {
  kind: string
  lines: string[]
}

type Maker = (rng: Rng) => string[]

function pemLike(rng: Rng, label: string, lineCount: number): string[] {
  const body = Array.from({ length: lineCount }, () => rng.string(BASE64, 64))
  return [`-----BEGIN ${label}-----`, ...body, `-----END ${label}-----`]
}

function uuid(rng: Rng): string {
  const h = (n: number): string => rng.string(HEX, n)
  return `${h(8)}-${h(4)}-4${h(3)}-${rng.pick(['8', '9', 'a', 'b'])}${h(3)}-${h(12)}`
}

const MAKERS: Record<string, Maker> = {
  'git-sha': rng => [
    rng.pick([
      `const commit = '${rng.string(HEX, 40)}'`,
      `  "gitHead": "${rng.string(HEX, 40)}",`,
      `# fixed in ${rng.string(HEX, 40)}`,
      `    revision: ${rng.string(HEX, 40)}`
    ])
  ],
  'sha256-digest': rng => [
    rng.pick([
      `  checksum: 'sha256:${createHash('sha256').update(rng.string(ALNUM, 20)).digest('hex')}',`,
      `EXPECTED_HASH = "${createHash('sha256').update(rng.string(ALNUM, 20)).digest('hex')}"`,
      `  cache_key = "${createHash('sha256').update(rng.string(ALNUM, 20)).digest('hex')}"`
    ])
  ],
  'md5-etag': rng => [`    etag: '"${rng.string(HEX, 32)}"',`],
  uuid: rng => [
    rng.pick([
      `  id: '${uuid(rng)}',`,
      `REQUEST_ID = "${uuid(rng)}"`,
      `    "correlationId": "${uuid(rng)}"`
    ])
  ],
  'npm-integrity': rng => [`      "integrity": "sha512-${rng.string(BASE64, 86)}==",`],
  'data-uri': rng => [`const icon = 'data:image/png;base64,${rng.string(BASE64, 120)}'`],
  'bcrypt-hash': rng => [`password_hash = "$2b$12$${rng.string(ALNUM + './', 53)}"`],
  'template-variable': rng => [
    rng.pick([
      'GITHUB_TOKEN=${GITHUB_TOKEN}',
      '  token: ${{ secrets.NPM_TOKEN }}',
      '    api_key: "{{ vault_api_key }}"',
      'export AWS_SECRET_ACCESS_KEY=$AWS_SECRET_ACCESS_KEY',
      'set STRIPE_SECRET_KEY=%STRIPE_SECRET_KEY%'
    ])
  ],
  'env-lookup': rng => [
    rng.pick([
      'const stripeKey = process.env.STRIPE_SECRET_KEY',
      "OPENAI_API_KEY = os.environ['OPENAI_API_KEY']",
      'slack_token = os.getenv("SLACK_BOT_TOKEN")',
      'aws_secret_access_key = ENV["AWS_SECRET_ACCESS_KEY"]'
    ])
  ],
  'masked-token': rng => [
    rng.pick([
      'GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      "stripe.api_key = 'sk_live_XXXXXXXXXXXXXXXXXXXXXXXX'",
      'AWS_ACCESS_KEY_ID=AKIAXXXXXXXXXXXXXXXX',
      '  token: xoxb-0000000000-0000000000000-xxxxxxxxxxxxxxxxxxxxxxxx',
      'NPM_TOKEN=npm_************************************',
      "const key = 'sk-ant-api03-...'"
    ])
  ],
  'angle-placeholder': rng => [
    rng.pick([
      'api_key = "<YOUR_API_KEY>"',
      'SENDGRID_API_KEY=<your-sendgrid-key>',
      '  "token": "<insert token here>",'
    ])
  ],
  'documentation-example': rng => [
    rng.pick([
      'aws_access_key_id = AKIAIOSFODNN7EXAMPLE',
      'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      'api_key = "your_api_key_here_changeme"'
    ])
  ],
  'public-key-pem': () => {
    const { publicKey } = generateKeyPairSync('ec', {
      namedCurve: 'P-256',
      publicKeyEncoding: { type: 'spki', format: 'pem' },
      privateKeyEncoding: { type: 'pkcs8', format: 'pem' }
    })
    return publicKey.trimEnd().split('\n')
  },
  certificate: rng => pemLike(rng, 'CERTIFICATE', rng.int(8, 20)),
  'ssh-public-key': rng => [
    rng.pick([
      `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${rng.string(BASE64, 43)} deploy@ci`,
      `ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ${rng.string(BASE64, 500)} user@host`
    ])
  ],
  'publishable-key': rng => [
    rng.pick([
      `const stripe = Stripe('pk_live_${rng.string(ALNUM, 99)}')`,
      `GOOGLE_CLIENT_ID=${rng.string(DIGITS, 12)}-${rng.string(LOWER + DIGITS, 32)}.apps.googleusercontent.com`
    ])
  ],
  'random-id': rng => [
    rng.pick([
      `  key: '${rng.string(BASE64URL, 21)}',`,
      `const nonce = "${rng.string(ALNUM, 32)}"`,
      `    sessionId: ${rng.string(HEX, 24)}`
    ])
  ],
  'weak-assignment': rng => [
    rng.pick([
      'password = "password"',
      'token: true',
      'secret_key = get_secret("payments")',
      'const apiKey = config.apiKey',
      'API_TOKEN = None'
    ])
  ]
}

export const LOOK_ALIKE_KINDS = Object.keys(MAKERS)

export function makeLookAlike(rng: Rng, exampleSecrets: readonly string[]): LookAlike {
  const kinds =
    exampleSecrets.length > 0 ? [...LOOK_ALIKE_KINDS, 'catalogue-example'] : LOOK_ALIKE_KINDS
  const kind = rng.pick(kinds)
  if (kind === 'catalogue-example') {
    const example = rng.pick(exampleSecrets)
    const lines = example.split('\n')
    return { kind, lines: lines.length > 1 ? lines : [`  example_value = "${example}"`] }
  }
  return { kind, lines: MAKERS[kind]!(rng) }
}
