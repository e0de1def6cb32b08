import { afterEach, describe, expect, it } from '@jest/globals'
import { readLocalChangeSet } from '../../src/git/git-source.js'
import { GitRepo } from '../helpers/git-repo.js'

const ann = { name: 'Ann Example', email: 'ann@example.com' }
const bot = { name: 'copilot-swe-agent[bot]', email: '198982749+Copilot@users.noreply.github.com' }
const repos: GitRepo[] = []

/** A repo with one commit on main and `feature` checked out. */
async function repoWithFeatureBranch(files: Record<string, string> = { 'README.md': 'hi\n' }) {
  const repo = await GitRepo.create({ defaultBranch: 'main' })
  repos.push(repo)
  const base = await repo.commit({ author: ann, message: 'Initial commit', write: files })
  await repo.branch('feature')
  await repo.checkout('feature')
  return { repo, base }
}

afterEach(async () => {
  await Promise.all(repos.splice(0).map(repo => repo.cleanup()))
})

describe('readLocalChangeSet: commits', () => {
  it('lists the branch commits oldest first with author, committer, dates and full message', async () => {
    const { repo, base } = await repoWithFeatureBranch()
    const message =
      'Add feature\n\nAgent-Logs-Url: https://github.com/acme/shop/sessions/1\nCo-authored-by: Ann Example <1+ann@users.noreply.github.com>'
    const first = await repo.commit({
      author: { ...bot, date: '2026-03-01T10:00:00Z' },
      committer: { name: 'GitHub', email: 'noreply@github.com', date: '2026-03-01T10:05:00Z' },
      message,
      write: { 'a.txt': 'a\n' }
    })
    const second = await repo.commit({
      author: { ...ann, date: '2026-03-02T00:00:00+02:00' },
      message: 'Second'
    })

    const changeSet = await readLocalChangeSet({ repo: repo.dir, base: 'main' })

    expect(changeSet.baseSha).toBe(base)
    expect(changeSet.headSha).toBe(second)
    expect(changeSet.commits).toEqual([
      {
        sha: first,
        parents: [base],
        author: { ...bot, date: '2026-03-01T10:00:00+00:00' },
        committer: {
          name: 'GitHub',
          email: 'noreply@github.com',
          date: '2026-03-01T10:05:00+00:00'
        },
        message,
        files: [{ path: 'a.txt', status: 'added', mode: '100644', additions: 1, deletions: 0 }]
      },
      {
        sha: second,
        parents: [first],
        author: { ...ann, date: '2026-03-02T00:00:00+02:00' },
        committer: { ...ann, date: '2026-03-02T00:00:00+02:00' },
        message: 'Second',
        files: []
      }
    ])
  })

  it('reads additions, modifications and deletions with line counts', async () => {
    const { repo } = await repoWithFeatureBranch({
      'keep.txt': 'one\ntwo\n',
      'drop.txt': 'x\ny\nz\n'
    })
    await repo.commit({
      author: ann,
      message: 'Change files',
      write: { 'keep.txt': 'one\nTWO\nthree\n', 'new/file.txt': 'n\n' },
      remove: ['drop.txt']
    })
    const { commits, files } = await readLocalChangeSet({ repo: repo.dir, base: 'main' })
    const expected = [
      { path: 'drop.txt', status: 'deleted', previousMode: '100644', additions: 0, deletions: 3 },
      {
        path: 'keep.txt',
        status: 'modified',
        mode: '100644',
        previousMode: '100644',
        additions: 2,
        deletions: 1
      },
      { path: 'new/file.txt', status: 'added', mode: '100644', additions: 1, deletions: 0 }
    ]
    expect(commits[0]?.files).toEqual(expected)
    // The net diff also carries each file's hunks (no context lines), for the secret scanner.
    expect(files).toEqual([
      { ...expected[0], patch: '@@ -1,3 +0,0 @@\n-x\n-y\n-z' },
      { ...expected[1], patch: '@@ -2 +2,2 @@ one\n-two\n+TWO\n+three' },
      { ...expected[2], patch: '@@ -0,0 +1 @@\n+n' }
    ])
  })

  it('reports a rename with the previous path', async () => {
    const { repo } = await repoWithFeatureBranch({
      'docs/guide.md': 'line one\nline two\nline three\n'
    })
    await repo.commit({
      author: ann,
      message: 'Move guide',
      rename: [['docs/guide.md', 'handbook/guide.md']]
    })
    const { commits } = await readLocalChangeSet({ repo: repo.dir, base: 'main' })
    expect(commits[0]?.files).toEqual([
      {
        path: 'handbook/guide.md',
        previousPath: 'docs/guide.md',
        status: 'renamed',
        mode: '100644',
        previousMode: '100644',
        additions: 0,
        deletions: 0
      }
    ])
  })

  it('reports symlinks as mode 120000 and executables as mode 100755', async () => {
    const { repo } = await repoWithFeatureBranch({ 'run.sh': 'echo hi\n' })
    await repo.commit({
      author: ann,
      message: 'Modes',
      executable: ['run.sh'],
      symlink: { latest: 'run.sh' }
    })
    const { commits } = await readLocalChangeSet({ repo: repo.dir, base: 'main' })
    expect(commits[0]?.files).toEqual([
      { path: 'latest', status: 'added', mode: '120000', additions: 1, deletions: 0 },
      {
        path: 'run.sh',
        status: 'modified',
        mode: '100755',
        previousMode: '100644',
        additions: 0,
        deletions: 0
      }
    ])
  })

  it('reads a file turned into a symlink as a type change', async () => {
    const { repo } = await repoWithFeatureBranch({ 'config.yml': 'a: 1\n', 'real.yml': 'b: 2\n' })
    await repo.commit({
      author: ann,
      message: 'Link config',
      remove: ['config.yml'],
      symlink: { 'config.yml': 'real.yml' }
    })
    const { commits } = await readLocalChangeSet({ repo: repo.dir, base: 'main' })
    expect(
      commits[0]?.files.map(file => [file.path, file.status, file.previousMode, file.mode])
    ).toEqual([['config.yml', 'type-changed', '100644', '120000']])
  })

  it('keeps file names with spaces, quotes, a newline and unicode exactly', async () => {
    const { repo } = await repoWithFeatureBranch()
    const names = [
      'with space.txt',
      'say "hi".txt',
      'two\nlines.txt',
      'ünïcødé/😀.md',
      "it's\ta tab.txt"
    ]
    await repo.commit({
      author: ann,
      message: 'Odd names',
      write: Object.fromEntries(names.map(name => [name, 'x\n']))
    })
    const { commits, files } = await readLocalChangeSet({ repo: repo.dir, base: 'main' })
    const sorted = [...names].sort()
    expect(commits[0]?.files.map(file => file.path).sort()).toEqual(sorted)
    expect(files.map(file => file.path).sort()).toEqual(sorted)
  })

  it('leaves line counts unset for binary files', async () => {
    const { repo } = await repoWithFeatureBranch()
    await repo.commit({
      author: ann,
      message: 'Logo',
      write: { 'logo.png': Buffer.from([0x89, 0x50, 0x00, 0x01]) }
    })
    const { files } = await readLocalChangeSet({ repo: repo.dir, base: 'main' })
    expect(files).toEqual([{ path: 'logo.png', status: 'added', mode: '100644' }])
  })

  it('lists every file of a root commit that the branch merges in as added', async () => {
    const { repo } = await repoWithFeatureBranch()
    await repo.git('checkout', '--quiet', '--orphan', 'vendor')
    await repo.git('rm', '--quiet', '-r', '--cached', '.')
    await repo.git('clean', '--quiet', '-f', '-d')
    const root = await repo.commit({
      author: ann,
      message: 'Vendored lib',
      write: { 'lib/v.js': 'v\n' }
    })
    await repo.checkout('feature')
    await repo.merge('vendor', {
      author: ann,
      message: 'Merge vendor',
      allowUnrelatedHistories: true
    })
    const { commits } = await readLocalChangeSet({ repo: repo.dir, base: 'main' })
    expect(commits[0]).toMatchObject({ sha: root, parents: [] })
    expect(commits[0]?.files).toEqual([
      { path: 'lib/v.js', status: 'added', mode: '100644', additions: 1, deletions: 0 }
    ])
  })

  it('reads the files of many commits correctly in one batch', async () => {
    const { repo } = await repoWithFeatureBranch()
    for (let index = 0; index < 40; index++) {
      await repo.commit({
        author: ann,
        message: `Commit ${index}`,
        write: { [`file-${index}.txt`]: `${index}\n` }
      })
    }
    const { commits } = await readLocalChangeSet({ repo: repo.dir, base: 'main' })
    expect(commits.map(commit => commit.message)).toEqual(
      Array.from({ length: 40 }, (_, index) => `Commit ${index}`)
    )
    expect(commits.map(commit => commit.files.map(file => file.path))).toEqual(
      Array.from({ length: 40 }, (_, index) => [`file-${index}.txt`])
    )
  })

  it('accepts a head other than HEAD and a base given as a SHA', async () => {
    const { repo, base } = await repoWithFeatureBranch()
    const tip = await repo.commit({ author: ann, message: 'On feature', write: { 'f.txt': 'f\n' } })
    await repo.checkout('main')
    const changeSet = await readLocalChangeSet({ repo: repo.dir, base, head: 'feature' })
    expect(changeSet.headSha).toBe(tip)
    expect(changeSet.commits.map(commit => commit.sha)).toEqual([tip])
  })
})

describe('readLocalChangeSet: patches of the net diff', () => {
  it('gives a file turned into a symlink both sides of the type change, and a binary file none', async () => {
    const { repo } = await repoWithFeatureBranch({ 'link.txt': 'plain\n', 'logo.png': 'x' })
    await repo.commit({
      author: ann,
      message: 'Link and image',
      remove: ['link.txt'],
      symlink: { 'link.txt': '../.env' },
      write: { 'logo.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]) }
    })
    const { files } = await readLocalChangeSet({ repo: repo.dir, base: 'main' })
    expect(files.map(f => [f.path, f.status, f.patch])).toEqual([
      [
        'link.txt',
        'type-changed',
        '@@ -1 +0,0 @@\n-plain\n@@ -0,0 +1 @@\n+../.env\n\\ No newline at end of file'
      ],
      ['logo.png', 'modified', undefined]
    ])
  })
})
