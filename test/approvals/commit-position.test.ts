import { describe, expect, it } from '@jest/globals'
import { shortSha } from '../../src/engine/change-set.js'
import { C1, C2, C3, C4, judge, review, sha } from './builders.js'

describe('approvals must cover the newest agent commit', () => {
  it('ignores an approval given before the last agent commit, naming that commit', () => {
    const result = judge([review('alice', 'APPROVED', C1)])
    expect(result.ignored).toEqual([{ login: 'alice', reason: `approved before ${shortSha(C2)}` }])
    expect(result.satisfied).toBe(false)
  })

  it('counts approvals on the last agent commit and on later human commits', () => {
    const result = judge([review('alice', 'APPROVED', C2), review('bob', 'APPROVED', C4)])
    expect(result.counted).toEqual(['alice', 'bob'])
  })

  it("takes the newest agent commit by the pull request's order, whatever order they are given in", () => {
    const result = judge([review('alice', 'APPROVED', C2)], {
      requirement: { agentCommits: [C3, C1] }
    })
    expect(result.lastAgentCommit).toBe(C3)
    expect(result.ignored).toEqual([{ login: 'alice', reason: `approved before ${shortSha(C3)}` }])
  })

  it('ignores an approval of a commit that a force-push removed', () => {
    const result = judge([review('alice', 'APPROVED', sha('rewritten'))])
    expect(result.ignored).toEqual([
      { login: 'alice', reason: 'approved a commit no longer in the pull request (force-push)' }
    ])
  })

  it('fails closed when the agent commit is not in the pull request order', () => {
    const result = judge([review('alice', 'APPROVED', C4)], {
      requirement: { agentCommits: [sha('unknown')] }
    })
    expect(result.lastAgentCommit).toBe(sha('unknown'))
    expect(result.ignored).toEqual([
      { login: 'alice', reason: `approved before ${shortSha(sha('unknown'))}` }
    ])
  })

  it('without agent commits, any commit still in the pull request will do', () => {
    const result = judge([review('alice', 'APPROVED', C1)], { requirement: { agentCommits: [] } })
    expect([result.counted, result.lastAgentCommit]).toEqual([['alice'], undefined])
  })

  it('a change request on an older commit still blocks until withdrawn', () => {
    const result = judge([
      review('carol', 'CHANGES_REQUESTED', C1),
      review('alice', 'APPROVED', C3)
    ])
    expect([result.changesRequestedBy, result.satisfied]).toEqual([['carol'], false])
  })
})
