import { describe, expect, it } from '@jest/globals'
import { shortSha } from '../../src/engine/change-set.js'
import { area, C1, C2, C3, judge, review } from './builders.js'

describe('each reviewer counts with their latest decision', () => {
  it('an approval on the newest agent commit meets a one-approval requirement', () => {
    expect(judge([review('alice', 'APPROVED', C2)])).toEqual({
      area: 'migrations',
      required: 1,
      counted: ['alice'],
      ignored: [],
      changesRequestedBy: [],
      satisfied: true,
      eligible: 'any human reviewer',
      lastAgentCommit: C2
    })
  })

  it('with no reviews nothing is counted and the area is not satisfied', () => {
    expect(judge([])).toEqual({
      area: 'migrations',
      required: 1,
      counted: [],
      ignored: [],
      changesRequestedBy: [],
      satisfied: false,
      eligible: 'any human reviewer',
      lastAgentCommit: C2
    })
  })

  it('an approval followed by a change request blocks', () => {
    const result = judge([
      review('alice', 'APPROVED', C2),
      review('alice', 'CHANGES_REQUESTED', C3)
    ])
    expect([result.counted, result.ignored, result.changesRequestedBy]).toEqual([[], [], ['alice']])
    expect(result.satisfied).toBe(false)
  })

  it('a change request followed by an approval counts', () => {
    const result = judge([
      review('alice', 'CHANGES_REQUESTED', C2),
      review('alice', 'APPROVED', C3)
    ])
    expect([result.counted, result.changesRequestedBy, result.satisfied]).toEqual([
      ['alice'],
      [],
      true
    ])
  })

  it('a later comment does not replace an approval', () => {
    const result = judge([review('alice', 'APPROVED', C2), review('alice', 'COMMENTED', C3)])
    expect([result.counted, result.satisfied]).toEqual([['alice'], true])
  })

  it('a later comment does not lift a change request', () => {
    const result = judge([
      review('alice', 'CHANGES_REQUESTED', C2),
      review('alice', 'COMMENTED', C3),
      review('bob', 'APPROVED', C3)
    ])
    expect([result.counted, result.changesRequestedBy, result.satisfied]).toEqual([
      ['bob'],
      ['alice'],
      false
    ])
  })

  it('comments and pending reviews are neither approvals nor ignored approvals', () => {
    const result = judge([review('alice', 'COMMENTED', C3), review('bob', 'PENDING', C3)])
    expect([result.counted, result.ignored, result.changesRequestedBy]).toEqual([[], [], []])
  })

  it('the same login in another letter case is the same reviewer', () => {
    const result = judge([
      review('Alice', 'APPROVED', C2),
      review('alice', 'CHANGES_REQUESTED', C3)
    ])
    expect([result.counted, result.changesRequestedBy]).toEqual([[], ['alice']])
  })
})

describe('dismissed reviews', () => {
  it('a dismissed change request does not bring back the approval it withdrew', () => {
    const result = judge([review('alice', 'APPROVED', C2), review('alice', 'DISMISSED', C3)])
    expect([result.counted, result.changesRequestedBy, result.satisfied]).toEqual([[], [], false])
  })

  it('a dismissed approval does not bring back an earlier change request', () => {
    const result = judge([
      review('alice', 'CHANGES_REQUESTED', C2),
      review('alice', 'APPROVED', C3),
      review('alice', 'DISMISSED', C3),
      review('bob', 'APPROVED', C3)
    ])
    expect([result.counted, result.changesRequestedBy, result.satisfied]).toEqual([
      ['bob'],
      [],
      true
    ])
  })

  it('a dismissed approval with no earlier decision counts for nothing', () => {
    const result = judge([review('alice', 'DISMISSED', C3)])
    expect([result.counted, result.ignored, result.satisfied]).toEqual([[], [], false])
  })

  it("a dismissed approval leaves nothing of the reviewer's earlier approval", () => {
    const result = judge([review('alice', 'APPROVED', C3), review('alice', 'DISMISSED', C3)])
    expect([result.counted, result.ignored, result.satisfied]).toEqual([[], [], false])
  })
})

describe('counting approvals', () => {
  const twoNeeded = { requirement: { area: area({ approvals: 2 }) } }

  it('one approval does not meet a requirement of two', () => {
    const result = judge([review('alice', 'APPROVED', C2)], twoNeeded)
    expect([result.required, result.counted, result.satisfied]).toEqual([2, ['alice'], false])
  })

  it('two approvals meet a requirement of two', () => {
    const result = judge(
      [review('alice', 'APPROVED', C2), review('bob', 'APPROVED', C3)],
      twoNeeded
    )
    expect([result.counted, result.satisfied]).toEqual([['alice', 'bob'], true])
  })

  it('one reviewer approving twice is one approval', () => {
    const result = judge(
      [review('alice', 'APPROVED', C2), review('alice', 'APPROVED', C3)],
      twoNeeded
    )
    expect([result.counted, result.satisfied]).toEqual([['alice'], false])
  })

  it("an eligible reviewer's change request blocks even when enough others approved", () => {
    const result = judge([
      review('alice', 'APPROVED', C2),
      review('carol', 'CHANGES_REQUESTED', C3),
      review('bob', 'APPROVED', C3)
    ])
    expect([result.counted, result.changesRequestedBy, result.satisfied]).toEqual([
      ['alice', 'bob'],
      ['carol'],
      false
    ])
  })

  it('lists reviewers in the order of their latest decision, one entry each', () => {
    const result = judge([
      review('bob', 'APPROVED', C1),
      review('alice', 'APPROVED', C3),
      review('bob', 'APPROVED', C1),
      review('carol', 'APPROVED', C1),
      review('bob', 'APPROVED', C3)
    ])
    expect(result.counted).toEqual(['alice', 'bob'])
    expect(result.ignored).toEqual([{ login: 'carol', reason: `approved before ${shortSha(C2)}` }])
  })
})
