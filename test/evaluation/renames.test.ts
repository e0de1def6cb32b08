import { describe, expect, it } from '@jest/globals'
import {
  copilotCommit,
  factsOf,
  policyFrom,
  recordingJudge,
  renamed,
  run,
  sha,
  verdicts
} from './builders.js'

/** A rename touches two paths: the one it leaves and the one it creates. Both are judged. */

const POLICY = policyFrom(`version: 1
can_edit: [lib/, docs/]
cannot_access: [secrets]
requires_human_review: [auth]
`)

describe('an agent rename', () => {
  it('out of a review area into can_edit still needs the area approval', () => {
    const result = run(
      [copilotCommit('c1', [renamed('src/auth/session.ts', 'lib/session.ts')])],
      POLICY
    )
    expect(factsOf(result)).toEqual([
      {
        kind: 'requires_human_review',
        status: 'needs_approval',
        blocking: true,
        area: 'auth',
        pattern: 'auth/',
        path: 'src/auth/session.ts',
        // The path was renamed away: it has no previous path of its own.
        previousPath: undefined,
        commits: [sha('c1')]
      }
    ])
    expect(result.findings[0]?.message).toBe(
      `An agent changed a path in the review area "auth" in commit ${sha('c1').slice(0, 7)} (renamed to lib/session.ts)`
    )
    expect(verdicts(result)).toEqual({
      'lib/session.ts': 'allowed',
      'src/auth/session.ts': 'needs_approval'
    })
    expect(result.decision).toBe('fail')
    expect(result.counts.agentFiles).toBe(2)
  })

  it('into a review area reports the new path with the path it came from', () => {
    const result = run(
      [copilotCommit('c1', [renamed('lib/session.ts', 'src/auth/session.ts')])],
      POLICY
    )
    expect(factsOf(result)).toEqual([
      {
        kind: 'requires_human_review',
        status: 'needs_approval',
        blocking: true,
        area: 'auth',
        pattern: 'auth/',
        path: 'src/auth/session.ts',
        previousPath: 'lib/session.ts',
        commits: [sha('c1')]
      }
    ])
    expect(result.findings[0]?.message).toBe(
      `An agent changed a path in the review area "auth" in commit ${sha('c1').slice(0, 7)}`
    )
    const file = result.files.find(one => one.path === 'src/auth/session.ts')
    expect([file?.status, file?.previousPath]).toEqual(['renamed', 'lib/session.ts'])
  })

  it('out of cannot_access is a violation on the old path', () => {
    const result = run([copilotCommit('c1', [renamed('config/.env', 'docs/env.md')])], POLICY)
    expect(result.findings.map(f => [f.kind, f.status, f.path, f.previousPath])).toEqual([
      ['cannot_access', 'violation', 'config/.env', undefined],
      // The environment file's content moved to docs/env.md: the secrets stage blocks the rename there.
      ['secret_file', 'violation', 'docs/env.md', 'config/.env']
    ])
    expect(result.findings[1]?.message).toBe(
      'An agent renamed a secret-bearing file (Environment file). Environment files hold the credentials an application loads at run time. The file was renamed from "config/.env".'
    )
    expect(verdicts(result)).toEqual({ 'config/.env': 'blocked', 'docs/env.md': 'blocked' })
  })

  it('within one review area asks the judge once, for both paths', () => {
    const { judge, asked } = recordingJudge(false)
    run([copilotCommit('c1', [renamed('auth/old.ts', 'auth/new.ts')])], POLICY, judge)
    expect(asked.map(a => [a.area.name, a.paths, a.agentCommits])).toEqual([
      ['auth', ['auth/new.ts', 'auth/old.ts'], [sha('c1')]]
    ])
  })
})
