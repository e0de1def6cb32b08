import { describe, expect, it } from '@jest/globals'
import { EXAMPLE_SECRETS, SECRET_RULES } from '../../../src/secrets/rules/index.js'
import { createScanner } from '../../../src/secrets/scan/scanner.js'

const scanner = createScanner(SECRET_RULES, { exampleSecrets: EXAMPLE_SECRETS })

function ruleIdsIn(lines: string[]): string[] {
  return scanner.scan([{ path: 'x.yml', startLine: 1, lines }]).findings.map(f => f.ruleId)
}

describe('generic-secret-assignment across lines', () => {
  it('does not take the next line of a YAML mapping as the value of a `secrets:` key', () => {
    expect(ruleIdsIn(['version: 1', 'secrets:', '  ignore_paths: [test/fixtures/]'])).toEqual([])
    expect(ruleIdsIn(['token:', '  allow_requester: false'])).toEqual([])
  })

  it('still finds a value on the same line as the name', () => {
    expect(ruleIdsIn(['password = "Xk29fjQ8zLm3Pq7W"'])).toEqual(['generic-secret-assignment'])
  })
})
