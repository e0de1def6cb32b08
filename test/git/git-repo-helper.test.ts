import { afterEach, describe, expect, it } from '@jest/globals'
import { lstat, readlink } from 'node:fs/promises'
import path from 'node:path'
import { GitRepo } from '../helpers/git-repo.js'

const ann = { name: 'Ann Example', email: 'ann@example.com' }
const repos: GitRepo[] = []

async function newRepo(): Promise<GitRepo> {
  const repo = await GitRepo.create({ defaultBranch: 'main' })
  repos.push(repo)
  return repo
}

afterEach(async () => {
  await Promise.all(repos.splice(0).map(repo => repo.cleanup()))
})

describe('GitRepo test helper', () => {
  it('gives the same SHAs when the same history is built twice', async () => {
    const build = async (): Promise<string> => {
      const repo = await newRepo()
      await repo.commit({ author: ann, message: 'one', write: { 'a.txt': 'a\n' } })
      return repo.commit({ author: ann, message: 'two', write: { 'a.txt': 'b\n' } })
    }
    expect(await build()).toBe(await build())
  })

  it('stores author, committer, dates and the message exactly as given', async () => {
    const repo = await newRepo()
    const message = 'Subject\n\n# kept, not a comment\n\nCo-authored-by: Bo <bo@example.com>'
    await repo.commit({
      author: { ...ann, date: '2026-02-03T04:05:06Z' },
      committer: { name: 'GitHub', email: 'noreply@github.com', date: '2026-02-03T05:00:00Z' },
      message
    })
    const shown = await repo.git('show', '-s', '--format=%an|%ae|%aI|%cn|%ce|%cI%n%B')
    expect(shown).toBe(
      'Ann Example|ann@example.com|2026-02-03T04:05:06+00:00|GitHub|noreply@github.com|2026-02-03T05:00:00+00:00\n' +
        `${message}\n`
    )
  })

  it('writes symlinks and executable files that git records with their modes', async () => {
    const repo = await newRepo()
    await repo.commit({
      author: ann,
      message: 'modes',
      write: { 'bin/run.sh': '#!/bin/sh\n' },
      executable: ['bin/run.sh'],
      symlink: { 'link-to-run': 'bin/run.sh' }
    })
    expect((await lstat(path.join(repo.dir, 'link-to-run'))).isSymbolicLink()).toBe(true)
    expect(await readlink(path.join(repo.dir, 'link-to-run'))).toBe('bin/run.sh')
    expect(await repo.git('ls-tree', '-r', '--format=%(objectmode) %(path)', 'HEAD')).toBe(
      '100755 bin/run.sh\n120000 link-to-run'
    )
  })

  it('makes a merge commit with two parents, and refuses a merge with nothing to merge', async () => {
    const repo = await newRepo()
    await repo.commit({ author: ann, message: 'base', write: { 'a.txt': 'a\n' } })
    await repo.branch('feature')
    await repo.commit({ author: ann, message: 'main moves', write: { 'b.txt': 'b\n' } })
    await repo.checkout('feature')
    const merge = await repo.merge('main', {
      author: ann,
      message: "Merge branch 'main' into feature"
    })
    expect((await repo.git('show', '-s', '--format=%P', merge)).split(' ')).toHaveLength(2)
    await expect(repo.merge('main', { author: ann, message: 'again' })).rejects.toThrow(
      'Nothing to merge: main is already part of the current branch'
    )
  })
})
