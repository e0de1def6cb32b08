/**
 * Bypass: moving or deleting a protected file. A rename touches both of its
 * paths, so an agent cannot launder a migration (or a cannot_access file)
 * by moving it into a can_edit directory, and a deletion is a change too.
 */
import { describe, expect, it } from '@jest/globals'
import { COPILOT, HUMAN, REVIEWER } from '../action/scenario.js'
import {
  approvalOf,
  bypassFakes,
  DEPLOY_NOTE,
  findingsOf,
  LOGIN_CONTROLLER,
  MIGRATION,
  record
} from './helpers.js'

const fakes = bypassFakes()
const MOVED_MIGRATION = 'src/legacy/create_orders.php'

describe('an agent renaming a file out of a review area into can_edit', () => {
  async function renameMigration() {
    const s = await fakes.scenario()
    const sha = await s.repo.commit({
      author: COPILOT,
      message: 'Move the orders migration next to the cart code',
      rename: [[MIGRATION, MOVED_MIGRATION]]
    })
    await s.open()
    return { s, sha }
  }

  it('still needs the area’s approval for the path it left', async () => {
    const { sha } = await renameMigration()
    const run = await fakes.action()

    expect(run.exitCode).toBe(1)
    expect(run.outputs.decision).toBe('fail')
    expect(findingsOf(run)).toEqual([
      `needs_approval requires_human_review migrations ${MIGRATION}`
    ])
    expect(
      record(run)
        .files.filter(f => f.agentTouched)
        .map(f => [f.path, f.verdict])
    ).toEqual([
      [MIGRATION, 'needs_approval'],
      [MOVED_MIGRATION, 'allowed']
    ])
    expect(approvalOf(run, 'migrations')).toMatchObject({
      counted: [],
      satisfied: false,
      lastAgentCommit: sha
    })
    expect(run.summary).toContain('needs 1 approval from any human reviewer')
  })

  it('passes once an eligible human approves the head', async () => {
    const { s, sha } = await renameMigration()
    s.review(REVIEWER, 'APPROVED', sha)
    const run = await fakes.action()

    expect(run.exitCode).toBe(0)
    expect(run.outputs.decision).toBe('pass')
    expect(findingsOf(run)).toEqual([`approved requires_human_review migrations ${MIGRATION}`])
    expect(approvalOf(run, 'migrations')).toMatchObject({
      counted: ['hubot-human'],
      satisfied: true
    })
  })

  it('still needs approval when the move also rewrites the file past git’s rename detection', async () => {
    const s = await fakes.scenario()
    await s.repo.commit({
      author: COPILOT,
      message: 'Rewrite the orders migration as plain code',
      remove: [MIGRATION],
      write: { [MOVED_MIGRATION]: 'export function createOrders() {\n  return "orders"\n}\n' }
    })
    await s.open()
    const run = await fakes.action()

    expect(run.exitCode).toBe(1)
    expect(findingsOf(run)).toEqual([
      `needs_approval requires_human_review migrations ${MIGRATION}`
    ])
  })

  it('still needs approval when a human commit in the same PR hides the rename among other work', async () => {
    const s = await fakes.scenario()
    await s.commit(HUMAN, 'Describe the cart', { 'docs/cart.md': '# cart\n' })
    await s.repo.commit({
      author: COPILOT,
      message: 'Move the orders migration',
      rename: [[MIGRATION, MOVED_MIGRATION]]
    })
    await s.open()
    const run = await fakes.action()

    expect(run.exitCode).toBe(1)
    expect(findingsOf(run)).toEqual([
      `needs_approval requires_human_review migrations ${MIGRATION}`
    ])
    // Per-commit files were read over REST: the agent commit's rename kept both of its paths.
    expect(fakes.github.routeCounts()['GET /repos/{owner}/{repo}/commits/{ref}']).toBe(2)
  })
})

describe('an agent deleting a protected file', () => {
  it('needs the migrations approval to delete a migration', async () => {
    const s = await fakes.scenario()
    await s.repo.commit({ author: COPILOT, message: 'Drop an old migration', remove: [MIGRATION] })
    await s.open()
    const run = await fakes.action()

    expect(run.exitCode).toBe(1)
    expect(findingsOf(run)).toEqual([
      `needs_approval requires_human_review migrations ${MIGRATION}`
    ])
    expect(record(run).files.find(f => f.path === MIGRATION)).toMatchObject({
      agentTouched: true,
      verdict: 'needs_approval'
    })
  })

  it('needs the auth approval to delete the login controller', async () => {
    const s = await fakes.scenario()
    await s.repo.commit({
      author: COPILOT,
      message: 'Remove dead code',
      remove: [LOGIN_CONTROLLER]
    })
    await s.open()
    const run = await fakes.action()

    expect(run.exitCode).toBe(1)
    expect(findingsOf(run)).toEqual([
      `needs_approval requires_human_review auth ${LOGIN_CONTROLLER}`
    ])
  })

  it('is a violation to delete a cannot_access file', async () => {
    const s = await fakes.scenario()
    await s.repo.commit({ author: COPILOT, message: 'Clean up', remove: [DEPLOY_NOTE] })
    await s.open()
    const run = await fakes.action()

    expect(run.exitCode).toBe(1)
    expect(findingsOf(run)).toEqual([`violation cannot_access private_keys/ ${DEPLOY_NOTE}`])
  })
})

describe('an agent renaming a file out of cannot_access', () => {
  it('is a violation on the path it left, which no approval waives', async () => {
    const s = await fakes.scenario()
    const sha = await s.repo.commit({
      author: COPILOT,
      message: 'Move the deploy notes to the docs',
      rename: [[DEPLOY_NOTE, 'docs/deploy-notes.txt']]
    })
    await s.open()
    s.review(REVIEWER, 'APPROVED', sha)
    const run = await fakes.action()

    expect(run.exitCode).toBe(1)
    expect(run.outputs.decision).toBe('fail')
    expect(findingsOf(run)).toEqual([`violation cannot_access private_keys/ ${DEPLOY_NOTE}`])
    expect(record(run).findings[0]?.commits).toEqual([sha])
    expect(run.stdout).toContain(
      `::error title=agent-audit%3A cannot_access (private_keys/),file=${DEPLOY_NOTE}::`
    )
  })
})
