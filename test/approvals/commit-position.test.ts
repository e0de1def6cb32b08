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

describe('approvals cover what the approved commit contains, not what is listed before it', () => {
  // c1 is the branch point; c2 (the agent's) and c3 (a human's) are siblings on top of it;
  // c4 merges them. The platform may list c3 after c2 (by date, which the pusher writes).
  const BRANCHED = [
    { sha: C1, parents: [sha('base')] },
    { sha: C2, parents: [C1] },
    { sha: C3, parents: [C1] },
    { sha: C4, parents: [C3, C2] }
  ]

  it('ignores an approval of a commit listed later that does not contain the agent commit', () => {
    const result = judge([review('alice', 'APPROVED', C3)], { context: { commits: BRANCHED } })
    expect(result.ignored).toEqual([{ login: 'alice', reason: `approved before ${shortSha(C2)}` }])
    expect(result.satisfied).toBe(false)
  })

  it('counts an approval of a merge that contains the agent commit', () => {
    const result = judge([review('alice', 'APPROVED', C4)], { context: { commits: BRANCHED } })
    expect([result.counted, result.satisfied]).toEqual([['alice'], true])
  })

  it('needs every agent commit of the area inside the approved commit', () => {
    const result = judge([review('alice', 'APPROVED', C2)], {
      context: { commits: BRANCHED },
      requirement: { agentCommits: [C2, C3] }
    })
    expect(result.ignored).toEqual([{ login: 'alice', reason: `approved before ${shortSha(C3)}` }])
  })
})
