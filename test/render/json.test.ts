import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
// The named export: under NodeNext the default import of this CommonJS module is not constructable.
import { Ajv2020 } from 'ajv/dist/2020.js'
import type { AuditResult } from '../../src/evaluation/result.js'
import { renderJson, toAuditRecord } from '../../src/render/json.js'
import { makeCommit, makeEvidence, makeResult, richResult } from './fixtures.js'

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

  it('rejects a record without the schema version', () => {
    const record = JSON.parse(renderJson(makeResult())) as Partial<AuditResult>
    delete record.schema
    expect(errorsOf(record)).toEqual([" must have required property 'schema'"])
  })
})
