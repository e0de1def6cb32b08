import { describe, expect, it } from '@jest/globals'
import { renderMarkdown } from '../../src/render/markdown.js'
import { makeApproval, makeFinding, makeResult, person, richResult } from './fixtures.js'

const lines = (markdown: string): string[] => markdown.split('\n')

describe('renderMarkdown verdict', () => {
  it('starts with a one-line failing verdict and the reason', () => {
    const markdown = renderMarkdown(makeResult())
    expect(lines(markdown)[0]).toBe('## ❌ agent-audit: fail — 1 agent change needs approval')
  })

  it('starts with a passing verdict when nothing blocks', () => {
    const markdown = renderMarkdown(makeResult({ findings: [], approvals: [] }))
    expect(lines(markdown)[0]).toBe('## ✅ agent-audit: pass — No blocking findings')
    expect(lines(markdown)[2]).toBe(
      '**no findings** — agents made 1 of 1 commit and touched 1 of 1 file.'
    )
  })

  it('gives the counts by status right after the verdict', () => {
    expect(lines(renderMarkdown(richResult()))[2]).toBe(
      '**3 violations · 1 needs approval · 1 approved · 2 advisories** — ' +
        'agents made 1 of 2 commits and touched 4 of 5 files.'
    )
  })
})

describe('renderMarkdown findings', () => {
  it('lists violations first, with the rule, pattern, why and fix in one row', () => {
    const markdown = renderMarkdown(richResult())
    expect(markdown).toContain(
      '<tr><td><code>config/prod.env</code></td>' +
        '<td><code>cannot&#95;access</code> · area <code>secrets</code><br>' +
        'pattern <code>&#42;&#42;/&#42;.env</code> in <code>.github/agent-audit.yml&#58;4</code></td>' +
        '<td>An agent changed a path the policy says agents cannot access.<br>by <code>abc1234</code></td>' +
        '<td>Remove this change from the pull request.</td></tr>'
    )
    const order = [
      '### ⛔ Violations (3)',
      '### ⏳ Needs approval (1)',
      '### 🔑 Secrets',
      '🔑 Suppressed secrets (1)',
      '✅ Approved (1)',
      '### ⚠️ Advisory (2)'
    ]
    const positions = order.map(heading => markdown.indexOf(heading))
    expect(positions.every(position => position > 0)).toBe(true)
    expect([...positions].sort((a, b) => a - b)).toEqual(positions)
  })

  it('calls a finding waiting for approval "needs approval", never a violation', () => {
    const markdown = renderMarkdown(makeResult())
    expect(markdown).toContain('### ⏳ Needs approval (1)')
    expect(markdown).toContain('**1 needs approval**')
    expect(markdown).not.toMatch(/violation/i)
  })

  it('says what resolves an approval finding, with the ignored approvals and why', () => {
    expect(lines(renderMarkdown(makeResult()))).toContain(
      '**Area <code>migrations</code>**: needs 1 approval from &#64;&#8203;acme/dba — ' +
        'ignored: &#64;&#8203;bob (PR author)'
    )
  })

  it('says how many more approvals are needed, who counted, and who requested changes', () => {
    const approval = makeApproval({
      required: 2,
      counted: ['carol'],
      ignored: [
        { login: 'bob', reason: 'PR author' },
        { login: 'erin', reason: 'approved before abc1234' }
      ],
      changesRequestedBy: ['frank']
    })
    expect(lines(renderMarkdown(makeResult({ approvals: [approval] })))).toContain(
      '**Area <code>migrations</code>**: needs 1 more approval from &#64;&#8203;acme/dba — ' +
        'counted: &#64;&#8203;carol — ignored: &#64;&#8203;bob (PR author), ' +
        '&#64;&#8203;erin (approved before abc1234) — changes requested by &#64;&#8203;frank: ' +
        'that review must be followed by an approval or dismissed'
    )
  })

  it('says there is no review data on a local run', () => {
    const markdown = renderMarkdown(makeResult({ reviewsAvailable: false }))
    expect(lines(markdown)).toContain(
      '**Area <code>migrations</code>**: needs 1 approval from &#64;&#8203;acme/dba — no review data (local run)'
    )
    expect(markdown).toContain('reviews: no review data (local run)')
  })

  it("falls back to the finding's own resolution when its area has no approval entry", () => {
    const markdown = renderMarkdown(makeResult({ approvals: [] }))
    expect(lines(markdown)).toContain(
      '**Area <code>migrations</code>**: Get 1 approval from &#64;&#8203;acme/dba.'
    )
  })

  it('shows the previous path of a renamed file', () => {
    expect(renderMarkdown(richResult())).toContain(
      '<tr><td><code>db/migrations/001&#95;orders.sql</code><br>previously <code>db/old/001&#95;orders.sql</code></td>'
    )
  })

  it('collapses approved findings, which do not block', () => {
    const markdown = renderMarkdown(richResult())
    expect(lines(markdown)).toContain('<details><summary>✅ Approved (1): not blocking</summary>')
    expect(lines(markdown)).toContain(
      '**Area <code>outside-can-edit</code>**: approved by &#64;&#8203;dave (1 of 1 required)'
    )
  })

  it('shortens long commit lists on a finding', () => {
    const commits = ['a1', 'b2', 'c3', 'd4', 'e5'].map(prefix => prefix.repeat(20))
    const markdown = renderMarkdown(makeResult({ findings: [makeFinding({ commits })] }))
    expect(markdown).toContain(
      'by <code>a1a1a1a</code>, <code>b2b2b2b</code>, <code>c3c3c3c</code> and 2 more</td>'
    )
  })
})

describe('renderMarkdown evidence', () => {
  it('lists agent commits with their evidence, marking platform-bound and declared', () => {
    expect(renderMarkdown(richResult())).toContain(
      '<tr><td><code>abc1234</code></td><td>Claude Code</td><td>Add the orders migration</td>' +
        '<td>🔒 platform: The PR was opened by the Claude app <code>claude&#91;bot&#93;</code><br>' +
        '✍️ declared: Co-authored-by trailer with an Anthropic address ' +
        '<code>Claude&nbsp;&lt;noreply&#64;&#8203;anthropic.com&gt;</code></td></tr>'
    )
  })

  it('leaves human commits out of the agent commit table', () => {
    const markdown = renderMarkdown(richResult())
    expect(markdown).toContain('### 🤖 Agent commits (1 of 2)')
    expect(markdown).not.toContain('Fix typo')
  })

  it('lists pull-request evidence and requesters, and explains the two bindings', () => {
    const markdown = lines(renderMarkdown(richResult()))
    expect(markdown).toContain(
      '- ✍️ declared: Head branch starts with claude/ <code>claude/orders</code>'
    )
    expect(markdown).toContain('Requested by &#64;&#8203;alice.')
    expect(markdown).toContain(
      '<sub>🔒 platform: bound to a GitHub account by GitHub. ✍️ declared: written by whoever ' +
        'pushed the commit or edited the pull request; it can be forged.</sub>'
    )
  })

  it('names a requester without a login by name and email', () => {
    const requester = person('x', { login: undefined, name: 'Ann', email: 'ann@example.com' })
    expect(renderMarkdown(makeResult({ requesters: [requester] }))).toContain(
      'Requested by Ann &lt;ann&#64;&#8203;example.com&gt;.'
    )
  })
})

describe('renderMarkdown notes, files and footer', () => {
  it('adds the can_read advisory with the entries', () => {
    expect(lines(renderMarkdown(richResult()))).toContain(
      '- can_read is accepted but cannot be enforced at CI time: reads are not visible in a diff ' +
        '(<code>docs/&#42;&#42;</code>).'
    )
  })

  it('does not repeat the can_read advisory when the result already carries it', () => {
    const result = richResult()
    result.advisories = ['can_read is accepted but cannot be enforced at CI time.']
    const markdown = renderMarkdown(result)
    expect(markdown.split('can&#95;read is accepted').length - 1).toBe(1)
    expect(markdown).not.toContain('can_read is accepted')
  })

  it('lists only agent-touched files, collapsed, most severe first', () => {
    const markdown = renderMarkdown(richResult())
    const rows = lines(markdown.slice(markdown.indexOf('Agent-touched files (4)')))
      .filter(line => line.startsWith('<tr><td>'))
      .slice(0, 4)
    expect(rows).toEqual([
      '<tr><td><code>config/prod.env</code></td><td>modified</td><td>⛔ blocked</td><td><code>abc1234</code></td></tr>',
      '<tr><td><code>db/migrations/001&#95;orders.sql</code><br>previously <code>db/old/001&#95;orders.sql</code></td><td>renamed</td><td>⏳ needs approval</td><td><code>abc1234</code></td></tr>',
      '<tr><td><code>README.md</code></td><td>added</td><td>✅ allowed</td><td><code>abc1234</code></td></tr>',
      '<tr><td><code>docs/link</code></td><td>added · symlink · not in the final diff</td><td>✅ allowed</td><td><code>abc1234</code></td></tr>'
    ])
    expect(markdown).not.toContain('src/app.ts')
  })

  it('names the policy and, when given, where the artifact is', () => {
    const markdown = renderMarkdown(richResult(), {
      artifactNote: 'Full record: artifact `agent-audit`.'
    })
    expect(lines(markdown)).toContain(
      'Policy: <code>.github/agent-audit.yml</code> at <code>main</code> (sha256 <code>bbbbbbbbbbbb</code>) · ' +
        'attribution: per commit · reviews: from GitHub · base <code>0000000</code> → head <code>fedcba9</code>'
    )
    expect(markdown.endsWith('Full record: artifact `agent-audit`.\n')).toBe(true)
  })

  it('says when the built-in policy applied', () => {
    const result = makeResult()
    result.policy = { ...result.policy, builtIn: true, ref: undefined, sha256: undefined }
    expect(renderMarkdown(result)).toContain(
      'Policy: built-in default (no <code>.github/agent-audit.yml</code> found)'
    )
  })

  it('keeps every table row on one line', () => {
    const markdown = renderMarkdown(richResult())
    const rows = lines(markdown).filter(line => line.startsWith('<tr>'))
    // 8 header rows, and data rows: 7 findings, 2 secrets, 1 agent commit, 4 agent-touched files.
    expect(rows.length).toBe(22)
    expect(rows.every(row => row.endsWith('</tr>'))).toBe(true)
  })
})
