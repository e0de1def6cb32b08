import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { ChangeSet } from '../../src/engine/change-set.js'
import type { GitHubClient } from '../../src/github/client.js'
import { readPullRequest } from '../../src/github/pull-request.js'
import { startFakeGitHub, type FakeGitHub } from '../fakes/github-api.js'
import { GitRepo } from '../helpers/git-repo.js'
import {
  AGENT,
  buildSmallPullRequest,
  clientFor,
  DEV,
  OWNER,
  REPO,
  UNLINKED,
  type SmallPullRequest
} from './fixtures.js'

const never = () => false
const always = () => true

let fake: FakeGitHub
let client: GitHubClient
let pr: SmallPullRequest
let fullClone: GitRepo

beforeAll(async () => {
  pr = await buildSmallPullRequest()
  fullClone = await GitRepo.clone(pr.repo, { allBranches: true })
  fake = await startFakeGitHub()
  fake.addRepository({ owner: OWNER, name: REPO, dir: pr.repo.dir })
  fake.addPullRequest({
    owner: OWNER,
    repo: REPO,
    number: 7,
    base: 'main',
    head: 'feature',
    author: { login: 'dev-one', id: 5001, type: 'User' },
    title: 'Tidy and answer',
    body: 'Fixes the answer.',
    labels: ['agent', 'small']
  })
  fake.addReview(OWNER, REPO, 7, {
    login: 'reviewer-a',
    id: 6001,
    state: 'COMMENTED',
    commitId: pr.tidy,
    submittedAt: '2026-02-01T10:00:00Z'
  })
  fake.addReview(OWNER, REPO, 7, {
    login: 'reviewer-b',
    id: 6002,
    state: 'APPROVED',
    commitId: pr.feature,
    submittedAt: '2026-02-01T11:00:00Z'
  })
  client = clientFor(fake)
})

afterAll(async () => {
  await fake.close()
  await pr.repo.cleanup()
  await fullClone.cleanup()
})

const read = (overrides: Partial<Parameters<typeof readPullRequest>[1]> = {}) =>
  readPullRequest(client, {
    owner: OWNER,
    repo: REPO,
    number: 7,
    needsPerCommitFiles: never,
    ...overrides
  })

describe('readPullRequest over REST', () => {
  it('reports the pull request as GitHub shows it now', async () => {
    const { changeSet } = await read()
    expect(changeSet.pullRequest).toEqual({
      number: 7,
      title: 'Tidy and answer',
      body: 'Fixes the answer.',
      author: { name: 'dev-one', email: '', login: 'dev-one', id: 5001, type: 'User' },
      headRef: 'feature',
      baseRef: 'main',
      labels: ['agent', 'small']
    })
    expect(changeSet.headSha).toBe(pr.feature)
  })

  it('measures from the base branch tip when there is no checkout to find the merge-base', async () => {
    const { changeSet } = await read()
    expect(changeSet.baseSha).toBe(pr.mainTip)
  })

  it('measures from the merge-base when the checkout has the history', async () => {
    const { changeSet } = await read({ workspace: fullClone.dir })
    expect(changeSet.baseSha).toBe(pr.root)
  })

  it('maps renames, deletions, edits and additions exactly', async () => {
    const { changeSet, fileSource } = await read()
    expect(fileSource).toBe('rest')
    expect(changeSet.files).toEqual([
      {
        path: 'docs/manual.md',
        previousPath: 'docs/guide.md',
        status: 'renamed',
        additions: 0,
        deletions: 0
      },
      {
        path: 'old/legacy.txt',
        status: 'deleted',
        additions: 0,
        deletions: 1,
        patch: '@@ -1 +0,0 @@\n-legacy'
      },
      {
        path: 'src/app.ts',
        status: 'modified',
        additions: 1,
        deletions: 1,
        patch: '@@ -1 +1 @@\n-export const answer = 41\n+export const answer = 42'
      },
      {
        path: 'src/new.ts',
        status: 'added',
        additions: 1,
        deletions: 0,
        patch: '@@ -0,0 +1 @@\n+export {}'
      }
    ])
  })

  it('joins each commit identity with the account GitHub linked to its email', async () => {
    const { changeSet, commitSource } = await read()
    expect(commitSource).toBe('rest')
    expect(changeSet.commits.map(commit => commit.sha)).toEqual([pr.tidy, pr.feature])
    const agentCommit = changeSet.commits[1]
    expect(agentCommit).toEqual({
      sha: pr.feature,
      parents: [pr.tidy],
      author: {
        name: AGENT.name,
        email: AGENT.email,
        date: '2026-01-05T09:02:00Z',
        login: 'Copilot',
        id: 198982749,
        type: 'User'
      },
      committer: { name: UNLINKED.name, email: UNLINKED.email, date: '2026-01-05T09:03:00Z' },
      message:
        'Answer correctly\n\nCo-authored-by: Dev One <5001+dev-one@users.noreply.github.com>',
      files: [],
      verification: { verified: false, reason: 'unsigned' }
    })
    expect(changeSet.commits[0]?.author.login).toBe('dev-one')
    expect(changeSet.commits[0]?.author.name).toBe(DEV.name)
  })

  it('maps submitted reviews in order', async () => {
    const { reviews } = await read()
    expect(reviews).toEqual([
      {
        id: expect.any(Number),
        reviewer: { name: 'reviewer-a', email: '', login: 'reviewer-a', id: 6001, type: 'User' },
        state: 'COMMENTED',
        commitId: pr.tidy,
        submittedAt: '2026-02-01T10:00:00Z'
      },
      {
        id: expect.any(Number),
        reviewer: { name: 'reviewer-b', email: '', login: 'reviewer-b', id: 6002, type: 'User' },
        state: 'APPROVED',
        commitId: pr.feature,
        submittedAt: '2026-02-01T11:00:00Z'
      }
    ])
  })

  it('leaves out PENDING reviews, which only their author can see', async () => {
    const pending = {
      id: 1,
      user: { login: 'drafter', id: 9, type: 'User' },
      state: 'PENDING',
      commit_id: pr.feature
    }
    const submitted = {
      id: 2,
      user: { login: 'approver', id: 10, type: 'User' },
      state: 'APPROVED',
      commit_id: pr.feature,
      submitted_at: '2026-02-02T09:00:00Z'
    }
    fake.failNext({ path: /\/pulls\/7\/reviews/ }, { status: 200, body: [pending, submitted] })
    const { reviews } = await read()
    expect(reviews.map(review => review.reviewer.login)).toEqual(['approver'])
  })
})

describe('per-commit files', () => {
  const filesByCommit = (changeSet: ChangeSet) =>
    changeSet.commits.map(commit => ({
      sha: commit.sha,
      files: commit.files.map(file => [file.status, file.previousPath ?? '', file.path])
    }))

  it('reads no commit when the audit does not need per-commit files', async () => {
    const before = fake.routeCounts()['GET /repos/{owner}/{repo}/commits/{ref}'] ?? 0
    const snapshot = await read({ needsPerCommitFiles: never })
    expect(snapshot.perCommitFiles).toBe('not-needed')
    expect(snapshot.changeSet.commits.every(commit => commit.files.length === 0)).toBe(true)
    expect(fake.routeCounts()['GET /repos/{owner}/{repo}/commits/{ref}'] ?? 0).toBe(before)
  })

  it('asks the caller with the commits already listed', async () => {
    const seen: string[][] = []
    await read({
      needsPerCommitFiles: changeSet => {
        seen.push(changeSet.commits.map(commit => commit.sha))
        return false
      }
    })
    expect(seen).toEqual([[pr.tidy, pr.feature]])
  })

  it('gives the same files from REST and from the local checkout', async () => {
    const before = fake.routeCounts()['GET /repos/{owner}/{repo}/commits/{ref}'] ?? 0
    const viaRest = await read({ needsPerCommitFiles: always })
    expect(fake.routeCounts()['GET /repos/{owner}/{repo}/commits/{ref}']).toBe(before + 2)
    const viaGit = await read({ needsPerCommitFiles: always, workspace: fullClone.dir })
    expect(fake.routeCounts()['GET /repos/{owner}/{repo}/commits/{ref}']).toBe(before + 2)
    expect(viaRest.perCommitFiles).toBe('rest')
    expect(viaGit.perCommitFiles).toBe('local-git')
    const expected = [
      {
        sha: pr.tidy,
        files: [
          ['renamed', 'docs/guide.md', 'docs/manual.md'],
          ['deleted', '', 'old/legacy.txt']
        ]
      },
      {
        sha: pr.feature,
        files: [
          ['modified', '', 'src/app.ts'],
          ['added', '', 'src/new.ts']
        ]
      }
    ]
    expect(filesByCommit(viaRest.changeSet)).toEqual(expected)
    expect(filesByCommit(viaGit.changeSet)).toEqual(expected)
    expect(viaRest.mergeFilesApproximate).toBe(false)
  })

  it('uses REST when the checkout is shallow and lacks the commits', async () => {
    const shallow = await GitRepo.clone(pr.repo, { depth: 1 })
    try {
      const snapshot = await read({ needsPerCommitFiles: always, workspace: shallow.dir })
      expect(snapshot.perCommitFiles).toBe('rest')
      expect(snapshot.changeSet.baseSha).toBe(pr.mainTip)
    } finally {
      await shallow.cleanup()
    }
  })

  it('treats a workspace that is not a repository as having no history', async () => {
    const snapshot = await read({ needsPerCommitFiles: always, workspace: '/nonexistent/dir' })
    expect(snapshot.perCommitFiles).toBe('rest')
  })
})
