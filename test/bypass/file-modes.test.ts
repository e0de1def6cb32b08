/**
 * Bypass: unusual file modes. A symlink (120000) an agent adds can point into
 * a protected area or at a secret file; a submodule pointer (160000) can move
 * inside a protected area; a binary file has no patch. None of them may get
 * an agent change past the policy, through the CLI (local git knows every
 * mode) or through the action, with a checkout or with only the REST API
 * (which reports no modes).
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import type { AuditResult } from '../../src/evaluation/result.js'
import { useFakes } from '../action/fakes-lifecycle.js'
import { BASE_FILES, COPILOT as COPILOT_IDENTITY } from '../action/scenario.js'
import { byCopilot, byJane, cliJson, repoWithFeatureBranch } from '../cli/helpers.js'
import type { GitRepo } from '../helpers/git-repo.js'

const execFileAsync = promisify(execFile)
const repos: GitRepo[] = []
const scratch: string[] = []
afterAll(async () => {
  await Promise.all(repos.map(repo => repo.cleanup()))
  await Promise.all(scratch.map(dir => rm(dir, { recursive: true, force: true })))
})

async function featureRepo(policy?: string): Promise<GitRepo> {
  const repo = await repoWithFeatureBranch(policy)
  repos.push(repo)
  return repo
}

function facts(record: { findings: AuditResult['findings'] }): string[][] {
  return record.findings.map(f => [f.kind, f.area, f.path, f.status])
}

/** A git repository of its own at `dir` with one more commit; `git add` then records a gitlink. */
async function commitInNestedRepo(dir: string, message: string): Promise<void> {
  const home = await mkdtemp(path.join(os.tmpdir(), 'agent-audit-sub-'))
  scratch.push(home)
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: home, GIT_CONFIG_NOSYSTEM: '1' }
  const git = (...args: string[]) => execFileAsync('git', args, { cwd: dir, env })
  await mkdir(dir, { recursive: true })
  await git('init', '--quiet', '.')
  await git(
    '-c',
    'user.name=Vendor',
    '-c',
    'user.email=vendor@example.com',
    '-c',
    'commit.gpgsign=false',
    'commit',
    '--quiet',
    '--allow-empty',
    '--message',
    message
  )
}

const MIGRATION = 'database/migrations/2026_01_01_create_orders.php'

describe('symlinks, through the CLI', () => {
  it('a link into a review area needs that area’s approval, naming the link and its target', async () => {
    const repo = await featureRepo()
    await repo.commit(byJane('Add a migration', { write: { [MIGRATION]: '<?php\n' } }))
    await repo.commit(
      byCopilot('Document the schema', {
        symlink: { 'docs/schema.php': `../${MIGRATION}` }
      })
    )
    const { run, record } = await cliJson('--repo', repo.dir)
    expect(run.status).toBe(1)
    expect(facts(record)).toEqual([
      ['requires_human_review', 'migrations', 'docs/schema.php', 'needs_approval']
    ])
    expect(record.findings[0]?.message).toBe(
      `An agent made the symlink "docs/schema.php" point at "../${MIGRATION}" ` +
        `(the repository path "${MIGRATION}"), which is in the review area "migrations", ` +
        `in commit ${record.commits[1]?.shortSha}: whatever follows the link reaches that path.`
    )
    expect(record.files.find(file => file.path === 'docs/schema.php')).toMatchObject({
      mode: '120000',
      verdict: 'needs_approval'
    })
  })

  it('a link to a directory in cannot_access is a violation', async () => {
    const policy = 'version: 1\ncannot_access:\n  - storage/logs/\n'
    const repo = await featureRepo(policy)
    await repo.commit(byJane('Logs', { write: { 'storage/logs/production.log': 'x\n' } }))
    await repo.commit(byCopilot('Expose logs', { symlink: { 'public/logs': '../storage/logs' } }))
    const { run, record } = await cliJson('--repo', repo.dir)
    expect(run.status).toBe(1)
    expect(facts(record)).toEqual([['cannot_access', 'storage/logs/', 'public/logs', 'violation']])
  })

  it('a link at a secret file is a secret-file violation and reaches cannot_access', async () => {
    const repo = await featureRepo()
    await repo.commit(byCopilot('Serve config', { symlink: { 'public/env.txt': '../.env' } }))
    const { run, record } = await cliJson('--repo', repo.dir)
    expect(run.status).toBe(1)
    expect(record.findings.map(f => [f.kind, f.ruleId ?? f.area, f.path, f.status])).toEqual([
      ['cannot_access', 'secrets', 'public/env.txt', 'violation'],
      ['secret_file', 'symlink-to-secret', 'public/env.txt', 'violation']
    ])
  })

  it('a link to an ordinary file raises nothing', async () => {
    const repo = await featureRepo()
    await repo.commit(byCopilot('Alias', { symlink: { 'docs/readme.md': '../README.md' } }))
    const { run, record } = await cliJson('--repo', repo.dir)
    expect(run.status).toBe(0)
    expect(facts(record)).toEqual([])
  })
})

describe('submodule pointers and binary files, through the CLI', () => {
  it('moving a submodule pointer inside a review area needs the approval, and says it is one', async () => {
    const repo = await featureRepo()
    const submodule = path.join(repo.dir, 'database/migrations/vendor-schema')
    await commitInNestedRepo(submodule, 'v1')
    await repo.commit(byJane('Vendor the schema', {}))
    await commitInNestedRepo(submodule, 'v2')
    await repo.commit(byCopilot('Bump the schema', {}))
    const { run, record } = await cliJson('--repo', repo.dir)
    expect(run.status).toBe(1)
    expect(facts(record)).toEqual([
      ['requires_human_review', 'migrations', 'database/migrations/vendor-schema', 'needs_approval']
    ])
    expect(record.findings[0]?.message).toMatch(
      /^An agent changed a submodule pointer at a path in the review area "migrations"/
    )
    expect(record.files.map(file => [file.path, file.mode])).toEqual([
      ['database/migrations/vendor-schema', '160000']
    ])
  })

  it('a binary file in cannot_access is a violation', async () => {
    const policy = 'version: 1\ncannot_access:\n  - storage/\n'
    const repo = await featureRepo(policy)
    const bytes = Buffer.from([0x00, 0xff, 0x00, 0x10, 0x80, 0x00, 0x7f])
    await repo.commit(byCopilot('Add a dump', { write: { 'storage/dump.bin': bytes } }))
    const { run, record } = await cliJson('--repo', repo.dir)
    expect(run.status).toBe(1)
    expect(facts(record)).toEqual([['cannot_access', 'storage/', 'storage/dump.bin', 'violation']])
  })
})

describe('symlinks and submodules, through the action', () => {
  const fakes = useFakes()

  interface Record {
    findings: AuditResult['findings']
    files: { path: string; mode?: string }[]
    error?: { kind: string; message: string }
  }

  async function agentLinkPullRequest(): Promise<GitRepo> {
    const s = await fakes.scenario(BASE_FILES)
    await s.repo.commit({
      author: COPILOT_IDENTITY,
      message: 'Document the schema',
      symlink: { 'docs/schema.php': '../database/migrations/2026_01_01_create_orders.php' }
    })
    await s.open()
    return s.repo
  }

  const contentsOf = (file: string) =>
    fakes.github.requests.filter(r => r.path.includes('/contents/') && r.path.includes(file))

  it('without a checkout, a patch that looks like a link is looked up once, and the link judged', async () => {
    await agentLinkPullRequest()
    const run = await fakes.action()
    const record = run.audit as unknown as Record
    expect(run.exitCode).toBe(1)
    expect(record.error).toBeUndefined()
    expect(facts(record)).toEqual([
      ['requires_human_review', 'migrations', 'docs/schema.php', 'needs_approval']
    ])
    expect(record.files.map(file => [file.path, file.mode])).toEqual([
      ['docs/schema.php', '120000']
    ])
    expect(contentsOf('schema.php')).toHaveLength(1)
  })

  it('with a full-history checkout, modes come from git and the contents API is not asked', async () => {
    const repo = await agentLinkPullRequest()
    const run = await fakes.action({ workspace: repo.dir })
    const record = run.audit as unknown as Record
    expect(run.exitCode).toBe(1)
    expect(record.error).toBeUndefined()
    expect(facts(record)).toEqual([
      ['requires_human_review', 'migrations', 'docs/schema.php', 'needs_approval']
    ])
    expect(record.files.map(file => [file.path, file.mode])).toEqual([
      ['docs/schema.php', '120000']
    ])
    expect(contentsOf('schema.php')).toHaveLength(0)
  })

  it('a pull request with no link or submodule candidate costs no extra request', async () => {
    const s = await fakes.scenario(BASE_FILES)
    await s.commit(COPILOT_IDENTITY, 'Guide', { 'docs/guide.md': 'more guide\n' })
    await s.open()
    const run = await fakes.action()
    expect(run.exitCode).toBe(0)
    expect(contentsOf('guide.md')).toHaveLength(0)
  })

  it('a failed mode lookup fails the audit closed, naming fetch-depth: 0', async () => {
    await agentLinkPullRequest()
    fakes.github.failNext(
      { method: 'GET', path: /\/contents\/docs(?:\/|%2F)schema\.php/ },
      { status: 404, times: Infinity }
    )
    const run = await fakes.action()
    const record = run.audit as unknown as Record
    expect(run.exitCode).toBe(1)
    expect(record.error?.kind).toBe('user')
    expect(record.error?.message).toContain(
      'could not tell whether "docs/schema.php" is a symlink or a submodule pointer'
    )
    expect(record.error?.message).toContain('fetch-depth: 0')
  })
})
