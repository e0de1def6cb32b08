/**
 * The bundled action on the events other than a pull request's own:
 * merge_group (never a blind success), push (no reviews), a new branch,
 * workflow_dispatch and an unsupported event, against the fake GitHub API.
 */
import { describe, expect, it } from '@jest/globals'
import { GitRepo, type Identity } from '../helpers/git-repo.js'
import type { ActionRun, ActionRunOptions } from './harness.js'
import { useFakes } from './fakes-lifecycle.js'
import {
  BASE_FILES,
  COPILOT,
  HUMAN,
  MONA,
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
const ZEROS = '0'.repeat(40)
const GITHUB_MERGER: Identity = { name: 'GitHub', email: 'noreply@github.com' }
const SUPPORTED =
  'pull_request, pull_request_target, pull_request_review, merge_group, push, workflow_dispatch'

// No artifact service here: the audit record is read from the audit file.
const fakes = useFakes({ artifacts: false })

const scenario = (): Promise<Scenario> => fakes.scenario(WITH_POLICY)

interface AuditRecord {
  decision: string
  reason: string
  baseSha: string
  headSha: string
  reviewsAvailable: boolean
  pullRequest?: { number: number }
  policy: { ref?: string }
  error?: { kind: string; message: string }
  commits: { sha: string; kind: string }[]
  findings: { kind: string; status: string; path: string }[]
  approvals: { area: string; counted: string[]; satisfied: boolean }[]
  advisories: string[]
}

const record = (run: ActionRun) => run.audit as unknown as AuditRecord

const action = (options: Partial<ActionRunOptions>) =>
  fakes.action({ ...options, inputs: { 'upload-artifact': 'false', ...options.inputs } })

/** What GitHub's merge queue does for PR #number: merge its head onto the base in a new branch. */
async function queue(s: Scenario, number: number, branch: string, onto = 'main') {
  const baseSha = await s.repo.sha(onto)
  const ref = `gh-readonly-queue/main/pr-${number}-${baseSha}`
  await s.repo.branch(ref, onto)
  await s.repo.checkout(ref)
  const headSha = await s.repo.merge(branch, {
    author: HUMAN,
    committer: GITHUB_MERGER,
    message: `Merge pull request #${number} from acme/${branch}`
  })
  return { ref: `refs/heads/${ref}`, baseSha, headSha }
}

function mergeGroupPayload(group: { ref: string; headSha: string }, baseSha: string) {
  return {
    action: 'checks_requested',
    merge_group: {
      head_sha: group.headSha,
      head_ref: group.ref,
      base_sha: baseSha,
      base_ref: 'refs/heads/main'
    }
  }
}

describe('merge_group', () => {
  async function queuedMigration(approved: boolean) {
    const s = await scenario()
    const agentSha = await s.commit(COPILOT, 'Add a discount column', {
      [MIGRATION]: '<?php // discount\n'
    })
    await s.open()
    if (approved) s.review(REVIEWER, 'APPROVED', agentSha)
    const group = await queue(s, PULL, 'feature')
    return { s, group }
  }

  it('passes a queued pull request whose agent change has a valid approval', async () => {
    const { group } = await queuedMigration(true)
    const run = await action({
      eventName: 'merge_group',
      payload: mergeGroupPayload(group, group.baseSha)
    })

    expect(run.exitCode).toBe(0)
    const audit = record(run)
    expect(audit.decision).toBe('pass')
    expect(audit.reason).toBe(
      'The 1 agent-touched file is allowed or approved under the policy (merge group of #7)'
    )
    expect(audit.pullRequest?.number).toBe(PULL)
    expect([audit.baseSha, audit.headSha]).toEqual([group.baseSha, group.headSha])
    expect(audit.policy.ref).toBe(group.baseSha)
    expect(audit.approvals).toEqual([
      expect.objectContaining({ area: 'migrations', counted: ['hubot-human'], satisfied: true })
    ])
    // Only the queue's own merge commit is in no pull request found so far: one lookup.
    expect(fakes.github.routeCounts()['GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls']).toBe(
      1
    )
  })

  it('fails a queued pull request whose agent change was never approved', async () => {
    const { group } = await queuedMigration(false)
    const run = await action({
      eventName: 'merge_group',
      payload: mergeGroupPayload(group, group.baseSha)
    })

    expect(run.exitCode).toBe(1)
    const audit = record(run)
    expect(audit.decision).toBe('fail')
    expect(audit.reason).toBe('1 change needs approval in agent-made changes (merge group of #7)')
    expect(audit.findings).toEqual([
      expect.objectContaining({ kind: 'requires_human_review', status: 'needs_approval' })
    ])
    expect(audit.advisories).toContain('#7 fails: 1 change needs approval in agent-made changes')
  })

  it('finds a second queued pull request from the commits of the group and fails on it', async () => {
    const s = await scenario()
    await s.commit(COPILOT, 'Add a discount column', { [MIGRATION]: '<?php // discount\n' })
    await s.open()
    await s.repo.checkout('main')
    await s.repo.branch('docs-branch')
    await s.repo.checkout('docs-branch')
    await s.commit(HUMAN, 'Explain discounts', { 'docs/discounts.md': '# discounts\n' })
    fakes.github.addPullRequest({
      owner: OWNER,
      repo: REPO,
      number: 8,
      base: 'main',
      head: 'docs-branch',
      author: MONA
    })
    await s.repo.checkout('main')
    const mainSha = await s.repo.sha('main')
    // A group of two: #8 queued behind #7, its branch based on #7's queue commit.
    const first = await queue(s, PULL, 'feature')
    const second = await queue(s, 8, 'docs-branch', first.ref.replace('refs/heads/', ''))
    const run = await action({
      eventName: 'merge_group',
      payload: mergeGroupPayload(second, mainSha)
    })

    expect(run.exitCode).toBe(1)
    const audit = record(run)
    expect(audit.reason).toBe(
      '1 change needs approval in agent-made changes (merge group of #8, #7)'
    )
    expect(audit.pullRequest?.number).toBe(8)
    expect(audit.advisories).toContain('#7 fails: 1 change needs approval in agent-made changes')
  })

  it('fails, never passes blindly, when no pull request can be found', async () => {
    const s = await scenario()
    await s.commit(COPILOT, 'Add a discount column', { [MIGRATION]: '<?php // discount\n' })
    const baseSha = await s.repo.sha('main')
    const headSha = await s.repo.sha('feature')
    const run = await action({
      eventName: 'merge_group',
      payload: mergeGroupPayload({ ref: 'refs/heads/some-queue/feature', headSha }, baseSha)
    })

    expect(run.exitCode).toBe(1)
    expect(record(run).decision).toBe('fail')
    expect(record(run).error?.kind).toBe('user')
    expect(run.stdout).toContain(
      '::error::agent-audit could not complete the audit: cannot tell which pull requests ' +
        'the merge group refs/heads/some-queue/feature holds'
    )
  })

  it('fails when the group changes a file that the pull request found does not', async () => {
    const s = await scenario()
    await s.commit(HUMAN, 'Edit the guide', { 'docs/guide.md': 'better\n' })
    await s.open()
    const group = await queue(s, PULL, 'feature')
    // A commit no pull request holds, slipped into the queue branch.
    await s.commit(COPILOT, 'Add a discount column', { [MIGRATION]: '<?php // discount\n' })
    const headSha = await s.repo.sha('HEAD')
    const run = await action({
      eventName: 'merge_group',
      payload: mergeGroupPayload({ ref: group.ref, headSha }, group.baseSha)
    })

    expect(run.exitCode).toBe(1)
    expect(record(run).error?.message).toBe(
      `the merge group changes a file that none of its pull requests found (#7) changes: ${MIGRATION}; ` +
        'agent-audit will not pass changes whose approvals it has not checked. ' +
        'Limit the merge queue to one pull request per group (maximum group size 1), ' +
        'or use the merge method "merge", whose groups keep each pull request’s commits'
    )
  })
})

describe('push', () => {
  async function pushedMigration() {
    const s = await scenario()
    const before = await s.repo.sha('feature')
    const after = await s.commit(COPILOT, 'Add a discount column', {
      [MIGRATION]: '<?php // discount\n'
    })
    const payload = { ref: 'refs/heads/feature', before, after }
    return { s, before, after, payload }
  }

  it('fails an agent commit to a migration over REST: there are no reviews on a push', async () => {
    const { before, after, payload } = await pushedMigration()
    const run = await action({ eventName: 'push', payload })

    expect(run.exitCode).toBe(1)
    const audit = record(run)
    expect(audit.reason).toBe(
      '1 change needs approval in agent-made changes (no reviews on a push)'
    )
    expect(audit.reviewsAvailable).toBe(false)
    expect([audit.baseSha, audit.headSha]).toEqual([before, after])
    expect(audit.policy.ref).toBe(before)
    expect(audit.pullRequest).toBeUndefined()
    expect(audit.advisories).toContain(
      'No reviews on a push: an agent change to an area that needs approval fails here; ' +
        'make it through a pull request, where it can be approved'
    )
    expect(fakes.github.routeCounts()['GET /repos/{owner}/{repo}/compare/{basehead}']).toBe(1)
  })

  it('reads the same push from a full checkout without the compare API', async () => {
    const { s, payload } = await pushedMigration()
    const run = await action({ eventName: 'push', payload, workspace: s.repo.dir })

    expect(run.exitCode).toBe(1)
    expect(record(run).findings).toEqual([
      expect.objectContaining({ kind: 'requires_human_review', path: MIGRATION })
    ])
    expect(
      fakes.github.routeCounts()['GET /repos/{owner}/{repo}/compare/{basehead}']
    ).toBeUndefined()
  })

  it('audits only the commits a new branch adds to the default branch', async () => {
    const s = await scenario()
    const mainSha = await s.repo.sha('main')
    const after = await s.commit(COPILOT, 'Document the cart', { 'docs/cart.md': '# cart\n' })
    const payload = { ref: 'refs/heads/feature', before: ZEROS, after }
    const run = await action({ eventName: 'push', payload })

    expect(run.exitCode).toBe(0)
    const audit = record(run)
    expect(audit.commits.map(c => `${c.sha} ${c.kind}`)).toEqual([`${after} agent`])
    expect(audit.baseSha).toBe(mainSha)
    expect(audit.policy.ref).toBe(mainSha)
    expect(fakes.github.requests.map(r => r.path)).toContain(
      `/repos/acme/shop/compare/main...${after}?per_page=100`
    )
  })

  it('passes a deleted branch with the reason', async () => {
    const s = await scenario()
    const before = await s.repo.sha('feature')
    const payload = { ref: 'refs/heads/feature', before, after: ZEROS }
    const run = await action({ eventName: 'push', payload })
    expect(run.exitCode).toBe(0)
    expect(record(run).reason).toBe('The push deleted refs/heads/feature: nothing to audit')
  })
})

describe('pull_request_target', () => {
  it('reads the pull request over REST when the workspace holds only the base branch', async () => {
    const s = await scenario()
    await s.commit(HUMAN, 'Add a discount column', { [MIGRATION]: '<?php // discount\n' })
    await s.commit(COPILOT, 'Document discounts', { 'docs/discounts.md': '# discounts\n' })
    await s.open()
    // What actions/checkout gives pull_request_target by default: the base branch, shallow.
    const base = fakes.adopt(await GitRepo.clone(s.repo, { depth: 1, branch: 'main' }))
    const run = await action({
      eventName: 'pull_request_target',
      workspace: base.dir,
      payload: { action: 'opened', pull_request: { number: PULL } }
    })

    expect(run.exitCode).toBe(0)
    expect(record(run).commits.map(c => c.kind)).toEqual(['human', 'agent'])
    // Each commit's files came from the API, not from the checkout, which lacks the PR commits.
    expect(fakes.github.routeCounts()['GET /repos/{owner}/{repo}/commits/{ref}']).toBe(2)
  })
})

describe('workflow_dispatch', () => {
  it('audits the pull request named by the pull-request input', async () => {
    const s = await scenario()
    await s.commit(COPILOT, 'Add a discount column', { [MIGRATION]: '<?php // discount\n' })
    await s.open()
    const run = await action({
      eventName: 'workflow_dispatch',
      payload: { inputs: { pr: '7' } },
      inputs: { 'pull-request': '#7' }
    })

    expect(run.exitCode).toBe(1)
    expect(record(run).pullRequest?.number).toBe(PULL)
    expect(record(run).reason).toBe('1 change needs approval in agent-made changes')
  })

  it('says how to pass the pull request when the input is missing', async () => {
    const run = await action({ eventName: 'workflow_dispatch', payload: {} })

    expect(run.exitCode).toBe(1)
    expect(record(run).error?.message).toBe(
      'a workflow_dispatch run needs the pull request to audit, and the input "pull-request" is empty. ' +
        'Give the workflow a dispatch input and pass it on, for example ' +
        '`with: { pull-request: ${{ inputs.pull-request }} }`'
    )
  })
})

describe('an unsupported event', () => {
  it('exits 1 and lists the events agent-audit supports', async () => {
    const run = await action({ eventName: 'schedule', payload: {} })

    expect(run.exitCode).toBe(1)
    expect(run.stdout).toContain(
      `::error::agent-audit could not complete the audit: the event "schedule" is not supported. ` +
        `Trigger agent-audit on one of: ${SUPPORTED}`
    )
  })
})
