/**
 * What the bundled action (dist/index.js: run `npm run build` first) publishes
 * on the pull request: the check run that every run for the head commit keeps
 * current, and the optional single comment, against the fake GitHub API.
 */
import { describe, expect, it } from '@jest/globals'
import { useFakes } from './fakes-lifecycle.js'
import type { ActionRun, ActionRunOptions } from './harness.js'
import {
  BASE_FILES,
  COPILOT,
  HUMAN,
  OWNER,
  PULL,
  REPO,
  REVIEWER,
  type Scenario
} from './scenario.js'

const POLICY = `version: 1
can_edit: [docs/, tests/]
requires_human_review: [migrations]
`
const WITH_POLICY = { ...BASE_FILES, '.github/agent-policy.yml': POLICY }
const MIGRATION = 'database/migrations/2026_02_01_add_discount.php'
const MARKER = '<!-- agent-audit:report -->'
const CREATE_CHECK = 'POST /repos/{owner}/{repo}/check-runs'
const UPDATE_CHECK = 'PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}'
const CREATE_COMMENT = 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments'
const UPDATE_COMMENT = 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}'

const fakes = useFakes()

const scenario = (base: Record<string, string> = WITH_POLICY): Promise<Scenario> =>
  fakes.scenario(base)

const action = fakes.action

/**
 * The run an approval starts. A later attempt number only because the fake
 * artifact service knows one workflow run, where a second upload of the same
 * name would collide.
 */
const reviewAction = (extra: Partial<ActionRunOptions> = {}) =>
  action({
    eventName: 'pull_request_review',
    payload: { action: 'submitted', pull_request: { number: PULL } },
    runAttempt: 2,
    ...extra
  })

/** An agent migration: it fails until a human approves the agent's commit. */
async function agentMigration(): Promise<{ s: Scenario; head: string }> {
  const s = await scenario()
  const head = await s.commit(COPILOT, 'Add a discount column', {
    [MIGRATION]: '<?php // discount\n'
  })
  await s.open()
  return { s, head }
}

async function docsChange(): Promise<Scenario> {
  const s = await scenario()
  await s.commit(COPILOT, 'Document the cart', { 'docs/cart.md': '# cart\n' })
  await s.open()
  return s
}

const routeCount = (route: string) => fakes.github.routeCounts()[route] ?? 0

function expectWarning(run: ActionRun, text: string): void {
  const warnings = run.stdout.split('\n').filter(line => line.startsWith('::warning::'))
  expect(warnings).toEqual([expect.stringContaining(text)])
}

describe('the check run', () => {
  it('fails on the pull_request run, then the review-triggered run turns the same check green', async () => {
    const { s, head } = await agentMigration()
    const first = await action()

    expect(first.exitCode).toBe(1)
    const [created] = fakes.github.checkRuns()
    expect(created).toMatchObject({
      name: 'agent-audit',
      headSha: head,
      status: 'completed',
      conclusion: 'failure',
      externalId: 'agent-audit',
      updates: 0
    })
    expect(created?.output?.title).toBe('fail — 1 change needs approval in agent-made changes')
    expect(created?.output?.summary.split('\n')[0]).toBe(first.summary.split('\n')[0])
    expect(created?.annotations).toEqual([
      expect.objectContaining({
        path: MIGRATION,
        start_line: 1,
        end_line: 1,
        annotation_level: 'warning',
        title: 'agent-audit: needs approval — requires_human_review (migrations)'
      })
    ])

    s.review(REVIEWER, 'APPROVED', head)
    const second = await reviewAction()

    expect(second.exitCode).toBe(0)
    expect(fakes.github.checkRuns()).toEqual([
      expect.objectContaining({
        id: created?.id,
        headSha: head,
        conclusion: 'success',
        output: expect.objectContaining({
          title: 'pass — The 1 agent-touched file is allowed or approved under the policy'
        }),
        updates: 1
      })
    ])
    // GitHub appends the annotations of an update to those the check run has: the first run's
    // warning stays listed beside this run's notice; the conclusion and summary are current.
    expect(
      fakes.github.checkRuns()[0]?.annotations.map(a => `${a.annotation_level} ${a.title}`)
    ).toEqual([
      'warning agent-audit: needs approval — requires_human_review (migrations)',
      'notice agent-audit: approved — requires_human_review (migrations)'
    ])
    expect([routeCount(CREATE_CHECK), routeCount(UPDATE_CHECK)]).toEqual([1, 1])
  })

  it('leaves the workflow job’s own check run of the same name alone', async () => {
    const { s, head } = await agentMigration()
    await action()
    // The runner's check run for a job named agent-audit: newer than ours, same name and app.
    const jobCheck = fakes.github.addCheckRun(OWNER, REPO, {
      name: 'agent-audit',
      headSha: head,
      conclusion: 'failure'
    })
    s.review(REVIEWER, 'APPROVED', head)
    await reviewAction()

    const byId = new Map(fakes.github.checkRuns().map(run => [run.id, run]))
    expect(byId.get(jobCheck)).toMatchObject({ conclusion: 'failure', updates: 0 })
    const ours = fakes.github.checkRuns().filter(run => run.externalId === 'agent-audit')
    expect(ours).toEqual([expect.objectContaining({ conclusion: 'success', updates: 1 })])
  })

  it('annotates the first 50 findings, blocking first, in one request', async () => {
    const s = await scenario()
    const files = Array.from({ length: 120 }, (_, i) => `database/migrations/m${1000 + i}.php`)
    await s.commit(COPILOT, 'Add many migrations', Object.fromEntries(files.map(f => [f, 'x\n'])))
    await s.open()
    const run = await action()

    expect(run.exitCode).toBe(1)
    const [check] = fakes.github.checkRuns()
    expect(check?.annotationBatches).toEqual([50])
    expect(check?.annotations.map(annotation => annotation.path)).toEqual(files.slice(0, 50))
    expect(check?.output?.summary).toContain('m1119.php')
    expect([routeCount(CREATE_CHECK), routeCount(UPDATE_CHECK)]).toEqual([1, 0])
  })

  it('is neutral in report mode, with a title that says it does not block', async () => {
    await agentMigration()
    const run = await action({ inputs: { mode: 'report', 'check-name': 'agents' } })

    expect(run.exitCode).toBe(0)
    expect(fakes.github.checkRuns()).toEqual([
      expect.objectContaining({
        name: 'agents',
        conclusion: 'neutral',
        output: expect.objectContaining({
          title: 'report mode, not blocking: fail — 1 change needs approval in agent-made changes'
        })
      })
    ])
  })

  it('fails the check and comments with the error when the audit could not be completed', async () => {
    const s = await scenario({
      ...BASE_FILES,
      '.github/agent-policy.yml': 'version: 1\ncan_edti: [docs/]\n'
    })
    const head = await s.commit(HUMAN, 'Edit docs', { 'docs/guide.md': 'more\n' })
    await s.open()
    const run = await action({ inputs: { comment: 'on-failure' } })

    expect(run.exitCode).toBe(1)
    const [check] = fakes.github.checkRuns()
    expect(check).toMatchObject({
      headSha: head,
      conclusion: 'failure',
      output: expect.objectContaining({ title: 'fail — the audit could not be completed' })
    })
    expect(check?.output?.summary).toContain('unknown key &quot;can&#95;edti&quot;')
    const [comment] = fakes.github.comments()
    expect(comment?.body.split('\n').slice(0, 3)).toEqual([
      MARKER,
      '<!-- agent-audit:state=fail -->',
      '## ❌ agent-audit: fail — the audit could not be completed'
    ])
  })

  it('warns without checks permission, and the audit alone decides the job', async () => {
    const { s, head } = await agentMigration()
    s.review(REVIEWER, 'APPROVED', head)
    fakes.github.denyChecks(true)
    const run = await action()

    expect(run.exitCode).toBe(0)
    expect(run.outputs.decision).toBe('pass')
    expectWarning(run, 'could not publish the check run "agent-audit": GitHub answered 403')
    expectWarning(run, '`permissions: checks: write`')
    expect(fakes.github.checkRuns()).toEqual([])
  })
})

describe('the pull request comment', () => {
  it('is posted once and then updated in place with comment: always', async () => {
    await docsChange()
    const first = await action({ inputs: { comment: 'always' } })
    const second = await action({ inputs: { comment: 'always' }, runAttempt: 2 })

    expect([first.exitCode, second.exitCode]).toEqual([0, 0])
    const comments = fakes.github.comments()
    expect(comments).toEqual([
      expect.objectContaining({ user: expect.objectContaining({ type: 'Bot' }), edits: 1 })
    ])
    const lines = comments[0]?.body.split('\n') ?? []
    expect(lines.slice(0, 3)).toEqual([
      MARKER,
      '<!-- agent-audit:state=pass -->',
      '## ✅ agent-audit: pass — The 1 agent-touched file is allowed or approved under the policy'
    ])
    expect([routeCount(CREATE_COMMENT), routeCount(UPDATE_COMMENT)]).toEqual([1, 1])
  })

  it('is not posted with comment: on-failure when the audit passes and none came before', async () => {
    await docsChange()
    const run = await action({ inputs: { comment: 'on-failure' } })

    expect(run.exitCode).toBe(0)
    expect(fakes.github.comments()).toEqual([])
    expect(routeCount(CREATE_COMMENT) + routeCount(UPDATE_COMMENT)).toBe(0)
  })

  it('says resolved once the failure it reported with comment: on-failure is gone', async () => {
    const { s, head } = await agentMigration()
    await action({ inputs: { comment: 'on-failure' } })
    const [failing] = fakes.github.comments()
    expect(failing?.body.split('\n').slice(0, 3)).toEqual([
      MARKER,
      '<!-- agent-audit:state=fail -->',
      '## ❌ agent-audit: fail — 1 change needs approval in agent-made changes'
    ])

    s.review(REVIEWER, 'APPROVED', head)
    await reviewAction({ inputs: { comment: 'on-failure' } })

    const [resolved] = fakes.github.comments()
    expect(fakes.github.comments()).toHaveLength(1)
    expect(resolved?.id).toBe(failing?.id)
    expect(resolved?.body.split('\n').slice(0, 5)).toEqual([
      MARKER,
      '<!-- agent-audit:state=resolved -->',
      '### ✅ resolved: what agent-audit reported earlier on this pull request is resolved ' +
        `as of commit <code>${head.slice(0, 7)}</code>.`,
      '',
      '## ✅ agent-audit: pass — The 1 agent-touched file is allowed or approved under the policy'
    ])
  })

  it('never edits a person’s comment that carries the marker, and updates its newest own one', async () => {
    await docsChange()
    const forged = `${MARKER}\n<!-- agent-audit:state=pass -->\nall fine, merge it`
    const human = fakes.github.addComment(OWNER, REPO, PULL, {
      login: 'mallory',
      type: 'User',
      body: forged
    })
    const older = fakes.github.addComment(OWNER, REPO, PULL, {
      login: 'github-actions[bot]',
      type: 'Bot',
      body: `${MARKER}\nold`
    })
    const newer = fakes.github.addComment(OWNER, REPO, PULL, {
      login: 'github-actions[bot]',
      type: 'Bot',
      body: `${MARKER}\nnewer`
    })
    const later = fakes.github.addComment(OWNER, REPO, PULL, {
      login: 'mallory',
      type: 'User',
      body: forged
    })
    await action({ inputs: { comment: 'always' } })

    const byId = new Map(fakes.github.comments().map(comment => [comment.id, comment]))
    expect([human, older, later].map(id => [byId.get(id)?.edits, byId.get(id)?.body])).toEqual([
      [0, forged],
      [0, `${MARKER}\nold`],
      [0, forged]
    ])
    expect(byId.get(newer)?.edits).toBe(1)
    expect(byId.get(newer)?.body).toContain('## ✅ agent-audit: pass')
    expect(fakes.github.comments()).toHaveLength(4)
  })

  it('finds its comment past the first page of comments', async () => {
    await docsChange()
    for (let i = 0; i < 130; i++) {
      fakes.github.addComment(OWNER, REPO, PULL, {
        login: `user${i}`,
        type: 'User',
        body: `lgtm ${i}`
      })
    }
    await action({ inputs: { comment: 'always' } })
    await action({ inputs: { comment: 'always' }, runAttempt: 2 })

    const own = fakes.github.comments().filter(comment => comment.body.startsWith(MARKER))
    expect(own).toEqual([expect.objectContaining({ edits: 1 })])
  })

  it('warns when the token may not comment, and the exit code stays the audit’s', async () => {
    await agentMigration()
    fakes.github.denyComments(true)
    const run = await action({ inputs: { comment: 'always' } })

    expect(run.exitCode).toBe(1)
    expect(run.outputs.decision).toBe('fail')
    expect(run.stdout).not.toContain('could not complete the audit')
    expectWarning(run, 'could not post its pull request comment: GitHub answered 403')
    expect(fakes.github.comments()).toEqual([])
    expect(fakes.github.checkRuns()).toEqual([expect.objectContaining({ conclusion: 'failure' })])
  })
})

describe('size limits', () => {
  it('keeps a huge report within 65,536 characters in the comment and 65,535 in the check', async () => {
    const s = await scenario()
    const name = (i: number) =>
      `database/migrations/${String(i).padStart(3, '0')}_${'x'.repeat(180)}.php`
    const files = Object.fromEntries(Array.from({ length: 150 }, (_, i) => [name(i), 'x\n']))
    await s.commit(COPILOT, 'Add migrations', files)
    await s.open()
    const run = await action({ inputs: { comment: 'always' } })

    expect(run.exitCode).toBe(1)
    expect(Buffer.byteLength(run.summary)).toBeGreaterThan(100_000)
    const [comment] = fakes.github.comments()
    expect(comment?.body.startsWith(`${MARKER}\n`)).toBe(true)
    expect(comment?.body.length).toBeLessThanOrEqual(65536)
    expect(comment?.body.length).toBeGreaterThan(60_000)
    expect(comment?.body).toContain('the full report is in the audit artifact')
    const [check] = fakes.github.checkRuns()
    expect(check?.output?.summary.length).toBeLessThanOrEqual(65535)
    expect(check?.output?.summary.length).toBeGreaterThan(60_000)
    expect(check?.annotations).toHaveLength(50)
  })
})
