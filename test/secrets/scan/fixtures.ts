/**
 * Small rules written for these tests (the real catalogue lives in
 * src/secrets/rules and has its own tests), and random-looking values that
 * no placeholder check rejects.
 */

import type { SecretRule } from '../../../src/secrets/types.js'

export const PAT_A = 'ghp_lSh9pg14E9ML9DXBEp5ytDmeM3ExJBst1yzu'
export const PAT_B = 'ghp_CVJoXSwT2iMcjZS0lVskYjOFkgcScEvMH0lm'
export const PAT_C = 'ghp_5PdYnqOLmARwvaWfPS0RkD2qbKzRNcwWAaG9'
export const GIT_SHA = 'aee3a1d54b1d54978e7f19a29c90e76dc2e5131c'
export const KEY_BODY = [
  'SywfFuvDHUOQoj2i3gIpghx/ns4U6f4973jCtFmC9A21CcGhDVNbyx7X0igIkhGR',
  'AKUTh/hl677jvFJe7pBMwyuyaCNqscnOSA48GZVx4HNHrUg+Pr/9prl1pjygGR/3',
  '/qJqR/oM8hLwCCXszIlmjKfXJqSJG1g248M9MdTlGFcK9qrDmdMIoEm2qkIOGGAC'
]
export const GENERIC_VALUE = 'iSHCTaXKGeHTYXZqZPs7vMhZ'

export const patRule: SecretRule = {
  id: 'test-github-pat',
  title: 'Test GitHub token',
  category: 'vcs',
  keywords: ['ghp_'],
  pattern: /\bghp_[A-Za-z0-9]{36}\b/
}

export const privateKeyRule: SecretRule = {
  id: 'test-private-key',
  title: 'Test private key',
  category: 'private-key',
  keywords: ['-----begin'],
  pattern:
    /-----BEGIN (?:RSA )?PRIVATE KEY-----\n(?:[A-Za-z0-9+/=]{16,76}\n){2,60}-----END (?:RSA )?PRIVATE KEY-----/,
  window: 6000
}

/** Any 40-hex string once its keyword is near: the loose shape that shows cross-talk. */
export const hexNearKeywordRule: SecretRule = {
  id: 'test-sourcegraph',
  title: 'Test loose hex token',
  category: 'platform',
  keywords: ['sourcegraph'],
  pattern: /\b[a-f0-9]{40}\b/,
  window: 100
}

export const genericRule: SecretRule = {
  id: 'test-generic',
  title: 'Test generic secret assignment',
  category: 'generic',
  keywords: ['token', 'secret'],
  pattern: /(?:token|secret)[\w.-]{0,20}\s{0,3}[:=]\s{0,3}["']?(?<secret>[A-Za-z0-9_-]{16,64})/i,
  minEntropy: 3.5
}

export const TEST_RULES = [patRule, privateKeyRule, hexNearKeywordRule, genericRule]

/** One hunk header plus lines, as GitHub's pulls/files `patch` carries them. */
export function patchOf(...lines: string[]): string {
  return lines.join('\n')
}
