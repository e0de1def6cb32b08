import { afterEach, describe, expect, it } from '@jest/globals'
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { UserError } from '../../src/errors.js'
import { readLocalChangeSet } from '../../src/git/git-source.js'
import { GitRepo } from '../helpers/git-repo.js'

const ann = { name: 'Ann Example', email: 'ann@example.com' }
const repos: GitRepo[] = []
const tempDirs: string[] = []

async function track(repo: Promise<GitRepo>): Promise<GitRepo> {
  const created = await repo
  repos.push(created)
  return created
}

afterEach(async () => {
  await Promise.all(repos.splice(0).map(repo => repo.cleanup()))
  await Promise.all(tempDirs.splice(0).map(dir => rm(dir, { recursive: true, force: true })))
})

/** Rejects with a UserError whose message is exactly `message`. */
async function expectUserError(promise: Promise<unknown>, message: string): Promise<void> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught
  )
  expect(error).toBeInstanceOf(UserError)
  expect((error as UserError).message).toBe(message)
}

/** Source repo: main has A then B; `feature` branches from B with C. */
async function sourceWithFeature() {
  const source = await track(GitRepo.create({ defaultBranch: 'main' }))
  const a = await source.commit({ author: ann, message: 'A', write: { 'a.txt': 'a\n' } })
  const b = await source.commit({ author: ann, message: 'B', write: { 'b.txt': 'b\n' } })
  await source.branch('feature')
  await source.checkout('feature')
  const c = await source.commit({ author: ann, message: 'C', write: { 'c.txt': 'c\n' } })
  await source.checkout('main')
  return { source, a, b, c }
}

describe('readLocalChangeSet: choosing the base', () => {
  it('defaults to origin/HEAD, even when the local main is elsewhere', async () => {
    const { source, a, b, c } = await sourceWithFeature()
    const clone = await track(GitRepo.clone(source))
    await clone.checkout('feature')
    await clone.git('branch', '--force', 'main', a)
    const changeSet = await readLocalChangeSet({ repo: clone.dir })
    expect(changeSet.baseSha).toBe(b)
    expect(changeSet.commits.map(commit => commit.sha)).toEqual([c])
  })

  it('falls back to origin/main when origin/HEAD is not set', async () => {
    const { source, a, b } = await sourceWithFeature()
    const clone = await track(GitRepo.clone(source))
    await clone.checkout('feature')
    await clone.git('branch', '--force', 'main', a)
    await clone.git('remote', 'set-head', 'origin', '--delete')
    expect((await readLocalChangeSet({ repo: clone.dir })).baseSha).toBe(b)
  })

  it('falls back to the local main branch in a repository without a remote', async () => {
    const { source, b, c } = await sourceWithFeature()
    await source.checkout('feature')
    const changeSet = await readLocalChangeSet({ repo: source.dir })
    expect(changeSet.baseSha).toBe(b)
    expect(changeSet.commits.map(commit => commit.sha)).toEqual([c])
  })

  it('falls back to master when there is no main', async () => {
    const repo = await track(GitRepo.create({ defaultBranch: 'master' }))
    const base = await repo.commit({ author: ann, message: 'Init' })
    await repo.branch('topic')
    await repo.checkout('topic')
    await repo.commit({ author: ann, message: 'Topic', write: { 't.txt': 't\n' } })
    expect((await readLocalChangeSet({ repo: repo.dir })).baseSha).toBe(base)
  })

  it('measures from the merge-base when main moved on after the branch was made', async () => {
    const { source, b, c } = await sourceWithFeature()
    await source.commit({ author: ann, message: 'D on main', write: { 'd.txt': 'd\n' } })
    await source.checkout('feature')
    const changeSet = await readLocalChangeSet({ repo: source.dir })
    expect(changeSet.baseSha).toBe(b)
    expect(changeSet.commits.map(commit => commit.sha)).toEqual([c])
    expect(changeSet.files.map(file => file.path)).toEqual(['c.txt'])
  })

  it('works from a subdirectory of the checkout', async () => {
    const { source, c } = await sourceWithFeature()
    await source.commit({ author: ann, message: 'Nested', write: { 'sub/x.txt': 'x\n' } })
    await source.checkout('feature')
    await source.commit({ author: ann, message: 'Nested too', write: { 'sub/y.txt': 'y\n' } })
    const changeSet = await readLocalChangeSet({ repo: path.join(source.dir, 'sub') })
    expect(changeSet.commits[0]?.sha).toBe(c)
    expect(changeSet.files.map(file => file.path)).toEqual(['c.txt', 'sub/y.txt'])
  })
})

describe('readLocalChangeSet: errors the user must fix', () => {
  it('says to pass --base when HEAD is on the default branch', async () => {
    const { source } = await sourceWithFeature()
    await expectUserError(
      readLocalChangeSet({ repo: source.dir }),
      'HEAD is already part of main, so there are no commits to audit. ' +
        'Pass --base with the branch or commit to measure the change from (for example --base HEAD~3)'
    )
  })

  it('names an unknown base ref and how to fix it', async () => {
    const { source } = await sourceWithFeature()
    await expectUserError(
      readLocalChangeSet({ repo: source.dir, base: 'no-such-branch' }),
      `The base ref "no-such-branch" does not name a commit in ${source.dir}. ` +
        'Pass a branch, tag or commit SHA that exists in this clone with --base ' +
        '(run `git fetch` first if it is only on the remote)'
    )
  })

  it('names an unknown head ref', async () => {
    const { source } = await sourceWithFeature()
    await expectUserError(
      readLocalChangeSet({ repo: source.dir, base: 'main', head: 'feature~9' }),
      `The head ref "feature~9" does not name a commit in ${source.dir}. ` +
        'Pass a branch, tag or commit SHA that exists in this clone with --head ' +
        '(run `git fetch` first if it is only on the remote)'
    )
  })

  it('treats a ref that starts with a dash as unknown instead of passing it to git as an option', async () => {
    const { source } = await sourceWithFeature()
    const error = readLocalChangeSet({ repo: source.dir, base: '--output=/tmp/owned' })
    await expectUserError(
      error,
      `The base ref "--output=/tmp/owned" does not name a commit in ${source.dir}. ` +
        'Pass a branch, tag or commit SHA that exists in this clone with --base ' +
        '(run `git fetch` first if it is only on the remote)'
    )
  })

  it('says when the directory is not a git repository', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'agent-audit-not-git-'))
    tempDirs.push(dir)
    await expectUserError(
      readLocalChangeSet({ repo: dir }),
      `${dir} is not a git repository. ` +
        'Run agent-audit inside a git checkout, or pass --repo with the path of one'
    )
  })

  it('says when the directory does not exist', async () => {
    const dir = path.join(os.tmpdir(), 'agent-audit-does-not-exist-7f3a')
    await expectUserError(
      readLocalChangeSet({ repo: dir }),
      `${dir} is not a directory. ` +
        'Run agent-audit inside a git checkout, or pass --repo with the path of one'
    )
  })

  it('says when no default branch can be found', async () => {
    const repo = await track(GitRepo.create({ defaultBranch: 'trunk' }))
    await repo.commit({ author: ann, message: 'Init' })
    await expectUserError(
      readLocalChangeSet({ repo: repo.dir }),
      `Cannot find the default branch of ${repo.dir} to compare against ` +
        '(looked for origin/HEAD, origin/main, origin/master, main, master). ' +
        'Pass --base with the branch this change will be merged into'
    )
  })

  it('says when base and head share no history', async () => {
    const { source } = await sourceWithFeature()
    await source.git('checkout', '--quiet', '--orphan', 'unrelated')
    await source.commit({ author: ann, message: 'Orphan' })
    await expectUserError(
      readLocalChangeSet({ repo: source.dir, base: 'feature' }),
      'HEAD and feature have no commit in common. ' +
        'Pass --base with the branch this change will be merged into'
    )
  })

  it('tells a shallow clone to fetch the full history when the merge-base is missing', async () => {
    const { source } = await sourceWithFeature()
    const clone = await track(
      GitRepo.clone(source, { depth: 1, branch: 'feature', allBranches: true })
    )
    await expectUserError(
      readLocalChangeSet({ repo: clone.dir }),
      `Cannot find where HEAD branched from origin/main: ${clone.dir} is a shallow clone ` +
        'that is missing the commits in between. Fetch the full history: in GitHub Actions set ' +
        '`fetch-depth: 0` on actions/checkout, or run `git fetch --unshallow`'
    )
  })

  it('tells a shallow clone that an unknown ref may be missing from it', async () => {
    const { source } = await sourceWithFeature()
    const clone = await track(GitRepo.clone(source, { depth: 1, branch: 'feature' }))
    await expectUserError(
      readLocalChangeSet({ repo: clone.dir, base: 'origin/main' }),
      `The base ref "origin/main" does not name a commit in ${clone.dir}. ` +
        `${clone.dir} is a shallow clone, which may not contain it. Fetch the full history: ` +
        'in GitHub Actions set `fetch-depth: 0` on actions/checkout, or run `git fetch --unshallow`'
    )
  })

  it('tells a shallow clone with no default branch to fetch the full history', async () => {
    const { source } = await sourceWithFeature()
    const clone = await track(GitRepo.clone(source, { depth: 1, branch: 'feature' }))
    await expectUserError(
      readLocalChangeSet({ repo: clone.dir }),
      `Cannot find the default branch of ${clone.dir} to compare against ` +
        '(looked for origin/HEAD, origin/main, origin/master, main, master). ' +
        'Pass --base with the branch this change will be merged into. Fetch the full history: ' +
        'in GitHub Actions set `fetch-depth: 0` on actions/checkout, or run `git fetch --unshallow`'
    )
  })

  it('says when git itself cannot be found', async () => {
    const { source } = await sourceWithFeature()
    const savedPath = process.env.PATH
    process.env.PATH = path.join(os.tmpdir(), 'agent-audit-no-git-here')
    try {
      await expectUserError(
        readLocalChangeSet({ repo: source.dir }),
        'git was not found: agent-audit needs the git command to read local commits. ' +
          'Install git and make sure it is on the PATH'
      )
    } finally {
      process.env.PATH = savedPath
    }
  })
})
