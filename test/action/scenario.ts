/**
 * One pull request scenario for the end-to-end tests: a real git repository,
 * registered with the fake GitHub API as owner/repo with PR #7, plus the
 * identities the scenarios use (real agent identities from the research).
 */
import { GitRepo, type Identity } from '../helpers/git-repo.js'
import type { Account, FakeGitHub, ReviewSpec } from '../fakes/github-api.js'

export const OWNER = 'acme'
export const REPO = 'shop'
export const PULL = 7

export const HUMAN: Identity = { name: 'Mona Lisa', email: 'mona@acme.test' }
export const COPILOT: Identity = {
  name: 'copilot-swe-agent[bot]',
  email: '198982749+Copilot@users.noreply.github.com'
}
export const MONA: Account = { login: 'mona', id: 1001, type: 'User' }
export const REVIEWER: Account = { login: 'hubot-human', id: 1002, type: 'User' }
export const DBA: Account = { login: 'dora', id: 1003, type: 'User' }
export const COPILOT_ACCOUNT: Account = { login: 'Copilot', id: 198982749, type: 'Bot' }

export const BASE_FILES = {
  'README.md': '# shop\n',
  'docs/guide.md': 'guide\n',
  'tests/cart.test.js': 'test\n',
  'app/Http/Controllers/Auth/LoginController.php': '<?php // login\n',
  'database/migrations/2026_01_01_create_orders.php': '<?php // orders\n'
}

export interface Scenario {
  repo: GitRepo
  /** Commits a change on the feature branch and returns its sha. */
  commit(author: Identity, message: string, write: Record<string, string>): Promise<string>
  /** Registers the PR (base main, head feature) with the fake API. */
  open(author?: Account): Promise<void>
  review(account: Account, state: ReviewSpec['state'], commitId: string): void
}

export async function createScenario(
  github: FakeGitHub,
  base: Record<string, string> = BASE_FILES
): Promise<Scenario> {
  const repo = await GitRepo.create({ defaultBranch: 'main' })
  await repo.commit({ author: HUMAN, message: 'Initial shop', write: base })
  await repo.branch('feature')
  await repo.checkout('feature')
  github.addRepository({ owner: OWNER, name: REPO, dir: repo.dir, users: { [HUMAN.email]: MONA } })
  return {
    repo,
    commit: (author, message, write) => repo.commit({ author, message, write }),
    open: async (author = MONA) =>
      github.addPullRequest({
        owner: OWNER,
        repo: REPO,
        number: PULL,
        base: 'main',
        head: 'feature',
        author
      }),
    review: (account, state, commitId) =>
      github.addReview(OWNER, REPO, PULL, {
        login: account.login,
        id: account.id,
        type: account.type === 'Bot' ? 'Bot' : 'User',
        state,
        commitId
      })
  }
}
