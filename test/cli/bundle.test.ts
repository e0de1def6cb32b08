import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import type { AuditResult } from '../../src/evaluation/result.js'
import type { GitRepo } from '../helpers/git-repo.js'
import { byCopilot, repoWithFeatureBranch } from './helpers.js'

/**
 * The command users run: bin/agent-audit.js loading the committed bundle
 * (dist/cli/index.js, built by `npm run build`), as a child process.
 */

const BIN = fileURLToPath(new URL('../../bin/agent-audit.js', import.meta.url))

function runBundle(args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  return new Promise(resolve => {
    execFile(process.execPath, [BIN, ...args], (error, stdout, stderr) => {
      const code = error && typeof error.code === 'number' ? error.code : 0
      resolve({ status: code, stdout, stderr })
    })
  })
}

let repo: GitRepo
beforeAll(async () => {
  repo = await repoWithFeatureBranch('version: 1\ncan_edit: [docs/]\ncannot_access: [secrets]\n')
  await repo.commit(
    byCopilot('Discounts', { write: { 'docs/discounts.md': '# Discounts\n', '.env': 'K=1\n' } })
  )
})
afterAll(async () => {
  await repo.cleanup()
})

describe('the bundled CLI', () => {
  it('audits a repository and prints the JSON record, exiting 1 on a violation', async () => {
    const run = await runBundle(['--repo', repo.dir, '--format', 'json'])
    expect(run.stderr).toBe('')
    const record = JSON.parse(run.stdout) as AuditResult
    expect(record.schema).toBe('agent-audit/v1')
    expect(record.decision).toBe('fail')
    expect(record.headSha).toBe(await repo.sha('feature'))
    expect(record.commits.map(c => [c.kind, c.agent])).toEqual([['agent', 'copilot-coding-agent']])
    expect(record.findings.map(f => [f.kind, f.status, f.area, f.path])).toEqual([
      ['cannot_access', 'violation', 'secrets', '.env'],
      ['secret_file', 'violation', 'secret files', '.env']
    ])
    expect(record.files.map(f => [f.path, f.verdict])).toEqual([
      ['.env', 'blocked'],
      ['docs/discounts.md', 'allowed']
    ])
    expect(run.status).toBe(1)
  })

  it('exits 2 on bad usage', async () => {
    const run = await runBundle(['--format', 'xml'])
    expect(run).toEqual({
      status: 2,
      stdout: '',
      stderr: 'agent-audit: --format "xml" is not a format. Use one of: text, markdown, json\n'
    })
  })
})
