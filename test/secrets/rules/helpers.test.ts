import { describe, expect, it } from '@jest/globals'
import {
  characterClasses,
  looksRandom,
  shannonEntropy
} from '../../../src/secrets/rules/entropy.js'
import { isPlaceholderValue } from '../../../src/secrets/rules/placeholders.js'
import {
  armouredPayload,
  isBasicCredential,
  isJwtHeader
} from '../../../src/secrets/rules/structure.js'

describe('entropy helpers', () => {
  it('measures bits per character', () => {
    expect(shannonEntropy('')).toBe(0)
    expect(shannonEntropy('aaaa')).toBe(0)
    expect(shannonEntropy('abab')).toBe(1)
    expect(shannonEntropy('abcd')).toBe(2)
  })

  it('counts lower, upper, digit and other classes', () => {
    expect(characterClasses('abc')).toBe(1)
    expect(characterClasses('aB3_')).toBe(4)
  })

  it('treats mixed-class strings as random and words as not', () => {
    expect(looksRandom('q8ZkR2mPw7Xv')).toBe(true)
    expect(looksRandom('production')).toBe(false)
  })
})

describe('structure helpers', () => {
  it('recognises a JWT header only when it decodes to JSON naming alg', () => {
    expect(isJwtHeader(Buffer.from('{"alg":"RS256"}').toString('base64url'))).toBe(true)
    expect(isJwtHeader(Buffer.from('{"typ":"JWT"}').toString('base64url'))).toBe(false)
    expect(isJwtHeader('eyJub3QganNvbg')).toBe(false)
  })

  it('recognises base64 user:password pairs', () => {
    expect(isBasicCredential(Buffer.from('ci:Zx81kQ').toString('base64'))).toBe(true)
    expect(isBasicCredential(Buffer.from('no-colon-here').toString('base64'))).toBe(false)
    expect(isBasicCredential(Buffer.from('user:').toString('base64'))).toBe(false)
  })

  it('strips raw and escaped line breaks from an armoured body', () => {
    expect(armouredPayload('AB\\nCD\n EF\\r\\n')).toBe('ABCDEF')
  })
})

describe('placeholder values', () => {
  it('flags documentation stand-ins and template syntax', () => {
    for (const value of [
      'your-api-key',
      'changeme',
      '${TOKEN}',
      '{{ token }}',
      '<secret>',
      'xxxxxxxx',
      'Token000000'
    ]) {
      expect(isPlaceholderValue(value)).toBe(true)
    }
  })

  it('lets random values through', () => {
    expect(isPlaceholderValue('q8ZkR2mPw7Xv')).toBe(false)
  })
})
