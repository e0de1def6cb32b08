/**
 * Where the generated files live: a Node monorepo with mostly free code and
 * tests, and a few files in the areas a policy protects (migrations, auth,
 * payments), so the audit has approvals to judge.
 */
import { NOUNS } from '../paths/words.js'
import type { Rng } from '../paths/rng.js'

const PACKAGES = ['api', 'web', 'core', 'billing', 'search', 'jobs', 'ui', 'sdk']

/** [weight, directory and file name for index n]. */
const PLACES: readonly [number, (rng: Rng, n: number) => string][] = [
  [
    50,
    (rng, n) => `packages/${rng.pick(PACKAGES)}/src/${rng.pick(NOUNS)}/${rng.pick(NOUNS)}-${n}.ts`
  ],
  [25, (rng, n) => `packages/${rng.pick(PACKAGES)}/test/${rng.pick(NOUNS)}-${n}.test.ts`],
  [12, (rng, n) => `docs/${rng.pick(NOUNS)}/${rng.pick(NOUNS)}-${n}.md`],
  [5, (_rng, n) => `database/migrations/2026_01_${String(n).padStart(5, '0')}_change.sql`],
  [4, (rng, n) => `packages/api/src/auth/${rng.pick(NOUNS)}-${n}.ts`],
  [4, (rng, n) => `packages/billing/src/payments/${rng.pick(NOUNS)}-${n}.ts`]
]
const TOTAL_WEIGHT = PLACES.reduce((sum, [weight]) => sum + weight, 0)

/** `count` distinct paths; the index in each name keeps them distinct. */
export function generatePaths(rng: Rng, count: number, offset = 0): string[] {
  return Array.from({ length: count }, (_, index) => {
    let draw = rng.int(TOTAL_WEIGHT)
    for (const [weight, place] of PLACES) {
      if (draw < weight) return place(rng, offset + index)
      draw -= weight
    }
    throw new Error('unreachable: weights cover every draw')
  })
}

export const POLICY_PATH = '.github/agent-policy.yml'

/** A policy without teams: any eligible human approval counts (teams would add membership calls). */
export const POLICY_YAML = `version: 1
can_read: [packages/, docs/]
can_edit:
  - docs/
  - packages/*/src/
  - packages/*/test/
cannot_access:
  - secrets
requires_human_review:
  - migrations
  - auth
  - payments
  - ci
  - governance
outside_can_edit: review
approvals:
  required: 1
`
