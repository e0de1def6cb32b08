import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
// The named export: under NodeNext the default import of this CommonJS module is not constructable.
import { Ajv2020 } from 'ajv/dist/2020.js'
import type { AuditResult } from '../../src/evaluation/result.js'
import { renderJson, toAuditRecord } from '../../src/render/json.js'
import {
  makeCommit,
  makeEvidence,
  makeResult,
  makeSecretFinding,
  makeSecretResultFinding,
  richResult,
  SECRET_FINGERPRINT,
  SECRET_VALUE
} from './fixtures.js'

const schema = JSON.parse(
  readFileSync(new URL('../../schema/audit-result.schema.json', import.meta.url), 'utf8')
) as object

// strictRequired is off: the anyOf branches name properties declared at the top level.
const validate = new Ajv2020({ allErrors: true, strict: true, strictRequired: false }).compile(
  schema
)

function errorsOf(value: unknown): string[] {
  validate(value)
  return (validate.errors ?? []).map(error => `${error.instancePath} ${error.message ?? ''}`)
}

/** The same result with every object's keys in reverse order, as another engine might build it. */
function reversedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversedKeys)
  if (value === null || typeof value !== 'object') return value
  const entries = Object.entries(value).reverse()
  return Object.fromEntries(entries.map(([key, item]) => [key, reversedKeys(item)]))
}

describe('renderJson', () => {
  it('writes a record that validates against the schema', () => {
    for (const result of [richResult(), makeResult(), makeResult({ pullRequest: undefined })]) {
      expect(errorsOf(JSON.parse(renderJson(result)))).toEqual([])
    }
  })

  it('is pretty JSON with a trailing newline', () => {
    const json = renderJson(makeResult())
    expect(
      json.startsWith(
        '{\n  "schema": "agent-audit/v1",\n  "tool": {\n    "name": "agent-audit",\n    "version": "0.1.0"\n  },\n  "decision": "fail",\n'
      )
    ).toBe(true)
    expect(json.endsWith('\n}\n')).toBe(true)
  })

  it('orders keys as the types declare them, whatever order the input had', () => {
    const result = richResult()
    const shuffled = reversedKeys(result) as AuditResult
    expect(renderJson(shuffled)).toBe(renderJson(result))
    expect(Object.keys(JSON.parse(renderJson(shuffled)) as object)).toEqual([
      'schema',
      'tool',
      'decision',
      'reason',
      'baseSha',
      'headSha',
      'pullRequest',
      'policy',
      'reviewsAvailable',
      'commits',
      'files',
      'findings',
      'approvals',
      'pullRequestEvidence',
      'requesters',
      'secrets',
      'advisories',
      'counts'
    ])
  })

  it('parses back to exactly the audit record', () => {
    const result = richResult()
    expect(JSON.parse(renderJson(result))).toEqual(toAuditRecord(result))
  })

  it('leaves out undefined optional fields and fields the types do not declare', () => {
    const commit = { ...makeCommit({ requester: undefined }), internal: 'x' }
    const record = toAuditRecord(makeResult({ commits: [commit] }))
    expect(Object.keys(record.commits[0] ?? {})).toEqual([
      'sha',
      'kind',
      'agent',
      'agentName',
      'evidence',
      'cleanMerge',
      'shortSha',
      'subject',
      'author',
      'committer',
      'files'
    ])
  })

  it('writes secret findings in the declared field order, with why each is suppressed', () => {
    const record = toAuditRecord(richResult())
    expect(record.secrets).toEqual({
      scannedFiles: 3,
      bytesScanned: 12_345,
      findings: [
        makeSecretFinding(),
        {
          ...makeSecretFinding(),
          ruleId: 'aws-access-key-id',
          title: 'AWS access key ID',
          category: 'cloud',
          path: 'test/fixtures/aws.txt',
          line: 3,
          column: 9,
          fingerprint: record.secrets.findings[1]?.fingerprint,
          preview: 'AKIA',
          agentTouched: false,
          suppressed: { kind: 'allowlist', reason: 'documented example key', expires: '2026-12-31' }
        }
      ],
      suppressed: 1,
      expiredAllowEntries: [
        {
          fingerprint: record.secrets.expiredAllowEntries[0]?.fingerprint,
          reason: 'old Slack fixture',
          expires: '2024-01-31'
        }
      ],
      unscannedFiles: ['vendor/bundle.js']
    })
    expect(Object.keys(record.secrets)).toEqual([
      'scannedFiles',
      'bytesScanned',
      'findings',
      'suppressed',
      'expiredAllowEntries',
      'unscannedFiles'
    ])
    expect(Object.keys(record.secrets.findings[1] ?? {})).toEqual([
      'ruleId',
      'title',
      'category',
      'path',
      'line',
      'column',
      'fingerprint',
      'preview',
      'agentTouched',
      'suppressed'
    ])
  })

  it('writes the place, rule and fingerprint of a secret finding between commits and message', () => {
    const record = toAuditRecord(makeResult({ findings: [makeSecretResultFinding()] }))
    expect(Object.keys(record.findings[0] ?? {})).toEqual([
      'id',
      'kind',
      'status',
      'blocking',
      'path',
      'area',
      'commits',
      'line',
      'column',
      'ruleId',
      'fingerprint',
      'agentTouched',
      'message',
      'resolution'
    ])
    expect(record.findings[0]?.fingerprint).toBe(SECRET_FINGERPRINT)
  })

  it('cuts a preview longer than four characters, so the record never holds the value', () => {
    const secrets = {
      ...richResult().secrets,
      findings: [makeSecretFinding({ preview: SECRET_VALUE })]
    }
    const record = JSON.parse(renderJson(makeResult({ secrets }))) as AuditResult
    expect(record.secrets.findings[0]?.preview).toBe('ghp_')
    expect(errorsOf(record)).toEqual([])
  })

  it('escapes terminal controls that JSON.stringify leaves raw, without changing the data', () => {
    const value = 'csi\u009b2J rlo\u202e sep\u2028'
    const result = makeResult({ commits: [makeCommit({ evidence: [makeEvidence({ value })] })] })
    const json = renderJson(result)
    expect(json).toContain('"value": "csi\\u009b2J rlo\\u202e sep\\u2028"')
    expect((JSON.parse(json) as AuditResult).commits[0]?.evidence[0]?.value).toBe(value)
  })
})

describe('audit-result schema', () => {
  it('rejects fields it does not document', () => {
    const record = JSON.parse(renderJson(makeResult())) as Record<string, unknown>
    expect(errorsOf({ ...record, extra: true })).toEqual([' must NOT have additional properties'])
  })

  it('rejects a finding with an unknown status', () => {
    const record = JSON.parse(renderJson(makeResult())) as AuditResult
    const findings = record.findings.map(finding => ({ ...finding, status: 'warning' }))
    expect(errorsOf({ ...record, findings })).toEqual([
      '/findings/0/status must be equal to one of the allowed values'
    ])
  })

  it('accepts every finding kind and the advisory status', () => {
    const kinds = [
      'cannot_access',
      'requires_human_review',
      'outside_can_edit',
      'secret_file',
      'secret',
      'workflow_secrets',
      'secret_scan_incomplete'
    ] as const
    const findings = kinds.map(kind => ({
      ...makeSecretResultFinding(),
      kind,
      status: 'advisory' as const
    }))
    expect(errorsOf(JSON.parse(renderJson(makeResult({ findings }))))).toEqual([])
  })

  it('rejects a secret preview longer than four characters', () => {
    const record = JSON.parse(renderJson(richResult())) as AuditResult
    const findings = record.secrets.findings.map(finding => ({ ...finding, preview: 'ghp_Z' }))
    expect(errorsOf({ ...record, secrets: { ...record.secrets, findings } })).toEqual([
      '/secrets/findings/0/preview must NOT have more than 4 characters',
      '/secrets/findings/1/preview must NOT have more than 4 characters'
    ])
  })

  it('rejects a fingerprint that is not 64 hex digits', () => {
    const record = JSON.parse(renderJson(richResult())) as AuditResult
    const [first, ...rest] = record.secrets.findings
    const findings = [{ ...first, fingerprint: SECRET_FINGERPRINT.slice(0, 12) }, ...rest]
    expect(errorsOf({ ...record, secrets: { ...record.secrets, findings } })).toEqual([
      '/secrets/findings/0/fingerprint must match pattern "^[0-9a-f]{64}$"'
    ])
  })

  it('rejects an unknown suppression kind', () => {
    const record = JSON.parse(renderJson(richResult())) as AuditResult
    const findings = record.secrets.findings.map(finding =>
      finding.suppressed ? { ...finding, suppressed: { kind: 'comment', reason: 'x' } } : finding
    )
    expect(errorsOf({ ...record, secrets: { ...record.secrets, findings } })).toEqual([
      '/secrets/findings/1/suppressed/kind must be equal to one of the allowed values'
    ])
  })

  it('requires the secrets report in a full record', () => {
    const record = JSON.parse(renderJson(makeResult())) as Partial<AuditResult>
    delete record.secrets
    expect(errorsOf(record)).toEqual([
      " must have required property 'secrets'",
      " must have required property 'error'",
      ' must match a schema in anyOf'
    ])
  })

  it('rejects a record without the schema version', () => {
    const record = JSON.parse(renderJson(makeResult())) as Partial<AuditResult>
    delete record.schema
    expect(errorsOf(record)).toEqual([" must have required property 'schema'"])
  })
})
