import type { SecretRule } from '../types.js'
import { AI_RULES } from './ai.js'
import { CLOUD_RULES } from './cloud.js'
import { GENERIC_RULES } from './generic.js'
import { KEY_RULES } from './keys.js'
import { MESSAGING_RULES } from './messaging.js'
import { OBSERVABILITY_RULES } from './observability.js'
import { PAYMENT_RULES } from './payments.js'
import { PLATFORM_RULES } from './platforms.js'
import { REGISTRY_RULES } from './registries.js'
import { TOKEN_RULES } from './tokens.js'
import { VCS_RULES } from './vcs.js'

export { EXAMPLE_SECRETS } from './examples.js'

/** Categories a rule may belong to (SecretRule.category). */
export const SECRET_CATEGORIES: readonly string[] = [
  'cloud',
  'vcs',
  'registry',
  'payments',
  'messaging',
  'ai',
  'observability',
  'platform',
  'private-key',
  'jwt',
  'url-credentials',
  'generic'
]

/** Rules whose secret may be a short human password, where 3 bits/char would drop real ones. */
const SHORT_SECRET_RULES = new Set([
  'url-credentials',
  'basic-auth-header',
  'docker-config-auth',
  'npmrc-auth',
  'generic-secret-assignment',
  'generic-config-key-value',
  'generic-xml-element'
])

/**
 * Below 3 bits per character a value is filler (`ghp_000…`, `shpat_xxxx…`),
 * never a random token, so every format rule gets that floor unless it sets
 * its own.
 */
const TOKEN_ENTROPY_FLOOR = 3

function withEntropyFloor(rule: SecretRule): SecretRule {
  if (rule.minEntropy !== undefined || SHORT_SECRET_RULES.has(rule.id)) return rule
  return { ...rule, minEntropy: TOKEN_ENTROPY_FLOOR }
}

/** Formats whose real values contain long runs by design (padding, org ids). */
const RUNS_BY_DESIGN = new Set([
  'dropbox-long-lived-token',
  'twitter-bearer-token',
  'salesforce-access-token'
])

/**
 * A run of six equal characters in a short random token is a one-in-millions
 * event, but it is how README samples are padded (`ghp_PersonalAccessToken0000…`).
 * Long values (keys, macaroons) may hold runs of `A` from binary zeros, so they keep theirs.
 */
function withoutFillerRuns(rule: SecretRule): SecretRule {
  if (RUNS_BY_DESIGN.has(rule.id) || SHORT_SECRET_RULES.has(rule.id)) return rule
  const check = rule.validate
  return {
    ...rule,
    validate: (secret, match) =>
      (secret.length > 100 || !/(.)\1{5,}/.test(secret)) &&
      (check === undefined || check(secret, match))
  }
}

/** Every rule; provider-specific first, the loose generic rules last. */
export const SECRET_RULES: readonly SecretRule[] = [
  ...CLOUD_RULES,
  ...VCS_RULES,
  ...REGISTRY_RULES,
  ...PAYMENT_RULES,
  ...MESSAGING_RULES,
  ...AI_RULES,
  ...OBSERVABILITY_RULES,
  ...PLATFORM_RULES,
  ...KEY_RULES,
  ...TOKEN_RULES,
  ...GENERIC_RULES
].map(rule => withoutFillerRuns(withEntropyFloor(rule)))
