import { describe, expect, it } from '@jest/globals'
import { onlyPendingApproval } from '../../src/evaluation/decision.js'
import {
  added,
  claudeCodeCommit,
  copilotCommit,
  humanCommit,
  modified,
  policyFrom,
  recordingJudge,
  run,
  sha
} from './builders.js'

/** What the judge is asked, and how its answers settle the findings. */

const POLICY = policyFrom(`version: 1
can_read: [app/, docs/]
can_edit: [docs/]
cannot_access: [secrets]
requires_human_review: [auth, migrations]
`)

describe('the approval judge', () => {
  it('is asked once per area, with every agent-touched path and agent commit of it, oldest first', () => {
    const { judge, asked } = recordingJudge(false)
    run(
      [
        // c1 touches the path that sorts last, so path order and commit order differ.
        copilotCommit('c1', [modified('src/auth/z_tokens.ts')]),
        humanCommit('h1', [modified('src/auth/a_login.ts')]),
        claudeCodeCommit('c2', [
          modified('src/auth/a_login.ts'),
          added('database/migrations/3.sql')
        ]),
        copilotCommit('c3', [modified('app/Models/Order.php')]),
        copilotCommit('c4', [modified('src/auth/a_login.ts')])
      ],
      POLICY,
      judge
    )
    expect(asked.map(a => [a.area.name, a.paths, a.agentCommits])).toEqual([
      ['outside-can-edit', ['app/Models/Order.php'], [sha('c3')]],
      ['migrations', ['database/migrations/3.sql'], [sha('c2')]],
      ['auth', ['src/auth/a_login.ts', 'src/auth/z_tokens.ts'], [sha('c1'), sha('c2'), sha('c4')]]
    ])
  })

  it('reports the newest agent commit of an area as the one approvals must follow', () => {
    const result = run(
      [
        copilotCommit('c1', [modified('src/auth/z_tokens.ts')]),
        copilotCommit('c2', [modified('src/auth/a_login.ts')])
      ],
      POLICY
    )
    expect(result.approvals.map(a => [a.area, a.lastAgentCommit])).toEqual([['auth', sha('c2')]])
  })

  it('settles only the findings of the areas it approves', () => {
    const judge = recordingJudge(false).judge
    const result = run(
      [copilotCommit('c1', [modified('src/auth/login.ts'), added('database/migrations/3.sql')])],
      POLICY,
      requirement =>
        requirement.area.name === 'auth'
          ? { ...judge(requirement), satisfied: true, counted: ['alice'] }
          : judge(requirement)
    )
    expect(result.findings.map(f => [f.area, f.status, f.blocking])).toEqual([
      ['migrations', 'needs_approval', true],
      ['auth', 'approved', false]
    ])
    expect(result.decision).toBe('fail')
    expect(result.reason).toBe('1 change needs approval in agent-made changes')
    expect(onlyPendingApproval(result)).toBe(true)
  })

  it('is never asked about violations, and --pending-ok cannot pass them', () => {
    const { judge, asked } = recordingJudge(false)
    const result = run(
      [copilotCommit('c1', [added('.env'), modified('src/auth/login.ts')])],
      POLICY,
      judge
    )
    expect(asked.map(a => a.area.name)).toEqual(['auth'])
    expect(onlyPendingApproval(result)).toBe(false)
  })

  it('is the no-reviews judge when the caller has no review data', () => {
    const result = run([copilotCommit('c1', [modified('src/auth/login.ts')])], POLICY)
    expect(result.reviewsAvailable).toBe(false)
    expect(result.approvals).toEqual([
      {
        area: 'auth',
        required: 1,
        counted: [],
        ignored: [],
        changesRequestedBy: [],
        satisfied: false,
        eligible: 'any human reviewer',
        lastAgentCommit: sha('c1')
      }
    ])
  })
})

describe('can_read', () => {
  it('is reported with an advisory, never enforced', () => {
    const result = run([copilotCommit('c1', [modified('docs/a.md')])], POLICY)
    expect(result.policy.canRead).toEqual(['app/', 'docs/'])
    expect(result.advisories).toEqual([
      'can_read is accepted but cannot be enforced at CI time: a diff shows what an agent changed, not what it read.'
    ])
    expect(result.files[0]?.matches).toEqual([
      { rule: 'can_edit', area: 'docs/', pattern: 'docs/' },
      { rule: 'can_read', area: 'docs/', pattern: 'docs/' }
    ])
    expect(result.decision).toBe('pass')
  })

  it('does not let agents edit where they may only read', () => {
    const result = run([copilotCommit('c1', [modified('app/Models/Order.php')])], POLICY)
    expect(result.findings.map(f => [f.kind, f.status])).toEqual([
      ['outside_can_edit', 'needs_approval']
    ])
  })

  it('gives no advisory when the policy has no can_read', () => {
    const result = run([copilotCommit('c1', [modified('docs/a.md')])], policyFrom('version: 1\n'))
    expect(result.advisories).toEqual([])
    expect(result.policy.canRead).toEqual([])
  })
})
