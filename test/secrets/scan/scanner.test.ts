import { describe, expect, it } from '@jest/globals'
import { addedRunsOfFiles } from '../../../src/secrets/scan/added-lines.js'
import { createScanner } from '../../../src/secrets/scan/scanner.js'
import type { AddedRun, SecretRule } from '../../../src/secrets/types.js'
import {
  GENERIC_VALUE,
  GIT_SHA,
  KEY_BODY,
  PAT_A,
  PAT_B,
  PAT_C,
  TEST_RULES,
  genericRule,
  hexNearKeywordRule,
  patRule,
  patchOf
} from './fixtures.js'

const scanner = createScanner(TEST_RULES)

function run(lines: string[], startLine = 1, path = 'src/app.ts'): AddedRun {
  return { path, startLine, lines }
}

function located(runs: AddedRun[]): string[] {
  return scanner.scan(runs).findings.map(f => `${f.ruleId} ${f.path}:${f.line}:${f.column}`)
}

describe('scanning a diff', () => {
  it('reports only secrets on added lines, at their new-file line and column', () => {
    const patch = patchOf(
      '@@ -10,5 +10,6 @@',
      ` const old = '${PAT_B}'`,
      `-const removed = '${PAT_C}'`,
      '+const fresh = 1',
      `+const token = '${PAT_A}'`,
      ' context()',
      ` const alsoOld = '${PAT_C}'`,
      ' end()'
    )
    const files = [
      { path: 'src/app.ts', status: 'modified' as const, patch },
      {
        path: 'src/gone.ts',
        status: 'deleted' as const,
        patch: patchOf('@@ -1 +0,0 @@', `-${PAT_B}`)
      }
    ]
    const result = scanner.scan(addedRunsOfFiles(files))
    expect(result.findings.map(f => [f.ruleId, f.path, f.line, f.column])).toEqual([
      ['test-github-pat', 'src/app.ts', 12, 16]
    ])
    expect(result.values).toEqual([PAT_A])
    expect(result.bytesScanned).toBe('const fresh = 1\n'.length + `const token = '${PAT_A}'`.length)
  })

  it('finds a multi-line private key in one run and reports its first line', () => {
    const lines = [
      'const pem = `',
      '-----BEGIN RSA PRIVATE KEY-----',
      ...KEY_BODY,
      '-----END RSA PRIVATE KEY-----',
      '`'
    ]
    expect(located([run(lines, 40)])).toEqual(['test-private-key src/app.ts:41:1'])
  })

  it('does not join a private key across runs split by a context line', () => {
    const head = ['-----BEGIN RSA PRIVATE KEY-----', KEY_BODY[0]!]
    const tail = [KEY_BODY[1]!, '-----END RSA PRIVATE KEY-----']
    expect(located([run(head, 1), run(tail, 4)])).toEqual([])
  })

  it('arms a loose rule only near its keyword, not across the whole run (no cross-talk)', () => {
    const lines = [`const sourcegraph = '${GIT_SHA}'`]
    for (let i = 0; i < 30; i++) lines.push(`  call${i}(alpha, beta, gamma, delta, epsilon, zeta)`)
    lines.push(`const commit = '${GIT_SHA.replace('a', 'b')}'`)
    expect(located([run(lines)])).toEqual(['test-sourcegraph src/app.ts:1:22'])
  })

  it('finds a match that starts inside the window and runs past its edge on the same line', () => {
    const padding = 'x, '.repeat(60)
    const line = `sourcegraph(${padding}'${GIT_SHA}')`
    const rule: SecretRule = { ...hexNearKeywordRule, window: 190 }
    const findings = createScanner([rule]).scan([run([line])]).findings
    expect(findings.map(f => f.column)).toEqual([line.indexOf(GIT_SHA) + 1])
  })

  it('reports the secret group position, not the match start', () => {
    expect(located([run(['x', `  api_token = "${GENERIC_VALUE}"`])])).toEqual([
      'test-generic src/app.ts:2:16'
    ])
  })

  it('drops candidates below the rule entropy and ones its validator rejects', () => {
    const validated: SecretRule = { ...patRule, validate: secret => secret.endsWith('u') }
    const lowEntropy = 'token = "abababababababababab"'
    const result = createScanner([validated, genericRule]).scan([
      run([`a = '${PAT_A}'`, `b = '${PAT_B}'`, lowEntropy])
    ])
    expect(result.findings.map(f => f.line)).toEqual([1])
  })

  it('keeps the specific finding when a generic rule matches the same value', () => {
    const findings = scanner.scan([run([`github_token = "${PAT_A}"`])]).findings
    expect(findings.map(f => f.ruleId)).toEqual(['test-github-pat'])
  })

  it('keeps a generic finding on a line whose specific finding is elsewhere on it', () => {
    const line = `secret_value = "${GENERIC_VALUE}"; other = '${PAT_A}'`
    const findings = scanner.scan([run([line])]).findings
    expect(findings.map(f => [f.ruleId, f.column])).toEqual([
      ['test-generic', 17],
      ['test-github-pat', line.indexOf(PAT_A) + 1]
    ])
  })

  it('reports one finding per rule and position even when keywords repeat around it', () => {
    const line = `ghp_ ghp_ ghp_ ${PAT_A} ghp_ ghp_`
    expect(located([run([line, line])])).toEqual([
      'test-github-pat src/app.ts:1:16',
      'test-github-pat src/app.ts:2:16'
    ])
  })

  it('lists each distinct secret value once', () => {
    const result = scanner.scan([run([PAT_A, PAT_A]), run([PAT_A], 9, 'b.ts')])
    expect(result.findings).toHaveLength(3)
    expect(result.values).toEqual([PAT_A])
  })

  it('gives a fingerprint of rule id and secret and a four-character preview', () => {
    const [finding] = scanner.scan([run([PAT_A])]).findings
    // sha256 of 'test-github-pat:ghp_lSh9pg14E9ML9DXBEp5ytDmeM3ExJBst1yzu'
    expect(finding?.fingerprint).toBe(
      '5362d396021ea7a0ea98530bfc6b6b1247f35dfa69a0ed415b3689202dfc06fc'
    )
    expect(finding?.preview).toBe('ghp_')
  })

  it('never puts a raw secret into a finding', () => {
    const lines = [
      `const a = '${PAT_A}'`,
      `token: ${GENERIC_VALUE}`,
      '-----BEGIN PRIVATE KEY-----',
      ...KEY_BODY,
      '-----END PRIVATE KEY-----'
    ]
    const result = scanner.scan([run(lines)])
    const json = JSON.stringify(result.findings)
    expect(result.findings).toHaveLength(3)
    for (const secret of [PAT_A, GENERIC_VALUE, ...KEY_BODY]) {
      expect(json.includes(secret)).toBe(false)
      expect(json.includes(secret.slice(4, 12))).toBe(false)
    }
  })

  it('accepts rules whose pattern already has global or sticky flags', () => {
    const sticky: SecretRule = { ...patRule, pattern: /ghp_[A-Za-z0-9]{36}/gy }
    const findings = createScanner([sticky]).scan([run([`x ${PAT_A} y ${PAT_B}`])]).findings
    expect(findings.map(f => f.column)).toEqual([3, 46])
  })

  it('refuses a rule without keywords', () => {
    expect(() => createScanner([{ ...patRule, keywords: [] }])).toThrow(
      'secret rule test-github-pat has no keywords'
    )
  })
})

describe('placeholders through the scanner', () => {
  /** Takes any value after `token =`, so only the placeholder filter can stop these. */
  const permissive: SecretRule = {
    id: 'test-permissive',
    title: 'Test anything after token',
    category: 'generic',
    keywords: ['token', 'ghp_'],
    pattern: /(?:token\s*[:=]\s*["']?|(?=ghp_))(?<secret>[^\n]{8,80}?)["']?$/m
  }
  const placeholderScanner = createScanner([permissive])
  const placeholderLines = [
    'token = "${GITHUB_TOKEN}"',
    'token = ${{ secrets.DEPLOY_TOKEN }}',
    'token = {{ vault_deploy_token }}',
    'token: $DEPLOY_TOKEN_VALUE_FROM_ENV',
    'token = %DEPLOY_TOKEN_VALUE%',
    'token = <your-deploy-token-here>',
    'token = process.env.DEPLOY_TOKEN_VALUE',
    "token = os.environ['DEPLOY_TOKEN_VALUE']",
    'token = getenv("DEPLOY_TOKEN_VALUE")',
    'token = ENV["DEPLOY_TOKEN_VALUE"]',
    'ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'ghp_000000000000000000000000000000000000',
    'ghp_1234567890abcdefghijklmnopqrstuvwxyz',
    'ghp_************************************',
    'token = "changeme_changeme_please"',
    'token = "example_token_for_the_docs"',
    'token = "dummyDummyDummyValue1"',
    'token = "your_token_goes_right_here"',
    'token = "REDACTED_REDACTED_REDACTED"',
    'token = "insert-your-token-here-now"',
    'token = "placeholder_value_for_token"',
    'token = "sampleTokenValue_9f8e7d"'
  ]

  it.each(placeholderLines)('does not report %s', line => {
    expect(permissive.pattern.test(line)).toBe(true)
    expect(placeholderScanner.scan([run([line])]).findings).toEqual([])
  })

  it('still reports a random value through the same rule', () => {
    const findings = placeholderScanner.scan([run([`token = "${GENERIC_VALUE}"`])]).findings
    expect(findings.map(f => f.column)).toEqual([10])
  })

  it('does not report the catalogue example secrets', () => {
    const withExamples = createScanner(TEST_RULES, { exampleSecrets: [PAT_A] })
    expect(withExamples.scan([run([PAT_A, PAT_B])]).findings.map(f => f.line)).toEqual([2])
  })
})

describe('very long lines', () => {
  it('does not report a fragment where a window is cut inside a long line', () => {
    const tail: SecretRule = { ...hexNearKeywordRule, pattern: /[a-f0-9]{40}\b/, window: 100 }
    const hex = (GIT_SHA + GIT_SHA).slice(0, 80)
    // Keyword at 0: the span is cut at 0 + 11 + 100 + LINE_SLACK = 1111, inside the hex run.
    const line = 'sourcegraph' + ' '.repeat(1111 - 11 - 50) + hex + ' '.repeat(3000)
    expect(line.indexOf(hex)).toBe(1061)
    expect(createScanner([tail]).scan([run([line])]).findings).toEqual([])
  })

  it('finds a secret near its keyword in the middle of a long minified line', () => {
    const filler = 'a=b(c,d);'.repeat(2000)
    const line = `${filler}var t="${PAT_A}";${filler}`
    expect(located([run([line])])).toEqual([`test-github-pat src/app.ts:1:${filler.length + 8}`])
  })
})

describe('adversarial input', () => {
  it('scans a megabyte-long line of near misses in bounded time', () => {
    const nearMiss = 'ghp_aB3dE5gH7jK9mN1pQ3sT5vW7yZ9bC1dE3 token=abc -----BEGIN x sourcegraph '
    const line = nearMiss.repeat(Math.ceil(1_048_576 / nearMiss.length))
    const started = performance.now()
    const result = scanner.scan([run([line])])
    const elapsed = performance.now() - started
    expect(result.findings).toEqual([])
    expect(elapsed).toBeLessThan(3000)
  })

  it('scans a megabyte of short lines dense with keywords in bounded time', () => {
    const lines = Array.from({ length: 40_000 }, (_, i) => `secret_${i} = token(ghp_, sourcegraph)`)
    const started = performance.now()
    expect(scanner.scan([run(lines)]).findings).toEqual([])
    expect(performance.now() - started).toBeLessThan(3000)
  })
})
