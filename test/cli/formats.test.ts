import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { GitRepo } from '../helpers/git-repo.js'
import { byCopilot, byJane, cli, cliJson, repoWithFeatureBranch } from './helpers.js'

/** Every format reports the same verdict; --output writes the report to a file instead. */

let repo: GitRepo
beforeAll(async () => {
  repo = await repoWithFeatureBranch('version: 1\ncan_edit: [docs/]\ncannot_access: [secrets]\n')
  await repo.commit(byJane('Tweak app', { write: { 'src/app.ts': 'export const app = 2\n' } }))
  await repo.commit(
    byCopilot('Discounts', {
      write: { 'docs/discounts.md': '# Discounts\n', '.env': 'K=1\n', 'src/price.ts': 'x\n' }
    })
  )
})
afterAll(async () => {
  await repo.cleanup()
})

describe('--format json', () => {
  it('prints the agent-audit/v1 record with the same decision and counts as the text report', async () => {
    const { run, record } = await cliJson('--repo', repo.dir)
    const text = await cli('--repo', repo.dir)
    expect(record.schema).toBe('agent-audit/v1')
    expect(record.decision).toBe('fail')
    // The agent's .env breaks cannot_access and is a secret file: two violations.
    expect(record.reason).toBe('2 violations and 1 change needs approval in agent-made changes')
    expect(record.counts).toEqual({
      commits: 2,
      agentCommits: 1,
      files: 4,
      agentFiles: 3,
      findings: 3,
      blockingFindings: 3,
      violations: 2,
      needsApproval: 1
    })
    expect(text.stdout.split('\n').slice(0, 2)).toEqual([
      `❌ agent-audit: ${record.decision} — ${record.reason}`,
      '   2 violations · 1 needs approval — agents made 1 of 2 commits and touched 3 of 4 files'
    ])
    expect(record.findings.map(f => [f.kind, f.status, f.path])).toEqual([
      ['cannot_access', 'violation', '.env'],
      ['outside_can_edit', 'needs_approval', 'src/price.ts'],
      ['secret_file', 'violation', '.env']
    ])
    expect(record.reviewsAvailable).toBe(false)
    expect(run.status).toBe(text.status)
    expect(run.status).toBe(1)
  })
})

describe('--format markdown', () => {
  it('starts with the verdict heading', async () => {
    const run = await cli('--repo', repo.dir, '--format', 'markdown')
    expect(run.stdout.split('\n')[0]).toBe(
      '## ❌ agent-audit: fail — 2 violations and 1 change needs approval in agent-made changes'
    )
    expect(run.status).toBe(1)
  })
})

describe('--output', () => {
  it('writes the report to the file, says where on stderr, and prints nothing on stdout', async () => {
    const file = path.join(path.dirname(repo.dir), 'report.json')
    const run = await cli('--repo', repo.dir, '--format', 'json', '--output', file)
    expect(run.stdout).toBe('')
    expect(run.stderr).toBe(`agent-audit: report written to ${file}\n`)
    expect(run.status).toBe(1)
    const written = JSON.parse(await readFile(file, 'utf8')) as { schema: string; decision: string }
    expect([written.schema, written.decision]).toEqual(['agent-audit/v1', 'fail'])
  })

  it('writes a text report without terminal colours', async () => {
    const file = path.join(path.dirname(repo.dir), 'report.txt')
    await cli('--repo', repo.dir, '--output', file)
    const written = await readFile(file, 'utf8')
    expect(written.split('\n')[0]).toBe(
      '❌ agent-audit: fail — 2 violations and 1 change needs approval in agent-made changes'
    )
    expect(written).not.toContain('\u001b[')
  })
})
