import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { UserError } from '../../src/errors.js'
import { GitHubApiError } from '../../src/github/api-errors.js'
import { createGitHubClient, type GitHubClient } from '../../src/github/client.js'
import { readPullRequest } from '../../src/github/pull-request.js'
import { MalformedResponseError } from '../../src/github/response.js'
import {
  primaryRateLimit,
  secondaryRateLimit,
  startFakeGitHub,
  type FakeGitHub
} from '../fakes/github-api.js'
import { buildSmallPullRequest, clientFor, OWNER, REPO, type SmallPullRequest } from './fixtures.js'

const PULL_ROUTE = 'GET /repos/{owner}/{repo}/pulls/{pull_number}'
const FILES_ROUTE = 'GET /repos/{owner}/{repo}/pulls/{pull_number}/files'
const PULL_PATH = /^\/repos\/octo\/app\/pulls\/7$/
const FILES_PATH = /^\/repos\/octo\/app\/pulls\/7\/files/

let fake: FakeGitHub
let client: GitHubClient
let pr: SmallPullRequest

beforeAll(async () => {
  pr = await buildSmallPullRequest()
  fake = await startFakeGitHub()
  fake.addRepository({ owner: OWNER, name: REPO, dir: pr.repo.dir })
  fake.addPullRequest({
    owner: OWNER,
    repo: REPO,
    number: 7,
    base: 'main',
    head: 'feature',
    author: { login: 'dev-one', id: 5001, type: 'User' }
  })
  client = clientFor(fake)
})

afterAll(async () => {
  await fake.close()
  await pr.repo.cleanup()
})

const read = (number = 7, using = client) =>
  readPullRequest(using, { owner: OWNER, repo: REPO, number, needsPerCommitFiles: () => false })

/** Statuses the server answered on `route` since `from` (an index into fake.requests). */
const statusesSince = (from: number, route: string) =>
  fake.requests
    .slice(from)
    .filter(request => request.route === route)
    .map(request => request.status)

describe('errors the user can fix', () => {
  it('names the token when GitHub rejects it', async () => {
    const wrongToken = createGitHubClient({ token: 'ghs_wrong', apiUrl: fake.url })
    await expect(read(7, wrongToken)).rejects.toThrow(
      new UserError(
        'the token was rejected while reading pull request #7 of octo/app (GitHub answered 401: Bad credentials)',
        'Check the token input: it may be mistyped, expired or revoked'
      )
    )
  })

  it('names the permission when GitHub forbids the read', async () => {
    fake.failNext(
      { path: FILES_PATH },
      { status: 403, body: { message: 'Resource not accessible by integration' } }
    )
    await expect(read()).rejects.toThrow(
      new UserError(
        'the token is not allowed to read the files of pull request #7 of octo/app (GitHub answered 403: Resource not accessible by integration)',
        'Grant the workflow `permissions: pull-requests: read`, or use a token that has it'
      )
    )
  })

  it('names the resource GitHub cannot find', async () => {
    await expect(read(999)).rejects.toThrow(
      new UserError(
        'pull request #999 of octo/app was not found or the token cannot see it',
        'Check the name, and that the token has `pull-requests: read` on the repository'
      )
    )
  })

  it('does not retry a 404', async () => {
    const from = fake.requests.length
    await expect(read(999)).rejects.toThrow(UserError)
    expect(statusesSince(from, PULL_ROUTE)).toEqual([404])
  })

  it('explains a primary rate limit that resets too far ahead to wait for', async () => {
    const reset = Math.floor(Date.parse('2030-01-01T00:00:00Z') / 1000)
    fake.failNext({ path: PULL_PATH }, primaryRateLimit(reset))
    await expect(read()).rejects.toThrow(
      new UserError(
        "GitHub's API rate limit stopped agent-audit while reading pull request #7 of octo/app (GitHub answered 403: API rate limit exceeded for installation ID 1.)",
        'Run it again after the limit resets (at 2030-01-01T00:00:00.000Z), or use a token with a higher limit, such as a GitHub App installation token'
      )
    )
  })
})

describe('transient failures', () => {
  it('retries a 502 without the caller noticing', async () => {
    const from = fake.requests.length
    fake.failNext({ path: PULL_PATH }, { status: 502 })
    const { changeSet } = await read()
    expect(changeSet.headSha).toBe(pr.feature)
    expect(statusesSince(from, PULL_ROUTE)).toEqual([502, 200])
  })

  it('waits out a secondary rate limit and retries', async () => {
    const from = fake.requests.length
    fake.failNext({ path: FILES_PATH }, secondaryRateLimit(1))
    const { changeSet } = await read()
    expect(changeSet.files).toHaveLength(4)
    expect(statusesSince(from, FILES_ROUTE)).toEqual([403, 200])
  })

  it('gives up on a secondary rate limit after two retries', async () => {
    const from = fake.requests.length
    fake.failNext({ path: FILES_PATH }, secondaryRateLimit(1, 3))
    await expect(read()).rejects.toThrow(
      "GitHub's API rate limit stopped agent-audit while reading the files of pull request #7 of octo/app"
    )
    expect(statusesSince(from, FILES_ROUTE)).toEqual([403, 403, 403])
  })

  it('fails the run, not the user, when GitHub keeps failing', async () => {
    const from = fake.requests.length
    fake.failNext({ path: PULL_PATH }, { status: 500, times: 4 })
    const failure = read()
    await expect(failure).rejects.toThrow(
      'reading pull request #7 of octo/app failed (GitHub answered 500: Server Error)'
    )
    await expect(failure).rejects.toBeInstanceOf(GitHubApiError)
    await expect(failure).rejects.not.toBeInstanceOf(UserError)
    expect(statusesSince(from, PULL_ROUTE)).toEqual([500, 500, 500, 500])
  })
})

describe('failing closed', () => {
  it('rejects a page that is not JSON instead of treating it as empty', async () => {
    fake.failNext({ path: FILES_PATH }, { status: 200, body: '[{"filename": "src/a' })
    const failure = read()
    await expect(failure).rejects.toThrow(
      new MalformedResponseError(
        'the files of pull request #7 of octo/app',
        'expected a list, got text'
      )
    )
  })

  it('rejects a page cut off mid-body', async () => {
    fake.failNext({ path: FILES_PATH }, { status: 200, body: [{ filename: 'a' }], truncate: true })
    await expect(read()).rejects.toThrow(
      'GitHub sent a malformed response for the files of pull request #7 of octo/app'
    )
  })

  it('rejects a file entry without the fields the audit needs', async () => {
    fake.failNext({ path: FILES_PATH }, { status: 200, body: [{ status: 'added' }] })
    await expect(read()).rejects.toThrow(
      new MalformedResponseError(
        'a file of pull request #7 of octo/app',
        'field "filename" should be a string, got undefined'
      )
    )
  })

  it('will not follow a next-page link to another host, which would leak the token', async () => {
    fake.failNext(
      { path: FILES_PATH },
      {
        status: 200,
        body: [],
        headers: { link: '<https://elsewhere.example/files?page=2>; rel="next"' }
      }
    )
    await expect(read()).rejects.toThrow(
      new MalformedResponseError(
        'the files of pull request #7 of octo/app',
        'the next-page link leaves the API: https://elsewhere.example/files?page=2'
      )
    )
  })

  it('gives up on a request GitHub never answers', async () => {
    const impatient = clientFor(fake, 300)
    fake.failNext({ path: PULL_PATH }, { status: 200, hang: true })
    const started = Date.now()
    const failure = read(7, impatient)
    await expect(failure).rejects.toThrow(
      'GitHub did not answer within 0.3 s while agent-audit was reading pull request #7 of octo/app'
    )
    await expect(failure).rejects.toBeInstanceOf(GitHubApiError)
    expect(Date.now() - started).toBeLessThan(3000)
  })
})

describe('the API address', () => {
  it('uses the apiUrl given, whatever GITHUB_API_URL said at import time', async () => {
    const saved = process.env.GITHUB_API_URL
    process.env.GITHUB_API_URL = 'http://127.0.0.1:9'
    try {
      const withSlash = createGitHubClient({ token: fake.token, apiUrl: `${fake.url}/` })
      const { changeSet } = await read(7, withSlash)
      expect(changeSet.headSha).toBe(pr.feature)
    } finally {
      if (saved === undefined) delete process.env.GITHUB_API_URL
      else process.env.GITHUB_API_URL = saved
    }
  })
})
