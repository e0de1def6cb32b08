import { describe, expect, it } from '@jest/globals'
import { parse, type DefaultTreeAdapterMap } from 'parse5'
import type { AuditResult } from '../../src/evaluation/result.js'
import { renderMarkdown } from '../../src/render/markdown.js'
import {
  AGENT_SHA,
  HUMAN_SHA,
  makeApproval,
  makeCommit,
  makeEvidence,
  makeFile,
  makeFinding,
  makeResult,
  makeSecretFinding,
  person,
  richResult
} from './fixtures.js'
import { githubHtml, markdownToHtml } from './github-html.js'

/**
 * The job summary as a browser builds it after GitHub's renderer and
 * sanitizer (github-html.ts), parsed with parse5, the HTML5 parsing
 * algorithm browsers use. The report is judged by its element tree: text
 * from the pull request may change what the page says, never its shape.
 */

type Node = DefaultTreeAdapterMap['node']
type Element = DefaultTreeAdapterMap['element']
type TextNode = DefaultTreeAdapterMap['textNode']

/** The nodes of `html` inside <body>, in document order, parsed as a whole page like a browser. */
function allNodes(html: string): Node[] {
  const nodes: Node[] = []
  const visit = (node: Node): void => {
    nodes.push(node)
    if ('childNodes' in node) node.childNodes.forEach(visit)
  }
  const page = parse(`<!DOCTYPE html><html><head></head><body>${html}`)
  const body = page.childNodes.flatMap(node => ('childNodes' in node ? node.childNodes : []))
  body.filter(node => node.nodeName === 'body').forEach(visit)
  return nodes.slice(1)
}

function elements(html: string): Element[] {
  return allNodes(html).filter((node): node is Element => 'tagName' in node)
}

function textNodes(html: string): string[] {
  return allNodes(html)
    .filter((node): node is TextNode => node.nodeName === '#text')
    .map(node => node.value)
}

/** Every element with its attribute names, in document order: the page's shape without its words. */
function shapeOf(html: string): string[] {
  return elements(html).map(element => {
    const attributes = element.attrs.map(attribute => attribute.name).join(' ')
    return attributes ? `${element.tagName}[${attributes}]` : element.tagName
  })
}

function count(html: string, tagName: string): number {
  return elements(html).filter(element => element.tagName === tagName).length
}

/** What a reader sees, with our own anti-mention spaces and no-break spaces taken out. */
function visibleText(html: string): string {
  return textNodes(html).join('').replaceAll('\u200b', '').replaceAll('\u00a0', ' ')
}

function children(element: Element, tagName: string): Element[] {
  return element.childNodes.filter(
    (node): node is Element => 'tagName' in node && node.tagName === tagName
  )
}

/** Columns a row spans: its cells, counting colspan. */
function rowWidth(row: Element): number {
  const cells = row.childNodes.filter(
    (node): node is Element => 'tagName' in node && (node.tagName === 'td' || node.tagName === 'th')
  )
  return cells.reduce((sum, cell) => {
    const colspan = cell.attrs.find(attribute => attribute.name === 'colspan')
    return sum + (colspan ? Number(colspan.value) : 1)
  }, 0)
}

/** Per table: the width of its header row and of every row (the header included). */
function tableShapes(html: string): { header: number; rows: number[] }[] {
  return elements(html)
    .filter(element => element.tagName === 'table')
    .map(table => {
      const rows = children(table, 'tbody').flatMap(body => children(body, 'tr'))
      const header = rows[0] && children(rows[0], 'th').length > 0 ? rowWidth(rows[0]) : 0
      return { header, rows: rows.map(rowWidth) }
    })
}

/** Text GitHub would link as a user or team mention, or as an issue reference. */
const MENTION = /(^|[^\w`])@[a-z0-9]/i
const ISSUE_REFERENCE = /(^|[^\w])#\d/

/** Every untrusted field of the report, with what an attacker might put in it. */
const HOSTILE = {
  violationPath: 'config/<script>alert(1)</script>.env',
  reviewPath: 'db/</td></tr></table><table><tr><td>x.sql',
  secondReviewPath: 'db/<!-- hidden.sql',
  approvedPath: 'README <img src=x onerror=alert(1)>.md',
  humanPath: 'keys/[x](javascript:alert(1)).pem',
  area: '</code><b>area</b>',
  subject: '<script>alert(1)</script> fixes #1 for @octocat',
  agentName: '<img src=x onerror=alert(1)>',
  evidenceValue: '`x` | y ``` z',
  evidenceDetail: '</td></tr></table>',
  branch: 'claude/<!--',
  login: '@octocat',
  requester: 'octocat',
  approver: '@acme/<b>admins</b>',
  message: 'line one\n\n# line two\n| a | b |',
  resolution: '::add-mask::hunter2',
  secretTitle: '<details open><summary>x</summary>',
  preview: '<!--',
  suppression: '[x](javascript:alert(1)) @octocat',
  expiredReason: '</li></ul><img src=x>',
  unscanned: '*bold* _it_ ~~s~~',
  policyPath: '<sub>policy</sub>.yml',
  policyRef: 'refs/heads/<b>x</b>',
  advisory: '<a href="javascript:alert(1)">click</a>'
}

type Untrusted = typeof HOSTILE

/** The same fields with harmless words: the report's shape when nobody attacks it. */
const PLAIN = Object.fromEntries(
  Object.keys(HOSTILE).map(key => [key, `plain-${key}`])
) as Untrusted

/**
 * One finding of each status, in two policy areas, three agent commits'
 * worth of evidence, one live and one suppressed secret: 8 tables, 3 of
 * them collapsed in <details>.
 */
function reportWith(text: Untrusted): AuditResult {
  const review = { area: text.area, pattern: undefined, message: text.message }
  return makeResult({
    reason: text.message,
    findings: [
      makeFinding({
        kind: 'cannot_access',
        status: 'violation',
        path: text.violationPath,
        area: text.area,
        message: text.message,
        resolution: text.resolution
      }),
      makeFinding({ ...review, path: text.reviewPath, resolution: text.resolution }),
      makeFinding({ ...review, path: text.secondReviewPath, resolution: text.resolution }),
      makeFinding({
        kind: 'outside_can_edit',
        status: 'approved',
        blocking: false,
        area: 'outside-can-edit',
        path: text.approvedPath,
        message: text.message
      }),
      makeFinding({
        kind: 'secret_file',
        status: 'advisory',
        blocking: false,
        area: 'secret-files',
        path: text.humanPath,
        commits: [],
        message: text.message,
        resolution: text.resolution
      })
    ],
    commits: [
      makeCommit({
        subject: text.subject,
        agentName: text.agentName,
        evidence: [makeEvidence({ value: text.evidenceValue, detail: text.evidenceDetail })],
        author: person(text.login)
      }),
      makeCommit({ sha: 'b'.repeat(40), subject: text.message, agentName: text.login }),
      makeCommit({ sha: HUMAN_SHA, kind: 'human', agent: undefined, subject: text.subject })
    ],
    files: [text.violationPath, text.reviewPath, text.secondReviewPath, text.approvedPath]
      .map(path => makeFile({ path }))
      .concat(makeFile({ path: text.humanPath, agentTouched: false, agentCommits: [] })),
    approvals: [
      makeApproval({
        area: text.area,
        eligible: text.approver,
        ignored: [{ login: text.login, reason: text.message }]
      }),
      makeApproval({ area: 'outside-can-edit', counted: [text.login], satisfied: true })
    ],
    pullRequestEvidence: [
      makeEvidence({ signal: 'head-branch', value: text.branch, detail: text.evidenceDetail })
    ],
    requesters: [person(text.requester)],
    pullRequest: {
      number: 42,
      title: text.subject,
      author: person(text.login),
      headRef: text.branch,
      baseRef: 'main'
    },
    secrets: {
      scannedFiles: 2,
      bytesScanned: 100,
      findings: [
        makeSecretFinding({
          path: text.reviewPath,
          title: text.secretTitle,
          preview: text.preview
        }),
        makeSecretFinding({
          path: text.humanPath,
          title: text.secretTitle,
          preview: text.preview,
          agentTouched: false,
          suppressed: { kind: 'inline', reason: text.suppression }
        })
      ],
      suppressed: 1,
      expiredAllowEntries: [
        { fingerprint: 'f'.repeat(64), reason: text.expiredReason, expires: '2024-01-31' }
      ],
      unscannedFiles: [text.unscanned]
    },
    advisories: [text.advisory],
    policy: {
      path: text.policyPath,
      builtIn: false,
      ref: text.policyRef,
      shape: 'schema',
      attribution: 'commit',
      canRead: []
    }
  })
}

describe('githubHtml, the stand-in for GitHub', () => {
  it('drops what GitHub drops: scripts, event handlers, javascript: links, comments', () => {
    const html = githubHtml(
      'a <script>alert(1)</script><img src="x.png" onerror="alert(1)"> ' +
        '<a href="javascript:alert(1)">j</a> <a href="https://example.com/">w</a> <!-- c -->'
    )
    expect(shapeOf(html)).toEqual(['p', 'img[src]', 'a', 'a[href]'])
    expect(html).not.toContain('alert')
  })

  it('keeps the tables and collapsed sections the report is made of', () => {
    const html = githubHtml(
      '<details><summary>s</summary>\n\n<table>\n<tr><th>h</th></tr>\n' +
        '<tr><td colspan="2"><em>n</em></td></tr>\n</table>\n\n</details>\n'
    )
    expect(shapeOf(html)).toEqual([
      'details',
      'summary',
      'table',
      'tbody',
      'tr',
      'th',
      'tr',
      'td[colspan]',
      'em'
    ])
  })

  it('shows a shape change when text from the PR becomes markup', () => {
    const unescaped = `<table>\n<tr><td>${HOSTILE.reviewPath}</td></tr>\n</table>\n`
    expect(count(githubHtml(unescaped), 'table')).toBe(2)
    expect(textNodes(githubHtml('hi @octocat')).some(text => MENTION.test(text))).toBe(true)
  })
})

describe('job summary with hostile names, as GitHub shows it', () => {
  const plainMarkdown = renderMarkdown(reportWith(PLAIN))
  const hostileMarkdown = renderMarkdown(reportWith(HOSTILE))
  const html = githubHtml(hostileMarkdown)

  it('has exactly the shape of the same report with harmless names', () => {
    expect(shapeOf(html)).toEqual(shapeOf(githubHtml(plainMarkdown)))
  })

  it('has that shape before GitHub sanitizes anything', () => {
    const raw = markdownToHtml(hostileMarkdown)
    expect(shapeOf(raw)).toEqual(shapeOf(markdownToHtml(plainMarkdown)))
    expect(allNodes(raw).filter(node => node.nodeName === '#comment')).toEqual([])
  })

  it('has the tables, rows and collapsed sections the findings call for', () => {
    expect(count(html, 'details')).toBe(3)
    expect(count(html, 'summary')).toBe(3)
    // Violations, the area's approvals, secrets, suppressed secrets, approved,
    // advisory, agent commits, agent-touched files; each with its header row.
    expect(tableShapes(html).map(table => table.rows.length)).toEqual([2, 3, 2, 2, 2, 2, 3, 5])
    expect(count(html, 'th')).toBe(4 + 3 + 5 + 5 + 3 + 4 + 4 + 4)
    expect(count(html, 'td')).toBe(4 + 3 * 2 + 5 + 5 + 3 + 4 + 4 * 2 + 4 * 4)
  })

  it('has no element or attribute that could run, load or link anything', () => {
    const raw = markdownToHtml(hostileMarkdown)
    for (const page of [raw, html]) {
      for (const tagName of ['script', 'img', 'a', 'iframe', 'style', 'b']) {
        expect(count(page, tagName)).toBe(0)
      }
      const attributes = elements(page).flatMap(element => element.attrs)
      expect(attributes).toEqual([])
    }
  })

  it('shows every hostile value as text', () => {
    const text = visibleText(html)
    for (const value of Object.values(HOSTILE)) {
      expect(text).toContain(value.replaceAll('\n', '\\n'))
    }
  })

  it('leaves no @name or #number that GitHub would turn into a mention or a link', () => {
    const texts = textNodes(html)
    expect(texts.filter(text => MENTION.test(text))).toEqual([])
    expect(texts.filter(text => ISSUE_REFERENCE.test(text))).toEqual([])
    expect(visibleText(html)).toContain('fixes #1 for @octocat')
  })
})

describe('tables in the job summary', () => {
  const cleanPass = makeResult({
    findings: [],
    approvals: [],
    files: [makeFile({ path: 'docs/guide.md', verdict: 'allowed', matches: [] })],
    commits: [makeCommit({ sha: AGENT_SHA, subject: 'Update the guide' })]
  })

  it('are well formed in a clean pass: every row as wide as its header', () => {
    const html = githubHtml(renderMarkdown(cleanPass))
    expect(cleanPass.decision).toBe('pass')
    expect(tableShapes(html)).toEqual([
      { header: 4, rows: [4, 4] },
      { header: 4, rows: [4, 4] }
    ])
  })

  it('are well formed in a rich fail: every row as wide as its header', () => {
    const shapes = tableShapes(githubHtml(renderMarkdown(richResult())))
    expect(shapes.length).toBe(8)
    for (const { header, rows } of shapes) {
      expect(header).toBeGreaterThan(0)
      expect(rows).toEqual(rows.map(() => header))
    }
  })

  it('stay well formed when rows are cut to fit the size limit', () => {
    const result = makeResult({
      files: Array.from({ length: 400 }, (_, index) => makeFile({ path: `src/file-${index}.ts` }))
    })
    const html = githubHtml(renderMarkdown(result, { maxBytes: 20_000 }))
    const files = tableShapes(html).at(-1)
    expect(files?.rows.length).toBeLessThan(401)
    expect(files?.rows.every(width => width === 4)).toBe(true)
    expect(visibleText(html)).toMatch(/… \d+ more files: the full report is in the audit artifact/)
  })
})
