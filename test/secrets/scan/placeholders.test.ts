import { describe, expect, it } from '@jest/globals'
import {
  createPlaceholderFilter,
  looksLikePlaceholder
} from '../../../src/secrets/scan/placeholders.js'
import { GENERIC_VALUE, GIT_SHA, KEY_BODY, PAT_A, PAT_B } from './fixtures.js'

describe('looksLikePlaceholder', () => {
  it.each([
    '${API_KEY}',
    '${{ secrets.API_KEY }}',
    '{{ api_key }}',
    '$API_KEY',
    '$1',
    '%API_KEY%',
    '<your-api-key>',
    '<API_KEY>',
    'process.env.API_KEY',
    'import.meta.env.VITE_KEY',
    "os.environ['API_KEY']",
    'os.getenv("API_KEY")',
    'ENV["API_KEY"]',
    '$env:API_KEY',
    'sk_live_xxxxxxxxxxxxxxxxxxxxxxxx',
    'sk_live_XXXXXXXXXXXXXXXXXXXXXXXX',
    '****************',
    'AKIA0000000000000000',
    'aaaaaaaaaaaaaaaaaaaaaaaa',
    'ghp_1234567890ABCDEFGHIJklmnopqrstuvwxyz',
    'abcdefghijklmnop1234',
    'AKIAIOSFODNN7EXAMPLE',
    'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    'changeme',
    'my-dummy-token-value',
    'SampleSecretValue9',
    'PLACEHOLDER_TOKEN',
    '[REDACTED]',
    'your_api_key_here',
    'insert_token_here',
    'replace_me_with_a_key',
    'fake_token_for_tests',
    'qwertyuiop12',
    'sk_test_abcde12345xyzQ'
  ])('%s is a placeholder', value => {
    expect(looksLikePlaceholder(value)).toBe(true)
  })

  it.each([
    PAT_A,
    PAT_B,
    GIT_SHA,
    GENERIC_VALUE,
    ...KEY_BODY,
    'sk_test_4eC39HqLyjWDarjtT1zdp7dc',
    // One chance ascending run inside a long numeric id.
    'xoxp-501616234567-302364711395-2281836564577-9281de1dcc95672ec2ea9a3375c98d1c'
  ])('%s is not a placeholder', value => {
    expect(looksLikePlaceholder(value)).toBe(false)
  })

  it('tolerates mask-like runs inside long key blocks that random base64 produces', () => {
    const block = `${KEY_BODY.join('\n')}\nAAAAAAAAxXxXfakeBASE64AAAA\n${KEY_BODY.join('\n')}`
    expect(block.length).toBeGreaterThan(256)
    expect(looksLikePlaceholder(block)).toBe(false)
  })
})

describe('createPlaceholderFilter', () => {
  it('rejects the listed example values, also inside a longer match, and nothing else', () => {
    const filter = createPlaceholderFilter([PAT_A, 'AbC9xYz7'])
    expect(filter.isPlaceholder(PAT_A)).toBe(true)
    expect(filter.isPlaceholder(`token: ${PAT_A}`)).toBe(true)
    expect(filter.isPlaceholder(PAT_B)).toBe(false)
    expect(filter.isPlaceholder('AbC9xYz7')).toBe(true)
    // Too short to be recognised inside something else.
    expect(filter.isPlaceholder('Q1AbC9xYz7w')).toBe(false)
  })
})
