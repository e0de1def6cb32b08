// GitHubClient.post and .patch against the fake GitHub API: bodies sent as JSON apart from the
// path parameters, the same error translation as get, and the fake's check-run and comment
// routes behaving like GitHub's (validation, appended annotations, 403 switches).
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { GitHubApiError, isRefusal } from '../../src/github/api-errors.js'
import type { GitHubClient } from '../../src/github/client.js'
import { startFakeGitHub, type FakeGitHub } from '../fakes/github-api.js'
import { buildSmallPullRequest, clientFor, OWNER, REPO, type SmallPullRequest } from './fixtures.js'

const CHECKS = { description: 'the check runs of octo/app', permission: 'checks: write' }
const COMMENTS = { description: 'the comments of #7', permission: 'pull-requests: write' }
const CREATE_CHECK = 'POST /repos/{owner}/{repo}/check-runs'
const UPDATE_CHECK = 'PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}'
const CREATE_COMMENT = 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments'
const UPDATE_COMMENT = 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}'

let fake: FakeGitHub
let client: GitHubClient
let pr: SmallPullRequest

beforeAll(async () => {
  pr = await buildSmallPullRequest()
})

afterAll(async () => {
  await pr.repo.cleanup()
})

beforeEach(async () => {
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

afterEach(async () => {
  await fake.close()
})

const repo = { owner: OWNER, repo: REPO }
const annotation = (line: number) => ({
  path: 'src/app.ts',
  start_line: line,
  end_line: line,
  annotation_level: 'warning',
  message: `line ${line}`
})
const annotations = (from: number, count: number) =>
  Array.from({ length: count }, (_, index) => annotation(from + index))

function createCheck(body: Record<string, unknown> = {}) {
  return client.post(
    CREATE_CHECK,
    repo,
    {
      name: 'agent-audit',
      head_sha: pr.feature,
      status: 'completed',
      conclusion: 'failure',
      ...body
    },
    CHECKS
  )
}

describe('post and patch', () => {
  it('sends the body as JSON, apart from the path parameters', async () => {
    // A body field named like a path parameter must stay in the body.
    const response = await client.post(
      CREATE_COMMENT,
      { ...repo, issue_number: 7 },
      { body: 'hello', owner: 'someone-else' },
      COMMENTS
    )

    expect(response.data).toMatchObject({
      body: 'hello',
      user: { login: 'github-actions[bot]', type: 'Bot' }
    })
    expect(fake.comments()).toEqual([
      expect.objectContaining({ repository: 'octo/app', issueNumber: 7, body: 'hello', edits: 0 })
    ])
    expect(fake.requests.map(request => `${request.method} ${request.path}`)).toEqual([
      'POST /repos/octo/app/issues/7/comments'
    ])
  })

  it('updates in place with patch', async () => {
    const created = await client.post(
      CREATE_COMMENT,
      { ...repo, issue_number: 7 },
      { body: 'a' },
      COMMENTS
    )
    const id = (created.data as { id: number }).id
    const updated = await client.patch(
      UPDATE_COMMENT,
      { ...repo, comment_id: id },
      { body: 'b' },
      COMMENTS
    )

    expect(updated.data).toMatchObject({ id, body: 'b' })
    expect(fake.comments()).toEqual([expect.objectContaining({ id, body: 'b', edits: 1 })])
  })

  it('turns a 403 into a refusal that names the permission, without retrying', async () => {
    fake.denyComments(true)
    const writing = client.post(
      CREATE_COMMENT,
      { ...repo, issue_number: 7 },
      { body: 'x' },
      COMMENTS
    )

    const error = await writing.catch((caught: unknown) => caught)
    expect(isRefusal(error, 'forbidden')).toBe(true)
    expect((error as Error).message).toContain('`permissions: pull-requests: write`')
    expect(fake.routeCounts()[CREATE_COMMENT]).toBe(1)
  })

  it('turns a 404 into a not-found refusal', async () => {
    const writing = client.patch(
      UPDATE_COMMENT,
      { ...repo, comment_id: 1 },
      { body: 'x' },
      COMMENTS
    )

    expect(isRefusal(await writing.catch((caught: unknown) => caught), 'not-found')).toBe(true)
  })

  it('does not retry a 422: the same body would be refused again', async () => {
    const writing = createCheck({
      output: { title: 't', summary: 's', annotations: annotations(1, 51) }
    })

    const error = await writing.catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(GitHubApiError)
    expect((error as GitHubApiError).status).toBe(422)
    expect(fake.routeCounts()[CREATE_CHECK]).toBe(1)
    expect(fake.checkRuns()).toEqual([])
  })

  it('retries a 502 and then succeeds', async () => {
    fake.failNext({ method: 'POST', path: /check-runs$/ }, { status: 502 })
    await createCheck()

    expect(fake.requests.map(request => request.status)).toEqual([502, 201])
    expect(fake.checkRuns()).toHaveLength(1)
  })
})

describe('the fake Checks API', () => {
  it('appends the annotations of every update, as GitHub does', async () => {
    const created = await createCheck({
      output: { title: 't', summary: 's', annotations: annotations(1, 50) }
    })
    const id = (created.data as { id: number }).id
    await client.patch(
      UPDATE_CHECK,
      { ...repo, check_run_id: id },
      { output: { title: 't', summary: 's2', annotations: annotations(51, 7) } },
      CHECKS
    )

    const [run] = fake.checkRuns()
    expect(run?.annotations.map(item => item.start_line)).toEqual(
      Array.from({ length: 57 }, (_, index) => index + 1)
    )
    expect(run?.annotationBatches).toEqual([50, 7])
    expect(run?.output).toEqual({ title: 't', summary: 's2' })
    expect(run?.updates).toBe(1)
  })

  it('lists check runs of a commit by name, newest first, with the app that made them', async () => {
    const seeded = fake.addCheckRun(OWNER, REPO, { name: 'agent-audit', headSha: pr.feature })
    await createCheck({ external_id: 'agent-audit' })
    await createCheck({ name: 'other' })

    const listed = await client.get(
      'GET /repos/{owner}/{repo}/commits/{ref}/check-runs',
      { ...repo, ref: pr.feature, check_name: 'agent-audit', filter: 'all' },
      CHECKS
    )
    const body = listed.data as {
      total_count: number
      check_runs: { id: number; external_id: string; app: { slug: string } }[]
    }
    expect(body.total_count).toBe(2)
    expect(body.check_runs.map(run => [run.external_id, run.app.slug])).toEqual([
      ['agent-audit', 'github-actions'],
      ['', 'github-actions']
    ])
    expect(body.check_runs[1]?.id).toBe(seeded)
  })

  it('refuses every check-run route with 403 when checks are denied', async () => {
    fake.denyChecks(true)

    expect(isRefusal(await createCheck().catch((caught: unknown) => caught), 'forbidden')).toBe(
      true
    )
  })

  it('refuses a head_sha that is not a commit of the repository', async () => {
    const error = await createCheck({ head_sha: 'f'.repeat(40) }).catch((caught: unknown) => caught)

    expect((error as GitHubApiError).status).toBe(422)
  })
})
