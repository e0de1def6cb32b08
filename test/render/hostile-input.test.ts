import { describe, expect, it } from '@jest/globals'
import type { AuditResult } from '../../src/evaluation/result.js'
import { renderJson } from '../../src/render/json.js'
import { renderMarkdown } from '../../src/render/markdown.js'
import { renderText } from '../../src/render/text.js'
import {
  makeApproval,
  makeCommit,
  makeEvidence,
  makeFile,
  makeFinding,
  makeResult,
  makeSecretFinding,
  person
} from './fixtures.js'

/** Text an attacker controls, placed in every untrusted field of a result. */
const IMG = '<img src=x onerror=alert(1)>.md'
const MENTION = '@octocat'
const COMMENT = '<!-- x'
const PIPE_NEWLINE = 'a|b\nc.md'
const ANSI = 'fix \u001b[31mred\u001b[0m'
const MASK = '::add-mask::x'
const LEGACY = '##[add-mask]y'

function hostileResult(): AuditResult {
  const paths = [IMG, MENTION, COMMENT, PIPE_NEWLINE]
  const findings = paths.map(path =>
    makeFinding({ path, previousPath: COMMENT, pattern: MENTION, area: MENTION })
  )
  findings.push(
    makeFinding({ status: 'violation', kind: 'cannot_access', path: MASK, message: ANSI })
  )
  return makeResult({
    reason: `blocked by ${MENTION}`,
    findings,
    files: paths.map(path => makeFile({ path, previousPath: IMG })),
    commits: [
      makeCommit({
        subject: `${MASK}`,
        agentName: ANSI,
        evidence: [makeEvidence({ value: `${MENTION} ${ANSI}`, detail: LEGACY })]
      }),
      makeCommit({ subject: ANSI, evidence: [makeEvidence({ value: MASK })] })
    ],
    approvals: [
      makeApproval({
        area: MENTION,
        eligible: MENTION,
        ignored: [{ login: 'x\u001b[2J', reason: ANSI }]
      })
    ],
    pullRequestEvidence: [makeEvidence({ value: PIPE_NEWLINE, detail: COMMENT })],
    requesters: [person(MENTION)],
    secrets: {
      scannedFiles: 2,
      bytesScanned: 10,
      findings: [
        makeSecretFinding({ path: IMG, preview: '<!--', title: MENTION }),
        makeSecretFinding({
          path: PIPE_NEWLINE,
          preview: '::ad',
          suppressed: { kind: 'inline', reason: `agent-audit:allow ${MENTION} ${ANSI}` }
        })
      ],
      suppressed: 1,
      expiredAllowEntries: [{ fingerprint: MASK, reason: LEGACY, expires: '2024-01-01' }],
      unscannedFiles: [MASK, COMMENT]
    },
    advisories: [IMG],
    policy: {
      path: IMG,
      builtIn: false,
      ref: MASK,
      shape: 'map',
      attribution: 'commit',
      canRead: [COMMENT]
    }
  })
}

describe('Markdown report with hostile names and messages', () => {
  const markdown = renderMarkdown(hostileResult())

  it('never contains the raw text', () => {
    for (const raw of [IMG, '<img', MENTION, COMMENT, '<!--', PIPE_NEWLINE, 'a|b', MASK, LEGACY]) {
      expect(markdown).not.toContain(raw)
    }
    expect(markdown).not.toContain('\u001b')
  })

  it('shows the names as escaped, visible text', () => {
    expect(markdown).toContain(
      '<code>&lt;img&nbsp;src=x&nbsp;onerror=alert&#40;1&#41;&gt;.md</code>'
    )
    expect(markdown).toContain('<code>a&#124;b&#92;nc.md</code>')
    expect(markdown).toContain('<code>&lt;&#33;--&nbsp;x</code>')
    expect(markdown).toContain('fix &#92;x1b&#91;31mred&#92;x1b&#91;0m')
  })

  it('escapes what the secrets section shows: previews, paths, reasons', () => {
    expect(markdown).toContain(
      '<tr><td>&#64;&#8203;octocat</td><td><code>&lt;img&nbsp;src=x&nbsp;onerror=alert&#40;1&#41;&gt;.md&#58;12&#58;15</code></td>' +
        '<td><code>&lt;&#33;--…</code></td>'
    )
    expect(markdown).toContain(
      'inline marker <code>agent-audit&#58;allow&nbsp;&#64;&#8203;octocat&nbsp;fix&nbsp;&#92;x1b&#91;31mred&#92;x1b&#91;0m</code>'
    )
    expect(markdown).toContain('- <code>&#58;&#58;add-mask&#58;&#58;x</code>\n')
  })

  it('contains no @ that GitHub could turn into a mention', () => {
    expect(markdown).not.toMatch(/@\w/)
    expect(markdown).not.toMatch(/&#64;\w/)
  })

  it('keeps every table row on one line', () => {
    const rows = markdown.split('\n').filter(line => line.startsWith('<tr>'))
    expect(rows.length).toBeGreaterThan(10)
    expect(rows.filter(row => !row.endsWith('</tr>'))).toEqual([])
  })
})

describe('terminal report with hostile names and messages', () => {
  for (const color of [false, true]) {
    const text = renderText(hostileResult(), { color })

    it(`shows terminal escapes from the PR as text (color: ${color})`, () => {
      expect(text).toContain('fix \\x1b[31mred\\x1b[0m')
      expect(text).toContain('ignored: @x\\x1b[2J (fix \\x1b[31mred\\x1b[0m)')
      expect(text).not.toContain('\u001b[31mred')
      const ours = text.replace(/\u001b\[(0|1|2|31|32|33)m/g, '')
      expect(ours).not.toContain('\u001b')
    })

    it(`starts no line with a workflow command (color: ${color})`, () => {
      expect(text).not.toContain(MASK)
      expect(text).not.toContain('##[')
      expect(text).toContain('\\x3a:add-mask::x')
      expect(text).toContain('#\\x23[add-mask]y')
      const commandLines = text.split(/\r\n|\r|\n/).filter(line => /^\s*::/.test(line))
      expect(commandLines).toEqual([])
    })

    it(`shows a preview or unscanned path that looks like a command as text (color: ${color})`, () => {
      expect(text).toContain('    \\x3a:add-mask::x\n')
      expect(text).toContain('      \\x3a:ad… · fingerprint')
    })

    it(`keeps a file name with a newline on one line (color: ${color})`, () => {
      expect(text).not.toContain(PIPE_NEWLINE)
      expect(text).toContain('a|b\\nc.md')
    })
  }
})

describe('JSON record with hostile names and messages', () => {
  const result = hostileResult()
  const json = renderJson(result)

  it('spells control characters and the legacy command prefix as JSON escapes', () => {
    expect(json).not.toContain('\u001b')
    expect(json).not.toContain('##[')
    expect(json).toContain('"detail": "#\\u0023[add-mask]y"')
  })

  it('still parses to the original strings', () => {
    const parsed = JSON.parse(json) as AuditResult
    expect(parsed.commits[0]?.evidence[0]?.detail).toBe(LEGACY)
    expect(parsed.commits[1]?.subject).toBe(ANSI)
    expect(parsed.findings.map(finding => finding.path)).toEqual(
      result.findings.map(finding => finding.path)
    )
  })
})
