/**
 * Bypass: approvals that must not count. An agent's change to a review area
 * (here a migration) needs an eligible, independent human's approval of the
 * agent's latest work in that area. Each test offers one approval that
 * fails that test and checks it is not counted, with the reason recorded.
 * The positive controls show the same setup passes with a good approval.
 */
import { describe, expect, it } from '@jest/globals'
import type { Account } from '../fakes/github-api.js'
import type { ActionRun } from '../action/harness.js'
import { COPILOT, COPILOT_ACCOUNT, DBA, MONA, REVIEWER } from '../action/scenario.js'
import { approvalOf, bypassFakes, findingsOf, MIGRATION, short } from './helpers.js'

const fakes = bypassFakes()

const NEEDS_APPROVAL = `needs_approval requires_human_review migrations ${MIGRATION}`
const APPROVED = `approved requires_human_review migrations ${MIGRATION}`
const REQUESTER_TRAILER = `Co-authored-by: Hubot Human <${REVIEWER.id}+${REVIEWER.login}@users.noreply.github.com>`

async function agentMigration(options: { opener?: Account; message?: string } = {}) {
  const s = await fakes.scenario()
  const sha = await s.commit(COPILOT, options.message ?? 'Add a discount column', {
    [MIGRATION]: '<?php // orders, with a discount\n'
  })
  await s.open(options.opener ?? MONA)
  return { s, sha }
}

function expectBlocked(
  run: ActionRun,
  approval: {
    counted?: string[]
    ignored?: { login: string; reason: string }[]
    changesRequestedBy?: string[]
  }
): void {
  expect(run.exitCode).toBe(1)
  expect(run.outputs.decision).toBe('fail')
  expect(findingsOf(run)).toEqual([NEEDS_APPROVAL])
  expect(approvalOf(run, 'migrations')).toMatchObject({
    counted: [],
    ignored: [],
    changesRequestedBy: [],
    ...approval,
    satisfied: false
  })
}

describe('positive controls: an eligible independent approval passes', () => {
  it('passes with an approval from an independent human on the head', async () => {
    const { s, sha } = await agentMigration()
    s.review(REVIEWER, 'APPROVED', sha)
    const run = await fakes.action()

    expect(run.exitCode).toBe(0)
    expect(run.outputs.decision).toBe('pass')
    expect(findingsOf(run)).toEqual([APPROVED])
    expect(approvalOf(run, 'migrations')).toMatchObject({ counted: ['hubot-human'], ignored: [] })
  })

  it('counts only the eligible approval among ones that must not count', async () => {
    const { s, sha } = await agentMigration()
    s.review(MONA, 'APPROVED', sha)
    s.review(COPILOT_ACCOUNT, 'APPROVED', sha)
    s.review(DBA, 'APPROVED', sha)
    const run = await fakes.action()

    expect(run.exitCode).toBe(0)
    expect(approvalOf(run, 'migrations')).toMatchObject({
      counted: ['dora'],
      ignored: [
        { login: 'mona', reason: 'PR author' },
        { login: 'Copilot', reason: 'bot' }
      ],
      satisfied: true
    })
  })
})

describe('an approval by the PR author does not count', () => {
  it('ignores the author’s own approval of the head', async () => {
    const { s, sha } = await agentMigration({ opener: MONA })
    s.review(MONA, 'APPROVED', sha)
    const run = await fakes.action()

    expectBlocked(run, { ignored: [{ login: 'mona', reason: 'PR author' }] })
    expect(run.summary).toContain('PR author')
  })

  it('knows the author by account id after a rename of the login', async () => {
    const { s, sha } = await agentMigration({ opener: MONA })
    s.review({ ...MONA, login: 'mona-renamed' }, 'APPROVED', sha)
    const run = await fakes.action()

    expectBlocked(run, { ignored: [{ login: 'mona-renamed', reason: 'PR author' }] })
  })
})

describe('an approval by a bot or an agent account does not count', () => {
  it('ignores an App account ([bot] login, type Bot)', async () => {
    const { s, sha } = await agentMigration()
    s.review({ login: 'renovate[bot]', id: 29139614, type: 'Bot' }, 'APPROVED', sha)
    const run = await fakes.action()

    expectBlocked(run, { ignored: [{ login: 'renovate[bot]', reason: 'bot' }] })
  })

  it('ignores the agent’s own account (type Bot without a [bot] login)', async () => {
    const { s, sha } = await agentMigration()
    s.review(COPILOT_ACCOUNT, 'APPROVED', sha)
    const run = await fakes.action()

    expectBlocked(run, { ignored: [{ login: 'Copilot', reason: 'bot' }] })
  })

  it('ignores an agent that acts through a user account (cursoragent)', async () => {
    const { s, sha } = await agentMigration()
    s.review({ login: 'cursoragent', id: 199161495, type: 'User' }, 'APPROVED', sha)
    const run = await fakes.action()

    expectBlocked(run, { ignored: [{ login: 'cursoragent', reason: 'agent account' }] })
  })

  it('ignores a human whose account authored the agent’s commits', async () => {
    const s = await fakes.scenario()
    const sha = await s.repo.commit({
      author: { name: 'Hubot', email: `${REVIEWER.id}+${REVIEWER.login}@users.noreply.github.com` },
      message: 'Add a discount column\n\nCo-Authored-By: Claude <noreply@anthropic.com>\n',
      write: { [MIGRATION]: '<?php // orders, with a discount\n' }
    })
    await s.open(MONA)
    s.review(REVIEWER, 'APPROVED', sha)
    const run = await fakes.action()

    expectBlocked(run, { ignored: [{ login: 'hubot-human', reason: 'authored agent commits' }] })
  })
})

describe('an approval by the requester does not count', () => {
  it('ignores the human the Copilot agent credits as its requester', async () => {
    const { s, sha } = await agentMigration({
      opener: COPILOT_ACCOUNT,
      message: `Add a discount column\n\n${REQUESTER_TRAILER}\n`
    })
    s.review(REVIEWER, 'APPROVED', sha)
    const run = await fakes.action()

    expectBlocked(run, {
      ignored: [{ login: 'hubot-human', reason: "requester of the agent's work" }]
    })
  })

  it('passes the same pull request once someone other than the requester approves', async () => {
    const { s, sha } = await agentMigration({
      opener: COPILOT_ACCOUNT,
      message: `Add a discount column\n\n${REQUESTER_TRAILER}\n`
    })
    s.review(REVIEWER, 'APPROVED', sha)
    s.review(DBA, 'APPROVED', sha)
    const run = await fakes.action()

    expect(run.exitCode).toBe(0)
    expect(approvalOf(run, 'migrations')).toMatchObject({
      counted: ['dora'],
      ignored: [{ login: 'hubot-human', reason: "requester of the agent's work" }]
    })
  })
})

describe('an approval given before the agent’s last commit to the area does not count', () => {
  it('ignores an approval of an earlier agent commit', async () => {
    const { s, sha: first } = await agentMigration()
    s.review(REVIEWER, 'APPROVED', first)
    const last = await s.commit(COPILOT, 'Drop the discount again', {
      [MIGRATION]: '<?php // orders, without the discount\n'
    })
    const run = await fakes.action()

    expectBlocked(run, {
      ignored: [{ login: 'hubot-human', reason: `approved before ${short(last)}` }]
    })
    expect(approvalOf(run, 'migrations')?.lastAgentCommit).toBe(last)
  })
})

describe('a dismissed approval does not count', () => {
  it('ignores an approval of the head that was dismissed', async () => {
    const { s, sha } = await agentMigration()
    s.review(REVIEWER, 'DISMISSED', sha)
    const run = await fakes.action()

    // A dismissed review is no decision at all, so it is neither counted nor listed as ignored.
    expectBlocked(run, {})
  })

  // GitHub rewrites a dismissed review's state to DISMISSED, so this history is also what an
  // approval followed by a change request looks like once someone dismisses the change request:
  // neither may revive the approval the reviewer went back on.
  it('does not revive the reviewer’s earlier approval when their later review is dismissed', async () => {
    const { s, sha } = await agentMigration()
    s.review(REVIEWER, 'APPROVED', sha)
    s.review(REVIEWER, 'DISMISSED', sha)
    const run = await fakes.action()

    expectBlocked(run, {})
  })
})

describe('an approval followed by a change request from the same person does not count', () => {
  it('blocks on the change request that replaced the approval', async () => {
    const { s, sha } = await agentMigration()
    s.review(REVIEWER, 'APPROVED', sha)
    s.review(REVIEWER, 'CHANGES_REQUESTED', sha)
    const run = await fakes.action()

    expectBlocked(run, { changesRequestedBy: ['hubot-human'] })
  })

  it('keeps blocking when another eligible human approves meanwhile', async () => {
    const { s, sha } = await agentMigration()
    s.review(REVIEWER, 'APPROVED', sha)
    s.review(DBA, 'APPROVED', sha)
    s.review(REVIEWER, 'CHANGES_REQUESTED', sha)
    const run = await fakes.action()

    expectBlocked(run, { counted: ['dora'], changesRequestedBy: ['hubot-human'] })
  })
})

describe('an approval of a commit that vanished in a force-push does not count', () => {
  it('ignores an approval whose commit is no longer in the pull request', async () => {
    const s = await fakes.scenario()
    const approved = await s.commit(COPILOT, 'Add a discount column', {
      [MIGRATION]: '<?php // orders, with a discount\n'
    })
    // The branch is rewritten: same message, different content, new sha.
    await s.repo.git('reset', '--quiet', '--hard', 'main')
    const head = await s.commit(COPILOT, 'Add a discount column', {
      [MIGRATION]: '<?php // orders, with a discount; DROP TABLE users\n'
    })
    await s.open()
    s.review(REVIEWER, 'APPROVED', approved)
    const run = await fakes.action()

    expect(head).not.toBe(approved)
    expectBlocked(run, {
      ignored: [
        {
          login: 'hubot-human',
          reason: 'approved a commit no longer in the pull request (force-push)'
        }
      ]
    })
  })
})
