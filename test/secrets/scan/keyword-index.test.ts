import { describe, expect, it } from '@jest/globals'
import { KeywordHits, KeywordIndex } from '../../../src/secrets/scan/keyword-index.js'

function hitsOf(index: KeywordIndex, text: string): [string, number][] {
  const hits = new KeywordHits()
  index.scan(text, hits)
  const out: [string, number][] = []
  for (let i = 0; i < hits.count; i++) out.push([index.keywords[hits.keyword[i]!]!, hits.start[i]!])
  return out
}

describe('KeywordIndex', () => {
  it('finds overlapping keywords and keywords inside other keywords, in end order', () => {
    const index = new KeywordIndex(['he', 'she', 'his', 'hers'])
    expect(hitsOf(index, 'ushers')).toEqual([
      ['she', 1],
      ['he', 2],
      ['hers', 2]
    ])
  })

  it('matches case-insensitively and reports offsets of the original text', () => {
    const index = new KeywordIndex(['ghp_', 'AKIA'])
    expect(hitsOf(index, 'x GHP_ y akia Akia')).toEqual([
      ['ghp_', 2],
      ['akia', 9],
      ['akia', 14]
    ])
  })

  it('keeps offsets right after characters whose lower case is longer', () => {
    // 'İ'.toLowerCase() is two code units: a lower-cased copy would shift every offset.
    const index = new KeywordIndex(['token'])
    const text = 'İİİ token'
    expect(hitsOf(index, text)).toEqual([['token', 4]])
    expect(text.slice(4, 9)).toBe('token')
  })

  it('matches keywords with non-ASCII letters in either case', () => {
    const index = new KeywordIndex(['clé'])
    expect(hitsOf(index, 'CLÉ clé')).toEqual([
      ['clé', 0],
      ['clé', 4]
    ])
  })

  it('grows its hit buffer past the initial size', () => {
    const index = new KeywordIndex(['ab'])
    expect(hitsOf(index, 'ab'.repeat(1000))).toHaveLength(1000)
  })

  it('scans a megabyte of keyword-free text quickly', () => {
    const index = new KeywordIndex(['ghp_', 'akia', 'xoxb-', 'sk_live_', '-----begin', 'password'])
    const text = 'const value = compute(items, 42) // nothing to see here\n'.repeat(20_000)
    const started = performance.now()
    expect(hitsOf(index, text)).toEqual([])
    expect(performance.now() - started).toBeLessThan(500)
  })
})
