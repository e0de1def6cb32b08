import { describe, expect, it } from '@jest/globals'
import {
  EXAMPLE_SECRETS,
  SECRET_CATEGORIES,
  SECRET_RULES
} from '../../../src/secrets/rules/index.js'
import { ALL_SAMPLES } from './samples/index.js'
import { B64, HEX, findSecrets, rand, uuid } from './support.js'

const pem = (kind: string): string =>
  `-----BEGIN ${kind}-----\n${Array.from({ length: 12 }, () => rand(B64, 64)).join('\n')}\n-----END ${kind}-----`

/** Shapes every scanner meets daily that no rule may report. */
const COMMON_LOOK_ALIKES: Record<string, string> = {
  'git commit id': `commit ${rand(HEX, 40)}\nAuthor: Dev <dev@example.test>`,
  'sha256 digest': `sha256: ${rand(HEX, 64)}`,
  'docker image digest': `image: nginx@sha256:${rand(HEX, 64)}`,
  'npm integrity': `"integrity": "sha512-${rand(B64, 86)}=="`,
  'UUID identifier': `"request_id": "${uuid()}",\n"trace_id": "${uuid()}"`,
  certificate: pem('CERTIFICATE'),
  'public key': pem('PUBLIC KEY'),
  'ssh public key': `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${rand(B64, 43)} dev@laptop`,
  'stripe publishable key': `STRIPE_PUBLISHABLE_KEY=pk_live_${rand('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 24)}`,
  'lock file resolved url': `resolved "https://registry.yarnpkg.com/lodash/-/lodash-4.17.21.tgz#${rand(HEX, 40)}"`,
  'base64 image': `src="data:image/png;base64,iVBORw0KGgo${rand(B64, 200)}"`,
  'css colour list': 'colors: #ffffff #000000 #a0a0a0 #123456',
  'env reference':
    'password: ${DB_PASSWORD}\ntoken: ${{ secrets.GITHUB_TOKEN }}\napi_key: process.env.API_KEY'
}

describe('secret rule catalogue', () => {
  it('gives every rule a unique kebab-case id', () => {
    const ids = SECRET_RULES.map(rule => rule.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids.filter(id => !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id))).toEqual([])
  })

  it('puts every rule in one of the report categories', () => {
    expect(
      SECRET_RULES.filter(rule => !SECRET_CATEGORIES.includes(rule.category)).map(r => r.id)
    ).toEqual([])
  })

  it('gives every rule lower-case keywords, a title and a pattern without g/y flags', () => {
    const bad = SECRET_RULES.filter(
      rule =>
        rule.keywords.length === 0 ||
        rule.keywords.some(keyword => keyword !== keyword.toLowerCase() || keyword.length < 2) ||
        rule.title.length === 0 ||
        /[gy]/.test(rule.pattern.flags)
    )
    expect(bad.map(rule => rule.id)).toEqual([])
  })

  it('has at least two positive samples for every rule, and samples only for rules that exist', () => {
    const counts = new Map(ALL_SAMPLES.map(sample => [sample.id, sample.positives.length]))
    expect(
      SECRET_RULES.filter(rule => (counts.get(rule.id) ?? 0) < 2).map(rule => rule.id)
    ).toEqual([])
    const ids = new Set(SECRET_RULES.map(rule => rule.id))
    expect(ALL_SAMPLES.filter(sample => !ids.has(sample.id)).map(sample => sample.id)).toEqual([])
  })

  it('has a keyword of each rule inside every positive sample, so the keyword pass finds it', () => {
    const missing: string[] = []
    for (const sample of ALL_SAMPLES) {
      const rule = SECRET_RULES.find(candidate => candidate.id === sample.id)
      for (const positive of sample.positives) {
        const lower = positive.text.toLowerCase()
        if (!rule?.keywords.some(keyword => lower.includes(keyword))) missing.push(sample.id)
      }
    }
    expect(missing).toEqual([])
  })

  it('has a keyword of each rule inside the secret itself or within the default window of it', () => {
    const far: string[] = []
    for (const sample of ALL_SAMPLES) {
      const rule = SECRET_RULES.find(candidate => candidate.id === sample.id)
      for (const positive of sample.positives) {
        const at = positive.text.indexOf(positive.secret)
        const reach = rule?.window ?? 200
        const near = positive.text
          .slice(Math.max(0, at - reach), at + positive.secret.length + reach)
          .toLowerCase()
        if (!rule?.keywords.some(keyword => near.includes(keyword))) far.push(sample.id)
      }
    }
    expect(far).toEqual([])
  })

  for (const [name, text] of Object.entries(COMMON_LOOK_ALIKES)) {
    it(`reports nothing on a ${name}`, () => {
      const hits = SECRET_RULES.filter(rule => findSecrets(rule, text).length > 0).map(
        rule => rule.id
      )
      expect(hits).toEqual([])
    })
  }

  it("lists the vendors' documented example keys, in their exact form", () => {
    expect(EXAMPLE_SECRETS.has('AKIAIOSFODNN7EXAMPLE')).toBe(true)
    expect(EXAMPLE_SECRETS.has('wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY')).toBe(true)
    expect(EXAMPLE_SECRETS.has('sk_test_4eC39HqLyjWDarjtT1zdp7dc')).toBe(true)
    expect(
      [...EXAMPLE_SECRETS].filter(value => value.trim() !== value || value.length < 16)
    ).toEqual([])
  })
})
