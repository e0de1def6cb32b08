/**
 * Shared parts of the API-fault tests: the one pull request every fault is
 * injected into, a way to read the job summary as the reader sees it, and a
 * clock shortcut for the request timeout.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Fakes } from '../action/fakes-lifecycle.js'
import { COPILOT, REVIEWER, type Scenario } from '../action/scenario.js'

export const POLICY = `version: 1
can_edit: [assets/]
requires_human_review: [migrations]
`

/** Sorts after every `assets/` file, so it is the only item on page 2 of the files (100 a page). */
export const MIGRATION = 'database/migrations/2026_02_01_add_discount.php'
export const ASSET_COUNT = 100
export const COMMENTER = { login: 'commenter', id: 1009, type: 'User' as const }

/** Reviews a page (the action asks for 100) and where the change request sits among them. */
export const REVIEWS = { total: 201, changeRequestAt: 200 }

/**
 * The pull request: one Copilot commit adding 100 free assets and a migration
 * (page 2 of the files), approved by hubot-human, who then asked for changes
 * (review 200, the last of page 2 of 3). Complete data fails it; every piece a
 * fault could drop is one that would make it pass: without page 2 of the files
 * there is no protected change, without page 2 of the reviews the approval
 * stands. So a run that lost data silently would say `pass`. (The brief asked
 * for a scenario whose clean run passes; this is its mirror image, chosen so
 * that losing data, not adding it, is what could turn the verdict to pass.)
 *
 * `drop` leaves one of those pieces out, to prove that the verdict hangs on it.
 */
export async function faultScenario(
  fakes: Fakes,
  options: { drop?: 'migration' | 'change-request' } = {}
): Promise<{ s: Scenario; head: string }> {
  const s = await fakes.scenario({ 'README.md': '# shop\n', '.github/agent-policy.yml': POLICY })
  const write: Record<string, string> = {}
  for (let i = 0; i < ASSET_COUNT; i++) write[`assets/i${String(i).padStart(3, '0')}.txt`] = 'x\n'
  // Without the migration, an asset takes its place, so the pages keep their sizes.
  if (options.drop === 'migration') write['assets/z.txt'] = 'x\n'
  else write[MIGRATION] = '<?php // discount\n'
  const head = await s.commit(COPILOT, 'Add assets and a discount column', write)
  await s.open()
  s.review(REVIEWER, 'APPROVED', head)
  for (let n = 2; n <= REVIEWS.total; n++) {
    const changes = n === REVIEWS.changeRequestAt && options.drop !== 'change-request'
    if (changes) s.review(REVIEWER, 'CHANGES_REQUESTED', head)
    else s.review(COMMENTER, 'COMMENTED', head)
  }
  return { s, head }
}

/** Matches page `n` of a pull request list as the action asks for it (per_page=100, then Link URLs). */
export function listPage(list: 'files' | 'reviews' | 'commits', page: number): RegExp {
  const pageParameter = page === 1 ? '(?![^#]*[?&]page=)' : `(?=[^#]*[?&]page=${page}(?:&|$))`
  return new RegExp(`^/repos/acme/shop/pulls/7/${list}\\?${pageParameter}`)
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  nbsp: ' '
}

/** Markdown/HTML as text: entities decoded and zero-width spaces dropped, tags kept. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&([a-z]+);/g, (entity, name: string) => ENTITIES[name] ?? entity)
    .replaceAll('\u200b', '')
}

export interface TimeoutCap {
  /** Environment for the action's process. */
  env: Record<string, string>
  remove(): Promise<void>
}

/**
 * The action waits 60 s for an answer and offers no setting to shorten that
 * (src/github/client.ts DEFAULT_TIMEOUT_MS). Its deadline is its only use of
 * AbortSignal.timeout, so a preload that caps that at `capMs` makes a hung
 * request time out in a test's time; everything else in the bundle is as shipped.
 */
export async function shortRequestTimeout(capMs: number): Promise<TimeoutCap> {
  const dir = await mkdtemp(join(tmpdir(), 'agent-audit-timeout-'))
  const preload = join(dir, 'cap-timeout.mjs')
  await writeFile(
    preload,
    `const timeout = AbortSignal.timeout.bind(AbortSignal)
AbortSignal.timeout = ms => timeout(Math.min(ms, ${capMs}))
`
  )
  return {
    env: { NODE_OPTIONS: `--import=${preload}` },
    remove: () => rm(dir, { recursive: true, force: true })
  }
}
