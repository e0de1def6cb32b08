import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { ChangeSet } from '../../src/engine/change-set.js'
import type { GitHubClient } from '../../src/github/client.js'
import { readPullRequest } from '../../src/github/pull-request.js'
import { startFakeGitHub, type FakeGitHub } from '../fakes/github-api.js'
import { GitRepo } from '../helpers/git-repo.js'
import { AGENT, appendCommits, clientFor, DEV, OWNER, REPO } from './fixtures.js'

const COMMIT_ROUTE = 'GET /repos/{owner}/{repo}/commits/{ref}'
const COMPARE_ROUTE = 'GET /repos/{owner}/{repo}/compare/{basehead}'
const AUTHOR = { login: 'dev-one', id: 5001, type: 'User' as const }
const always = () => true

/**
 * PR #1 ('update-branch'): an agent commit, then an "Update branch" merge of
 * main (which edited README.md) into the branch.
 * PR #2 ('wide'): one commit adding 350 files, more than one page of a commit's files.
 * PR #3 ('evil-merge'): the same agent commit, then a merge of main that also adds src/auth.ts.
 */
let repo: GitRepo
let fullClone: GitRepo
let fake: FakeGitHub
let client: GitHubClient
let agentCommit: string
let merge: string
let evilMerge: string

beforeAll(async () => {
  repo = await GitRepo.create()
  const root = await repo.commit({
    author: DEV,
    message: 'Initial commit',
    write: { 'README.md': '# app\n', 'src/app.ts': 'export const answer = 41\n' }
  })
  await repo.branch('update-branch')
  await repo.checkout('update-branch')
  agentCommit = await repo.commit({
    author: AGENT,
    message: 'Answer correctly',
    write: { 'src/app.ts': 'export const answer = 42\n' }
  })
  await repo.checkout('main')
  await repo.commit({ author: DEV, message: 'Edit README', write: { 'README.md': '# app v2\n' } })
  await repo.checkout('update-branch')
  merge = await repo.merge('main', {
    author: DEV,
    message: "Merge branch 'main' into update-branch"
  })
  await repo.branch('evil-merge', agentCommit)
  await repo.checkout('evil-merge')
  evilMerge = await repo.merge('main', {
    author: DEV,
    message: "Merge branch 'main' into evil-merge",
    evil: { write: { 'src/auth.ts': 'export const check = () => true\n' } }
  })
  await appendCommits(repo, 'wide', root, 1, 350)
  fullClone = await GitRepo.clone(repo, { allBranches: true })
  fake = await startFakeGitHub()
  fake.addRepository({ owner: OWNER, name: REPO, dir: repo.dir })
  fake.addPullRequest({
    owner: OWNER,
    repo: REPO,
    number: 1,
    base: 'main',
    head: 'update-branch',
    author: AUTHOR
  })
  fake.addPullRequest({
    owner: OWNER,
    repo: REPO,
    number: 2,
    base: 'main',
    head: 'wide',
    author: AUTHOR
  })
  fake.addPullRequest({
    owner: OWNER,
    repo: REPO,
    number: 3,
    base: 'main',
    head: 'evil-merge',
    author: AUTHOR
  })
  client = clientFor(fake)
})

afterAll(async () => {
  await fake.close()
  await Promise.all([repo.cleanup(), fullClone.cleanup()])
})

const read = (number: number, workspace?: string) =>
  readPullRequest(client, {
    owner: OWNER,
    repo: REPO,
    number,
    workspace,
    needsPerCommitFiles: always
  })

const pathsByCommit = (changeSet: ChangeSet) =>
  Object.fromEntries(changeSet.commits.map(c => [c.sha, c.files.map(file => file.path)]))

describe('per-commit files of a merge', () => {
  it('are exact from the local checkout: an "Update branch" merge adds nothing of its own', async () => {
    const snapshot = await read(1, fullClone.dir)
    expect(snapshot.perCommitFiles).toBe('local-git')
    expect(snapshot.mergeFilesApproximate).toBe(false)
    expect(pathsByCommit(snapshot.changeSet)).toEqual({
      [agentCommit]: ['src/app.ts'],
      [merge]: []
    })
  })

  it('over REST give an "Update branch" merge nothing of its own, with one comparison', async () => {
    const before = fake.routeCounts()[COMPARE_ROUTE] ?? 0
    const snapshot = await read(1)
    expect(snapshot.perCommitFiles).toBe('rest')
    expect(pathsByCommit(snapshot.changeSet)).toEqual({
      [agentCommit]: ['src/app.ts'],
      [merge]: []
    })
    expect((fake.routeCounts()[COMPARE_ROUTE] ?? 0) - before).toBe(1)
  })

  it('over REST keep what an evil merge changed on its own, and drop what the base brought', async () => {
    const snapshot = await read(3)
    expect(pathsByCommit(snapshot.changeSet)).toEqual({
      [agentCommit]: ['src/app.ts'],
      [evilMerge]: ['src/auth.ts']
    })
  })
})

describe('per-commit files over REST', () => {
  it('follows the pages of a commit with more than 300 files', async () => {
    const before = fake.routeCounts()[COMMIT_ROUTE] ?? 0
    const { changeSet } = await read(2)
    const files = changeSet.commits[0]?.files ?? []
    expect(files).toHaveLength(350)
    expect(new Set(files.map(file => file.path)).size).toBe(350)
    expect(files.every(file => file.status === 'added')).toBe(true)
    expect(fake.routeCounts()[COMMIT_ROUTE]).toBe(before + 2)
  })

  it('fails closed when a commit page is not JSON', async () => {
    fake.failNext(
      { path: new RegExp(`/commits/${agentCommit}`) },
      { status: 200, body: 'not json' }
    )
    await expect(read(1)).rejects.toThrow(
      `GitHub sent a malformed response for commit ${agentCommit.slice(0, 7)} of octo/app: expected an object, got text`
    )
  })
})
