import { describe, expect, it } from '@jest/globals'
import { audit } from '../../src/engine/audit.js'
import type { Commit } from '../../src/engine/change-set.js'
import {
  added,
  changeSetOf,
  claudeCodeCommit,
  copilotCommit,
  copilotPullRequest,
  dependabotCommit,
  humanCommit,
  modified,
  policyFrom,
  pullRequest,
  run,
  sha,
  verdicts
} from './builders.js'

/** Which changes count as the agent's, and what the verdict says when there are none. */

const POLICY = policyFrom(`version: 1
can_edit: [docs/]
cannot_access: [secrets, config/production/]
requires_human_review: [migrations]
`)

describe('changes with no agent in them', () => {
  it('pass with "No agent-made changes found" for human-only commits, even in review areas', () => {
    const result = run(
      [
        // A cannot_access path that is not a secret file: secret files block whoever adds them.
        humanCommit('h1', [modified('src/app.ts'), added('config/production/db.yml')]),
        humanCommit('h2', [added('database/migrations/001.sql')])
      ],
      POLICY
    )
    expect(result.commits.map(c => [c.sha, c.kind])).toEqual([
      [sha('h1'), 'human'],
      [sha('h2'), 'human']
    ])
    expect(result.findings).toEqual([])
    expect(result.approvals).toEqual([])
    expect(verdicts(result)).toEqual({
      'config/production/db.yml': 'not_agent',
      'database/migrations/001.sql': 'not_agent',
      'src/app.ts': 'not_agent'
    })
    expect(result.decision).toBe('pass')
    expect(result.reason).toBe('No agent-made changes found')
    expect(result.counts).toEqual({
      commits: 2,
      agentCommits: 0,
      files: 3,
      agentFiles: 0,
      findings: 0,
      blockingFindings: 0,
      violations: 0,
      needsApproval: 0
    })
  })

  it('fail on a human secret file, judged by the secrets stage and not by cannot_access', () => {
    const result = run([humanCommit('h1', [modified('src/app.ts'), added('.env')])], POLICY)
    expect(result.findings).toEqual([
      {
        id: 'secret_file:dotenv:.env',
        kind: 'secret_file',
        status: 'violation',
        blocking: true,
        path: '.env',
        previousPath: undefined,
        area: 'secret files',
        ruleId: 'dotenv',
        commits: [sha('h1')],
        agentTouched: false,
        message:
          'A human added a secret-bearing file (Environment file). Environment files hold the credentials an application loads at run time.',
        resolution: 'Remove the file from the pull request and rotate any credential it held'
      }
    ])
    expect(result.approvals).toEqual([])
    expect(verdicts(result)).toEqual({ '.env': 'not_agent', 'src/app.ts': 'not_agent' })
    expect(result.decision).toBe('fail')
    expect(result.reason).toBe('1 violation in this change')
  })

  it('pass with "No agent-made changes found" for automation-only commits', () => {
    const result = run([dependabotCommit('d1', [modified('package.json')])], POLICY)
    expect(result.commits.map(c => [c.kind, c.automation])).toEqual([['automation', 'dependabot']])
    expect(result.findings).toEqual([])
    expect(result.decision).toBe('pass')
    expect(result.reason).toBe('No agent-made changes found')
    expect(result.counts.agentFiles).toBe(0)
  })

  it('pass with a reason that says so when the only agent commit is empty', () => {
    const result = run([copilotCommit('c1', [], 'Initial plan')], POLICY)
    expect(result.commits.map(c => [c.kind, c.agent])).toEqual([['agent', 'copilot-coding-agent']])
    expect(result.decision).toBe('pass')
    expect(result.reason).toBe('Agent commits changed no files')
  })
})

describe('commit attribution (the default)', () => {
  it('judges only the paths agent commits touched, with only their agent commits', () => {
    const result = run(
      [
        humanCommit('h1', [modified('src/app.ts'), modified('docs/a.md')]),
        claudeCodeCommit('a1', [modified('docs/a.md')]),
        copilotCommit('a2', [added('database/migrations/002.sql')])
      ],
      POLICY
    )
    expect(result.commits.map(c => [c.sha, c.kind, c.agent])).toEqual([
      [sha('h1'), 'human', undefined],
      [sha('a1'), 'agent', 'claude-code'],
      [sha('a2'), 'agent', 'copilot-coding-agent']
    ])
    expect(result.files.map(f => [f.path, f.agentTouched, f.commits, f.agentCommits])).toEqual([
      ['database/migrations/002.sql', true, [sha('a2')], [sha('a2')]],
      ['docs/a.md', true, [sha('h1'), sha('a1')], [sha('a1')]],
      ['src/app.ts', false, [sha('h1')], []]
    ])
    expect(result.findings.map(f => [f.kind, f.path, f.commits])).toEqual([
      ['requires_human_review', 'database/migrations/002.sql', [sha('a2')]]
    ])
    expect(result.counts.agentCommits).toBe(2)
    expect(result.counts.agentFiles).toBe(2)
  })
})

describe('pull_request attribution', () => {
  const PR_POLICY = policyFrom(`version: 1
can_edit: [docs/]
attribution: pull_request
`)
  // A PR on the agent's branch (declared evidence), opened by a human.
  const agentBranchPr = pullRequest({ headRef: 'copilot/fix-discounts' })
  const commits = [
    copilotCommit('a1', [modified('docs/a.md')]),
    humanCommit('h1', [modified('src/app.ts')])
  ]

  it('makes every file of a PR with an agent signal agent-touched, human commits included', () => {
    const result = audit(changeSetOf(commits, { pullRequest: agentBranchPr }), PR_POLICY)
    expect(result.policy.attribution).toBe('pull_request')
    expect(result.files.map(f => [f.path, f.agentTouched, f.agentCommits])).toEqual([
      ['docs/a.md', true, [sha('a1')]],
      ['src/app.ts', true, [sha('h1')]]
    ])
    expect(result.findings.map(f => [f.kind, f.status, f.path, f.commits])).toEqual([
      ['outside_can_edit', 'needs_approval', 'src/app.ts', [sha('h1')]]
    ])
    expect(result.decision).toBe('fail')
  })

  it('judges the same change set per commit under attribution: commit', () => {
    const commitMode = policyFrom('version: 1\ncan_edit: [docs/]\n')
    const result = audit(changeSetOf(commits, { pullRequest: agentBranchPr }), commitMode)
    expect(result.files.map(f => [f.path, f.agentTouched])).toEqual([
      ['docs/a.md', true],
      ['src/app.ts', false]
    ])
    expect(result.findings).toEqual([])
    expect(result.decision).toBe('pass')
  })

  it('leaves every file human when nothing points at an agent', () => {
    const result = audit(
      changeSetOf([humanCommit('h1', [modified('src/app.ts')])], { pullRequest: pullRequest() }),
      PR_POLICY
    )
    expect(result.files.map(f => [f.path, f.agentTouched])).toEqual([['src/app.ts', false]])
    expect(result.reason).toBe('No agent-made changes found')
  })

  it('says "in this pull request" for a path no agent or human commit can be named for', () => {
    const result = audit(
      changeSetOf([signed(dependabotCommit('d1', [modified('package.json')]))], {
        pullRequest: copilotPullRequest()
      }),
      PR_POLICY
    )
    expect(result.findings.map(f => [f.kind, f.path, f.commits, f.message])).toEqual([
      [
        'outside_can_edit',
        'package.json',
        [],
        'An agent changed a path outside can_edit in this pull request'
      ]
    ])
  })
})

/** The commit as the platform reports it when its signature verifies (GitHub signs Dependabot's). */
function signed(commit: Commit): Commit {
  return { ...commit, verification: { verified: true, reason: 'valid' } }
}
