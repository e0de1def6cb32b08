import { describe, expect, it } from '@jest/globals'
import {
  added,
  copilotCommit,
  factsOf,
  modified,
  policyFrom,
  recordingJudge,
  run,
  sha,
  verdicts
} from './builders.js'

/** How the four lists combine for one agent-touched file. */

const POLICY = policyFrom(`version: 1
can_edit:
  - docs/
  - tests/
cannot_access:
  - secrets
  - storage/logs/production.log
requires_human_review:
  - migrations
  - auth
`)

const MIGRATION = 'database/migrations/2026_03_05_000000_add_discount_to_orders.php'

describe('cannot_access', () => {
  it('blocks an agent change with a violation naming the area, pattern and commit', () => {
    const result = run([copilotCommit('c1', [added('.env')])], POLICY)
    expect(factsOf(result)).toEqual([
      {
        kind: 'cannot_access',
        status: 'violation',
        blocking: true,
        area: 'secrets',
        pattern: '.env',
        path: '.env',
        previousPath: undefined,
        commits: [sha('c1')]
      },
      // The secrets stage judges the same file by the secret-file list, whatever the policy says.
      {
        kind: 'secret_file',
        status: 'violation',
        blocking: true,
        area: 'secret files',
        pattern: undefined,
        path: '.env',
        previousPath: undefined,
        commits: [sha('c1')]
      }
    ])
    expect(result.findings[0]?.message).toBe(
      `An agent changed a path agents must never change (cannot_access secrets) in commit ${sha('c1').slice(0, 7)}`
    )
    expect(result.findings[0]?.patternWhere).toBe('(built-in)')
    expect(verdicts(result)).toEqual({ '.env': 'blocked' })
    expect(result.approvals).toEqual([])
    expect(result.decision).toBe('fail')
    expect(result.reason).toBe('2 violations in agent-made changes')
  })

  it('names a path entry of the list by its pattern, with the line it was written on', () => {
    const result = run([copilotCommit('c1', [modified('storage/logs/production.log')])], POLICY)
    expect(factsOf(result)).toEqual([
      {
        kind: 'cannot_access',
        status: 'violation',
        blocking: true,
        area: 'storage/logs/production.log',
        pattern: 'storage/logs/production.log',
        path: 'storage/logs/production.log',
        previousPath: undefined,
        commits: [sha('c1')]
      }
    ])
    expect(result.findings[0]?.patternWhere).toBe('.github/agent-policy.yml:7:5')
  })

  it('stays a violation when the judge says every area is approved', () => {
    const { judge, asked } = recordingJudge(true)
    const result = run([copilotCommit('c1', [added('.env')])], POLICY, judge)
    expect(result.findings.map(f => [f.kind, f.status, f.blocking])).toEqual([
      ['cannot_access', 'violation', true],
      ['secret_file', 'violation', true]
    ])
    expect(asked).toEqual([])
    expect(result.decision).toBe('fail')
    expect(result.counts.violations).toBe(2)
  })
})

describe('requires_human_review', () => {
  it('needs the area approval while nobody has approved', () => {
    const result = run([copilotCommit('c1', [added(MIGRATION)])], POLICY)
    expect(factsOf(result)).toEqual([
      {
        kind: 'requires_human_review',
        status: 'needs_approval',
        blocking: true,
        area: 'migrations',
        pattern: 'database/migrations/',
        path: MIGRATION,
        previousPath: undefined,
        commits: [sha('c1')]
      }
    ])
    expect(result.findings[0]?.resolution).toBe(
      "Needs 1 approval from any human reviewer (not the PR author, the agent's requester or a bot), given on or after the latest agent commit to this area"
    )
    expect(result.approvals).toEqual([
      {
        area: 'migrations',
        required: 1,
        counted: [],
        ignored: [],
        changesRequestedBy: [],
        satisfied: false,
        eligible: 'any human reviewer',
        lastAgentCommit: sha('c1')
      }
    ])
    expect(verdicts(result)).toEqual({ [MIGRATION]: 'needs_approval' })
    expect(result.decision).toBe('fail')
    expect(result.reason).toBe('1 change needs approval in agent-made changes')
    expect(result.counts).toEqual({
      commits: 1,
      agentCommits: 1,
      files: 1,
      agentFiles: 1,
      findings: 1,
      blockingFindings: 1,
      violations: 0,
      needsApproval: 1
    })
  })

  it('is approved, not blocking, once the judge says the requirement is met', () => {
    const { judge } = recordingJudge(true)
    const result = run([copilotCommit('c1', [added(MIGRATION)])], POLICY, judge)
    expect(factsOf(result)).toEqual([
      {
        kind: 'requires_human_review',
        status: 'approved',
        blocking: false,
        area: 'migrations',
        pattern: 'database/migrations/',
        path: MIGRATION,
        previousPath: undefined,
        commits: [sha('c1')]
      }
    ])
    expect(result.approvals.map(a => [a.area, a.satisfied, a.counted])).toEqual([
      ['migrations', true, ['alice']]
    ])
    expect(verdicts(result)).toEqual({ [MIGRATION]: 'allowed' })
    expect(result.decision).toBe('pass')
    expect(result.reason).toBe('The 1 agent-touched file is allowed or approved under the policy')
    expect(result.counts.blockingFindings).toBe(0)
    expect(result.reviewsAvailable).toBe(true)
  })

  it('asks for the approvals and reviewers the area defines', () => {
    const policy = policyFrom(`version: 1
requires_human_review: [billing]
areas:
  billing:
    paths: [app/Billing/]
    approvals: 2
    reviewers: ['@acme/finance', '@carol']
`)
    const result = run([copilotCommit('c1', [modified('app/Billing/Invoice.php')])], policy)
    expect(result.approvals.map(a => [a.area, a.required, a.eligible])).toEqual([
      ['billing', 2, '@carol, @acme/finance']
    ])
    expect(result.findings[0]?.resolution).toBe(
      "Needs 2 approvals from @carol, @acme/finance (not the PR author, the agent's requester or a bot), given on or after the latest agent commit to this area"
    )
  })
})

describe('outside can_edit', () => {
  it('needs the default approval when no review area covers the path', () => {
    const result = run([copilotCommit('c1', [modified('app/Models/Order.php')])], POLICY)
    expect(factsOf(result)).toEqual([
      {
        kind: 'outside_can_edit',
        status: 'needs_approval',
        blocking: true,
        area: 'outside-can-edit',
        pattern: undefined,
        path: 'app/Models/Order.php',
        previousPath: undefined,
        commits: [sha('c1')]
      }
    ])
    expect(result.findings[0]?.message).toBe(
      `An agent changed a path outside can_edit in commit ${sha('c1').slice(0, 7)}`
    )
    expect(result.approvals.map(a => [a.area, a.required, a.satisfied])).toEqual([
      ['outside-can-edit', 1, false]
    ])
    expect(verdicts(result)).toEqual({ 'app/Models/Order.php': 'needs_approval' })
    expect(result.decision).toBe('fail')
  })

  it('needs approvals.required approvals, the policy default', () => {
    const policy = policyFrom(`version: 1
can_edit: [docs/]
approvals:
  required: 2
`)
    const result = run([copilotCommit('c1', [modified('app/Models/Order.php')])], policy)
    expect(result.approvals.map(a => [a.area, a.required])).toEqual([['outside-can-edit', 2]])
  })

  it('is approved when the judge says the default approval was given', () => {
    const { judge } = recordingJudge(true)
    const result = run([copilotCommit('c1', [modified('app/Models/Order.php')])], POLICY, judge)
    expect(result.findings.map(f => [f.kind, f.status, f.blocking])).toEqual([
      ['outside_can_edit', 'approved', false]
    ])
    expect(result.decision).toBe('pass')
  })

  it('is a violation that no approval waives with outside_can_edit: block', () => {
    const policy = policyFrom(`version: 1
can_edit: [docs/]
outside_can_edit: block
`)
    const { judge, asked } = recordingJudge(true)
    const result = run([copilotCommit('c1', [modified('app/Models/Order.php')])], policy, judge)
    expect(factsOf(result)).toEqual([
      {
        kind: 'outside_can_edit',
        status: 'violation',
        blocking: true,
        area: 'outside-can-edit',
        pattern: undefined,
        path: 'app/Models/Order.php',
        previousPath: undefined,
        commits: [sha('c1')]
      }
    ])
    expect(result.findings[0]?.resolution).toBe(
      'Remove the agent commits that touch this path, or add the path to can_edit in the policy on the base branch'
    )
    expect(asked).toEqual([])
    expect(result.approvals).toEqual([])
    expect(verdicts(result)).toEqual({ 'app/Models/Order.php': 'blocked' })
    expect(result.decision).toBe('fail')
    expect(result.reason).toBe('1 violation in agent-made changes')
  })

  it('treats can_edit: [] as "nowhere": every agent edit is outside it', () => {
    const policy = policyFrom('version: 1\ncan_edit: []\n')
    const result = run([copilotCommit('c1', [modified('docs/setup.md')])], policy)
    expect(result.findings.map(f => [f.kind, f.path])).toEqual([
      ['outside_can_edit', 'docs/setup.md']
    ])
  })
})

describe('can_edit', () => {
  it('allows an agent edit inside it with no finding', () => {
    const result = run([copilotCommit('c1', [added('docs/discounts.md')])], POLICY)
    expect(result.findings).toEqual([])
    expect(result.approvals).toEqual([])
    expect(result.files).toEqual([
      {
        path: 'docs/discounts.md',
        status: 'added',
        previousPath: undefined,
        mode: '100644',
        agentTouched: true,
        inNetDiff: true,
        commits: [sha('c1')],
        agentCommits: [sha('c1')],
        matches: [{ rule: 'can_edit', area: 'docs/', pattern: 'docs/' }],
        verdict: 'allowed'
      }
    ])
    expect(result.decision).toBe('pass')
    expect(result.reason).toBe('The 1 agent-touched file is allowed or approved under the policy')
  })

  it('when absent, lets agents edit anywhere no other list covers', () => {
    const policy = policyFrom('version: 1\ncannot_access: [secrets]\n')
    expect(policy.canEdit).toBeUndefined()
    const result = run(
      [copilotCommit('c1', [modified('app/Models/Order.php'), added('lib/deep/x.ts')])],
      policy
    )
    expect(result.findings).toEqual([])
    expect(verdicts(result)).toEqual({
      'app/Models/Order.php': 'allowed',
      'lib/deep/x.ts': 'allowed'
    })
    expect(result.decision).toBe('pass')
    expect(result.reason).toBe('All 2 agent-touched files are allowed or approved under the policy')
  })

  it('when absent, still leaves cannot_access and review areas in force', () => {
    const policy = policyFrom('version: 1\ncannot_access: [secrets]\n')
    const result = run(
      [copilotCommit('c1', [added('.env.production'), modified('.github/workflows/ci.yml')])],
      policy
    )
    expect(result.findings.map(f => [f.kind, f.status, f.area, f.path])).toEqual([
      ['cannot_access', 'violation', 'secrets', '.env.production'],
      ['requires_human_review', 'needs_approval', 'governance', '.github/workflows/ci.yml'],
      ['secret_file', 'violation', 'secret files', '.env.production']
    ])
  })

  it('does not waive a cannot_access rule that also covers the path', () => {
    const policy = policyFrom(`version: 1
can_edit: [config/]
cannot_access: [config/production/]
`)
    const result = run([copilotCommit('c1', [modified('config/production/db.yml')])], policy)
    expect(result.findings.map(f => [f.kind, f.status, f.area, f.pattern])).toEqual([
      ['cannot_access', 'violation', 'config/production/', 'config/production/']
    ])
    expect(result.files[0]?.matches).toEqual([
      { rule: 'cannot_access', area: 'config/production/', pattern: 'config/production/' },
      { rule: 'can_edit', area: 'config/', pattern: 'config/' }
    ])
  })

  it('does not waive a review area that also covers the path', () => {
    const policy = policyFrom(`version: 1
can_edit: [app/]
requires_human_review: [auth]
`)
    const result = run(
      [copilotCommit('c1', [modified('app/Http/Controllers/Auth/LoginController.php')])],
      policy
    )
    expect(result.findings.map(f => [f.kind, f.status, f.area, f.pattern])).toEqual([
      ['requires_human_review', 'needs_approval', 'auth', '**/app/Http/Controllers/Auth/']
    ])
  })
})

describe('several rules on one path', () => {
  const POLICY_WITH_OVERLAP = policyFrom(`version: 1
can_edit: [src/]
cannot_access: [src/keys/]
requires_human_review: [crypto]
areas:
  crypto:
    paths: [src/keys/, src/crypto/]
    approvals: 2
    reviewers: ['@acme/security']
`)

  it('reports every matching rule, and the file is blocked', () => {
    const result = run([copilotCommit('c1', [modified('src/keys/rotate.ts')])], POLICY_WITH_OVERLAP)
    expect(factsOf(result)).toEqual([
      {
        kind: 'cannot_access',
        status: 'violation',
        blocking: true,
        area: 'src/keys/',
        pattern: 'src/keys/',
        path: 'src/keys/rotate.ts',
        previousPath: undefined,
        commits: [sha('c1')]
      },
      {
        kind: 'requires_human_review',
        status: 'needs_approval',
        blocking: true,
        area: 'crypto',
        pattern: 'src/keys/',
        path: 'src/keys/rotate.ts',
        previousPath: undefined,
        commits: [sha('c1')]
      }
    ])
    expect(result.files[0]?.matches).toEqual([
      { rule: 'cannot_access', area: 'src/keys/', pattern: 'src/keys/' },
      { rule: 'requires_human_review', area: 'crypto', pattern: 'src/keys/' },
      { rule: 'can_edit', area: 'src/', pattern: 'src/' }
    ])
    expect(verdicts(result)).toEqual({ 'src/keys/rotate.ts': 'blocked' })
    expect(result.decision).toBe('fail')
    expect(result.reason).toBe('1 violation and 1 change needs approval in agent-made changes')
    expect(result.counts).toEqual({
      commits: 1,
      agentCommits: 1,
      files: 1,
      agentFiles: 1,
      findings: 2,
      blockingFindings: 2,
      violations: 1,
      needsApproval: 1
    })
  })

  it('approves the review finding but keeps the violation when the judge is satisfied', () => {
    const { judge } = recordingJudge(true)
    const result = run(
      [copilotCommit('c1', [modified('src/keys/rotate.ts')])],
      POLICY_WITH_OVERLAP,
      judge
    )
    expect(result.findings.map(f => [f.kind, f.status, f.blocking])).toEqual([
      ['cannot_access', 'violation', true],
      ['requires_human_review', 'approved', false]
    ])
    expect(verdicts(result)).toEqual({ 'src/keys/rotate.ts': 'blocked' })
    expect(result.decision).toBe('fail')
    expect(result.reason).toBe('1 violation in agent-made changes')
  })

  it('asks for one approval when an area is listed twice, by name and by its own path', () => {
    const policy = policyFrom(`version: 1
requires_human_review: [auth, auth]
`)
    const result = run([copilotCommit('c1', [modified('src/auth/session.ts')])], policy)
    expect(result.findings.map(f => [f.kind, f.area])).toEqual([['requires_human_review', 'auth']])
    expect(result.approvals.map(a => a.area)).toEqual(['auth'])
  })

  it('reports each review area that covers a path, each needing its own approval', () => {
    const policy = policyFrom(`version: 1
requires_human_review: [ci, infra]
`)
    const result = run([copilotCommit('c1', [modified('.github/workflows/deploy.yml')])], policy)
    expect(result.findings.map(f => [f.kind, f.area, f.pattern])).toEqual([
      ['requires_human_review', 'ci', '.github/workflows/'],
      ['requires_human_review', 'governance', '.github/workflows/']
    ])
    expect(result.approvals.map(a => a.area)).toEqual(['ci', 'governance'])
  })
})
