import { describe, expect, it } from '@jest/globals'
import { renderText } from '../../src/render/text.js'
import { makeApproval, makeResult, richResult } from './fixtures.js'

const lines = (text: string): string[] => text.split('\n')

describe('renderText', () => {
  it('starts with the verdict and the counts', () => {
    const text = lines(renderText(richResult()))
    expect(text[0]).toBe(
      '❌ agent-audit: fail — 1 violation and 1 agent change that needs approval'
    )
    expect(text[1]).toBe(
      '   3 violations · 1 needs approval · 1 approved · 2 advisories — ' +
        'agents made 1 of 2 commits and touched 4 of 5 files'
    )
  })

  it('says pass when nothing blocks', () => {
    const text = renderText(makeResult({ findings: [], approvals: [] }))
    expect(lines(text)[0]).toBe('✅ agent-audit: pass — No blocking findings')
    expect(text).not.toContain('Findings')
  })

  it('lists agent commits with each piece of evidence and its binding', () => {
    const text = lines(renderText(richResult()))
    const start = text.indexOf('Agent commits (1 of 2)')
    expect(text.slice(start, start + 8)).toEqual([
      'Agent commits (1 of 2)',
      '  abc1234  Claude Code  Add the orders migration',
      '           platform  The PR was opened by the Claude app (claude[bot])',
      '           declared  Co-authored-by trailer with an Anthropic address (Claude <noreply@anthropic.com>)',
      '  Pull request evidence',
      '           declared  Head branch starts with claude/ (claude/orders)',
      '  Requested by @alice',
      ''
    ])
  })

  it('labels findings by status, violations first, each with rule, why and fix', () => {
    const text = lines(renderText(richResult()))
    const start = text.indexOf('Findings (7)')
    expect(text.slice(start, text.indexOf('', start) + 1)).toEqual([
      'Findings (7)',
      '  VIOLATION       src/config.ts:12:15',
      '                  secret · rule github-pat-classic',
      '                  why: GitHub personal access token (classic)',
      '                  fix: Remove the secret from the change and revoke it: it is in the branch history.',
      '                  by: abc1234',
      '  VIOLATION       config/prod.env',
      '                  cannot_access · area secrets · pattern **/*.env in .github/agent-audit.yml:4',
      '                  why: An agent changed a path the policy says agents cannot access.',
      '                  fix: Remove this change from the pull request.',
      '                  by: abc1234',
      '  VIOLATION       .github/workflows/deploy.yml:14:9',
      '                  workflow secrets',
      '                  why: An agent gave a workflow step the repository secret DEPLOY_TOKEN.',
      '                  fix: Have a human make this workflow change.',
      '                  by: abc1234',
      '  NEEDS APPROVAL  db/migrations/001_orders.sql (previously db/old/001_orders.sql)',
      '                  requires_human_review · area migrations · pattern db/migrations/** in .github/agent-audit.yml:12',
      '                  why: An agent changed a file in an area that needs human review.',
      '                  fix: needs 1 approval from @acme/dba — ignored: @bob (PR author)',
      '                  by: abc1234',
      '  APPROVED        README.md',
      '                  outside can_edit',
      '                  why: An agent changed a file outside can_edit.',
      '                  approval: approved by @dave (1 of 1 required)',
      '                  by: abc1234',
      '  ADVISORY        deploy/id_ed25519',
      '                  secret file',
      '                  why: A human added a private key file.',
      '                  note: Nothing blocks: the policy lets humans change secret files.',
      '  ADVISORY        vendor/bundle.js',
      '                  secret scan incomplete',
      '                  why: The added lines of this file could not be read, so it was not scanned for secrets.',
      '                  note: Check out the full history with fetch-depth: 0.',
      '                  by: abc1234',
      ''
    ])
  })

  it('never calls a finding that needs approval a violation', () => {
    const text = renderText(makeResult())
    expect(text).toContain('  NEEDS APPROVAL  db/migrations/001_orders.sql')
    expect(text).toContain('   1 needs approval — ')
    expect(text).not.toMatch(/violation/i)
  })

  it('lists each area approval with the ignored approvals and why', () => {
    const text = lines(renderText(richResult()))
    const start = text.indexOf('Approvals')
    expect(text.slice(start, start + 3)).toEqual([
      'Approvals',
      '  migrations: needs 1 approval from @acme/dba — ignored: @bob (PR author)',
      '  outside-can-edit: approved by @dave (1 of 1 required)'
    ])
  })

  it('says there is no review data on a local run', () => {
    const text = lines(renderText(makeResult({ reviewsAvailable: false })))
    expect(text).toContain(
      '  migrations: needs 1 approval from @acme/dba — no review data (local run)'
    )
    expect(text.at(-2)).toBe(
      'Policy: .github/agent-audit.yml at main (sha256 aaaaaaaaaaaa) · attribution: per commit · reviews: no review data (local run)'
    )
  })

  it('says who still has to act when changes were requested', () => {
    const approval = makeApproval({ counted: ['carol'], ignored: [], changesRequestedBy: ['erin'] })
    expect(renderText(makeResult({ approvals: [approval] }))).toContain(
      '  migrations: has 1 of 1 approval from @acme/dba — counted: @carol — changes requested by @erin: ' +
        'that review must be followed by an approval or dismissed'
    )
  })

  it('prints the can_read advisory and other notes', () => {
    const text = lines(renderText(richResult()))
    const start = text.indexOf('Notes')
    expect(text.slice(start, start + 3)).toEqual([
      'Notes',
      '  - Reviews were read at fedcba9.',
      '  - can_read is accepted but cannot be enforced at CI time: reads are not visible in a diff (docs/**).'
    ])
  })

  it('colours labels only when asked', () => {
    expect(renderText(richResult())).not.toContain('\u001b')
    const coloured = renderText(richResult(), { color: true })
    expect(coloured).toContain('  \u001b[31mVIOLATION     \u001b[0m  config/prod.env')
    expect(coloured).toContain('  \u001b[33mNEEDS APPROVAL\u001b[0m  db/migrations/001_orders.sql')
    expect(lines(coloured)[0]).toBe(
      '\u001b[1m\u001b[31m❌ agent-audit: fail — 1 violation and 1 agent change that needs approval\u001b[0m\u001b[0m'
    )
  })

  it('ends with one newline', () => {
    const text = renderText(richResult())
    expect(text.endsWith('\n')).toBe(true)
    expect(text.endsWith('\n\n')).toBe(false)
  })
})
