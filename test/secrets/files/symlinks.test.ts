import { afterEach, describe, expect, it } from '@jest/globals'
import type { FileChange } from '../../../src/engine/change-set.js'
import { classifySymlink, symlinkTarget } from '../../../src/secrets/files/secret-files.js'
import { GitRepo } from '../../helpers/git-repo.js'

const link = (path: string, status: FileChange['status'] = 'added'): FileChange => ({
  path,
  status,
  mode: '120000'
})

describe('classifySymlink', () => {
  it.each([
    ['config/app.env', '/home/runner/.aws/credentials'],
    ['key', '~/.ssh/id_rsa'],
    ['public/env.txt', '../.env'],
    ['docs/secrets/link', '../../deploy/prod.tfstate'],
    ['a/b/c', '../../.git/config'],
    ['windows', 'C:\\Users\\runner\\.ssh\\id_ed25519']
  ])('reports %s -> %s as a symlink to a secret file', (path, target) => {
    expect(classifySymlink(link(path), target)?.rule).toBe('symlink-to-secret')
  })

  it.each([
    ['passwd', '/etc/passwd'],
    ['proc', '/proc/self/environ'],
    ['a/b/escape', '../../../outside.txt'],
    ['home', '~'],
    ['windows', '..\\..\\outside.txt']
  ])('reports %s -> %s as a symlink outside the repository', (path, target) => {
    expect(classifySymlink(link(path), target)?.rule).toBe('symlink-outside-repo')
  })

  it.each([
    ['docs/latest', 'v2'],
    ['a/b/readme', '../../README.md'],
    ['bin/tool', './../scripts/tool.sh'],
    ['config/.env.example', '../.env.example']
  ])('leaves %s -> %s alone', (path, target) => {
    expect(classifySymlink(link(path), target)).toBeUndefined()
  })

  it('explains the match with the target and the rule title', () => {
    expect(classifySymlink(link('config/app.env'), '/home/runner/.aws/credentials')).toEqual({
      rule: 'symlink-to-secret',
      title: 'Symlink to a secret file',
      path: 'config/app.env',
      reason:
        'The symlink points at "/home/runner/.aws/credentials", which the secret-file list counts as "AWS credentials file". It is an absolute path, outside the repository.'
    })
    expect(classifySymlink(link('x/y'), '../../../etc/shadow')).toEqual({
      rule: 'symlink-outside-repo',
      title: 'Symlink outside the repository',
      path: 'x/y',
      reason: 'The symlink points at "../../../etc/shadow". It climbs out of the repository.'
    })
  })

  it('ignores deleted links and files that are not links', () => {
    expect(
      classifySymlink(link('creds', 'deleted'), '/home/runner/.aws/credentials')
    ).toBeUndefined()
    const regular: FileChange = { path: 'creds', status: 'added', mode: '100644' }
    expect(classifySymlink(regular, '/home/runner/.aws/credentials')).toBeUndefined()
  })

  it('checks a retargeted link (modified) too', () => {
    expect(classifySymlink(link('latest', 'modified'), '/etc/passwd')?.rule).toBe(
      'symlink-outside-repo'
    )
  })
})

describe('symlinkTarget with patches from real git', () => {
  const repos: GitRepo[] = []
  afterEach(async () => {
    await Promise.all(repos.splice(0).map(repo => repo.cleanup()))
  })

  it('reads the target of an added and of a retargeted symlink from their diffs', async () => {
    const repo = await GitRepo.create()
    repos.push(repo)
    const author = { name: 'Ann', email: 'ann@example.com' }
    await repo.commit({ author, message: 'base', write: { 'README.md': 'hi\n' } })
    await repo.commit({
      author,
      message: 'link',
      symlink: { 'config/creds': '/home/runner/.aws/credentials' }
    })
    const addedPatch = await repo.git('diff', 'HEAD~1', 'HEAD', '--', 'config/creds')
    await repo.commit({
      author,
      message: 'retarget',
      remove: ['config/creds'],
      symlink: { 'config/creds': '../.env' }
    })
    const retargetPatch = await repo.git('diff', 'HEAD~1', 'HEAD', '--', 'config/creds')

    expect(symlinkTarget(addedPatch)).toBe('/home/runner/.aws/credentials')
    expect(symlinkTarget(retargetPatch)).toBe('../.env')
    expect(
      classifySymlink(link('config/creds', 'modified'), symlinkTarget(retargetPatch) ?? '')?.rule
    ).toBe('symlink-to-secret')
  })

  it('gives no target for a patch without exactly one added line', () => {
    expect(symlinkTarget(undefined)).toBeUndefined()
    expect(symlinkTarget('@@ -1 +0,0 @@\n-old\n')).toBeUndefined()
    expect(symlinkTarget('@@ -0,0 +1,2 @@\n+a\n+b\n')).toBeUndefined()
  })
})
