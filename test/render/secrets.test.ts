import { describe, expect, it } from '@jest/globals'
import type { AuditResult } from '../../src/evaluation/result.js'
import type { Suppression } from '../../src/secrets/types.js'
import { renderJson } from '../../src/render/json.js'
import { renderMarkdown } from '../../src/render/markdown.js'
import { renderText } from '../../src/render/text.js'
import {
  emptySecrets,
  makeResult,
  makeSecretFinding,
  makeSecretResultFinding,
  richResult,
  SECRET_FINGERPRINT,
  SECRET_VALUE
} from './fixtures.js'

const lines = (text: string): string[] => text.split('\n')

/** The Markdown from the secrets heading up to the next section. */
function markdownSecrets(markdown: string): string {
  const start = markdown.indexOf('### 🔑 Secrets')
  const next = ['<details><summary>✅ Approved', '### ⚠️ Advisory', '### 🤖 Agent commits']
    .map(heading => markdown.indexOf(heading, start))
    .filter(index => index > start)
  return markdown.slice(start, Math.min(...next))
}

/** richResult with only its advisory findings: nothing blocks. */
function advisoryOnly(): AuditResult {
  const result = richResult()
  result.findings = result.findings.filter(finding => finding.status === 'advisory')
  result.counts = { ...result.counts, violations: 0, needsApproval: 0, blockingFindings: 0 }
  return { ...result, decision: 'pass', reason: 'No blocking findings' }
}

/** The terminal lines from "Secrets" up to the blank line after it. */
function textSecrets(text: string): string[] {
  const all = lines(text)
  const start = all.indexOf('Secrets')
  return all.slice(start, all.indexOf('', start))
}

/** A passing result whose only secret is one finding, suppressed as given. */
function withSuppressed(suppressed: Suppression): AuditResult {
  return makeResult({
    findings: [],
    approvals: [],
    secrets: {
      ...emptySecrets(),
      scannedFiles: 1,
      bytesScanned: 1,
      findings: [makeSecretFinding({ suppressed })],
      suppressed: 1
    }
  })
}

describe('secrets section in the Markdown report', () => {
  it('gives the counts, each secret, expired entries, unscanned files and the suppressed ones', () => {
    expect(markdownSecrets(renderMarkdown(richResult()))).toBe(
      '### 🔑 Secrets\n\n' +
        'Scanned the added lines of 3 files (12,345 bytes): 1 secret found · 1 suppressed.\n\n' +
        '<table>\n' +
        '<tr><th>Secret</th><th>Where</th><th>Preview</th><th>Fingerprint</th><th>Agent touched the file</th></tr>\n' +
        '<tr><td>GitHub personal access token &#40;classic&#41;</td>' +
        '<td><code>src/config.ts&#58;12&#58;15</code></td><td><code>ghp&#95;…</code></td>' +
        '<td><code>52fd61db9369</code></td><td>yes</td></tr>\n' +
        '</table>\n\n' +
        '<sub>The full fingerprint, which an allowlist entry needs, is in the audit record.</sub>\n\n' +
        '**Expired allowlist entries (1):**\n\n' +
        '- <code>cdb033394c03</code> old Slack fixture — expired 2024-01-31, no longer suppresses\n\n' +
        '**Not scanned (1):** check out the full history with <code>fetch-depth&#58;&nbsp;0</code> ' +
        'so agent-audit can read the diff locally.\n\n' +
        '- <code>vendor/bundle.js</code>\n\n' +
        '<details><summary>🔑 Suppressed secrets (1): not blocking</summary>\n\n' +
        '<table>\n' +
        '<tr><th>Secret</th><th>Where</th><th>Preview</th><th>Fingerprint</th><th>Suppressed by</th></tr>\n' +
        '<tr><td>AWS access key ID</td><td><code>test/fixtures/aws.txt&#58;3&#58;9</code></td>' +
        '<td><code>AKIA…</code></td><td><code>14f4d6195000</code></td>' +
        '<td>allowlist entry: documented example key (expires 2026-12-31)</td></tr>\n' +
        '</table>\n\n' +
        '</details>\n\n'
    )
  })

  it('puts the secrets after the blocking findings and before the approved ones', () => {
    const markdown = renderMarkdown(richResult())
    const needsApproval = markdown.indexOf('### ⏳ Needs approval')
    const secrets = markdown.indexOf('### 🔑 Secrets')
    expect(needsApproval).toBeGreaterThan(0)
    expect(secrets).toBeGreaterThan(needsApproval)
    expect(markdown.indexOf('✅ Approved')).toBeGreaterThan(secrets)
  })

  it('leaves the section out when the scanner read nothing and found nothing', () => {
    const markdown = renderMarkdown(makeResult())
    expect(markdown).not.toContain('Secrets')
    expect(markdown).not.toContain('fingerprint')
  })

  it('says so when the scanner read files and found nothing', () => {
    const secrets = { ...emptySecrets(), scannedFiles: 1, bytesScanned: 1 }
    expect(markdownSecrets(renderMarkdown(makeResult({ secrets })))).toBe(
      '### 🔑 Secrets\n\nScanned the added lines of 1 file (1 byte): no secrets found.\n\n'
    )
  })

  it('names each kind of suppression with its reason', () => {
    const cell = (suppressed: Suppression): string | undefined =>
      lines(renderMarkdown(withSuppressed(suppressed)))
        .find(line => line.startsWith('<tr><td>GitHub'))
        ?.split('<td>')
        .at(-1)
    expect(cell({ kind: 'inline', reason: 'agent-audit:allow test token' })).toBe(
      'inline marker <code>agent-audit&#58;allow&nbsp;test&nbsp;token</code></td></tr>'
    )
    expect(cell({ kind: 'ignore_path', reason: 'test/fixtures/**' })).toBe(
      'ignore_paths <code>test/fixtures/&#42;&#42;</code></td></tr>'
    )
    expect(cell({ kind: 'allowlist', reason: 'sample key' })).toBe(
      'allowlist entry: sample key (does not expire)</td></tr>'
    )
  })

  it('says "no unsuppressed secrets" and gives no allowlist hint when every secret is suppressed', () => {
    const markdown = renderMarkdown(withSuppressed({ kind: 'allowlist', reason: 'sample key' }))
    expect(markdown).toContain(
      'Scanned the added lines of 1 file (1 byte): no unsuppressed secrets · 1 suppressed.'
    )
    expect(markdown).not.toContain('The full fingerprint')
  })

  it('shows the place of a secret finding as path:line:column in the findings table', () => {
    const markdown = renderMarkdown(richResult())
    expect(markdown).toContain(
      '<tr><td><code>src/config.ts&#58;12&#58;15</code></td>' +
        '<td><code>secret</code> · rule <code>github-pat-classic</code></td>' +
        '<td>GitHub personal access token &#40;classic&#41;<br>by <code>abc1234</code></td>'
    )
  })

  it('shows path:line when a finding has a line but no column', () => {
    const finding = { ...makeSecretResultFinding(), column: undefined }
    expect(renderMarkdown(makeResult({ findings: [finding] }))).toContain(
      '<tr><td><code>src/config.ts&#58;12</code></td>'
    )
  })

  it('lists advisory findings apart, as not blocking, never as violations', () => {
    const markdown = renderMarkdown(advisoryOnly())
    expect(lines(markdown)[2]).toBe(
      '**2 advisories** — agents made 1 of 2 commits and touched 4 of 5 files.'
    )
    expect(lines(markdown)).toContain(
      '<tr><td><code>deploy/id&#95;ed25519</code></td><td><code>secret&nbsp;file</code></td>' +
        '<td>A human added a private key file.</td>' +
        '<td>Nothing blocks&#58; the policy lets humans change secret files.</td></tr>'
    )
    expect(markdown).not.toMatch(/violation/i)
  })
})

describe('secrets section in the terminal report', () => {
  it('gives the counts, each secret, suppressed ones, expired entries and unscanned files', () => {
    expect(textSecrets(renderText(richResult()))).toEqual([
      'Secrets',
      '  Scanned the added lines of 3 files (12,345 bytes): 1 secret found · 1 suppressed',
      '  GitHub personal access token (classic) in src/config.ts:12:15',
      '      ghp_… · fingerprint 52fd61db9369 · an agent touched this file',
      '  The full fingerprint, which an allowlist entry needs, is in the audit record.',
      '  Suppressed (1)',
      '    AWS access key ID in test/fixtures/aws.txt:3:9',
      '        AKIA… · fingerprint 14f4d6195000 · suppressed by allowlist entry: documented example key (expires 2026-12-31)',
      '  Expired allowlist entries (1)',
      '    cdb033394c03  old Slack fixture — expired 2024-01-31, no longer suppresses',
      '  Not scanned (1): check out the full history with fetch-depth: 0 so agent-audit can read the diff locally',
      '    vendor/bundle.js'
    ])
  })

  it('comes after the findings and before the approvals', () => {
    const text = lines(renderText(richResult()))
    expect(text.indexOf('Secrets')).toBeGreaterThan(text.indexOf('Findings (7)'))
    expect(text.indexOf('Approvals')).toBeGreaterThan(text.indexOf('Secrets'))
  })

  it('names each kind of suppression with its reason', () => {
    const why = (suppressed: Suppression): string | undefined =>
      lines(renderText(withSuppressed(suppressed))).find(line => line.includes('suppressed by'))
    expect(why({ kind: 'inline', reason: 'agent-audit:allow test token' })).toBe(
      '        ghp_… · fingerprint 52fd61db9369 · suppressed by inline marker agent-audit:allow test token'
    )
    expect(why({ kind: 'ignore_path', reason: 'test/fixtures/**' })).toBe(
      '        ghp_… · fingerprint 52fd61db9369 · suppressed by ignore_paths test/fixtures/**'
    )
    expect(why({ kind: 'allowlist', reason: 'sample key', expires: '2030-01-01' })).toBe(
      '        ghp_… · fingerprint 52fd61db9369 · suppressed by allowlist entry: sample key (expires 2030-01-01)'
    )
  })

  it('says nothing of who touched the file when the scanner did not say', () => {
    const secrets = {
      ...emptySecrets(),
      findings: [makeSecretFinding({ agentTouched: undefined, preview: '' })]
    }
    expect(textSecrets(renderText(makeResult({ secrets })))).toEqual([
      'Secrets',
      '  Scanned the added lines of 0 files (0 bytes): 1 secret found',
      '  GitHub personal access token (classic) in src/config.ts:12:15',
      '      … · fingerprint 52fd61db9369',
      '  The full fingerprint, which an allowlist entry needs, is in the audit record.'
    ])
  })

  it('orders secrets in one file by line', () => {
    const at = (line: number) => makeSecretResultFinding(makeSecretFinding({ line }))
    const text = renderText(makeResult({ findings: [at(30), at(4)] }))
    const places = lines(text).filter(line => line.startsWith('  VIOLATION'))
    expect(places).toEqual([
      '  VIOLATION       src/config.ts:4:15',
      '  VIOLATION       src/config.ts:30:15'
    ])
  })

  it('labels advisory findings ADVISORY with a note, never as violations', () => {
    const text = renderText(advisoryOnly())
    expect(lines(text)).toContain('  ADVISORY        deploy/id_ed25519')
    expect(lines(text)).toContain(
      '                  note: Nothing blocks: the policy lets humans change secret files.'
    )
    expect(text).not.toMatch(/violation/i)
  })
})

describe('what reports show of a secret', () => {
  /** Every 5-character window of the value: any of them in a report is more than the preview. */
  const windows = Array.from({ length: SECRET_VALUE.length - 4 }, (_, i) =>
    SECRET_VALUE.slice(i, i + 5)
  )

  /** A result whose scanner, by mistake, handed the whole value over as the preview. */
  function leakyResult(): AuditResult {
    const result = richResult()
    result.secrets.findings = result.secrets.findings.map(finding =>
      finding.fingerprint === SECRET_FINGERPRINT ? { ...finding, preview: SECRET_VALUE } : finding
    )
    return result
  }

  for (const [name, result] of [
    ['a correct result', richResult()],
    ['a result with the whole value as preview', leakyResult()]
  ] as const) {
    it(`shows at most the 4-character preview and the 12-character fingerprint (${name})`, () => {
      const markdown = renderMarkdown(result)
      const text = renderText(result)
      for (const report of [markdown, text]) {
        expect(windows.filter(window => report.includes(window))).toEqual([])
        expect(report).toContain(SECRET_FINGERPRINT.slice(0, 12))
        expect(report).not.toContain(SECRET_FINGERPRINT.slice(0, 13))
      }
      expect(markdown).toContain('<code>ghp&#95;…</code>')
      expect(text).toContain('      ghp_… · fingerprint 52fd61db9369')
    })

    it(`keeps the value out of the audit record (${name})`, () => {
      const json = renderJson(result)
      expect(windows.filter(window => json.includes(window))).toEqual([])
      expect(json).toContain(`"preview": "ghp_"`)
    })
  }
})
