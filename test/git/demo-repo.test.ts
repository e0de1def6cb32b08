import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { buildDemoRepo } from '../../scripts/demo-repo.js'
import type { DemoRepo } from '../../scripts/demo-repo.js'
import type { ChangeSet } from '../../src/engine/change-set.js'
import { commitSubject } from '../../src/engine/change-set.js'
import { readLocalChangeSet } from '../../src/git/git-source.js'

let demo: DemoRepo
let changeSet: ChangeSet

beforeAll(async () => {
  demo = await buildDemoRepo()
  changeSet = await readLocalChangeSet({ repo: demo.dir, base: demo.base, head: demo.head })
})

afterAll(async () => {
  await demo.cleanup()
})

function commitBySubject(subject: string) {
  return changeSet.commits.find(commit => commitSubject(commit.message) === subject)
}

describe('buildDemoRepo', () => {
  it('builds the feature branch from a human, coding agents and dependabot, oldest first', () => {
    expect(
      changeSet.commits.map(c => [commitSubject(c.message), c.author.name, c.committer.name])
    ).toEqual([
      ['Add discount field to orders', 'Jane Doe', 'Jane Doe'],
      ['Initial plan', 'copilot-swe-agent[bot]', 'GitHub'],
      ['Validate discount codes at checkout', 'copilot-swe-agent[bot]', 'GitHub'],
      ["Merge branch 'main' into feature/discount-codes", 'Jane Doe', 'GitHub'],
      ['Lock accounts after repeated failed logins', 'Jane Doe', 'Jane Doe'],
      [
        'Add discount columns to orders table',
        'chatgpt-codex-connector[bot]',
        'chatgpt-codex-connector[bot]'
      ],
      ['docs: Explain discount codes in the README', 'Jane Doe (aider)', 'Jane Doe (aider)'],
      ['Bump openai-php/client from 0.10.1 to 0.11.0', 'dependabot[bot]', 'GitHub']
    ])
  })

  it('has the Copilot agent add a .env file alongside docs and tests, with its session trailers', () => {
    const copilotCommit = commitBySubject('Validate discount codes at checkout')
    expect(copilotCommit?.author.email).toBe('198982749+Copilot@users.noreply.github.com')
    expect(copilotCommit?.message).toBe(
      'Validate discount codes at checkout\n\n' +
        'Agent-Logs-Url: https://github.com/acme/shop/sessions/3f0c9a52-7d1e-4b8a-9c61-2e5f04b7d8a1\n' +
        'Co-authored-by: Jane Doe <4561234+janedoe@users.noreply.github.com>'
    )
    expect(copilotCommit?.files.map(file => `${file.status} ${file.path}`)).toEqual([
      'added .env',
      'modified app/Http/Controllers/OrderController.php',
      'added docs/discounts.md',
      'added tests/Feature/DiscountCodeTest.php'
    ])
  })

  it('gives the clean Update branch merge no files of its own', () => {
    const merge = commitBySubject("Merge branch 'main' into feature/discount-codes")
    expect(merge?.parents).toHaveLength(2)
    expect(merge?.files).toEqual([])
  })

  it('touches an auth controller, a migration, docs, tests and .env in the net diff', () => {
    expect(changeSet.files.map(file => file.path)).toEqual([
      '.env',
      'README.md',
      'app/Http/Controllers/Auth/LoginController.php',
      'app/Http/Controllers/OrderController.php',
      'app/Models/Order.php',
      'composer.json',
      'database/migrations/2026_03_05_000000_add_discount_to_orders.php',
      'docs/discounts.md',
      'tests/Feature/DiscountCodeTest.php'
    ])
  })

  it('produces the same commits on every run', async () => {
    const again = await buildDemoRepo()
    try {
      const againSet = await readLocalChangeSet({
        repo: again.dir,
        base: again.base,
        head: again.head
      })
      expect(againSet.headSha).toBe(changeSet.headSha)
    } finally {
      await again.cleanup()
    }
  })
})
