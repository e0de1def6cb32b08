/**
 * Bypass: merge commits. An "Update branch" merge brings the base's own
 * changes into the PR branch; they are not the agent's. An "evil merge" adds
 * changes of its own inside the merge commit, where a reviewer skimming the
 * PR's commits rarely looks; those must be caught. Every case runs twice:
 * over REST only (no checkout), and with a full checkout in the workspace,
 * where the exact combined diff of each merge is available.
 */
import { describe, expect, it } from '@jest/globals'
import type { Identity } from '../helpers/git-repo.js'
import type { ActionRun } from '../action/harness.js'
import { COPILOT, COPILOT_ACCOUNT, HUMAN, type Scenario } from '../action/scenario.js'
import { bypassFakes, findingsOf, LOGIN_CONTROLLER, MIGRATION, record } from './helpers.js'

const fakes = bypassFakes()

const WEB_FLOW: Identity = { name: 'GitHub', email: 'noreply@github.com' }
const UPDATE_BRANCH = "Merge branch 'main' into feature"
const ORIGINAL_MIGRATION = '<?php // orders\n'
const BASE_MIGRATION = '<?php // orders, with a discount (from main)\n'
const NEEDS_MIGRATION_APPROVAL = `needs_approval requires_human_review migrations ${MIGRATION}`
const NEEDS_AUTH_APPROVAL = `needs_approval requires_human_review auth ${LOGIN_CONTROLLER}`

type Checkout = 'rest-only' | 'full-checkout'
const CHECKOUTS: Checkout[] = ['rest-only', 'full-checkout']

/**
 * An agent commit in can_edit on the feature branch, then a human changes a
 * migration on main after the branch point: the change an "Update branch"
 * merge brings in.
 */
async function branchBehindBase(options: { humanCommitToo?: boolean } = {}): Promise<Scenario> {
  const s = await fakes.scenario()
  if (options.humanCommitToo) await s.commit(HUMAN, 'Describe the cart', { 'docs/cart.md': '#\n' })
  await s.commit(COPILOT, 'Empty the cart on logout', {
    'src/cart.js': 'export const cart = []\n// logout\n'
  })
  await s.repo.checkout('main')
  await s.commit(HUMAN, 'Add a discount to orders', { [MIGRATION]: BASE_MIGRATION })
  await s.repo.checkout('feature')
  return s
}

function audit(s: Scenario, checkout: Checkout): Promise<ActionRun> {
  return fakes.action(checkout === 'full-checkout' ? { workspace: s.repo.dir } : {})
}

/**
 * The merge's own auth change must be among the findings. With the checkout that is exactly
 * what is found; over REST the merge's diff against its first parent may add the base's changes.
 */
function expectOwnChangeCaught(run: ActionRun, checkout: Checkout): void {
  if (checkout === 'full-checkout') expect(findingsOf(run)).toEqual([NEEDS_AUTH_APPROVAL])
  else expect(findingsOf(run)).toContain(NEEDS_AUTH_APPROVAL)
}

describe.each(CHECKOUTS)('an "Update branch" merge, %s', checkout => {
  it('by a human through GitHub does not make the base’s migration change the agent’s', async () => {
    const s = await branchBehindBase()
    await s.repo.merge('main', { author: HUMAN, committer: WEB_FLOW, message: UPDATE_BRANCH })
    await s.open()
    const run = await audit(s, checkout)

    expect(run.exitCode).toBe(0)
    expect(run.outputs.decision).toBe('pass')
    expect(findingsOf(run)).toEqual([])
    expect(record(run).commits.map(c => c.kind)).toEqual(['agent', 'human'])
    expect(
      record(run)
        .files.filter(f => f.agentTouched)
        .map(f => f.path)
    ).toEqual(['src/cart.js'])
  })

  it('by the agent, with no changes of its own, passes when every commit is the agent’s', async () => {
    const s = await branchBehindBase()
    await s.repo.merge('main', { author: COPILOT, message: UPDATE_BRANCH })
    await s.open()
    const run = await audit(s, checkout)

    expect(run.exitCode).toBe(0)
    expect(run.outputs.decision).toBe('pass')
    expect(record(run).commits.map(c => c.kind)).toEqual(['agent', 'agent'])
    expect(
      record(run)
        .files.filter(f => f.agentTouched)
        .map(f => f.path)
    ).toEqual(['src/cart.js'])
  })
})

describe('an "Update branch" merge by the agent in a PR that also has human commits', () => {
  async function mixedWithAgentMerge(): Promise<Scenario> {
    const s = await branchBehindBase({ humanCommitToo: true })
    await s.repo.merge('main', { author: COPILOT, message: UPDATE_BRANCH })
    await s.open()
    return s
  }

  it('with a full checkout, leaves the base’s migration change out of the agent’s work', async () => {
    const s = await mixedWithAgentMerge()
    const run = await audit(s, 'full-checkout')

    expect(run.exitCode).toBe(0)
    expect(findingsOf(run)).toEqual([])
    expect(record(run).commits.at(-1)).toMatchObject({ kind: 'agent', cleanMerge: true, files: [] })
  })

  it('over REST only, narrows the merge to its own changes too: nothing', async () => {
    // REST diffs a merge against its first parent; the compare API against the second narrows it.
    const s = await mixedWithAgentMerge()
    const run = await audit(s, 'rest-only')

    expect(run.exitCode).toBe(0)
    expect(findingsOf(run)).toEqual([])
    expect(record(run).commits.at(-1)).toMatchObject({ kind: 'agent', cleanMerge: true, files: [] })
  })
})

describe.each(CHECKOUTS)('an evil merge by the agent, %s', checkout => {
  it('catches an auth change made inside the merge commit', async () => {
    const s = await branchBehindBase()
    const merge = await s.repo.merge('main', {
      author: COPILOT,
      message: UPDATE_BRANCH,
      evil: { write: { [LOGIN_CONTROLLER]: '<?php // login, no password check\n' } }
    })
    await s.open()
    const run = await audit(s, checkout)

    expect(run.exitCode).toBe(1)
    expect(run.outputs.decision).toBe('fail')
    expect(findingsOf(run)).toEqual([NEEDS_AUTH_APPROVAL])
    // Every commit is the agent's, so the net diff settles it; the merge is among the commits named.
    expect(record(run).findings[0]?.commits).toContain(merge)
  })

  it('catches the same merge when the PR also has human commits', async () => {
    const s = await branchBehindBase({ humanCommitToo: true })
    await s.repo.merge('main', {
      author: COPILOT,
      message: UPDATE_BRANCH,
      evil: { write: { [LOGIN_CONTROLLER]: '<?php // login, no password check\n' } }
    })
    await s.open()
    const run = await audit(s, checkout)

    expect(run.exitCode).toBe(1)
    expect(findingsOf(run)).toContain(NEEDS_AUTH_APPROVAL)
  })

  it('catches a conflict "resolution" that rewrites the base’s migration change', async () => {
    const s = await branchBehindBase()
    await s.repo.merge('main', {
      author: COPILOT,
      message: UPDATE_BRANCH,
      evil: { write: { [MIGRATION]: '<?php // orders, discount and DROP TABLE users\n' } }
    })
    await s.open()
    const run = await audit(s, checkout)

    expect(run.exitCode).toBe(1)
    expect(findingsOf(run)).toEqual([NEEDS_MIGRATION_APPROVAL])
  })

  it('catches a merge that quietly drops the base’s migration change', async () => {
    const s = await branchBehindBase()
    await s.repo.merge('main', {
      author: COPILOT,
      message: UPDATE_BRANCH,
      evil: { write: { [MIGRATION]: ORIGINAL_MIGRATION } }
    })
    await s.open()
    const run = await audit(s, checkout)

    expect(run.exitCode).toBe(1)
    expect(findingsOf(run)).toEqual([NEEDS_MIGRATION_APPROVAL])
  })

  it('catches a merge an agent made for a human’s PR, known only by its co-author trailer', async () => {
    // A human asks a local agent to merge main and fix conflicts; the agent's fix is in the merge.
    const s = await fakes.scenario()
    await s.commit(HUMAN, 'Describe the cart', { 'docs/cart.md': '# cart\n' })
    await s.repo.checkout('main')
    await s.commit(HUMAN, 'Add a discount to orders', { [MIGRATION]: BASE_MIGRATION })
    await s.repo.checkout('feature')
    await s.repo.merge('main', {
      author: HUMAN,
      message: `${UPDATE_BRANCH}\n\nCo-Authored-By: Claude <noreply@anthropic.com>\n`,
      evil: { write: { [LOGIN_CONTROLLER]: '<?php // login, no password check\n' } }
    })
    await s.open()
    const run = await audit(s, checkout)

    expect(run.exitCode).toBe(1)
    expect(run.outputs.decision).toBe('fail')
    expectOwnChangeCaught(run, checkout)
    expect(record(run).commits.map(c => [c.kind, c.agent])).toEqual([
      ['human', undefined],
      ['agent', 'claude-code']
    ])
  })

  it('catches an evil merge that is the PR’s only commit, forging a human author, in a PR the agent opened', async () => {
    const s = await fakes.scenario()
    await s.repo.checkout('main')
    await s.commit(HUMAN, 'Add a discount to orders', { [MIGRATION]: BASE_MIGRATION })
    await s.repo.checkout('feature')
    await s.repo.merge('main', {
      author: HUMAN,
      committer: WEB_FLOW,
      message: UPDATE_BRANCH,
      evil: { write: { [LOGIN_CONTROLLER]: '<?php // login, no password check\n' } }
    })
    await s.open(COPILOT_ACCOUNT)
    const run = await audit(s, checkout)

    expect(run.exitCode).toBe(1)
    expect(run.outputs.decision).toBe('fail')
    expectOwnChangeCaught(run, checkout)
    // The merge has changes of its own, so it is no clean merge: the agent's PR claims it.
    expect(record(run).commits.map(c => [c.kind, c.cleanMerge])).toEqual([['agent', false]])
  })
})
