import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { UserError } from '../../src/errors.js'
import type { GitHubClient } from '../../src/github/client.js'
import { readFileAtRef } from '../../src/github/contents.js'
import { startFakeGitHub, type FakeGitHub } from '../fakes/github-api.js'
import { GitRepo } from '../helpers/git-repo.js'
import { clientFor, DEV, OWNER, REPO } from './fixtures.js'

const POLICY = 'rules:\n  - agents: [copilot]\n    allow: ["src/**"]  # ünïcode ✓\n'

let repo: GitRepo
let fake: FakeGitHub
let client: GitHubClient
let first: string
let second: string

beforeAll(async () => {
  repo = await GitRepo.create()
  first = await repo.commit({
    author: DEV,
    message: 'Add policy',
    write: { '.github/agent-policy.yml': POLICY, 'big/blob.txt': 'x'.repeat(1024 * 1024 + 1) }
  })
  second = await repo.commit({
    author: DEV,
    message: 'Loosen policy',
    write: { '.github/agent-policy.yml': 'rules: []\n' }
  })
  fake = await startFakeGitHub()
  fake.addRepository({ owner: OWNER, name: REPO, dir: repo.dir })
  client = clientFor(fake)
})

afterAll(async () => {
  await fake.close()
  await repo.cleanup()
})

const readAt = (path: string, ref: string) =>
  readFileAtRef(client, { owner: OWNER, repo: REPO, path, ref })

describe('readFileAtRef', () => {
  it('decodes the file as it was at the given commit', async () => {
    expect(await readAt('.github/agent-policy.yml', first)).toBe(POLICY)
    expect(await readAt('.github/agent-policy.yml', second)).toBe('rules: []\n')
  })

  it('answers undefined for a path the commit does not have', async () => {
    expect(await readAt('.github/missing.yml', first)).toBeUndefined()
  })

  it('refuses a directory', async () => {
    await expect(readAt('.github', first)).rejects.toThrow(
      new UserError(
        `.github at ${first} in octo/app is a directory, not a file`,
        'Give the path of a file'
      )
    )
  })

  it('refuses a file over 1 MB, which the contents API sends without content', async () => {
    await expect(readAt('big/blob.txt', first)).rejects.toThrow(
      new UserError(
        `big/blob.txt at ${first} in octo/app is larger than 1 MB, the most the contents API returns`,
        'Keep the file under 1 MB'
      )
    )
  })

  it('names the permission when the token may not read contents', async () => {
    fake.failNext(
      { path: /\/contents\// },
      { status: 403, body: { message: 'Resource not accessible by integration' } }
    )
    await expect(readAt('.github/agent-policy.yml', first)).rejects.toThrow(
      new UserError(
        `the token is not allowed to read the file .github/agent-policy.yml at ${first} in octo/app (GitHub answered 403: Resource not accessible by integration)`,
        'Grant the workflow `permissions: contents: read`, or use a token that has it'
      )
    )
  })

  it('fails closed on a file object without content', async () => {
    fake.failNext(
      { path: /\/contents\// },
      { status: 200, body: { type: 'file', encoding: 'base64' } }
    )
    await expect(readAt('.github/agent-policy.yml', first)).rejects.toThrow(
      'GitHub sent a malformed response for the file .github/agent-policy.yml'
    )
  })
})
