/**
 * Credential samples per rule, generated in-process. Well-known formats have
 * hand-written generators that follow the providers' documented shapes
 * (GitHub's checksummed tokens, real PEM keys from node:crypto, Slack ids,
 * JWTs with real JSON headers...). Every other rule gets a sample drawn from
 * its own pattern (see regex-sampler.ts); those only show that the engine
 * finds what the rule describes, not that the rule fits the provider.
 */

import { generateKeyPairSync } from 'node:crypto'
import { createScanner } from '../../src/secrets/scan/scanner.js'
import type { SecretRule } from '../../src/secrets/types.js'
import { hasSecretGroup, parsePattern, sample, UnsupportedPattern } from './regex-sampler.js'
import { ALNUM, BASE64, BASE64URL, DIGITS, HEX, LOWER, Rng, UPPER } from './rng.js'

export interface Sample {
  /** Lines to insert as added lines. */
  lines: string[]
  /** Index in `lines` of the line where the secret starts. */
  line: number
  secret: string
}

export type SampleSource = 'hand' | 'pattern'

type Generator = (rng: Rng) => Sample

/** A raw token written the way code and config hold credentials. */
function inCode(rng: Rng, name: string, value: string, named: boolean): Sample {
  const lower = name.toLowerCase()
  const camel = lower.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase())
  const templates = [
    `const ${camel} = '${value}'`,
    `${name}=${value}`,
    `export ${name}="${value}"`,
    `  "${lower}": "${value}",`,
    `${lower}: ${value}`,
    `    ${lower} = "${value}"`,
    `    client = Client(api_key="${value}")`,
    `  headers: { Authorization: 'Bearer ${value}' },`
  ]
  // Formats without a prefix are only recognisable next to a name that says what they are.
  const line = rng.pick(named ? templates.slice(0, 6) : templates)
  return { lines: [line], line: 0, secret: value }
}

function token(name: string, make: (rng: Rng) => string): Generator {
  return rng => inCode(rng, name, make(rng), false)
}

function namedToken(name: string, make: (rng: Rng) => string): Generator {
  return rng => inCode(rng, name, make(rng), true)
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})

function crc32(text: string): number {
  let crc = 0xffffffff
  for (let i = 0; i < text.length; i++)
    crc = CRC_TABLE[(crc ^ text.charCodeAt(i)) & 0xff]! ^ (crc >>> 8)
  return (crc ^ 0xffffffff) >>> 0
}

function base62(value: number, width: number): string {
  let out = ''
  for (let v = value; v > 0; v = Math.floor(v / 62)) out = ALNUM[v % 62] + out
  return out.padStart(width, '0')
}

/** GitHub's documented shape: prefix, 30 random base62 characters, base62 CRC32 in 6. */
function github(prefix: string): Generator {
  return token('GITHUB_TOKEN', rng => {
    const body = rng.string(ALNUM, 30)
    return `${prefix}${body}${base62(crc32(body), 6)}`
  })
}

function b64url(text: string): string {
  return Buffer.from(text).toString('base64url')
}

function pemBlock(rng: Rng, pem: string): Sample {
  const lines = pem.trimEnd().split('\n')
  const style = rng.int(0, 2)
  if (style === 0) return { lines, line: 0, secret: pem }
  if (style === 1)
    return { lines: ['const key = `' + lines[0], ...lines.slice(1), '`'], line: 0, secret: pem }
  return { lines: ['private_key: |', ...lines.map(l => `  ${l}`)], line: 1, secret: pem }
}

function privateKey(type: 'rsa' | 'ec' | 'ed25519', format: 'pkcs1' | 'sec1' | 'pkcs8'): Generator {
  return rng => {
    const options =
      type === 'rsa' ? { modulusLength: 1024 } : type === 'ec' ? { namedCurve: 'P-256' } : {}
    const { privateKey } = generateKeyPairSync(type as 'rsa', {
      ...(options as { modulusLength: number }),
      publicKeyEncoding: { type: 'spki', format: 'pem' },
      privateKeyEncoding: { type: format as 'pkcs1', format: 'pem' }
    })
    return pemBlock(rng, privateKey)
  }
}

const HAND: Record<string, Generator> = {
  'github-pat-classic': github('ghp_'),
  'github-oauth-token': github('gho_'),
  'github-user-to-server-token': github('ghu_'),
  'github-server-to-server-token': github('ghs_'),
  'github-refresh-token': github('ghr_'),
  'github-pat-fine-grained': token(
    'GH_PAT',
    rng => `github_pat_${rng.string(ALNUM, 22)}_${rng.string(ALNUM, 59)}`
  ),
  'gitlab-pat': token('GITLAB_TOKEN', rng => `glpat-${rng.string(ALNUM + '_-', 20)}`),
  'aws-access-key-id': token('AWS_ACCESS_KEY_ID', rng => `AKIA${rng.string(UPPER + '234567', 16)}`),
  'aws-secret-access-key': namedToken('AWS_SECRET_ACCESS_KEY', rng => rng.string(BASE64, 40)),
  'gcp-api-key': token('GOOGLE_API_KEY', rng => `AIza${rng.string(ALNUM + '_-', 35)}`),
  'slack-bot-token': token(
    'SLACK_BOT_TOKEN',
    rng => `xoxb-${rng.string(DIGITS, 12)}-${rng.string(DIGITS, 13)}-${rng.string(ALNUM, 24)}`
  ),
  'slack-user-token': token(
    'SLACK_USER_TOKEN',
    rng =>
      `xoxp-${rng.string(DIGITS, 12)}-${rng.string(DIGITS, 12)}-${rng.string(DIGITS, 13)}-${rng.string(HEX, 32)}`
  ),
  'slack-webhook-url': token(
    'SLACK_WEBHOOK_URL',
    rng =>
      `https://hooks.slack.com/services/T${rng.string(UPPER + DIGITS, 8)}/B${rng.string(UPPER + DIGITS, 10)}/${rng.string(ALNUM, 24)}`
  ),
  'stripe-secret-key': token(
    'STRIPE_SECRET_KEY',
    rng => `sk_live_${rng.string(ALNUM, rng.pick([24, 99]))}`
  ),
  'stripe-restricted-key': token('STRIPE_KEY', rng => `rk_live_${rng.string(ALNUM, 99)}`),
  'stripe-webhook-secret': token('STRIPE_WEBHOOK_SECRET', rng => `whsec_${rng.string(ALNUM, 32)}`),
  'openai-api-key': token('OPENAI_API_KEY', rng => `sk-proj-${rng.string(BASE64URL, 156)}`),
  'openai-api-key-legacy': token(
    'OPENAI_API_KEY',
    rng => `sk-${rng.string(ALNUM, 20)}T3BlbkFJ${rng.string(ALNUM, 20)}`
  ),
  'anthropic-api-key': token(
    'ANTHROPIC_API_KEY',
    rng => `sk-ant-api03-${rng.string(BASE64URL, 93)}AA`
  ),
  'npm-access-token': token('NPM_TOKEN', rng => `npm_${rng.string(ALNUM, 36)}`),
  'pypi-upload-token': token(
    'PYPI_TOKEN',
    rng => `pypi-AgEIcHlwaS5vcmc${rng.string(BASE64URL, rng.int(70, 180))}`
  ),
  'sendgrid-api-key': token(
    'SENDGRID_API_KEY',
    rng => `SG.${rng.string(BASE64URL, 22)}.${rng.string(BASE64URL, 43)}`
  ),
  'twilio-api-key': token('TWILIO_API_KEY', rng => `SK${rng.string(HEX, 32)}`),
  'mailchimp-api-key': token(
    'MAILCHIMP_API_KEY',
    rng => `${rng.string(HEX, 32)}-us${rng.int(1, 21)}`
  ),
  'telegram-bot-token': token(
    'TELEGRAM_BOT_TOKEN',
    rng => `${rng.int(100000000, 7999999999)}:AA${rng.string(BASE64URL, 33)}`
  ),
  'discord-webhook-url': token(
    'DISCORD_WEBHOOK',
    rng => `https://discord.com/api/webhooks/${rng.string(DIGITS, 18)}/${rng.string(BASE64URL, 68)}`
  ),
  'digitalocean-token': token('DIGITALOCEAN_TOKEN', rng => `dop_v1_${rng.string(HEX, 64)}`),
  'datadog-api-key': namedToken('DATADOG_API_KEY', rng => rng.string(HEX, 32)),
  'shopify-token': token('SHOPIFY_ACCESS_TOKEN', rng => `shpat_${rng.string(HEX, 32)}`),
  'dockerhub-token': token('DOCKERHUB_TOKEN', rng => `dckr_pat_${rng.string(BASE64URL, 27)}`),
  'huggingface-token': token('HF_TOKEN', rng => `hf_${rng.string(UPPER + LOWER, 34)}`),
  jwt: token('AUTH_TOKEN', rng => {
    const header = b64url(JSON.stringify({ alg: rng.pick(['HS256', 'RS256']), typ: 'JWT' }))
    const payload = b64url(
      JSON.stringify({
        sub: rng.string(DIGITS, 10),
        name: rng.string(LOWER, 8),
        iat: rng.int(1.6e9, 1.8e9)
      })
    )
    return `${header}.${payload}.${rng.string(BASE64URL, 43)}`
  }),
  'private-key-block': rng =>
    rng.pick([
      privateKey('rsa', 'pkcs1'),
      privateKey('rsa', 'pkcs8'),
      privateKey('ec', 'sec1'),
      privateKey('ec', 'pkcs8'),
      privateKey('ed25519', 'pkcs8')
    ])(rng),
  'dynatrace-token': token(
    'DT_API_TOKEN',
    rng => `dt0c01.${rng.string(UPPER + DIGITS, 24)}.${rng.string(UPPER + DIGITS, 64)}`
  ),
  'azure-sas-token': rng => {
    const sig = encodeURIComponent(Buffer.from(rng.string(ALNUM, 32)).toString('base64'))
    const url = `https://${rng.string(LOWER, 10)}.blob.core.windows.net/${rng.string(LOWER, 6)}?sv=2022-11-02&ss=b&srt=co&sp=rl&se=2026-01-01T00:00:00Z&spr=https&sig=${sig}`
    return { lines: [`AZURE_BLOB_SAS_URL="${url}"`], line: 0, secret: sig }
  },
  'docker-config-auth': rng => {
    const auth = Buffer.from(
      `${rng.pick(['deploy', 'ci-bot', 'me'])}:${rng.string(ALNUM, 20)}`
    ).toString('base64')
    return {
      lines: [
        '{',
        '  "auths": {',
        `    "${rng.pick(['ghcr.io', 'registry.example.io', 'https://index.docker.io/v1/'])}": {`,
        `      "auth": "${auth}"`,
        '    }',
        '  }',
        '}'
      ],
      line: 3,
      secret: auth
    }
  },
  'basic-auth-header': rng => {
    const value = Buffer.from(
      `${rng.pick(['api', 'svc-user', 'admin'])}:${rng.string(ALNUM, 18)}`
    ).toString('base64')
    return {
      lines: [
        rng.pick([
          `  headers: { Authorization: 'Basic ${value}' },`,
          `curl -H "Authorization: Basic ${value}" https://api.internal/v1/items`
        ])
      ],
      line: 0,
      secret: value
    }
  },
  'generic-secret-assignment': rng => {
    // Values starting with `$ % & @` read as template syntax to the catalogue, so start alphanumeric.
    const value = rng.string(ALNUM, 1) + rng.string(ALNUM + '!@#%^&*_-', rng.int(15, 39))
    const line = rng.pick([
      `DB_PASSWORD="${value}"`,
      `    "client_secret": "${value}",`,
      `SECRET_KEY = '${value}'`,
      `  signing_key: ${value}`,
      `const apiKey = "${value}"`
    ])
    return { lines: [line], line: 0, secret: value }
  },
  'generic-config-key-value': rng => {
    const value = rng.string(ALNUM, rng.int(16, 40))
    const name = rng.pick(['ApiSecret', 'StoragePassword', 'ServiceToken', 'SigningKey'])
    return { lines: [`    <add key="${name}" value="${value}" />`], line: 0, secret: value }
  },
  'generic-xml-element': rng => {
    const value = rng.string(ALNUM, rng.int(16, 40))
    const name = rng.pick(['password', 'clientSecret', 'apiToken'])
    return { lines: [`  <${name}>${value}</${name}>`], line: 0, secret: value }
  },
  'url-credentials': rng => {
    const password = rng.string(ALNUM, rng.int(12, 24))
    const url = `${rng.pick(['postgres', 'mysql', 'mongodb+srv', 'redis', 'amqp', 'https'])}://${rng.pick(['admin', 'app', 'deploy', 'svc_api'])}:${password}@${rng.pick(['db.internal', 'cache.prod.local', 'mq.corp.net'])}:${rng.int(1000, 9999)}/${rng.string(LOWER, 6)}`
    return { lines: [`DATABASE_URL=${url}`], line: 0, secret: password }
  }
}

/**
 * A sample drawn from the rule's pattern, placed on a line of code and kept
 * only when the rule itself (with the global filters) reports it: a few
 * tries, since random draws can hit a placeholder word or low entropy.
 */
function fromPattern(rule: SecretRule): Generator | undefined {
  let tree: ReturnType<typeof parsePattern>
  try {
    tree = parsePattern(rule.pattern.source)
  } catch (error) {
    if (error instanceof UnsupportedPattern) return undefined
    throw error
  }
  const check = createScanner([rule])
  const wholeIsSecret = !hasSecretGroup(rule.pattern.source)
  // Formats that need their provider's name nearby get it as the variable name.
  const name = `${rule.keywords[0]!.toUpperCase()
    .replace(/[^A-Z0-9]+/g, '_')
    .replace(/^_|_$/g, '')}_KEY`
  return rng => {
    for (let attempt = 0; attempt < 200; attempt++) {
      const text = sample(tree, rng, wholeIsSecret)
      const named = rule.keywords.some(k => text.toLowerCase().includes(k))
        ? text
        : `${name}="${text}"`
      const lines = `  ${named}${rng.pick(['', ';', ','])}`.split('\n')
      const found = check.scan([{ path: 'x', startLine: 1, lines }])
      if (found.findings.length === 1 && found.values.length === 1) {
        return { lines, line: found.findings[0]!.line - 1, secret: found.values[0]! }
      }
    }
    throw new UnsupportedPattern(`no sample for ${rule.id}`)
  }
}

export interface SampleSet {
  ruleId: string
  source: SampleSource
  generate: Generator
}

/** One generator per rule that has one: hand-written first, else drawn from the pattern. */
export function sampleGenerators(
  rules: readonly SecretRule[],
  rng: Rng
): {
  sets: SampleSet[]
  missing: string[]
} {
  const sets: SampleSet[] = []
  const missing: string[] = []
  for (const rule of rules) {
    const hand = HAND[rule.id]
    if (hand) {
      sets.push({ ruleId: rule.id, source: 'hand', generate: hand })
      continue
    }
    const derived = fromPattern(rule)
    if (derived && producesSamples(derived, rng)) {
      sets.push({ ruleId: rule.id, source: 'pattern', generate: derived })
    } else {
      missing.push(rule.id)
    }
  }
  return { sets, missing }
}

function producesSamples(generate: Generator, rng: Rng): boolean {
  try {
    generate(rng)
    return true
  } catch (error) {
    if (error instanceof UnsupportedPattern) return false
    throw error
  }
}

export const HAND_WRITTEN_IDS = Object.keys(HAND)
