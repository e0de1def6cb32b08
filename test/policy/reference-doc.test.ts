import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { BUILT_IN_AREA_DEFINITIONS } from '../../src/policy/named-areas.js'
import { POLICY_SPEC } from '../../src/policy/schema.js'
import { updateReferenceDoc } from '../../src/policy/reference-doc.js'

const doc = readFileSync(new URL('../../docs/policy-reference.md', import.meta.url), 'utf8')

describe('docs/policy-reference.md', () => {
  it('holds the current generated sections (regenerate them with updateReferenceDoc)', () => {
    expect(doc).toBe(updateReferenceDoc(doc))
  })

  it('lists every built-in area with each of its patterns', () => {
    for (const area of BUILT_IN_AREA_DEFINITIONS) {
      expect(doc).toContain(`### \`${area.name}\``)
      for (const pattern of area.paths) expect(doc).toContain(`\n${pattern}\n`)
    }
  })

  it('describes every top-level key', () => {
    for (const key of Object.keys(POLICY_SPEC.fields)) expect(doc).toContain(`| \`${key}\` |`)
    expect(doc).toContain('ai_agent_policy:')
  })
})
