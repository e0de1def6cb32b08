import { describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
// The named export: under NodeNext the default import of this CommonJS module is not constructable.
import { Ajv } from 'ajv'
import type { AuditResult, Finding } from '../../src/evaluation/result.js'
import { FINGERPRINT_KEY, pathUri, renderSarif } from '../../src/render/sarif.js'
import {
  AWS_FINGERPRINT,
  makeFinding,
  makeResult,
  makeSecretFinding,
  makeSecretResultFinding,
  richResult,
  richSecrets,
  SECRET_FINGERPRINT,
  SECRET_VALUE
} from './fixtures.js'

/**
 * The SARIF 2.1.0 schema as @microsoft/jest-sarif ships it (draft-04). Ajv 8
 * reads it as draft-07 once the draft-04 `$schema` and `id` are dropped: it
 * uses no keyword whose meaning changed between the two.
 */
function sarifValidator() {
  const require = createRequire(import.meta.url)
  const path = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json')
  const schema = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>
  delete schema.$schema
  delete schema.id
  // unicodeRegExp off: this schema's `language` pattern has a stray `]` that the `u` flag rejects.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false })
  ajv.addFormat('uri', (value: string) => URL.canParse(value))
  ajv.addFormat('uri-reference', isUriReference)
  ajv.addFormat('date-time', (value: string) => !Number.isNaN(Date.parse(value)))
  return ajv.compile(schema)
}

/** RFC 3986: only these characters, and `%` only before two hex digits. */
function isUriReference(value: string): boolean {
  return /^(?:[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$/.test(value)
}

const validate = sarifValidator()

function errorsOf(log: unknown): string[] {
  validate(log)
  return (validate.errors ?? []).map(error => `${error.instancePath} ${error.message ?? ''}`)
}

interface Log {
  runs: {
    tool: { driver: { name: string; version: string; rules: Rule[] } }
    invocations: { executionSuccessful: boolean }[]
    versionControlProvenance?: { repositoryUri: string; revisionId: string; branch?: string }[]
    results: SarifResult[]
  }[]
}

interface Rule {
  id: string
  shortDescription: { text: string }
  help: { text: string; markdown: string }
  defaultConfiguration: { level: string }
  properties: { tags: string[] }
}

interface SarifResult {
  ruleId: string
  ruleIndex: number
  level: string
  message: { text: string }
  locations: {
    physicalLocation: {
      artifactLocation: { uri: string; uriBaseId: string }
      region: { startLine: number; startColumn?: number }
    }
  }[]
  partialFingerprints: Record<string, string>
  suppressions?: { kind: string; justification: string }[]
}

function sarifOf(result: AuditResult): Log['runs'][number] {
  const log = JSON.parse(renderSarif(result)) as Log
  const run = log.runs[0]
  if (!run) throw new Error('no run')
  return run
}

function fingerprintOf(identity: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(identity)).digest('hex')
}

function where(result: SarifResult): string {
  const location = result.locations[0]?.physicalLocation
  const region = location?.region
  return `${location?.artifactLocation.uri}:${region?.startLine}:${region?.startColumn ?? '-'}`
}

const KIND_RULES = [
  'cannot_access',
  'requires_human_review',
  'outside_can_edit',
  'secret_file',
  'workflow_secrets',
  'secret_scan_incomplete'
]

describe('renderSarif', () => {
  it('writes logs that validate against the SARIF 2.1.0 schema', () => {
    const failed = makeResult({
      findings: [],
      error: { kind: 'internal', message: 'GitHub API outage [503]' },
      decision: 'fail'
    })
    const withRun = makeResult({
      run: { repository: 'acme/shop', runId: 7, runAttempt: 1, event: 'pull_request', actor: 'bob' }
    })
    for (const result of [
      richResult(),
      makeResult(),
      makeResult({ findings: [] }),
      failed,
      withRun
    ]) {
      const json = renderSarif(result)
      expect(errorsOf(JSON.parse(json))).toEqual([])
      expect(json.endsWith('}\n')).toBe(true)
    }
  })

  it('declares the SARIF version, the schema and the tool', () => {
    const log = JSON.parse(renderSarif(makeResult())) as Record<string, unknown> & Log
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json')
    expect(log.version).toBe('2.1.0')
    expect(log.runs).toHaveLength(1)
    expect(log.runs[0]?.tool.driver.name).toBe('agent-audit')
    expect(log.runs[0]?.tool.driver.version).toBe('0.1.0')
  })

  it('has a rule for every finding kind and for each secret format that found something', () => {
    const rules = sarifOf(richResult()).tool.driver.rules
    expect(rules.map(rule => rule.id)).toEqual([
      ...KIND_RULES,
      'secret/aws-access-key-id',
      'secret/github-pat-classic'
    ])
    expect(rules.map(rule => rule.defaultConfiguration.level)).toEqual([
      'error',
      'warning',
      'warning',
      'error',
      'warning',
      'error',
      'error',
      'error'
    ])
    const github = rules[7]
    expect(github?.shortDescription.text).toBe(
      'GitHub personal access token (classic) in added lines'
    )
    expect(github?.properties.tags).toEqual(['agent-audit', 'secrets', 'security', 'vcs'])
    expect(github?.help.markdown).toContain('`agent-audit:allow`')
    expect(github?.help.text).toContain('How to resolve: Revoke or rotate the credential')
    expect(github?.help.text).not.toContain('`')
    for (const rule of rules) expect(rule.help.markdown).toContain('**How to resolve:**')
  })

  it('declares only the kind rules when nothing was found', () => {
    const run = sarifOf(makeResult({ findings: [] }))
    expect(run.tool.driver.rules.map(rule => rule.id)).toEqual(KIND_RULES)
    expect(run.results).toEqual([])
  })

  it('reports every finding on its file, with a level that says whether it blocks', () => {
    const results = sarifOf(richResult()).results
    expect(results.map(result => [result.ruleId, result.level, where(result)])).toEqual([
      ['cannot_access', 'error', 'config/prod.env:1:-'],
      ['requires_human_review', 'warning', 'db/migrations/001_orders.sql:1:-'],
      ['outside_can_edit', 'note', 'README.md:1:-'],
      ['secret/github-pat-classic', 'error', 'src/config.ts:12:15'],
      ['workflow_secrets', 'error', '.github/workflows/deploy.yml:14:9'],
      ['secret_file', 'note', 'deploy/id_ed25519:1:-'],
      ['secret_scan_incomplete', 'note', 'vendor/bundle.js:1:-'],
      ['secret/aws-access-key-id', 'note', 'test/fixtures/aws.txt:3:9']
    ])
    const rules = sarifOf(richResult()).tool.driver.rules.map(rule => rule.id)
    for (const result of results) expect(rules[result.ruleIndex]).toBe(result.ruleId)
    for (const result of results) {
      expect(result.locations[0]?.physicalLocation.artifactLocation.uriBaseId).toBe('%SRCROOT%')
    }
  })

  it('words a message from the finding and what resolves it', () => {
    const results = sarifOf(richResult()).results
    expect(results[0]?.message.text).toBe(
      'An agent changed a path the policy says agents cannot access. Remove this change from the pull request.'
    )
    expect(results[1]?.message.text).toBe(
      'An agent changed a file in an area that needs human review. Renamed from db/old/001_orders.sql. Get 1 approval from @acme/dba.'
    )
  })

  it('keeps the finding’s facts in properties, with 12 characters of a secret’s fingerprint', () => {
    const results = sarifOf(richResult()).results as (SarifResult & { properties: unknown })[]
    expect(results[1]?.properties).toEqual({
      status: 'needs_approval',
      blocking: true,
      area: 'migrations',
      pattern: 'db/migrations/**',
      patternWhere: '.github/agent-audit.yml:12',
      previousPath: 'db/old/001_orders.sql',
      commits: ['abc1234def5678abc1234def5678abc1234def56']
    })
    expect(results[3]?.properties).toMatchObject({
      detector: 'github-pat-classic',
      fingerprint: SECRET_FINGERPRINT.slice(0, 12)
    })
  })

  it('marks suppressed secrets as suppressed, with why', () => {
    const results = sarifOf(richResult()).results
    expect(results[7]?.suppressions).toEqual([
      {
        kind: 'external',
        status: 'accepted',
        justification: 'secrets.allow entry: documented example key (expires 2026-12-31)'
      }
    ])
    const inline = makeSecretFinding({
      suppressed: { kind: 'inline', reason: 'agent-audit:allow test token' }
    })
    const secrets = { ...richSecrets(), findings: [inline] }
    const [result] = sarifOf(makeResult({ findings: [], secrets })).results
    expect(result?.suppressions).toEqual([
      {
        kind: 'inSource',
        status: 'accepted',
        justification: 'inline marker: agent-audit:allow test token'
      }
    ])
    expect(result?.message.text).toBe(
      'GitHub personal access token (classic) added at line 12. Suppressed: inline marker: agent-audit:allow test token.'
    )
    expect(sarifOf(richResult()).results.filter(r => r.suppressions)).toHaveLength(1)
  })

  it('fingerprints policy findings by kind, area and path, and secrets by format, path and short fingerprint', () => {
    const fingerprints = sarifOf(richResult()).results.map(
      result => result.partialFingerprints[FINGERPRINT_KEY]
    )
    expect(fingerprints[0]).toBe(fingerprintOf(['cannot_access', 'secrets', 'config/prod.env']))
    expect(fingerprints[1]).toBe(
      fingerprintOf(['requires_human_review', 'migrations', 'db/migrations/001_orders.sql'])
    )
    expect(fingerprints[3]).toBe(
      fingerprintOf([
        'secret',
        'github-pat-classic',
        'src/config.ts',
        SECRET_FINGERPRINT.slice(0, 12)
      ])
    )
    expect(fingerprints[4]).toBe(
      fingerprintOf([
        'workflow_secrets',
        'workflows',
        '.github/workflows/deploy.yml',
        'An agent gave a workflow step the repository secret DEPLOY_TOKEN.'
      ])
    )
    expect(fingerprints[7]).toBe(
      fingerprintOf([
        'secret',
        'aws-access-key-id',
        'test/fixtures/aws.txt',
        AWS_FINGERPRINT.slice(0, 12)
      ])
    )
    expect(new Set(fingerprints).size).toBe(fingerprints.length)
  })

  it('keeps fingerprints when lines move', () => {
    const fingerprint = (findings: Finding[]) =>
      sarifOf(makeResult({ findings })).results.map(r => r.partialFingerprints[FINGERPRINT_KEY])
    const secretAt = (line: number) => makeSecretResultFinding(makeSecretFinding({ line }))
    expect(fingerprint([makeFinding({ line: 5 }), secretAt(12)])).toEqual(
      fingerprint([makeFinding({ line: 50 }), secretAt(40)])
    )
    expect(fingerprint([makeFinding()])).not.toEqual(
      fingerprint([makeFinding({ path: 'db/migrations/002_orders.sql' })])
    )
  })

  it('keeps a secret’s fingerprint when it is suppressed', () => {
    const live = sarifOf(makeResult({ findings: [makeSecretResultFinding()] })).results[0]
    const suppressed = makeSecretFinding({ suppressed: { kind: 'allowlist', reason: 'fixture' } })
    const secrets = { ...richSecrets(), findings: [suppressed] }
    const quiet = sarifOf(makeResult({ findings: [], secrets })).results[0]
    expect(quiet?.partialFingerprints).toEqual(live?.partialFingerprints)
  })

  it('tells the same secret twice in one file apart, whatever the lines', () => {
    const twice = (first: number, second: number) =>
      sarifOf(
        makeResult({
          findings: [
            makeSecretResultFinding(makeSecretFinding({ line: first })),
            makeSecretResultFinding(makeSecretFinding({ line: second }))
          ]
        })
      ).results.map(r => r.partialFingerprints[FINGERPRINT_KEY])
    const [a, b] = twice(3, 9)
    expect(a).not.toBe(b)
    expect(twice(13, 19)).toEqual([a, b])
  })

  it('never holds a secret value, its preview or its full fingerprint', () => {
    const json = renderSarif(richResult())
    for (let start = 0; start + 5 <= SECRET_VALUE.length; start++) {
      expect(json).not.toContain(SECRET_VALUE.slice(start, start + 5))
    }
    expect(json).not.toContain(SECRET_FINGERPRINT)
    expect(json).not.toContain(AWS_FINGERPRINT)
    expect(json).not.toContain('"preview"')
  })

  it('encodes untrusted paths as relative URI references', () => {
    expect(pathUri('docs/a b#c?d%e:[x].md')).toBe('docs/a%20b%23c%3Fd%25e%3A%5Bx%5D.md')
    expect(pathUri('src/@scope/a+b=c.ts')).toBe('src/@scope/a+b=c.ts')
    expect(pathUri('naïve/\ud800.txt')).toBe('na%C3%AFve/%EF%BF%BD.txt')
    const finding = makeFinding({ path: 'x:y/a b.sql' })
    const [result] = sarifOf(makeResult({ findings: [finding] })).results
    expect(result?.locations[0]?.physicalLocation.artifactLocation.uri).toBe('x%3Ay/a%20b.sql')
  })

  it('shows hidden characters and escapes link brackets in messages', () => {
    const finding = makeFinding({
      message: 'An agent changed job "[evil](0)\u202e" in a workflow',
      resolution: 'Ask a reviewer'
    })
    const [result] = sarifOf(makeResult({ findings: [finding] })).results
    expect(result?.message.text).toBe(
      'An agent changed job "\\[evil\\](0)\\u202e" in a workflow. Ask a reviewer.'
    )
  })

  it('doubles a backslash so that it cannot escape a bracket', () => {
    const finding = makeFinding({ message: 'Changed C:\\[dir]', resolution: 'Ask a reviewer' })
    const [result] = sarifOf(makeResult({ findings: [finding] })).results
    expect(result?.message.text).toBe('Changed C:\\\\\\[dir\\]. Ask a reviewer.')
  })

  it('says whether the audit ran, and on which commit', () => {
    const failed = sarifOf(
      makeResult({ findings: [], error: { kind: 'user', message: 'bad policy' }, decision: 'fail' })
    )
    expect(failed.invocations).toEqual([
      {
        executionSuccessful: false,
        toolExecutionNotifications: [{ level: 'error', message: { text: 'bad policy.' } }]
      }
    ])
    const run = sarifOf(
      makeResult({
        run: {
          repository: 'acme/shop',
          runId: 7,
          runAttempt: 1,
          event: 'pull_request',
          actor: 'bob'
        }
      })
    )
    expect(run.invocations).toEqual([{ executionSuccessful: true }])
    expect(run.versionControlProvenance).toEqual([
      {
        repositoryUri: 'https://github.com/acme/shop',
        revisionId: 'fedcba9876543210fedcba9876543210fedcba98',
        branch: 'claude/orders'
      }
    ])
    expect(sarifOf(makeResult()).versionControlProvenance).toBeUndefined()
  })
})
