/**
 * Bypass: commit identities are text the pusher writes. Which forged
 * identities still count as the agent's, and why:
 *  - any agent signal on the commit (author, committer, co-author, trailer)
 *    makes it the agent's, whatever the other fields claim: an agent that
 *    leaves one signal is caught even if it forges the rest;
 *  - an agent's identity worn by a human counts as the agent's: the audit
 *    cannot tell them apart, so it fails closed;
 *  - in a PR opened by an agent's account (which the pusher cannot forge),
 *    every commit is the agent's, whatever identity it declares.
 */
import { describe, expect, it } from '@jest/globals'
import type { Identity } from '../helpers/git-repo.js'
import { COPILOT, COPILOT_ACCOUNT, HUMAN } from '../action/scenario.js'
import { bypassFakes, findingsOf, MIGRATION, record } from './helpers.js'

const fakes = bypassFakes()

const MIGRATION_CHANGE = { [MIGRATION]: '<?php // orders, with a discount\n' }
const NEEDS_MIGRATION_APPROVAL = `needs_approval requires_human_review migrations ${MIGRATION}`
const DEPENDABOT: Identity = {
  name: 'dependabot[bot]',
  email: '49699333+dependabot[bot]@users.noreply.github.com'
}

async function auditOneCommit(options: {
  author: Identity
  committer?: Identity
  message: string
  openedByAgent?: boolean
}) {
  const s = await fakes.scenario()
  const { openedByAgent, ...commit } = options
  const sha = await s.repo.commit({ ...commit, write: MIGRATION_CHANGE })
  await s.open(openedByAgent ? COPILOT_ACCOUNT : undefined)
  const run = await fakes.action()
  const [attributed] = record(run).commits
  return { run, sha, attributed }
}

describe('a forged human author with an agent trailer counts as the agent (the trailer is a signal)', () => {
  it('Claude Code’s co-author line, in the case Claude Code writes it', async () => {
    const { run, attributed } = await auditOneCommit({
      author: HUMAN,
      message: 'Add a discount\n\nCo-Authored-By: Claude Opus 4.5 <noreply@anthropic.com>\n'
    })

    expect(run.exitCode).toBe(1)
    expect(attributed).toMatchObject({ kind: 'agent', agent: 'claude-code' })
    expect(attributed?.evidence.map(e => e.signal)).toEqual(['co-author'])
    expect(findingsOf(run)).toEqual([NEEDS_MIGRATION_APPROVAL])
  })

  it('the Copilot coding agent as co-author, known by its account id', async () => {
    const { run, attributed } = await auditOneCommit({
      author: HUMAN,
      message: `Add a discount\n\nCo-authored-by: Copilot <${COPILOT.email}>\n`
    })

    expect(run.exitCode).toBe(1)
    expect(attributed).toMatchObject({ kind: 'agent', agent: 'copilot-coding-agent' })
    expect(findingsOf(run)).toEqual([NEEDS_MIGRATION_APPROVAL])
  })

  it('an agent’s own trailer (Agent-Logs-Url) with no co-author line', async () => {
    const { run, attributed } = await auditOneCommit({
      author: HUMAN,
      message: 'Add a discount\n\nAgent-Logs-Url: https://github.com/acme/shop/tasks/1\n'
    })

    expect(run.exitCode).toBe(1)
    expect(attributed).toMatchObject({ kind: 'agent', agent: 'copilot-coding-agent' })
    expect(attributed?.evidence.map(e => e.signal)).toEqual(['trailer'])
  })
})

describe('a human author with an agent committer counts as the agent (the committer is a signal)', () => {
  it('committer copilot-swe-agent[bot] with its noreply address', async () => {
    const { run, attributed } = await auditOneCommit({
      author: HUMAN,
      committer: COPILOT,
      message: 'Add a discount'
    })

    expect(run.exitCode).toBe(1)
    expect(attributed).toMatchObject({ kind: 'agent', agent: 'copilot-coding-agent' })
    // The platform also resolves the noreply address to the agent's account (the login).
    expect(attributed?.evidence.map(e => e.signal)).toEqual(['committer-login', 'committer-email'])
    expect(findingsOf(run)).toEqual([NEEDS_MIGRATION_APPROVAL])
  })
})

describe('an agent’s noreply email used by a human counts as the agent (fail closed)', () => {
  it('a human name with the Copilot coding agent’s noreply address', async () => {
    const { run, attributed } = await auditOneCommit({
      author: { name: HUMAN.name, email: COPILOT.email },
      committer: HUMAN,
      message: 'Add a discount'
    })

    expect(run.exitCode).toBe(1)
    expect(attributed).toMatchObject({ kind: 'agent', agent: 'copilot-coding-agent' })
    expect(attributed?.evidence.map(e => e.signal)).toEqual(['author-login', 'author-email'])
    expect(findingsOf(run)).toEqual([NEEDS_MIGRATION_APPROVAL])
  })

  it('Claude Code’s noreply@anthropic.com as the author address', async () => {
    const { run, attributed } = await auditOneCommit({
      author: { name: HUMAN.name, email: 'noreply@anthropic.com' },
      message: 'Add a discount'
    })

    expect(run.exitCode).toBe(1)
    expect(attributed).toMatchObject({ kind: 'agent', agent: 'claude-code' })
  })
})

describe('in a PR opened by the agent’s account, every commit counts as the agent’s', () => {
  it('a commit with a plain human identity and no agent signal at all', async () => {
    const { run, attributed } = await auditOneCommit({
      author: HUMAN,
      message: 'Add a discount',
      openedByAgent: true
    })

    expect(run.exitCode).toBe(1)
    expect(attributed).toMatchObject({ kind: 'agent', agent: 'copilot-coding-agent' })
    expect(attributed?.evidence.map(e => e.signal)).toEqual(['pr-opened-by-agent'])
    expect(findingsOf(run)).toEqual([NEEDS_MIGRATION_APPROVAL])
  })

  it('a commit that forges GitHub’s web-flow committer over a human author', async () => {
    const { run, attributed } = await auditOneCommit({
      author: HUMAN,
      committer: { name: 'GitHub', email: 'noreply@github.com' },
      message: 'Add a discount',
      openedByAgent: true
    })

    expect(run.exitCode).toBe(1)
    expect(attributed).toMatchObject({ kind: 'agent', agent: 'copilot-coding-agent' })
  })

  it('a commit that forges a dependency bot’s author identity', async () => {
    const { run, attributed } = await auditOneCommit({
      author: DEPENDABOT,
      message: 'Bump orders schema from 1.0 to 1.1',
      openedByAgent: true
    })

    expect(run.exitCode).toBe(1)
    expect(run.outputs.decision).toBe('fail')
    expect(attributed).toMatchObject({ kind: 'agent', agent: 'copilot-coding-agent' })
    expect(findingsOf(run)).toEqual([NEEDS_MIGRATION_APPROVAL])
  })
})
