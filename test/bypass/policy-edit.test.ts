/**
 * Bypass: the agent rewrites the rules that judge it. The policy is read at
 * the base commit, so an edit in the PR changes nothing about this audit,
 * and the edit itself lands in the mandatory governance area.
 */
import { describe, expect, it } from '@jest/globals'
import { BASE_FILES, COPILOT } from '../action/scenario.js'
import { approvalOf, bypassFakes, findingsOf, MIGRATION, POLICY_PATH, record } from './helpers.js'

const fakes = bypassFakes()

const LOOSE_POLICY = `version: 1
can_edit: ['**']
`

describe('an agent loosening the policy file in its own pull request', () => {
  async function loosenAndTouchMigration() {
    const s = await fakes.scenario()
    const sha = await s.commit(COPILOT, 'Let the agent edit everything, then fix the migration', {
      [POLICY_PATH]: LOOSE_POLICY,
      [MIGRATION]: '<?php // orders, with a discount\n'
    })
    await s.open()
    return { s, sha }
  }

  it('is still judged by the base policy: the migration needs approval', async () => {
    await loosenAndTouchMigration()
    const run = await fakes.action()

    expect(run.exitCode).toBe(1)
    expect(run.outputs.decision).toBe('fail')
    expect(record(run).policy).toMatchObject({ builtIn: false, path: POLICY_PATH })
    expect(findingsOf(run)).toContain(
      `needs_approval requires_human_review migrations ${MIGRATION}`
    )
  })

  it('reads that policy at the base commit, not the pull request’s head', async () => {
    const { s, sha } = await loosenAndTouchMigration()
    const run = await fakes.action()

    expect(record(run).policy.ref).toBe(await s.repo.sha('main'))
    expect(record(run).policy.ref).not.toBe(sha)
  })

  it('reports the policy edit itself as a change needing governance review', async () => {
    await loosenAndTouchMigration()
    const run = await fakes.action()

    expect(findingsOf(run)).toEqual([
      `needs_approval requires_human_review governance ${POLICY_PATH}`,
      `needs_approval requires_human_review migrations ${MIGRATION}`
    ])
    expect(approvalOf(run, 'governance')).toMatchObject({ counted: [], satisfied: false })
    expect(run.outputs['blocking-findings']).toBe('2')
  })

  it('reports a policy edit alone, with nothing else changed, as blocking', async () => {
    const s = await fakes.scenario()
    await s.commit(COPILOT, 'Simplify the policy', { [POLICY_PATH]: LOOSE_POLICY })
    await s.open()
    const run = await fakes.action()

    expect(run.exitCode).toBe(1)
    expect(findingsOf(run)).toEqual([
      `needs_approval requires_human_review governance ${POLICY_PATH}`
    ])
  })

  it('still counts its commits as the agent’s when the new policy turns the built-in agents off', async () => {
    const s = await fakes.scenario()
    await s.commit(COPILOT, 'Tune agent detection', {
      [POLICY_PATH]: `${LOOSE_POLICY}agents:\n  builtin: false\n`,
      '.env': 'APP_DEBUG=true\n'
    })
    await s.open()
    const run = await fakes.action()

    expect(run.exitCode).toBe(1)
    expect(record(run).commits.map(c => [c.kind, c.agent])).toEqual([
      ['agent', 'copilot-coding-agent']
    ])
    expect(findingsOf(run)).toEqual([
      'violation cannot_access .env .env',
      `needs_approval requires_human_review governance ${POLICY_PATH}`,
      'violation secret_file secret files .env'
    ])
  })
})

describe('an agent adding a policy file where the base has none', () => {
  it('is judged by the built-in default, and the new file needs governance review', async () => {
    const s = await fakes.scenario(BASE_FILES)
    await s.commit(COPILOT, 'Add a policy and the migration', {
      [POLICY_PATH]: LOOSE_POLICY,
      [MIGRATION]: '<?php // orders, changed\n'
    })
    await s.open()
    const run = await fakes.action()

    expect(run.exitCode).toBe(1)
    expect(record(run).policy).toMatchObject({ builtIn: true })
    expect(findingsOf(run)).toEqual([
      `needs_approval requires_human_review governance ${POLICY_PATH}`,
      `needs_approval requires_human_review migrations ${MIGRATION}`
    ])
  })

  it('treats the other spelling, agent-policy.yaml, as governance too', async () => {
    const s = await fakes.scenario()
    await s.commit(COPILOT, 'Add an override policy', {
      '.github/agent-policy.yaml': LOOSE_POLICY
    })
    await s.open()
    const run = await fakes.action()

    expect(run.exitCode).toBe(1)
    expect(findingsOf(run)).toEqual([
      'needs_approval requires_human_review governance .github/agent-policy.yaml'
    ])
  })
})

describe('an agent editing the other files that decide who approves', () => {
  it('needs governance review to make itself a code owner', async () => {
    const s = await fakes.scenario()
    await s.commit(COPILOT, 'Own the migrations', {
      '.github/CODEOWNERS': 'database/migrations/ @Copilot\n'
    })
    await s.open()
    const run = await fakes.action()

    expect(run.exitCode).toBe(1)
    expect(findingsOf(run)).toEqual([
      'needs_approval requires_human_review governance .github/CODEOWNERS'
    ])
  })
})
