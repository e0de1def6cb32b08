import { describe, expect, it } from '@jest/globals'
import { compilePattern } from '../../../src/policy/patterns.js'
import { createScanner } from '../../../src/secrets/scan/scanner.js'
import {
  applySuppressions,
  lineLookupOfRuns,
  utcDate,
  type AllowEntry
} from '../../../src/secrets/scan/suppressions.js'
import type { AddedRun } from '../../../src/secrets/types.js'
import { PAT_A, PAT_B, PAT_C, TEST_RULES } from './fixtures.js'

const where = { file: '.github/agent-audit.yml', line: 12 }
const scanner = createScanner(TEST_RULES)

function scanned(runs: AddedRun[]) {
  return { runs, findings: scanner.scan(runs).findings }
}

function fingerprintOf(runs: AddedRun[], line: number): string {
  const finding = scanner.scan(runs).findings.find(f => f.line === line)
  if (!finding) throw new Error(`no finding on line ${line}`)
  return finding.fingerprint
}

function suppress(runs: AddedRun[], options: { allow?: AllowEntry[]; ignore?: string[] } = {}) {
  const { findings } = scanned(runs)
  return applySuppressions(findings, {
    lineText: lineLookupOfRuns(runs),
    ignorePaths: (options.ignore ?? []).map(source => compilePattern(source, where)),
    allow: options.allow ?? [],
    today: '2025-06-15'
  })
}

describe('applySuppressions', () => {
  it('marks a finding whose line carries the inline marker, in any comment syntax', () => {
    const runs: AddedRun[] = [
      {
        path: 'a.py',
        startLine: 3,
        lines: [
          `KEY = "${PAT_A}"  # agent-audit:allow test fixture`,
          `KEY2 = "${PAT_B}"`,
          `/* Agent-Audit:Allow */ const k = '${PAT_C}'`
        ]
      }
    ]
    const { findings } = suppress(runs)
    expect(findings.map(f => [f.line, f.suppressed])).toEqual([
      [3, { kind: 'inline', reason: 'agent-audit:allow test fixture' }],
      [4, undefined],
      [5, { kind: 'inline', reason: 'agent-audit:allow' }]
    ])
  })

  it('keeps the rest of the line out of the reason when a secret follows the marker', () => {
    const runs: AddedRun[] = [
      { path: 'a.sh', startLine: 1, lines: [`# agent-audit:allow because ${PAT_A}`] }
    ]
    const { findings } = suppress(runs)
    expect(findings[0]?.suppressed).toEqual({ kind: 'inline', reason: 'agent-audit:allow' })
    expect(JSON.stringify(findings).includes(PAT_A)).toBe(false)
  })

  it('marks findings in ignored paths with the pattern that matched', () => {
    const runs: AddedRun[] = [
      { path: 'test/fixtures/tokens.txt', startLine: 1, lines: [PAT_A] },
      { path: 'src/tokens.ts', startLine: 1, lines: [PAT_A] }
    ]
    const { findings } = suppress(runs, { ignore: ['test/fixtures/**'] })
    expect(findings.map(f => [f.path, f.suppressed])).toEqual([
      ['test/fixtures/tokens.txt', { kind: 'ignore_path', reason: 'test/fixtures/**' }],
      ['src/tokens.ts', undefined]
    ])
  })

  it('marks allowlisted fingerprints with the entry reason and expiry, wherever the secret moves', () => {
    const runs: AddedRun[] = [
      { path: 'a.ts', startLine: 1, lines: [PAT_A, PAT_B] },
      { path: 'b.ts', startLine: 90, lines: [PAT_A] }
    ]
    const allow: AllowEntry[] = [
      {
        fingerprint: fingerprintOf(runs, 1),
        reason: 'revoked demo token',
        expires: '2025-06-15',
        where
      }
    ]
    const { findings, expiredAllowEntries } = suppress(runs, { allow })
    const revoked = { kind: 'allowlist', reason: 'revoked demo token', expires: '2025-06-15' }
    expect(findings.map(f => [f.path, f.line, f.suppressed])).toEqual([
      ['a.ts', 1, revoked],
      ['a.ts', 2, undefined],
      ['b.ts', 90, revoked]
    ])
    expect(expiredAllowEntries).toEqual([])
  })

  it('does not let an expired entry suppress, and reports it', () => {
    const runs: AddedRun[] = [{ path: 'a.ts', startLine: 1, lines: [PAT_A] }]
    const stale: AllowEntry = {
      fingerprint: fingerprintOf(runs, 1),
      reason: 'temporary',
      expires: '2025-06-14',
      where
    }
    const unused: AllowEntry = {
      fingerprint: 'f'.repeat(64),
      reason: 'old',
      expires: '2024-01-01',
      where
    }
    const { findings, expiredAllowEntries } = suppress(runs, { allow: [stale, unused] })
    expect(findings.map(f => f.suppressed)).toEqual([undefined])
    expect(expiredAllowEntries).toEqual([
      { entry: stale, matchedFindings: 1 },
      { entry: unused, matchedFindings: 0 }
    ])
  })

  it('prefers the allowlist over an ignored path and the inline marker', () => {
    const runs: AddedRun[] = [
      { path: 'fixtures/a.ts', startLine: 1, lines: [`${PAT_A} // agent-audit:allow`] }
    ]
    const allow: AllowEntry[] = [{ fingerprint: fingerprintOf(runs, 1), reason: 'known', where }]
    const { findings } = suppress(runs, { allow, ignore: ['fixtures/**'] })
    expect(findings[0]?.suppressed).toEqual({ kind: 'allowlist', reason: 'known' })
  })

  it('leaves the input findings untouched', () => {
    const runs: AddedRun[] = [
      { path: 'a.ts', startLine: 1, lines: [`${PAT_A} // agent-audit:allow`] }
    ]
    const { findings } = scanned(runs)
    applySuppressions(findings, {
      lineText: lineLookupOfRuns(runs),
      ignorePaths: [],
      allow: [],
      today: '2025-06-15'
    })
    expect(findings[0]?.suppressed).toBeUndefined()
  })
})

describe('lineLookupOfRuns', () => {
  it('returns added lines by new-file number and nothing for lines outside the runs', () => {
    const lookup = lineLookupOfRuns([
      { path: 'a', startLine: 4, lines: ['four', 'five'] },
      { path: 'a', startLine: 9, lines: ['nine'] }
    ])
    expect([
      lookup('a', 4),
      lookup('a', 5),
      lookup('a', 6),
      lookup('a', 9),
      lookup('b', 4)
    ]).toEqual(['four', 'five', undefined, 'nine', undefined])
  })
})

describe('utcDate', () => {
  it('formats a date as YYYY-MM-DD in UTC', () => {
    expect(utcDate(new Date('2025-01-02T23:59:59-05:00'))).toBe('2025-01-03')
  })
})
