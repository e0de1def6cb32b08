import { readFileSync } from 'node:fs'
import { describe, expect, it } from '@jest/globals'
import { AGENTS, AUTOMATION, CATALOGUE, REVIEW_BOTS } from '../../src/attribution/catalogue.js'

const docs = readFileSync(new URL('../../docs/attribution.md', import.meta.url), 'utf8')

describe('the catalogue', () => {
  it('gives every identity a unique id', () => {
    const ids = CATALOGUE.map(identity => identity.id)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('never claims one numeric id for two identities', () => {
    const ids = CATALOGUE.flatMap(identity => identity.userIds)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('leaves out the identities the research says belong to someone else', () => {
    const emails = CATALOGUE.flatMap(identity => identity.emails)
    expect(emails).not.toContain('claude@anthropic.com')
    expect(emails).not.toContain('claude-code@anthropic.com')
    expect(emails).not.toContain('gemini-cli@google.com')
    expect(
      CATALOGUE.flatMap(identity => identity.logins.map(login => login.toLowerCase()))
    ).not.toContain('claude')
  })

  it('documents every agent id in docs/attribution.md', () => {
    const missing = AGENTS.filter(identity => !docs.includes(`(\`${identity.id}\`)`))
    expect(missing.map(identity => identity.id)).toEqual([])
  })

  it('documents every review bot and automation login in docs/attribution.md', () => {
    const logins = [...REVIEW_BOTS, ...AUTOMATION].flatMap(identity => identity.logins)
    expect(logins.filter(login => !docs.includes(`\`${login}\``))).toEqual([])
  })
})
