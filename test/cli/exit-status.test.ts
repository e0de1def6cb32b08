import { afterEach, describe, expect, it } from '@jest/globals'
import type { GitRepo } from '../helpers/git-repo.js'
import { byCopilot, byJane, cli, repoWithFeatureBranch } from './helpers.js'

/** The exit status is what CI reads: 0 pass, 1 fail, 2 usage or policy error. */

const POLICY = `version: 1
can_edit: [docs/, tests/]
cannot_access: [secrets, config/production/]
requires_human_review: [migrations]
`

const MIGRATION = 'database/migrations/2026_03_05_000000_add_discount.php'

let repo: GitRepo
afterEach(async () => {
  await repo.cleanup()
})

type CommitFields = Parameters<GitRepo['commit']>[0]

async function featureUnder(policy: string, ...commits: CommitFields[]): Promise<GitRepo> {
  repo = await repoWithFeatureBranch(policy)
  for (const one of commits) await repo.commit(one)
  return repo
}

async function feature(...commits: CommitFields[]): Promise<GitRepo> {
  return featureUnder(POLICY, ...commits)
}

const findingHeadlines = (stdout: string) =>
  stdout.split('\n').filter(line => /^ {2}(VIOLATION|NEEDS APPROVAL|APPROVED|ADVISORY) /.test(line))

describe('agent-audit exit status', () => {
  it('is 0 for a range with only human commits, even in review areas', async () => {
    // config/production/ is cannot_access without being a secret file (those block anyone's change).
    await feature(
      byJane('Add a migration', {
        write: { [MIGRATION]: '<?php\n', 'config/production/db.yml': 'pool: 5\n' }
      })
    )
    const run = await cli('--repo', repo.dir)
    expect(run.stderr).toBe('')
    expect(run.stdout.split('\n')[0]).toBe('✅ agent-audit: pass — No agent-made changes found')
    expect(run.status).toBe(0)
  })

  it('is 1 for a human who adds a secret file, saying the violation is in this change', async () => {
    await feature(byJane('Add env', { write: { '.env': 'A=1\n' } }))
    const run = await cli('--repo', repo.dir)
    expect(run.stdout.split('\n')[0]).toBe('❌ agent-audit: fail — 1 violation in this change')
    expect(findingHeadlines(run.stdout)).toEqual(['  VIOLATION       .env'])
    expect(run.status).toBe(1)
  })

  it('is 0 for a human secret file when the policy sets block_human_secret_files: false', async () => {
    await featureUnder(
      `${POLICY}secrets: { block_human_secret_files: false }\n`,
      byJane('Add env', { write: { '.env': 'A=1\n' } })
    )
    const run = await cli('--repo', repo.dir)
    expect(run.stdout.split('\n')[0]).toBe('✅ agent-audit: pass — No agent-made changes found')
    // Still reported, so the reviewer sees it; it just does not block.
    expect(findingHeadlines(run.stdout)).toEqual(['  ADVISORY        .env'])
    expect(run.status).toBe(0)
  })

  it('is 0 for an agent change inside can_edit', async () => {
    await feature(
      byCopilot('Document setup', { write: { 'docs/setup.md': '# Setup\n\nRun it.\n' } })
    )
    const run = await cli('--repo', repo.dir)
    expect(run.stdout.split('\n')[0]).toBe(
      '✅ agent-audit: pass — The 1 agent-touched file is allowed or approved under the policy'
    )
    expect(run.status).toBe(0)
  })

  it('is 1 for an agent change to a cannot_access path, reported as a VIOLATION', async () => {
    await feature(byCopilot('Add env', { write: { '.env': 'KEY=1\n' } }))
    const run = await cli('--repo', repo.dir)
    // cannot_access and the secret-file list both forbid an agent's .env: two violations.
    expect(run.stdout.split('\n')[0]).toBe(
      '❌ agent-audit: fail — 2 violations in agent-made changes'
    )
    expect(findingHeadlines(run.stdout)).toEqual([
      '  VIOLATION       .env',
      '  VIOLATION       .env'
    ])
    expect(run.stdout).toContain(
      '                  cannot_access · area secrets · pattern .env in (built-in)\n'
    )
    expect(run.stdout).toContain('                  secret file · rule dotenv\n')
    expect(run.status).toBe(1)
  })

  it('is 1 for a review area with no reviews, reported as NEEDS APPROVAL, never VIOLATION', async () => {
    await feature(byCopilot('Add discount column', { write: { [MIGRATION]: '<?php\n' } }))
    const run = await cli('--repo', repo.dir)
    expect(run.stdout.split('\n')[0]).toBe(
      '❌ agent-audit: fail — 1 change needs approval in agent-made changes'
    )
    expect(run.stdout).toContain(`  NEEDS APPROVAL  ${MIGRATION}\n`)
    expect(run.stdout).not.toMatch(/violation/i)
    expect(run.status).toBe(1)
  })

  it('is 0 with --pending-ok when the only blocking findings wait for approval', async () => {
    await feature(byCopilot('Add discount column', { write: { [MIGRATION]: '<?php\n' } }))
    const run = await cli('--repo', repo.dir, '--pending-ok')
    // The report still says what waits: --pending-ok changes the status, not the verdict.
    expect(run.stdout.split('\n')[0]).toBe(
      '❌ agent-audit: fail — 1 change needs approval in agent-made changes'
    )
    expect(run.status).toBe(0)
  })

  it('is still 1 with --pending-ok when there is a violation as well', async () => {
    await feature(
      byCopilot('Add discount column', { write: { [MIGRATION]: '<?php\n' } }),
      byCopilot('Add env', { write: { '.env': 'KEY=1\n' } })
    )
    const run = await cli('--repo', repo.dir, '--pending-ok')
    expect(run.stdout.split('\n')[0]).toBe(
      '❌ agent-audit: fail — 2 violations and 1 change needs approval in agent-made changes'
    )
    expect(run.status).toBe(1)
  })
})
