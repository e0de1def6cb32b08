import { describe, expect, it } from '@jest/globals'
import type { AuditResult } from '../../src/evaluation/result.js'
import { byteLength, cutAtCharBoundary } from '../../src/render/fit.js'
import { renderMarkdown } from '../../src/render/markdown.js'
import {
  emptySecrets,
  makeCommit,
  makeFile,
  makeFinding,
  makeResult,
  makeSecretFinding
} from './fixtures.js'

const NOTICE = /… (\d+) more findings?: the full report is in the audit artifact/g

/** A result far over any limit: many findings, files and commits with long names. */
function hugeResult(findingCount: number, fileCount = findingCount): AuditResult {
  const longDir = 'generated/' + 'très-long-répertoire/'.repeat(8)
  const findings = Array.from({ length: findingCount }, (_, index) =>
    makeFinding({
      path: `${longDir}file-${index}.sql`,
      status: index % 2 === 0 ? 'violation' : 'needs_approval',
      kind: index % 2 === 0 ? 'cannot_access' : 'requires_human_review',
      area: index % 2 === 0 ? 'secrets' : 'migrations'
    })
  )
  const files = Array.from({ length: fileCount }, (_, index) =>
    makeFile({ path: `${longDir}file-${index}.sql` })
  )
  const commits = Array.from({ length: 500 }, (_, index) =>
    makeCommit({ sha: index.toString(16).padStart(40, '0'), subject: `Step ${index} ✨` })
  )
  return makeResult({ findings, files, commits })
}

function omittedFindings(markdown: string): number {
  return [...markdown.matchAll(NOTICE)].reduce((sum, match) => sum + Number(match[1]), 0)
}

function findingRows(markdown: string): number {
  return markdown.split('\n').filter(line => line.startsWith('<tr><td><code>generated/')).length
}

describe('renderMarkdown size limit', () => {
  it('keeps a huge report under the default 1,000,000 bytes', () => {
    const result = hugeResult(10_000)
    const markdown = renderMarkdown(result, { artifactNote: 'See artifact `agent-audit`.' })
    expect(byteLength(markdown)).toBeLessThanOrEqual(1_000_000)
    expect(byteLength(markdown)).toBeGreaterThan(900_000)
    expect(markdown.split('\n')[0]).toBe('## ❌ agent-audit: fail — 1 agent change needs approval')
    expect(markdown.split('\n')[2]).toBe(
      '**5000 violations · 5000 needs approval** — agents made 500 of 500 commits and touched 10000 of 10000 files.'
    )
    expect(markdown).toContain('### ⛔ Violations (5000)')
    expect(markdown).toContain('### ⏳ Needs approval (5000)')
    expect(markdown.endsWith('See artifact `agent-audit`.\n')).toBe(true)
  })

  it('accounts for every finding: shown in a row or counted in a notice', () => {
    const markdown = renderMarkdown(hugeResult(10_000, 0))
    const shown = findingRows(markdown)
    expect(shown).toBeGreaterThan(0)
    expect(shown + omittedFindings(markdown)).toBe(10_000)
  })

  it('leaves out the file list and commits before cutting findings, and says so', () => {
    const markdown = renderMarkdown(hugeResult(10_000))
    expect(markdown).not.toContain('Agent-touched files')
    expect(markdown).not.toContain('### 🤖 Agent commits')
    expect(markdown).toContain(
      '… Some sections were left out to fit the size limit: the full report is in the audit artifact.'
    )
  })

  it('cuts the file list first when the findings fit', () => {
    const markdown = renderMarkdown(hugeResult(100, 10_000), { maxBytes: 200_000 })
    expect(findingRows(markdown.slice(0, markdown.indexOf('<details>')))).toBe(100)
    expect(markdown).toContain('### 🤖 Agent commits (500 of 500)')
    const fileNotice = /… (\d+) more files: the full report is in the audit artifact/.exec(markdown)
    const fileRows = findingRows(markdown.slice(markdown.indexOf('<details>')))
    expect(fileRows).toBeGreaterThan(0)
    expect(fileRows + Number(fileNotice?.[1])).toBe(10_000)
  })

  it('cuts violations and approval findings evenly', () => {
    const markdown = renderMarkdown(hugeResult(10_000, 0))
    const needsApproval = markdown.indexOf('### ⏳ Needs approval')
    const violationRows = findingRows(markdown.slice(0, needsApproval))
    const approvalRows = findingRows(markdown.slice(needsApproval))
    expect(violationRows).toBeGreaterThan(500)
    expect(approvalRows).toBe(violationRows)
  })

  it('does not cut a report that fits', () => {
    const markdown = renderMarkdown(hugeResult(20))
    expect(findingRows(markdown)).toBe(40)
    expect(markdown).not.toContain('the full report is in the audit artifact')
  })

  it('fits a PR comment budget with exact notices', () => {
    const result = hugeResult(300)
    const markdown = renderMarkdown(result, { maxBytes: 65_536 })
    expect(byteLength(markdown)).toBeLessThanOrEqual(65_536)
    expect(findingRows(markdown.slice(0, markdown.indexOf('<details>')))).toBe(
      300 - omittedFindings(markdown)
    )
  })

  it('keeps the verdict and counts when only they fit', () => {
    const markdown = renderMarkdown(hugeResult(50), { maxBytes: 1_200 })
    expect(byteLength(markdown)).toBeLessThanOrEqual(1_200)
    const lines = markdown.split('\n')
    expect(lines[0]).toBe('## ❌ agent-audit: fail — 1 agent change needs approval')
    expect(lines[2]).toBe(
      '**25 violations · 25 needs approval** — agents made 500 of 500 commits and touched 50 of 50 files.'
    )
    expect(markdown).toContain('the full report is in the audit artifact')
  })

  it('never exceeds even a tiny limit', () => {
    for (const maxBytes of [0, 10, 80, 300]) {
      expect(byteLength(renderMarkdown(hugeResult(5), { maxBytes }))).toBeLessThanOrEqual(maxBytes)
    }
  })
})

/** `active` live secrets and `suppressed` suppressed ones, each in a file of its own. */
function withSecrets(result: AuditResult, active: number, suppressed: number): AuditResult {
  const findings = [
    ...Array.from({ length: active }, (_, index) =>
      makeSecretFinding({ path: `src/secret-${index}.ts` })
    ),
    ...Array.from({ length: suppressed }, (_, index) =>
      makeSecretFinding({
        title: 'AWS access key ID',
        path: `test/fixtures/key-${index}.txt`,
        suppressed: { kind: 'ignore_path', reason: 'test/fixtures/**' }
      })
    )
  ]
  const secrets = { ...emptySecrets(), scannedFiles: active + suppressed, findings, suppressed }
  return { ...result, secrets }
}

function rowsStartingWith(markdown: string, start: string): number {
  return markdown.split('\n').filter(line => line.startsWith(start)).length
}

const LIVE_SECRET_ROW = '<tr><td>GitHub personal access token'
const MORE_SECRETS = /… (\d+) more secrets?: the full report is in the audit artifact/

describe('renderMarkdown size limit with secrets', () => {
  it('cuts the file list before the secrets', () => {
    const result = withSecrets(hugeResult(100, 10_000), 200, 0)
    const markdown = renderMarkdown(result, { maxBytes: 300_000 })
    expect(rowsStartingWith(markdown, LIVE_SECRET_ROW)).toBe(200)
    expect(markdown).not.toMatch(MORE_SECRETS)
    expect(markdown).toMatch(/… \d+ more files: the full report is in the audit artifact/)
  })

  it('cuts the suppressed secrets before the live ones, and the live ones before violations', () => {
    const result = withSecrets(hugeResult(100, 0), 5_000, 5_000)
    const markdown = renderMarkdown(result, { maxBytes: 100_000 })
    expect(byteLength(markdown)).toBeLessThanOrEqual(100_000)
    expect(findingRows(markdown)).toBe(100)
    expect(markdown).not.toContain('Suppressed secrets')
    const shown = rowsStartingWith(markdown, LIVE_SECRET_ROW)
    expect(shown).toBeGreaterThan(0)
    expect(shown + Number(MORE_SECRETS.exec(markdown)?.[1])).toBe(5_000)
  })
})

describe('cutAtCharBoundary', () => {
  it('does not split a multi-byte character', () => {
    expect(cutAtCharBoundary('aé✅', 3)).toBe('aé')
    expect(cutAtCharBoundary('aé✅', 5)).toBe('aé')
    expect(cutAtCharBoundary('aé✅', 6)).toBe('aé✅')
  })
})
