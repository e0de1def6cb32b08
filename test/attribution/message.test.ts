import { describe, expect, it } from '@jest/globals'
import { parseCoAuthor, parseTrailers } from '../../src/attribution/message.js'
import { parseNoreply } from '../../src/attribution/person.js'
import { parseRequestedBy } from '../../src/attribution/requester.js'

describe('parseTrailers', () => {
  it('reads only the last paragraph', () => {
    const text =
      'Subject\n\nCo-authored-by: Quoted <q@example.com>\nin prose\n\nSigned-off-by: A <a@example.com>'
    expect(parseTrailers(text)).toEqual([{ key: 'Signed-off-by', value: 'A <a@example.com>' }])
  })

  it('rejects a last paragraph that has a line of prose in it', () => {
    expect(parseTrailers('Subject\n\nCo-authored-by: A <a@example.com>\nand that was it')).toEqual(
      []
    )
  })

  it('joins continuation lines and reads CRLF messages', () => {
    expect(
      parseTrailers('Subject\r\n\r\nAssisted-by: Claude:claude-3-opus\r\n  coccinelle sparse\r\n')
    ).toEqual([{ key: 'Assisted-by', value: 'Claude:claude-3-opus coccinelle sparse' }])
  })

  it('never reads the subject as a trailer', () => {
    expect(parseTrailers('Assisted-by: someone')).toEqual([])
  })
})

describe('parseCoAuthor', () => {
  it('splits name and email', () => {
    expect(parseCoAuthor('Claude Opus 4.8 (1M context) <noreply@anthropic.com>')).toEqual({
      name: 'Claude Opus 4.8 (1M context)',
      email: 'noreply@anthropic.com'
    })
  })

  it('keeps a value without an address as a name', () => {
    expect(parseCoAuthor('Cline')).toEqual({ name: 'Cline', email: '' })
  })
})

describe('parseNoreply', () => {
  it.each([
    ['198982749+Copilot@users.noreply.github.com', { id: 198982749, login: 'Copilot' }],
    ['41898282+claude[bot]@users.noreply.github.com', { id: 41898282, login: 'claude[bot]' }],
    ['v0[bot]@users.noreply.github.com', { login: 'v0[bot]' }],
    ['ada@example.com', undefined]
  ])('reads %s', (email, expected) => expect(parseNoreply(email)).toEqual(expected))
})

describe('parseRequestedBy', () => {
  it.each([
    ['Ada Lovelace (ada@example.com)', { name: 'Ada Lovelace', email: 'ada@example.com' }],
    ['@ada', { name: '', email: '', login: 'ada' }],
    ['**Ada Lovelace** (@ada)', { name: 'Ada Lovelace', email: '', login: 'ada' }]
  ])('reads %s', (text, expected) => expect(parseRequestedBy(text)).toEqual(expected))
})
