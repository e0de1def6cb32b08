import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { buildDemoRepo, type DemoRepo } from '../../scripts/demo-repo.js'
import type { AuditResult } from '../../src/evaluation/result.js'
import { cli, cliJson, type CliRun } from './helpers.js'

/**
 * The demo repository (`npm run demo`) audited with the built-in default
 * policy: a human, four coding agents, dependabot and an "Update branch" merge.
 */

let demo: DemoRepo
let run: CliRun
let record: AuditResult
beforeAll(async () => {
  demo = await buildDemoRepo()
  ;({ run, record } = await cliJson('--repo', demo.dir))
})
afterAll(async () => {
  await demo.cleanup()
})

const MIGRATION = 'database/migrations/2026_03_05_000000_add_discount_to_orders.php'
const LOGIN = 'app/Http/Controllers/Auth/LoginController.php'

function shaOf(subject: string): string {
  const found = record.commits.find(commit => commit.subject === subject)
  if (!found) throw new Error(`no commit "${subject}"`)
  return found.sha
}

describe('the demo repository under the built-in default policy', () => {
  it('is audited with the built-in policy from main’s merge-base to the feature branch', () => {
    expect(record.policy.builtIn).toBe(true)
    expect(record.commits).toHaveLength(8)
  })

  it('tells agent commits (by agent) from human and automation ones', () => {
    expect(record.commits.map(c => [c.subject, c.kind, c.agent ?? c.automation, c.files])).toEqual([
      ['Add discount field to orders', 'human', undefined, ['app/Models/Order.php']],
      ['Initial plan', 'agent', 'copilot-coding-agent', []],
      [
        'Validate discount codes at checkout',
        'agent',
        'copilot-coding-agent',
        [
          '.env',
          'app/Http/Controllers/OrderController.php',
          'docs/discounts.md',
          'tests/Feature/DiscountCodeTest.php'
        ]
      ],
      ["Merge branch 'main' into feature/discount-codes", 'human', undefined, []],
      ['Lock accounts after repeated failed logins', 'agent', 'claude-code', [LOGIN]],
      ['Add discount columns to orders table', 'agent', 'codex-cloud', [MIGRATION]],
      ['docs: Explain discount codes in the README', 'agent', 'aider', ['README.md']],
      [
        'Bump openai-php/client from 0.10.1 to 0.11.0',
        'automation',
        'dependabot',
        ['composer.json']
      ]
    ])
    const merge = record.commits[3]
    expect(merge?.cleanMerge).toBe(true)
  })

  it('judges exactly the files agent commits touched', () => {
    expect(record.files.map(f => [f.path, f.agentTouched, f.verdict])).toEqual([
      ['.env', true, 'blocked'],
      ['README.md', true, 'allowed'],
      [LOGIN, true, 'needs_approval'],
      ['app/Http/Controllers/OrderController.php', true, 'allowed'],
      ['app/Models/Order.php', false, 'not_agent'],
      ['composer.json', false, 'not_agent'],
      [MIGRATION, true, 'needs_approval'],
      ['docs/discounts.md', true, 'allowed'],
      ['tests/Feature/DiscountCodeTest.php', true, 'allowed']
    ])
  })

  it('finds .env a violation (cannot_access and secret file) and the login controller and migration waiting for approval', () => {
    expect(
      record.findings.map(f => ({
        kind: f.kind,
        status: f.status,
        blocking: f.blocking,
        area: f.area,
        pattern: f.pattern,
        path: f.path,
        commits: f.commits
      }))
    ).toEqual([
      {
        kind: 'cannot_access',
        status: 'violation',
        blocking: true,
        area: 'secrets',
        pattern: '.env',
        path: '.env',
        commits: [shaOf('Validate discount codes at checkout')]
      },
      {
        kind: 'requires_human_review',
        status: 'needs_approval',
        blocking: true,
        area: 'auth',
        pattern: '**/app/Http/Controllers/Auth/',
        path: LOGIN,
        commits: [shaOf('Lock accounts after repeated failed logins')]
      },
      {
        kind: 'requires_human_review',
        status: 'needs_approval',
        blocking: true,
        area: 'migrations',
        pattern: 'database/migrations/',
        path: MIGRATION,
        commits: [shaOf('Add discount columns to orders table')]
      },
      {
        kind: 'secret_file',
        status: 'violation',
        blocking: true,
        area: 'secret files',
        pattern: undefined,
        path: '.env',
        commits: [shaOf('Validate discount codes at checkout')]
      }
    ])
    expect(record.approvals.map(a => [a.area, a.required, a.satisfied])).toEqual([
      ['auth', 1, false],
      ['migrations', 1, false]
    ])
  })

  it('fails with the counts the report leads with, and exit status 1', async () => {
    expect(record.decision).toBe('fail')
    expect(record.reason).toBe('2 violations and 2 changes need approval in agent-made changes')
    expect(record.counts).toEqual({
      commits: 8,
      agentCommits: 5,
      files: 9,
      agentFiles: 7,
      findings: 4,
      blockingFindings: 4,
      violations: 2,
      needsApproval: 2
    })
    expect(run.status).toBe(1)
    const pendingOk = await cli('--repo', demo.dir, '--pending-ok')
    expect(pendingOk.status).toBe(1)
  })
})
