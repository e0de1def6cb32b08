import { describe, expect, it } from '@jest/globals'
import { EXAMPLE_SECRETS, SECRET_RULES } from '../../../src/secrets/rules/index.js'
import { addedRunsOfFiles } from '../../../src/secrets/scan/added-lines.js'
import { createScanner } from '../../../src/secrets/scan/scanner.js'
import { PAT_A } from './fixtures.js'

const scanner = createScanner(SECRET_RULES, { exampleSecrets: EXAMPLE_SECRETS })

describe('the engine with the real rule catalogue', () => {
  it('finds a token added in a diff at its new-file position', () => {
    const patch = [
      '@@ -7,2 +7,3 @@',
      ' const a = 1',
      `+const token = '${PAT_A}'`,
      ' export {}'
    ].join('\n')
    const result = scanner.scan(addedRunsOfFiles([{ path: 'src/x.ts', status: 'modified', patch }]))
    expect(result.findings.map(f => [f.ruleId, f.line, f.column, f.preview])).toEqual([
      ['github-pat-classic', 8, 16, 'ghp_']
    ])
  })

  it('reports none of the documented example secrets', () => {
    const lines = [...EXAMPLE_SECRETS].flatMap(example => `value = "${example}"`.split('\n'))
    const findings = scanner.scan([{ path: 'docs/x.md', startLine: 1, lines }]).findings
    expect(findings.map(f => f.ruleId)).toEqual([])
  })

  it('scans a megabyte line of every keyword followed by near misses in bounded time', () => {
    const keywords = [...new Set(SECRET_RULES.flatMap(rule => rule.keywords))]
    const chunk = keywords.map(k => `${k}=a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8 `).join('')
    const line = chunk.repeat(Math.ceil(1_048_576 / chunk.length)).slice(0, 1_048_576)
    const started = performance.now()
    scanner.scan([{ path: 'x', startLine: 1, lines: [line] }])
    expect(performance.now() - started).toBeLessThan(10_000)
  })
})
