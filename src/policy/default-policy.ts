/**
 * The policy used when a repository has none: agents keep out of secret
 * files, and changes to migrations, auth, authorization, payments, CI and
 * the rules themselves need a human's approval. Everything else is free.
 */
import { BUILT_IN_SOURCE } from './named-areas.js'
import { resolvePolicy } from './resolve.js'
import type { PolicyFields } from './schema.js'
import type { Located } from './spec.js'
import type { Policy } from './types.js'

export const DEFAULT_POLICY_PATH = '.github/agent-policy.yml'

export const DEFAULT_CANNOT_ACCESS: readonly string[] = ['secrets']
export const DEFAULT_REQUIRES_HUMAN_REVIEW: readonly string[] = [
  'migrations',
  'auth',
  'authorization',
  'payments',
  'ci',
  'governance'
]

/** The built-in policy written as a policy file: what to start from when writing one. */
export const DEFAULT_POLICY_YAML = [
  '# agent-audit built-in default policy (used when the repository has no policy file)',
  'version: 1',
  'cannot_access:',
  ...DEFAULT_CANNOT_ACCESS.map(name => `  - ${name}`),
  'requires_human_review:',
  ...DEFAULT_REQUIRES_HUMAN_REVIEW.map(name => `  - ${name}`),
  ''
].join('\n')

/** `policyPath` is where a policy file would be: governance protects it so one cannot be slipped in. */
export function builtInPolicy(policyPath: string = DEFAULT_POLICY_PATH): Policy {
  const fields: PolicyFields = {
    cannot_access: builtInList(DEFAULT_CANNOT_ACCESS),
    requires_human_review: builtInList(DEFAULT_REQUIRES_HUMAN_REVIEW)
  }
  return resolvePolicy(fields, { path: policyPath, builtIn: true, shape: 'built-in' })
}

function builtInList(names: readonly string[]): Located<Located<string>[]> {
  return { value: names.map(value => ({ value, where: BUILT_IN_SOURCE })), where: BUILT_IN_SOURCE }
}
