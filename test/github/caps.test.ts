import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { GitHubClient } from '../../src/github/client.js'
import { readPullRequest } from '../../src/github/pull-request.js'
import { UserError } from '../../src/errors.js'
import { shortPage, startFakeGitHub, type FakeGitHub } from '../fakes/github-api.js'
import { GitRepo } from '../helpers/git-repo.js'
import { appendCommits, clientFor, DEV, OWNER, REPO } from './fixtures.js'

const AUTHOR = { login: 'dev-one', id: 5001, type: 'User' as const }
const COMMITS_ROUTE = 'GET /repos/{owner}/{repo}/pulls/{pull_number}/commits'
const FILES_ROUTE = 'GET /repos/{owner}/{repo}/pulls/{pull_number}/files'
const never = () => false

/**
 * PR #1: 120 commits (two pages, under the cap).
 * PR #2: 251 commits (over the 250-commit cap).
 * PR #3: one commit adding 3001 files (over the 3000-file cap).
 * PR #4: one commit adding 150 files (two pages, under the cap).
 */
let repo: GitRepo
let fullClone: GitRepo
let shallowClone: GitRepo
let fake: FakeGitHub
let client: GitHubClient
let root: string

beforeAll(async () => {
  repo = await GitRepo.create()
  root = await repo.commit({
    author: DEV,
    message: 'Initial commit',
    write: { 'README.md': 'x\n' }
  })
  await appendCommits(repo, 'paged', root, 120)
  await appendCommits(repo, 'many-files', root, 1, 150)
  await appendCommits(repo, 'over-commits', root, 251)
  await appendCommits(repo, 'over-files', root, 1, 3001)
  fullClone = await GitRepo.clone(repo, { allBranches: true })
  shallowClone = await GitRepo.clone(repo, { depth: 1, allBranches: true })
  fake = await startFakeGitHub()
  fake.addRepository({ owner: OWNER, name: REPO, dir: repo.dir })
  fake.addPullRequest({
    owner: OWNER,
    repo: REPO,
    number: 1,
    base: 'main',
    head: 'paged',
    author: AUTHOR
  })
  fake.addPullRequest({
    owner: OWNER,
    repo: REPO,
    number: 2,
    base: 'main',
    head: 'over-commits',
    author: AUTHOR
  })
  fake.addPullRequest({
    owner: OWNER,
    repo: REPO,
    number: 3,
    base: 'main',
    head: 'over-files',
    author: AUTHOR
  })
  fake.addPullRequest({
    owner: OWNER,
    repo: REPO,
    number: 4,
    base: 'main',
    head: 'many-files',
    author: AUTHOR
  })
  client = clientFor(fake)
}, 60_000)

afterAll(async () => {
  await fake.close()
  await Promise.all([repo.cleanup(), fullClone.cleanup(), shallowClone.cleanup()])
})

const read = (number: number, workspace?: string) =>
  readPullRequest(client, {
    owner: OWNER,
    repo: REPO,
    number,
    workspace,
    needsPerCommitFiles: never
  })

function requestsFor(route: string, number: number): string[] {
  return fake.requests
    .filter(request => request.route === route && request.path.includes(`/pulls/${number}/`))
    .map(request => request.path.replace(/^\/repos\/octo\/app\/pulls\/\d+\//, ''))
}

describe('pagination', () => {
  it('reads every page of a long commit list, 100 at a time', async () => {
    const { changeSet } = await read(1)
    expect(changeSet.commits).toHaveLength(120)
    expect(changeSet.commits[0]?.message).toBe('Commit 1')
    expect(changeSet.commits[119]?.message).toBe('Commit 120')
    expect(requestsFor(COMMITS_ROUTE, 1)).toEqual([
      'commits?per_page=100',
      'commits?per_page=100&page=2'
    ])
  })

  it('reads every page of a long file list', async () => {
    const { changeSet } = await read(4)
    expect(changeSet.files).toHaveLength(150)
    expect(new Set(changeSet.files.map(file => file.path)).size).toBe(150)
    expect(requestsFor(FILES_ROUTE, 4)).toEqual(['files?per_page=100', 'files?per_page=100&page=2'])
  })

  it('refuses a short page that still links to a next one: items were lost on the way', async () => {
    fake.failNext({ path: /\/pulls\/1\/commits/ }, shortPage(40))
    await expect(read(1)).rejects.toThrow(
      'a page held 40 items, fewer than the 100 asked for, yet linked to a next page'
    )
  })
})

describe('the 250-commit cap', () => {
  it('refuses to audit a partial commit list without a full checkout', async () => {
    await expect(read(2)).rejects.toThrow(
      new UserError(
        'the pull request has 251 commits but the REST API returns at most 250; agent-audit will not audit a partial list',
        'Check out the full history with actions/checkout `fetch-depth: 0`'
      )
    )
  })

  it('refuses with a shallow checkout too', async () => {
    await expect(read(2, shallowClone.dir)).rejects.toThrow(
      'the pull request has 251 commits but the REST API returns at most 250'
    )
  })

  it('reads every commit from a full checkout, with each commit’s files', async () => {
    const snapshot = await read(2, fullClone.dir)
    const { changeSet } = snapshot
    expect(snapshot.commitSource).toBe('local-git')
    expect(snapshot.fileSource).toBe('rest')
    expect(snapshot.perCommitFiles).toBe('local-git')
    expect(changeSet.commits).toHaveLength(251)
    expect(changeSet.commits[250]?.sha).toBe(await repo.sha('over-commits'))
    expect(changeSet.commits[250]?.files).toEqual([
      { path: 'bulk/c250/f0.txt', status: 'added', mode: '100644', additions: 1, deletions: 0 }
    ])
    expect(changeSet.files).toHaveLength(251)
    expect(changeSet.baseSha).toBe(root)
    expect(changeSet.pullRequest?.number).toBe(2)
  })

  it('does not list the commits over REST when the count is already over the cap', async () => {
    const before = requestsFor(COMMITS_ROUTE, 2).length
    await read(2, fullClone.dir)
    expect(requestsFor(COMMITS_ROUTE, 2)).toHaveLength(before)
  })
})

describe('the 3000-file cap', () => {
  it('refuses to audit a partial file list without a full checkout', async () => {
    await expect(read(3)).rejects.toThrow(
      new UserError(
        'the pull request changes 3001 files but the REST API returns at most 3000; agent-audit will not audit a partial list',
        'Check out the full history with actions/checkout `fetch-depth: 0`'
      )
    )
  })

  it('reads every file from a full checkout', async () => {
    const snapshot = await read(3, fullClone.dir)
    expect(snapshot.fileSource).toBe('local-git')
    expect(snapshot.commitSource).toBe('rest')
    expect(snapshot.changeSet.files).toHaveLength(3001)
    expect(snapshot.changeSet.files.map(file => file.path)).toContain('bulk/c0/f3000.txt')
    expect(snapshot.changeSet.commits).toHaveLength(1)
    expect(snapshot.changeSet.commits[0]?.author.login).toBe('dev-one')
  })
})

describe('a pull request that changes while it is read', () => {
  it('fails rather than audit a list shorter than the pull request says', async () => {
    const oneCommit = [
      {
        sha: root,
        commit: { author: null, committer: null, message: 'x', verification: null },
        author: null,
        committer: null,
        parents: []
      }
    ]
    fake.failNext({ path: /\/pulls\/1\/commits/ }, { status: 200, body: oneCommit })
    await expect(read(1)).rejects.toThrow(
      new UserError(
        'the pull request changed while agent-audit was reading it (120 commits announced, 1 listed); agent-audit will not audit a partial list',
        'Run the audit again, or check out the full history with actions/checkout `fetch-depth: 0`'
      )
    )
  })
})
