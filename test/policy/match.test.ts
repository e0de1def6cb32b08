import { describe, expect, it } from '@jest/globals'
import { loadPolicy } from '../../src/policy/load.js'
import { matchEntry, matchingEntries } from '../../src/policy/match.js'

const policy = loadPolicy(
  `version: 1
requires_human_review:
  - billing
  - docs/
  - auth
areas:
  billing:
    paths: [app/Billing/, "*Invoice*.php"]
    except: [app/Billing/README.md]
`,
  { path: '.github/agent-policy.yml' }
)
const [billing, docs, auth] = policy.requiresHumanReview

describe('matchEntry', () => {
  it('returns the first pattern of the area that matches', () => {
    expect(billing && matchEntry(billing, 'app/Billing/InvoiceMailer.php')?.source).toBe(
      'app/Billing/'
    )
    expect(billing && matchEntry(billing, 'app/Mail/InvoiceSent.php')?.source).toBe('*Invoice*.php')
  })

  it('honours except', () => {
    expect(billing && matchEntry(billing, 'app/Billing/README.md')).toBeUndefined()
  })

  it('normalises the path first', () => {
    expect(docs && matchEntry(docs, './docs//guide.md')?.source).toBe('docs/')
    expect(docs && matchEntry(docs, 'src/guide.md')).toBeUndefined()
  })
})

describe('matchingEntries', () => {
  it('returns every entry covering the path, in list order, with its pattern', () => {
    const matches = matchingEntries(policy.requiresHumanReview, 'docs/auth/billing/x.ts')
    expect(matches.map(({ entry, pattern }) => [entry.label, pattern.source])).toEqual([
      ['docs/', 'docs/'],
      ['auth', 'auth/']
    ])
    expect(matches[1]?.entry).toBe(auth)
  })

  it('returns nothing for a path no entry covers', () => {
    expect(matchingEntries(policy.requiresHumanReview, 'src/index.ts')).toEqual([])
  })
})
