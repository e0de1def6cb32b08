/**
 * Bypass: an agent spells a protected path so that a plain pattern misses it.
 * Each trick is committed by the Copilot coding agent to a real repository
 * and audited through the CLI (or, for spellings git itself cannot store,
 * through the engine with the path as a hostile API could send it). The
 * audit must fail, and the finding must name the path exactly as committed.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { builtInPolicy } from '../../src/policy/default-policy.js'
import type { AuditResult } from '../../src/evaluation/result.js'
import type { GitRepo } from '../helpers/git-repo.js'
import { byCopilot, cliJson, repoWithFeatureBranch } from '../cli/helpers.js'
import { added, copilotCommit, run } from '../evaluation/builders.js'

const repos: GitRepo[] = []
afterAll(async () => Promise.all(repos.map(repo => repo.cleanup())))

/** The CLI's audit of one agent commit that writes `files`, under `policy` (built-in when omitted). */
async function auditAgentCommit(
  files: Record<string, string>,
  policy?: string
): Promise<{ status: number; record: AuditResult }> {
  const repo = await repoWithFeatureBranch(policy)
  repos.push(repo)
  await repo.commit(byCopilot('Tidy up', { write: files }))
  const { run: cliRun, record } = await cliJson('--repo', repo.dir)
  return { status: cliRun.status, record }
}

/** kind, area, path and status of each finding, for exact comparison. */
function facts(record: AuditResult): string[][] {
  return record.findings.map(f => [f.kind, f.area, f.path, f.status])
}

const LOOK_ALIKE = 'look-alike characters read as the letters they imitate'

describe('case', () => {
  it('.ENV is a secret file and in cannot_access by default', async () => {
    const { status, record } = await auditAgentCommit({ '.ENV': 'DB_PASSWORD=hunter2\n' })
    expect(status).toBe(1)
    expect(facts(record)).toEqual([
      ['cannot_access', 'secrets', '.ENV', 'violation'],
      ['secret_file', 'secret files', '.ENV', 'violation']
    ])
  })

  it('Database/Migrations/ needs the migrations approval by default', async () => {
    const path = 'Database/Migrations/2026_01_01_drop_orders.php'
    const { status, record } = await auditAgentCommit({ [path]: '<?php // drop\n' })
    expect(status).toBe(1)
    expect(facts(record)).toEqual([['requires_human_review', 'migrations', path, 'needs_approval']])
  })
})

describe('./ and //, as a hostile API response could send them', () => {
  it('./.env and database//migrations/x.php match like their plain spellings', () => {
    const result = run(
      [copilotCommit('a', [added('./.env'), added('database//migrations/x.php')])],
      builtInPolicy()
    )
    expect(result.decision).toBe('fail')
    expect(
      result.findings.filter(f => f.kind !== 'secret_file').map(f => [f.kind, f.area, f.path])
    ).toEqual([
      ['cannot_access', 'secrets', './.env'],
      ['requires_human_review', 'migrations', 'database//migrations/x.php']
    ])
    expect(result.findings.filter(f => f.kind === 'secret_file').map(f => f.path)).toEqual([
      './.env'
    ])
  })
})

describe('Unicode normalisation', () => {
  it('a pattern written in NFC catches a path committed in NFD', async () => {
    const nfd = 'docs/cafe\u0301/menu.md'
    const policy = 'version: 1\ncannot_access:\n  - docs/caf\u00e9/\n'
    const { status, record } = await auditAgentCommit({ [nfd]: 'menu\n' }, policy)
    expect(status).toBe(1)
    expect(facts(record)).toEqual([['cannot_access', 'docs/caf\u00e9/', nfd, 'violation']])
  })
})

describe('look-alike characters', () => {
  it('.env with a Cyrillic e is a secret file, and the reason says how it was read', async () => {
    const path = '.\u0435nv'
    const { status, record } = await auditAgentCommit({ [path]: 'DB_PASSWORD=hunter2\n' })
    expect(status).toBe(1)
    expect(facts(record)).toEqual([
      ['cannot_access', 'secrets', path, 'violation'],
      ['secret_file', 'secret files', path, 'violation']
    ])
    for (const finding of record.findings) expect(finding.message).toContain(LOOK_ALIKE)
  })

  it('a migration directory spelt with a Cyrillic a needs the migrations approval', async () => {
    const path = 'database/migr\u0430tions/2026_01_01_drop_orders.php'
    const { record } = await auditAgentCommit({ [path]: '<?php // drop\n' })
    expect(facts(record)).toEqual([['requires_human_review', 'migrations', path, 'needs_approval']])
    expect(record.findings[0]?.message).toBe(
      'An agent changed a path in the review area "migrations" in commit ' +
        `${record.commits[0]?.shortSha}. The path matches "database/migrations/" only when read as ` +
        '"database/migrations/2026_01_01_drop_orders.php" (look-alike characters read as the letters they imitate), ' +
        'which is how a reader or a checkout may see it.'
    )
  })

  it('a fullwidth full stop and a zero-width space do not hide .env', async () => {
    const fullwidth = '\uff0eenv'
    const invisible = 'config/.e\u200bnv'
    const { record } = await auditAgentCommit({ [fullwidth]: 'A=1\n', [invisible]: 'A=1\n' })
    expect(facts(record)).toEqual([
      ['cannot_access', 'secrets', invisible, 'violation'],
      ['cannot_access', 'secrets', fullwidth, 'violation'],
      ['secret_file', 'secret files', invisible, 'violation'],
      ['secret_file', 'secret files', fullwidth, 'violation']
    ])
  })

  it('the policy file spelt with a look-alike still needs the governance approval', async () => {
    const path = '.github/\u0430gent-policy.yml'
    const { record } = await auditAgentCommit({ [path]: 'version: 1\n' })
    expect(facts(record)).toEqual([['requires_human_review', 'governance', path, 'needs_approval']])
  })

  it('a look-alike spelling of can_edit does not gain an agent the freedom of can_edit', async () => {
    const policy = 'version: 1\ncan_edit:\n  - src/\noutside_can_edit: block\n'
    const path = '\u0455rc/app.ts'
    const { status, record } = await auditAgentCommit({ [path]: 'x\n', 'src/ok.ts': 'y\n' }, policy)
    expect(status).toBe(1)
    expect(facts(record)).toEqual([['outside_can_edit', 'outside-can-edit', path, 'violation']])
  })
})

describe('trailing spaces and dots (dropped by Windows)', () => {
  it('".env " is the file .env on a Windows checkout', async () => {
    const { record } = await auditAgentCommit({ '.env ': 'DB_PASSWORD=hunter2\n' })
    expect(facts(record)).toEqual([
      ['cannot_access', 'secrets', '.env ', 'violation'],
      ['secret_file', 'secret files', '.env ', 'violation']
    ])
    expect(record.findings[0]?.message).toContain(
      'trailing dots and spaces dropped, as Windows drops them'
    )
  })

  it('a directory "migrations." is the migrations directory on a Windows checkout', async () => {
    const path = 'database/migrations./2026_01_01_drop_orders.php'
    const { record } = await auditAgentCommit({ [path]: '<?php\n' })
    expect(facts(record)).toEqual([['requires_human_review', 'migrations', path, 'needs_approval']])
  })
})

describe('quotes, backslashes, tabs and newlines in names', () => {
  it('backslashes are directories on a Windows checkout', async () => {
    const path = 'database\\migrations\\2026_01_01_drop_orders.php'
    const { record } = await auditAgentCommit({ [path]: '<?php\n' })
    expect(facts(record)).toEqual([['requires_human_review', 'migrations', path, 'needs_approval']])
    expect(record.findings[0]?.message).toContain('backslashes read as `/`')
  })

  it('a name git would quote is read and reported exactly', async () => {
    const path = 'database/migrations/"quoted"\\back\nline.php'
    const tabbed = 'database/migrations/tab\there.php'
    const { record } = await auditAgentCommit({ [path]: '<?php\n', [tabbed]: '<?php\n' })
    expect(facts(record)).toEqual([
      ['requires_human_review', 'migrations', path, 'needs_approval'],
      ['requires_human_review', 'migrations', tabbed, 'needs_approval']
    ])
    expect(record.files.map(file => file.path)).toEqual([path, tabbed])
  })
})
