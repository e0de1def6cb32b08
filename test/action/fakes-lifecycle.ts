/**
 * The fakes every end-to-end test of the bundle needs, started before each
 * test and stopped after it, with the scenarios' repositories removed at the
 * end: the fake GitHub API and, unless turned off, the fake artifact service.
 */
import { afterAll, afterEach, beforeEach } from '@jest/globals'
import { startFakeGitHub, type FakeGitHub } from '../fakes/github-api.js'
import { startResultsService, type ResultsService } from '../fakes/results-service.js'
import type { GitRepo } from '../helpers/git-repo.js'
import { removeRun, runAction, type ActionRun, type ActionRunOptions } from './harness.js'
import { OWNER, PULL, REPO, createScenario, type Scenario } from './scenario.js'

export interface Fakes {
  readonly github: FakeGitHub
  /** Throws when the lifecycle was started without the artifact service. */
  readonly results: ResultsService
  /** A scenario repository registered with the fake API (removed after all tests). */
  scenario(base: Record<string, string>): Promise<Scenario>
  /** Removes a repository the test made itself after all tests, like the scenarios'. */
  adopt(repo: GitRepo): GitRepo
  /** Runs the bundle on PR #7 of acme/shop against the fakes. */
  action(options?: Partial<ActionRunOptions>): Promise<ActionRun>
}

export function useFakes(options: { artifacts?: boolean } = {}): Fakes {
  const withArtifacts = options.artifacts ?? true
  let github: FakeGitHub | undefined
  let results: ResultsService | undefined
  const repos: GitRepo[] = []
  const runs: ActionRun[] = []

  beforeEach(async () => {
    github = await startFakeGitHub()
    results = withArtifacts ? await startResultsService() : undefined
  })
  afterEach(async () => {
    await github?.close()
    await results?.close()
  })
  afterAll(async () => {
    await Promise.all([...repos.map(repo => repo.cleanup()), ...runs.map(removeRun)])
  })

  const fakes: Fakes = {
    get github() {
      if (!github) throw new Error('the fake GitHub API runs only inside a test')
      return github
    },
    get results() {
      if (!results) throw new Error('the fake artifact service was not started for these tests')
      return results
    },
    adopt(repo) {
      repos.push(repo)
      return repo
    },
    async scenario(base) {
      const created = await createScenario(fakes.github, base)
      repos.push(created.repo)
      return created
    },
    async action(extra = {}) {
      const run = await runAction({
        github: fakes.github,
        results,
        owner: OWNER,
        repo: REPO,
        pullNumber: PULL,
        ...extra
      })
      runs.push(run)
      return run
    }
  }
  return fakes
}
