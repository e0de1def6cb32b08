import { describe, expect, it } from '@jest/globals'
import { parseCodeowners } from '../../src/policy/codeowners.js'
import { area, C2, C3, judge, review } from './builders.js'

const DBA_AREA = area({ reviewers: { teams: ['acme/dba'] } })

describe('users and teams', () => {
  it('counts a member of the named team', () => {
    const result = judge([review('dora', 'APPROVED', C2)], { requirement: { area: DBA_AREA } })
    expect(result).toEqual({
      area: 'migrations',
      required: 1,
      counted: ['dora'],
      ignored: [],
      changesRequestedBy: [],
      satisfied: true,
      eligible: '@acme/dba',
      lastAgentCommit: C2
    })
  })

  it('ignores a human outside the team', () => {
    const result = judge([review('wendy', 'APPROVED', C2)], { requirement: { area: DBA_AREA } })
    expect(result.ignored).toEqual([{ login: 'wendy', reason: 'not in @acme/dba' }])
    expect(result.satisfied).toBe(false)
  })

  it('a change request from outside the team does not block', () => {
    const result = judge(
      [review('wendy', 'CHANGES_REQUESTED', C3), review('dora', 'APPROVED', C3)],
      {
        requirement: { area: DBA_AREA }
      }
    )
    expect([result.changesRequestedBy, result.satisfied]).toEqual([[], true])
  })

  it('a change request from a team member blocks', () => {
    const result = judge(
      [review('dmitri', 'CHANGES_REQUESTED', C3), review('dora', 'APPROVED', C3)],
      {
        requirement: { area: DBA_AREA }
      }
    )
    expect([result.changesRequestedBy, result.satisfied]).toEqual([['dmitri'], false])
  })

  it('counts a named user and names every choice when ignoring someone else', () => {
    const both = area({ reviewers: { users: ['alice', 'bob'], teams: ['acme/dba', 'acme/web'] } })
    const result = judge([review('Alice', 'APPROVED', C2), review('carol', 'APPROVED', C2)], {
      requirement: { area: both }
    })
    expect(result.counted).toEqual(['Alice'])
    expect(result.ignored).toEqual([
      { login: 'carol', reason: 'not @alice, @bob or in @acme/dba or @acme/web' }
    ])
    expect(result.eligible).toBe('@alice, @bob, @acme/dba, @acme/web')
  })

  it('membership does not excuse the other rules', () => {
    const result = judge([review('dora', 'APPROVED', C2)], {
      requirement: { area: DBA_AREA },
      context: { requesters: ['dora'] }
    })
    expect(result.ignored).toEqual([{ login: 'dora', reason: "requester of the agent's work" }])
  })
})

describe('code owners', () => {
  const CODEOWNERS = parseCodeowners(
    ['* @alice', '/db/ @acme/dba', '/db/seeds/ @sid', '/db/legacy/'].join('\n'),
    '.github/CODEOWNERS'
  )
  const OWNED_AREA = area({ reviewers: { codeowners: true } })
  const withOwners = (paths: string[], fields: { area?: typeof OWNED_AREA } = {}) => ({
    requirement: { area: fields.area ?? OWNED_AREA, paths },
    context: { codeowners: CODEOWNERS }
  })

  it('counts an owner of every path and reports nothing waiting', () => {
    const result = judge(
      [review('dora', 'APPROVED', C2)],
      withOwners(['db/migrations/001.sql', 'db/schema.rb'])
    )
    expect(result).toEqual({
      area: 'migrations',
      required: 1,
      counted: ['dora'],
      ignored: [],
      changesRequestedBy: [],
      satisfied: true,
      eligible: 'code owners of the files',
      lastAgentCommit: C2,
      awaitingCodeOwners: []
    })
  })

  it('the last matching line decides: the catch-all owner does not own db/', () => {
    const result = judge([review('alice', 'APPROVED', C2)], withOwners(['db/migrations/001.sql']))
    expect(result.ignored).toEqual([
      { login: 'alice', reason: 'not a code owner of db/migrations/001.sql' }
    ])
    expect(result.awaitingCodeOwners).toEqual([
      { path: 'db/migrations/001.sql', owners: ['acme/dba'] }
    ])
  })

  it('an owner of one path does not approve a path owned by someone else', () => {
    const result = judge(
      [review('dora', 'APPROVED', C2)],
      withOwners(['db/migrations/001.sql', 'db/seeds/users.sql'])
    )
    expect(result.counted).toEqual(['dora'])
    expect(result.awaitingCodeOwners).toEqual([{ path: 'db/seeds/users.sql', owners: ['sid'] }])
    expect(result.satisfied).toBe(false)
  })

  it('owners of each path together satisfy the area', () => {
    const result = judge(
      [review('dora', 'APPROVED', C2), review('sid', 'APPROVED', C3)],
      withOwners(['db/migrations/001.sql', 'db/seeds/users.sql'])
    )
    expect([result.counted, result.awaitingCodeOwners, result.satisfied]).toEqual([
      ['dora', 'sid'],
      [],
      true
    ])
  })

  it('names several files in the reason, and how many more', () => {
    const paths = ['db/a.sql', 'db/b.sql', 'db/c.sql', 'db/d.sql', 'db/e.sql']
    const result = judge([review('carol', 'APPROVED', C2)], withOwners(paths))
    expect(result.ignored).toEqual([
      {
        login: 'carol',
        reason: 'not a code owner of db/a.sql, db/b.sql, db/c.sql or 2 other files'
      }
    ])
  })

  it('a path whose ownership a line clears waits for a named reviewer (fail closed)', () => {
    const result = judge([review('dora', 'APPROVED', C2)], withOwners(['db/legacy/old.sql']))
    expect(result.ignored).toEqual([
      { login: 'dora', reason: 'not a code owner of db/legacy/old.sql' }
    ])
    expect(result.awaitingCodeOwners).toEqual([{ path: 'db/legacy/old.sql', owners: [] }])
    expect(result.satisfied).toBe(false)
  })

  it('without a CODEOWNERS file every path waits', () => {
    const result = judge([review('dora', 'APPROVED', C2)], {
      requirement: { area: OWNED_AREA, paths: ['db/schema.rb'] }
    })
    expect(result.ignored).toEqual([{ login: 'dora', reason: 'not a code owner of db/schema.rb' }])
    expect(result.awaitingCodeOwners).toEqual([{ path: 'db/schema.rb', owners: [] }])
  })

  it('a user the policy names covers every path of the area', () => {
    const named = area({ reviewers: { users: ['bob'], codeowners: true } })
    const result = judge(
      [review('bob', 'APPROVED', C2), review('carol', 'APPROVED', C2)],
      withOwners(['db/legacy/old.sql', 'db/seeds/users.sql'], { area: named })
    )
    expect(result.counted).toEqual(['bob'])
    expect(result.ignored).toEqual([
      {
        login: 'carol',
        reason: 'not @bob or a code owner of db/legacy/old.sql or db/seeds/users.sql'
      }
    ])
    expect([result.awaitingCodeOwners, result.satisfied, result.eligible]).toEqual([
      [],
      true,
      '@bob, code owners of the files'
    ])
  })

  it("a code owner's change request blocks", () => {
    const result = judge(
      [review('sid', 'CHANGES_REQUESTED', C3), review('dora', 'APPROVED', C3)],
      withOwners(['db/migrations/001.sql', 'db/seeds/users.sql'])
    )
    expect([result.changesRequestedBy, result.satisfied]).toEqual([['sid'], false])
  })

  it('areas without code-owner review leave awaitingCodeOwners out', () => {
    const result = judge([review('alice', 'APPROVED', C2)], {
      context: { codeowners: CODEOWNERS }
    })
    expect(Object.keys(result)).not.toContain('awaitingCodeOwners')
    expect(result.counted).toEqual(['alice'])
  })
})
