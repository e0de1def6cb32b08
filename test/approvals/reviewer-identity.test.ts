import { describe, expect, it } from '@jest/globals'
import type { Person } from '../../src/engine/change-set.js'
import { bot, C1, C2, C3, judge, review, user } from './builders.js'

describe('only independent humans approve', () => {
  it("ignores an app's approval as a bot", () => {
    const result = judge([review(bot('release-helper[bot]'), 'APPROVED', C2)])
    expect(result.ignored).toEqual([{ login: 'release-helper[bot]', reason: 'bot' }])
    expect([result.counted, result.satisfied]).toEqual([[], false])
  })

  it('ignores an account the platform types as Bot even without a [bot] suffix', () => {
    const result = judge([review(bot('Copilot'), 'APPROVED', C2)])
    expect(result.ignored).toEqual([{ login: 'Copilot', reason: 'bot' }])
  })

  it('ignores a [bot] login even when typed as a user', () => {
    const result = judge([review(user('Sneaky[BOT]'), 'APPROVED', C2)])
    expect(result.ignored).toEqual([{ login: 'Sneaky[BOT]', reason: 'bot' }])
  })

  it('ignores a user account that the agent catalogue knows as an agent', () => {
    const result = judge([review(user('cursoragent'), 'APPROVED', C2)])
    expect(result.ignored).toEqual([{ login: 'cursoragent', reason: 'agent account' }])
  })

  it('ignores an approval from an account the platform could not name', () => {
    const ghost: Person = { name: '', email: '' }
    const result = judge([review(ghost, 'APPROVED', C2)])
    expect(result.ignored).toEqual([{ login: 'ghost', reason: 'unknown account' }])
  })

  it('ignores the PR author', () => {
    const result = judge([review('janedoe', 'APPROVED', C2)], {
      context: { pullRequestAuthor: user('JaneDoe'), requesters: [] }
    })
    expect(result.ignored).toEqual([{ login: 'janedoe', reason: 'PR author' }])
  })

  it('recognises the PR author by account id after a rename', () => {
    const author = user('old-name', 4561234)
    const result = judge([review(user('new-name', 4561234), 'APPROVED', C2)], {
      context: { pullRequestAuthor: author, requesters: [] }
    })
    expect(result.ignored).toEqual([{ login: 'new-name', reason: 'PR author' }])
  })

  it('ignores the human who asked the agent for the work', () => {
    const result = judge([review('JaneDoe', 'APPROVED', C2)])
    expect(result.ignored).toEqual([{ login: 'JaneDoe', reason: "requester of the agent's work" }])
  })

  it('counts the requester when the policy allows it', () => {
    const result = judge([review('janedoe', 'APPROVED', C2)], { context: { allowRequester: true } })
    expect([result.counted, result.ignored, result.satisfied]).toEqual([['janedoe'], [], true])
  })

  it('ignores a human whose account authored agent commits', () => {
    const result = judge([review('sam', 'APPROVED', C2)], {
      context: { agentCommitAuthors: ['sam'] }
    })
    expect(result.ignored).toEqual([{ login: 'sam', reason: 'authored agent commits' }])
  })

  it('gives the lasting reason before the stale one', () => {
    const result = judge([
      review(bot('release-helper[bot]'), 'APPROVED', C1),
      review('janedoe', 'APPROVED', C1)
    ])
    expect(result.ignored).toEqual([
      { login: 'release-helper[bot]', reason: 'bot' },
      { login: 'janedoe', reason: "requester of the agent's work" }
    ])
  })
})

describe('who can block with a change request', () => {
  it("a bot's change request does not block", () => {
    const result = judge([
      review(bot('coderabbitai[bot]'), 'CHANGES_REQUESTED', C3),
      review('alice', 'APPROVED', C3)
    ])
    expect([result.changesRequestedBy, result.satisfied]).toEqual([[], true])
  })

  it("an agent account's change request does not block", () => {
    const result = judge([
      review(user('cursoragent'), 'CHANGES_REQUESTED', C3),
      review('alice', 'APPROVED', C3)
    ])
    expect([result.changesRequestedBy, result.satisfied]).toEqual([[], true])
  })

  it("the requester's change request blocks: only their approval is not independent", () => {
    const result = judge([
      review('janedoe', 'CHANGES_REQUESTED', C3),
      review('alice', 'APPROVED', C3)
    ])
    expect([result.changesRequestedBy, result.satisfied]).toEqual([['janedoe'], false])
  })
})
