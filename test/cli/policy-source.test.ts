import { afterEach, describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { GitRepo } from '../helpers/git-repo.js'
import { byCopilot, byJane, cli, cliJson, POLICY_PATH, repoWithFeatureBranch } from './helpers.js'

/**
 * Without --policy the CLI reads .github/agent-policy.yml as it is at the base
 * commit, so the change under audit cannot loosen the rules that judge it.
 */

const STRICT = 'version: 1\ncan_edit: [docs/]\noutside_can_edit: block\n'
const LOOSE = 'version: 1\ncan_edit: [docs/, src/]\n'

let repo: GitRepo
afterEach(async () => {
  await repo.cleanup()
})

const facts = (findings: { kind: string; status: string; area: string; path: string }[]) =>
  findings.map(f => [f.kind, f.status, f.area, f.path])

describe('the policy the CLI audits with', () => {
  it('is the base commit’s: a feature branch that loosens it does not change the verdict', async () => {
    repo = await repoWithFeatureBranch(STRICT)
    const baseSha = await repo.sha('main')
    await repo.commit(byCopilot('Let agents edit src', { write: { [POLICY_PATH]: LOOSE } }))
    await repo.commit(
      byCopilot('Refactor app', { write: { 'src/app.ts': 'export const app = 2\n' } })
    )
    const { run, record } = await cliJson('--repo', repo.dir)
    expect(record.policy).toEqual({
      path: POLICY_PATH,
      builtIn: false,
      ref: baseSha,
      sha256: createHash('sha256').update(STRICT).digest('hex'),
      shape: 'schema',
      attribution: 'commit',
      canRead: []
    })
    expect(facts(record.findings)).toEqual([
      ['requires_human_review', 'needs_approval', 'governance', POLICY_PATH],
      ['outside_can_edit', 'violation', 'outside-can-edit', 'src/app.ts']
    ])
    expect(run.status).toBe(1)
  })

  it('passes the same agent change when the base policy already allowed it', async () => {
    repo = await repoWithFeatureBranch(LOOSE)
    await repo.commit(
      byCopilot('Refactor app', { write: { 'src/app.ts': 'export const app = 2\n' } })
    )
    const { run, record } = await cliJson('--repo', repo.dir)
    expect(record.findings).toEqual([])
    expect(record.decision).toBe('pass')
    expect(run.status).toBe(0)
  })

  it('is the built-in default when the base has no policy file, and JSON says builtIn: true', async () => {
    repo = await repoWithFeatureBranch()
    await repo.commit(byCopilot('Add env', { write: { '.env': 'KEY=1\n', 'src/app.ts': 'x\n' } }))
    const { run, record } = await cliJson('--repo', repo.dir)
    expect(record.policy).toEqual({
      path: POLICY_PATH,
      builtIn: true,
      shape: 'built-in',
      attribution: 'commit',
      canRead: []
    })
    expect(facts(record.findings)).toEqual([
      ['cannot_access', 'violation', 'secrets', '.env'],
      ['secret_file', 'violation', 'secret files', '.env']
    ])
    expect(run.status).toBe(1)
  })

  it('ignores a policy file that only the feature branch adds', async () => {
    repo = await repoWithFeatureBranch()
    await repo.commit(
      byJane('Add a policy', { write: { [POLICY_PATH]: 'version: 1\ncan_edit: []\n' } })
    )
    await repo.commit(
      byCopilot('Refactor app', { write: { 'src/app.ts': 'export const app = 2\n' } })
    )
    const { record } = await cliJson('--repo', repo.dir)
    expect(record.policy.builtIn).toBe(true)
    expect(record.findings).toEqual([])
  })

  it('ignores an uncommitted policy file in the working tree', async () => {
    repo = await repoWithFeatureBranch()
    await repo.commit(byCopilot('Add env', { write: { '.env': 'KEY=1\n' } }))
    await mkdir(path.join(repo.dir, '.github'), { recursive: true })
    await writeFile(path.join(repo.dir, POLICY_PATH), 'version: 1\nrequires_human_review: []\n')
    const { record } = await cliJson('--repo', repo.dir)
    expect(record.policy.builtIn).toBe(true)
    expect(facts(record.findings)).toEqual([
      ['cannot_access', 'violation', 'secrets', '.env'],
      ['secret_file', 'violation', 'secret files', '.env']
    ])
  })

  it('stops with exit 2 at the line and column of a mistake in the base commit’s file', async () => {
    repo = await repoWithFeatureBranch('version: 1\nrequires_human_review:\n  - migration\n')
    await repo.commit(
      byCopilot('Refactor app', { write: { 'src/app.ts': 'export const app = 2\n' } })
    )
    const run = await cli('--repo', repo.dir)
    expect(run).toEqual({
      status: 2,
      stdout: '',
      stderr:
        'agent-audit: .github/agent-policy.yml:3:5: unknown area "migration" in "requires_human_review". ' +
        'Did you mean "migrations"? Or write "migration/" to match a directory named "migration"\n'
    })
  })

  it('is the --policy file from disk when given, protected at its repository path', async () => {
    repo = await repoWithFeatureBranch(STRICT)
    await repo.commit(
      byCopilot('Tune the policy', {
        write: { 'config/agent-policy.yml': LOOSE, 'src/app.ts': 'y\n' }
      })
    )
    const { record } = await cliJson(
      '--repo',
      repo.dir,
      '--policy',
      path.join(repo.dir, 'config/agent-policy.yml')
    )
    expect([record.policy.path, record.policy.builtIn, record.policy.ref]).toEqual([
      'config/agent-policy.yml',
      false,
      undefined
    ])
    expect(facts(record.findings)).toEqual([
      ['requires_human_review', 'needs_approval', 'governance', 'config/agent-policy.yml']
    ])
  })
})
