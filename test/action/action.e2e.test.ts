/**
 * The bundled action (dist/index.js, run with `node` as a runner runs it)
 * against the fake GitHub REST API and the fake artifact results service,
 * with the real @actions/artifact client inside the bundle.
 */
import { describe, expect, it } from '@jest/globals'
import { readFile } from 'node:fs/promises'
import { extractAllZipFiles } from '../fakes/zip.js'
import { useFakes } from './fakes-lifecycle.js'
import type { ActionRun } from './harness.js'
import { BASE_FILES, COPILOT, DBA, HUMAN, MONA, REVIEWER, type Scenario } from './scenario.js'

const POLICY = `version: 1
can_edit: [docs/, tests/]
cannot_access: [.env]
requires_human_review: [migrations, auth]
`
const WITH_POLICY = { ...BASE_FILES, '.github/agent-policy.yml': POLICY }

const fakes = useFakes()

const scenario = (base: Record<string, string> = WITH_POLICY): Promise<Scenario> =>
  fakes.scenario(base)

function audit(run: ActionRun) {
  return run.audit as {
    decision: string
    reason: string
    policy: { builtIn: boolean; path: string; ref?: string }
    error?: { kind: string; message: string }
    findings: { kind: string; status: string; path: string; area: string }[]
    approvals: {
      area: string
      counted: string[]
      ignored: { login: string; reason: string }[]
      satisfied: boolean
    }[]
    run: { repository: string; runId: number; runAttempt: number; event: string; actor: string }
  }
}

const action = fakes.action

describe('the bundled action on a pull request', () => {
  it('passes a clean human pull request and uploads the audit record as an artifact', async () => {
    const s = await scenario()
    await s.commit(HUMAN, 'Tidy the login controller', {
      'app/Http/Controllers/Auth/LoginController.php': '<?php // tidier\n'
    })
    await s.open()
    const run = await action()

    expect(run.exitCode).toBe(0)
    expect(run.outputs).toMatchObject({
      decision: 'pass',
      'agent-commits': '0',
      'agent-files': '0',
      findings: '0',
      'blocking-findings': '0',
      'artifact-id': '1000'
    })
    expect(run.summary.split('\n')[0]).toBe('## ✅ agent-audit: pass — No agent-made changes found')
    expect(run.summary).toContain(
      'Full audit record: artifact <code>agent-audit</code> (id 1000) of this run'
    )
    const record = audit(run)
    expect(record.run).toEqual({
      repository: 'acme/shop',
      runId: 4242,
      runAttempt: 1,
      event: 'pull_request',
      actor: 'octocat',
      workflow: 'agent-audit'
    })
    const [artifact] = fakes.results.artifacts
    expect(artifact?.name).toBe('agent-audit')
    expect(artifact?.verified).toBe(true)
    const files = extractAllZipFiles(artifact?.blob as Buffer)
    expect([...files.keys()]).toEqual(['audit.json'])
    expect(files.get('audit.json')?.toString('utf8')).toBe(run.auditText)
  })

  it('passes an agent change inside can_edit', async () => {
    const s = await scenario()
    await s.commit(COPILOT, 'Document the cart', { 'docs/cart.md': '# cart\n' })
    await s.open()
    const run = await action()

    expect(run.exitCode).toBe(0)
    expect(run.outputs).toMatchObject({
      decision: 'pass',
      'agent-commits': '1',
      'agent-files': '1',
      findings: '0'
    })
  })

  it('fails an agent change to cannot_access, with an error annotation on the file', async () => {
    const s = await scenario()
    await s.commit(COPILOT, 'Add local settings', { '.env': 'APP_DEBUG=true\n' })
    await s.open()
    const run = await action()

    expect(run.exitCode).toBe(1)
    // Two rules match: the policy's cannot_access, and the built-in list of secret files.
    expect(run.outputs).toMatchObject({ decision: 'fail', 'blocking-findings': '2' })
    expect(audit(run).findings).toEqual([
      expect.objectContaining({
        kind: 'cannot_access',
        status: 'violation',
        path: '.env',
        area: '.env'
      }),
      expect.objectContaining({ kind: 'secret_file', status: 'violation', path: '.env' })
    ])
    expect(run.stdout).toContain('::error title=agent-audit%3A cannot_access (.env),file=.env::')
    expect(run.stdout).toContain('::error::agent-audit: fail — 2 violations in agent-made changes')
  })

  it('writes SARIF 2.1.0 for the same findings when sarif-file is set', async () => {
    const s = await scenario()
    await s.commit(COPILOT, 'Add local settings', { '.env': 'APP_DEBUG=true\n' })
    await s.open()
    const sarifPath = `${s.repo.dir}.sarif`
    const run = await action({ inputs: { 'sarif-file': sarifPath } })

    expect(run.exitCode).toBe(1)
    const sarif = JSON.parse(await readFile(sarifPath, 'utf8')) as {
      version: string
      runs: { results: { ruleId: string; level: string }[] }[]
    }
    expect(sarif.version).toBe('2.1.0')
    expect(sarif.runs[0]?.results.map(r => [r.ruleId, r.level])).toEqual([
      ['cannot_access', 'error'],
      ['secret_file', 'error']
    ])
  })

  it('fails in report mode only through the decision output, not the job', async () => {
    const s = await scenario()
    await s.commit(COPILOT, 'Add local settings', { '.env': 'APP_DEBUG=true\n' })
    await s.open()
    const run = await action({ inputs: { mode: 'report' } })

    expect(run.exitCode).toBe(0)
    expect(run.outputs.decision).toBe('fail')
    expect(run.stdout).toContain('::warning title=agent-audit%3A cannot_access (.env),file=.env::')
  })
})

describe('a pull request mixing human and agent commits', () => {
  async function mixed(): Promise<Scenario> {
    const s = await scenario()
    await s.commit(HUMAN, 'Add a discount column', {
      'database/migrations/2026_02_01_add_discount.php': '<?php // discount\n'
    })
    await s.commit(COPILOT, 'Document discounts', { 'docs/discounts.md': '# discounts\n' })
    await s.open()
    return s
  }

  it('attributes only the agent commit’s files to the agent, reading each commit over REST', async () => {
    await mixed()
    const run = await action()

    expect(run.exitCode).toBe(0)
    expect(run.outputs).toMatchObject({
      decision: 'pass',
      'agent-commits': '1',
      'agent-files': '1'
    })
    expect(fakes.github.routeCounts()['GET /repos/{owner}/{repo}/commits/{ref}']).toBe(2)
  })

  it('reads each commit from a full checkout instead, without per-commit API calls', async () => {
    const s = await mixed()
    const run = await action({ workspace: s.repo.dir })

    expect(run.exitCode).toBe(0)
    expect(run.outputs).toMatchObject({
      decision: 'pass',
      'agent-commits': '1',
      'agent-files': '1'
    })
    expect(fakes.github.routeCounts()['GET /repos/{owner}/{repo}/commits/{ref}']).toBeUndefined()
  })
})

describe('approvals of a review area', () => {
  async function migrationChange(): Promise<{ s: Scenario; agentSha: string }> {
    const s = await scenario()
    const agentSha = await s.commit(COPILOT, 'Add a discount column', {
      'database/migrations/2026_02_01_add_discount.php': '<?php // discount\n'
    })
    return { s, agentSha }
  }

  it('fails without an approval, saying what is needed', async () => {
    const { s } = await migrationChange()
    await s.open()
    const run = await action()

    expect(run.exitCode).toBe(1)
    expect(audit(run).findings).toEqual([
      expect.objectContaining({
        kind: 'requires_human_review',
        status: 'needs_approval',
        area: 'migrations'
      })
    ])
    expect(run.summary).toContain('needs 1 approval from any human reviewer')
  })

  it('passes with an approval from an eligible human on the latest agent commit', async () => {
    const { s, agentSha } = await migrationChange()
    await s.open()
    s.review(REVIEWER, 'APPROVED', agentSha)
    const run = await action()

    expect(run.exitCode).toBe(0)
    expect(run.outputs.decision).toBe('pass')
    expect(audit(run).approvals).toEqual([
      expect.objectContaining({
        area: 'migrations',
        counted: ['hubot-human'],
        ignored: [],
        satisfied: true
      })
    ])
  })

  it('ignores approvals from the PR author, a bot and one given before the last agent commit', async () => {
    const s = await scenario()
    const first = await s.commit(COPILOT, 'Add a discount column', {
      'database/migrations/2026_02_01_add_discount.php': '<?php // discount\n'
    })
    await s.commit(COPILOT, 'Index the discount column', {
      'database/migrations/2026_02_01_add_discount.php': '<?php // discount, indexed\n'
    })
    await s.open(MONA)
    s.review(MONA, 'APPROVED', 'feature')
    s.review({ login: 'renovate[bot]', id: 29139614, type: 'Bot' }, 'APPROVED', 'feature')
    s.review(REVIEWER, 'APPROVED', first)
    const run = await action()

    expect(run.exitCode).toBe(1)
    const [approval] = audit(run).approvals
    expect(approval?.counted).toEqual([])
    expect(approval?.ignored).toEqual([
      { login: 'mona', reason: 'PR author' },
      { login: 'renovate[bot]', reason: 'bot' },
      {
        login: 'hubot-human',
        reason: `approved before ${(await s.repo.sha('feature')).slice(0, 7)}`
      }
    ])
    expect(run.summary).toContain('PR author')
  })
})

describe('an area that only a team may approve', () => {
  const TEAM_POLICY = `version: 1
requires_human_review: [migrations]
areas:
  migrations:
    reviewers: ['@acme/dba']
`
  it('counts the team member and says why the other approval was ignored', async () => {
    const s = await scenario({ ...BASE_FILES, '.github/agent-policy.yml': TEAM_POLICY })
    const agentSha = await s.commit(COPILOT, 'Add a discount column', {
      'database/migrations/2026_02_01_add_discount.php': '<?php // discount\n'
    })
    await s.open()
    fakes.github.setTeamMembers('acme', 'dba', ['dora'])
    s.review(REVIEWER, 'APPROVED', agentSha)
    s.review(DBA, 'APPROVED', agentSha)
    const run = await action()

    expect(run.exitCode).toBe(0)
    expect(audit(run).approvals).toEqual([
      expect.objectContaining({
        area: 'migrations',
        counted: ['dora'],
        ignored: [{ login: 'hubot-human', reason: 'not in @acme/dba' }],
        satisfied: true
      })
    ])
  })

  it('fails with the permission to grant when the token cannot read the team', async () => {
    const s = await scenario({ ...BASE_FILES, '.github/agent-policy.yml': TEAM_POLICY })
    const agentSha = await s.commit(COPILOT, 'Add a discount column', {
      'database/migrations/2026_02_01_add_discount.php': '<?php // discount\n'
    })
    await s.open()
    fakes.github.denyTeamMembership(404)
    s.review(DBA, 'APPROVED', agentSha)
    const run = await action()

    expect(run.exitCode).toBe(1)
    expect(audit(run).error?.kind).toBe('user')
    expect(run.stdout).toContain('cannot read team @acme/dba')
  })
})

describe('where the policy comes from', () => {
  it('uses the built-in default policy when the base has none, and says so', async () => {
    const s = await scenario(BASE_FILES)
    await s.commit(COPILOT, 'Add local settings', { '.env': 'APP_DEBUG=true\n' })
    await s.open()
    const run = await action()

    expect(run.exitCode).toBe(1)
    expect(audit(run).policy).toMatchObject({ builtIn: true, path: '.github/agent-policy.yml' })
    expect(run.summary).toContain('built-in default')
  })

  it('judges by the base version of the policy, not the one the pull request edits', async () => {
    const s = await scenario()
    await s.commit(HUMAN, 'Loosen the policy', { '.github/agent-policy.yml': 'version: 1\n' })
    await s.commit(COPILOT, 'Add local settings', { '.env': 'APP_DEBUG=true\n' })
    await s.open()
    const run = await action()

    expect(run.exitCode).toBe(1)
    expect(audit(run).policy.ref).toBe(await s.repo.sha('main'))
    expect(audit(run).findings.map(f => `${f.kind} ${f.path}`)).toEqual([
      'cannot_access .env',
      'secret_file .env'
    ])
  })

  it('fails with the file:line message when the base policy is invalid, in report mode too', async () => {
    const s = await scenario({
      ...BASE_FILES,
      '.github/agent-policy.yml': 'version: 1\ncan_edti: [docs/]\n'
    })
    await s.commit(HUMAN, 'Edit docs', { 'docs/guide.md': 'more\n' })
    await s.open()
    const run = await action({ inputs: { mode: 'report' } })

    expect(run.exitCode).toBe(1)
    expect(run.outputs.decision).toBe('fail')
    expect(run.stdout).toContain(
      '.github/agent-policy.yml:2:1: unknown key \\"can_edti\\"'.replace(/\\"/g, '"')
    )
    expect(audit(run).error?.kind).toBe('user')
  })
})

describe('failing closed', () => {
  it('refuses to audit more than 3000 files without the full history, and records why', async () => {
    const s = await scenario()
    const many: Record<string, string> = {}
    for (let i = 0; i < 3001; i++) many[`docs/generated/page-${i}.md`] = `page ${i}\n`
    await s.commit(COPILOT, 'Generate the docs', many)
    await s.open()
    const run = await action()

    expect(run.exitCode).toBe(1)
    expect(run.outputs.decision).toBe('fail')
    expect(run.stdout).toContain('fetch-depth: 0')
    const record = audit(run)
    expect(record.decision).toBe('fail')
    expect(record.error?.kind).toBe('user')
    expect(record.error?.message).toContain('3001')
    expect(run.summary).toContain('the audit could not be completed')
  })

  it('names the artifact per attempt on a re-run, so the upload does not collide', async () => {
    const s = await scenario()
    await s.commit(HUMAN, 'Edit docs', { 'docs/guide.md': 'more\n' })
    await s.open()
    const run = await action({ runAttempt: 2 })

    expect(run.exitCode).toBe(0)
    expect(fakes.results.artifacts.map(a => a.name)).toEqual(['agent-audit-attempt-2'])
  })

  it('writes the audit file without uploading when upload-artifact is false', async () => {
    const s = await scenario()
    await s.commit(HUMAN, 'Edit docs', { 'docs/guide.md': 'more\n' })
    await s.open()
    const run = await action({ inputs: { 'upload-artifact': 'false' } })

    expect(run.exitCode).toBe(0)
    expect(fakes.results.requests).toEqual([])
    expect(run.outputs['artifact-id']).toBeUndefined()
    expect(JSON.parse(await readFile(run.outputs['audit-file'] as string, 'utf8')).decision).toBe(
      'pass'
    )
  })
})
