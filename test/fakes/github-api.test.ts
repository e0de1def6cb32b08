// Proves the fake GitHub REST API against real git repositories, with plain fetch (exact wire
// format) and with the real Octokit from @actions/github (it must follow our Link headers).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { GitRepo, type Identity } from '../helpers/git-repo.js'
import { secondaryRateLimit, shortPage, startFakeGitHub, type FakeGitHub } from './github-api.js'

const DEV: Identity = { name: 'Dev One', email: '5001+dev-one@users.noreply.github.com' }
const BOT: Identity = {
  name: 'github-actions[bot]',
  email: '41898282+github-actions[bot]@users.noreply.github.com'
}
const MAPPED: Identity = { name: 'Mapped Person', email: 'Mapped@Example.com' }
const STRANGER: Identity = { name: 'Stranger', email: 'stranger@example.org' }
const POLICY =
  'rules:\n  - agents: [copilot]\n    allow: ["src/**"]\n    deny: ["infra/**", ".github/**"]\n'
const BINARY = Buffer.from([0, 1, 2, 3, 255, 254, 0, 7])
const ICON = Buffer.from([9, 0, 8, 0, 7, 0, 6, 0, 5, 0, 4, 0, 3])

interface Answer {
  status: number
  headers: Headers
  body: unknown
}

let fake: FakeGitHub
let small: GitRepo
const shas: Record<string, string> = {}

async function call(
  path: string,
  token: string | null = fake.token,
  accept?: string
): Promise<Answer> {
  const headers: Record<string, string> = {}
  if (token !== null) headers.authorization = `token ${token}`
  if (accept) headers.accept = accept
  const response = await fetch(`${fake.url}${path}`, { headers })
  const text = await response.text()
  const isJson = response.headers.get('content-type')?.startsWith('application/json')
  return {
    status: response.status,
    headers: response.headers,
    body: isJson ? JSON.parse(text) : text
  }
}

const asList = (body: unknown) => body as Record<string, unknown>[]
const asObject = (body: unknown) => body as Record<string, unknown>
const wrapped = (text: string | Buffer) =>
  (
    Buffer.from(text)
      .toString('base64')
      .match(/.{1,60}/g) ?? []
  )
    .map(line => `${line}\n`)
    .join('')

/**
 * main: README, src/app.ts, docs/guide.md, assets/logo.bin, .github/agent-audit.yml
 * feature (PR #1, from main's first commit): DEV renames the guide (with an edit), BOT edits
 * src/app.ts and adds a binary, MAPPED removes the logo, STRANGER adds src/new.ts.
 * main then moves on (README edit), so base.sha differs from the merge-base.
 */
async function buildSmallRepo(): Promise<GitRepo> {
  const repo = await GitRepo.create()
  const guide = Array.from({ length: 20 }, (_, i) => `guide line ${i + 1}`).join('\n') + '\n'
  shas.root = await repo.commit({
    author: DEV,
    message: 'Initial commit',
    write: {
      'README.md': '# widgets\n',
      'src/app.ts': 'export const answer = 41\n',
      'docs/guide.md': guide,
      'assets/logo.bin': BINARY,
      '.github/agent-audit.yml': POLICY
    }
  })
  await repo.branch('feature')
  await repo.checkout('feature')
  shas.rename = await repo.commit({
    author: DEV,
    message: 'Move the guide\n\nCo-authored-by: Someone <someone@example.com>\n',
    rename: [['docs/guide.md', 'docs/handbook.md']],
    write: { 'docs/handbook.md': guide.replace('guide line 3\n', 'handbook line 3\n') }
  })
  shas.bot = await repo.commit({
    author: BOT,
    message: 'Bump the answer',
    write: { 'src/app.ts': 'export const answer = 42\n', 'assets/icon.bin': ICON }
  })
  shas.removal = await repo.commit({
    author: MAPPED,
    message: 'Drop logo',
    remove: ['assets/logo.bin']
  })
  shas.head = await repo.commit({
    author: STRANGER,
    committer: DEV,
    message: 'Add new module',
    write: { 'src/new.ts': 'export const a = 1\nexport const b = 2\n' }
  })
  await repo.checkout('main')
  shas.mainTip = await repo.commit({
    author: DEV,
    message: 'Edit README',
    write: { 'README.md': '# widgets!\n' }
  })
  return repo
}

beforeAll(async () => {
  small = await buildSmallRepo()
  fake = await startFakeGitHub()
  fake.addRepository({
    owner: 'acme',
    name: 'widgets',
    dir: small.dir,
    users: { 'mapped@example.com': { login: 'mapped-person', id: 777, type: 'User' } }
  })
  fake.addPullRequest({
    owner: 'acme',
    repo: 'widgets',
    number: 1,
    base: 'main',
    head: 'feature',
    author: { login: 'dev-one', id: 5001, type: 'User' },
    title: 'Widgets overhaul',
    body: 'Does things',
    labels: ['agent', 'needs-review'],
    draft: true
  })
})

afterAll(async () => {
  await fake.close()
  await small.cleanup()
})

describe('pull request object', () => {
  it('reports the base branch tip as base.sha and counts against the merge-base', async () => {
    const { status, body } = await call('/repos/acme/widgets/pulls/1')
    const pull = asObject(body)
    expect(status).toBe(200)
    expect(pull.number).toBe(1)
    expect(pull.state).toBe('open')
    expect(pull.title).toBe('Widgets overhaul')
    expect(pull.body).toBe('Does things')
    expect(pull.draft).toBe(true)
    expect(asObject(pull.user)).toMatchObject({ login: 'dev-one', id: 5001, type: 'User' })
    expect(asList(pull.labels).map(label => label.name)).toEqual(['agent', 'needs-review'])
    expect(asObject(pull.head)).toMatchObject({ ref: 'feature', sha: shas.head })
    expect(asObject(asObject(pull.head).repo).full_name).toBe('acme/widgets')
    expect(asObject(pull.base)).toMatchObject({ ref: 'main', sha: shas.mainTip })
    expect(pull.commits).toBe(4)
    // handbook.md, assets/icon.bin, src/app.ts, assets/logo.bin, src/new.ts; README is main's own change
    expect(pull.changed_files).toBe(5)
    expect(pull.additions).toBe(1 + 1 + 2)
    expect(pull.deletions).toBe(1 + 1)
    expect(pull.html_url).toBe('https://github.com/acme/widgets/pull/1')
  })

  it('answers 404 with GitHub’s error body for an unknown pull request', async () => {
    const { status, body } = await call('/repos/acme/widgets/pulls/99')
    expect(status).toBe(404)
    expect(body).toEqual({
      message: 'Not Found',
      documentation_url: 'https://docs.github.com/rest',
      status: '404'
    })
  })
})

describe('pull request files', () => {
  it('lists renames with previous_filename, removals, binaries without patch, in path order', async () => {
    const { body } = await call('/repos/acme/widgets/pulls/1/files')
    const files = asList(body)
    expect(files.map(f => [f.filename, f.status])).toEqual([
      ['assets/icon.bin', 'added'],
      ['assets/logo.bin', 'removed'],
      ['docs/handbook.md', 'renamed'],
      ['src/app.ts', 'modified'],
      ['src/new.ts', 'added']
    ])
    const renamed = files[2] ?? {}
    expect(renamed.previous_filename).toBe('docs/guide.md')
    expect(renamed).toMatchObject({ additions: 1, deletions: 1, changes: 2 })
    expect(renamed.patch).toBe(
      '@@ -1,6 +1,6 @@\n guide line 1\n guide line 2\n-guide line 3\n+handbook line 3\n guide line 4\n guide line 5\n guide line 6'
    )
    expect('patch' in (files[0] ?? {})).toBe(false)
    expect(files[0]).toMatchObject({ additions: 0, deletions: 0, changes: 0 })
    expect(files[3]?.patch).toBe(
      '@@ -1 +1 @@\n-export const answer = 41\n+export const answer = 42'
    )
    expect(files[4]?.sha).toBe(await small.git('rev-parse', `${shas.head}:src/new.ts`))
  })

  it('paginates with exact absolute Link headers that keep per_page', async () => {
    const base = `${fake.url}/repos/acme/widgets/pulls/1/files`
    const first = await call('/repos/acme/widgets/pulls/1/files?per_page=2')
    expect(first.headers.get('link')).toBe(
      `<${base}?per_page=2&page=2>; rel="next", <${base}?per_page=2&page=3>; rel="last"`
    )
    const middle = await call('/repos/acme/widgets/pulls/1/files?per_page=2&page=2')
    expect(middle.headers.get('link')).toBe(
      `<${base}?per_page=2&page=1>; rel="prev", <${base}?per_page=2&page=3>; rel="next", ` +
        `<${base}?per_page=2&page=3>; rel="last", <${base}?per_page=2&page=1>; rel="first"`
    )
    expect(asList(middle.body).map(f => f.filename)).toEqual(['docs/handbook.md', 'src/app.ts'])
    const last = await call('/repos/acme/widgets/pulls/1/files?per_page=2&page=3')
    expect(last.headers.get('link')).toBe(
      `<${base}?per_page=2&page=2>; rel="prev", <${base}?per_page=2&page=1>; rel="first"`
    )
    const single = await call('/repos/acme/widgets/pulls/1/files?per_page=100')
    expect(single.headers.get('link')).toBeNull()
  })
})

describe('pull request commits', () => {
  it('lists commits oldest first, resolving noreply and registered emails to accounts', async () => {
    const { body } = await call('/repos/acme/widgets/pulls/1/commits')
    const commits = asList(body)
    expect(commits.map(c => c.sha)).toEqual([shas.rename, shas.bot, shas.removal, shas.head])
    expect(commits.map(c => (c.author as { login?: string } | null)?.login ?? null)).toEqual([
      'dev-one',
      'github-actions[bot]',
      'mapped-person',
      null
    ])
    expect(asObject(commits[1]?.author)).toMatchObject({ id: 41898282, type: 'Bot' })
    expect(asObject(commits[3]?.committer)).toMatchObject({ login: 'dev-one', id: 5001 })
    const first = asObject(commits[0]?.commit)
    expect(first.message).toBe('Move the guide\n\nCo-authored-by: Someone <someone@example.com>')
    expect(first.author).toEqual({
      name: 'Dev One',
      email: DEV.email,
      date: '2026-01-05T09:01:00Z'
    })
    expect(first.verification).toEqual({
      verified: false,
      reason: 'unsigned',
      signature: null,
      payload: null,
      verified_at: null
    })
    expect(commits[0]?.parents).toEqual([
      {
        sha: shas.root,
        url: `${fake.url}/repos/acme/widgets/commits/${shas.root}`,
        html_url: `https://github.com/acme/widgets/commit/${shas.root}`
      }
    ])
  })
})

describe('reviews', () => {
  it('lists reviews chronologically with resolved commit ids, paginated', async () => {
    fake.addReview('acme', 'widgets', 1, {
      login: 'late-reviewer',
      state: 'APPROVED',
      commitId: 'feature',
      submittedAt: '2026-03-02T10:00:00Z'
    })
    fake.addReview('acme', 'widgets', 1, {
      login: 'early-reviewer',
      id: 4242,
      state: 'CHANGES_REQUESTED',
      commitId: shas.bot ?? '',
      submittedAt: '2026-03-01T10:00:00Z',
      body: 'Please fix'
    })
    const { body, headers } = await call('/repos/acme/widgets/pulls/1/reviews?per_page=1')
    const [review] = asList(body)
    expect(review).toMatchObject({
      state: 'CHANGES_REQUESTED',
      commit_id: shas.bot,
      submitted_at: '2026-03-01T10:00:00Z',
      body: 'Please fix',
      author_association: 'MEMBER'
    })
    expect(asObject(review?.user)).toMatchObject({
      login: 'early-reviewer',
      id: 4242,
      type: 'User'
    })
    expect(headers.get('link')).toContain('rel="next"')
    const second = asList(
      (await call('/repos/acme/widgets/pulls/1/reviews?per_page=1&page=2')).body
    )
    expect(second[0]).toMatchObject({ state: 'APPROVED', commit_id: shas.head })
  })
})

describe('contents', () => {
  it('returns files as base64 wrapped every 60 characters, like GitHub', async () => {
    const { status, body } = await call(
      '/repos/acme/widgets/contents/.github/agent-audit.yml?ref=feature'
    )
    expect(status).toBe(200)
    const file = asObject(body)
    expect(file).toMatchObject({
      type: 'file',
      encoding: 'base64',
      name: 'agent-audit.yml',
      path: '.github/agent-audit.yml',
      size: Buffer.byteLength(POLICY),
      sha: await small.git('rev-parse', 'feature:.github/agent-audit.yml')
    })
    expect(file.content).toBe(wrapped(POLICY))
    expect((file.content as string).split('\n')[0]).toHaveLength(60)
    expect(Buffer.from(file.content as string, 'base64').toString()).toBe(POLICY)
  })

  it('accepts %2F-encoded paths and reads the default branch without ref', async () => {
    const { body } = await call('/repos/acme/widgets/contents/README.md')
    expect(asObject(body).content).toBe(wrapped('# widgets!\n'))
    const encoded = await call('/repos/acme/widgets/contents/src%2Fapp.ts?ref=feature')
    expect(asObject(encoded.body).content).toBe(wrapped('export const answer = 42\n'))
  })

  it('lists directories as arrays and answers 404 for missing paths and refs', async () => {
    const listing = await call('/repos/acme/widgets/contents/src?ref=feature')
    expect(asList(listing.body).map(e => [e.name, e.type, e.path])).toEqual([
      ['app.ts', 'file', 'src/app.ts'],
      ['new.ts', 'file', 'src/new.ts']
    ])
    const missing = await call('/repos/acme/widgets/contents/docs/guide.md?ref=feature')
    expect(missing.status).toBe(404)
    expect(missing.body).toEqual({
      message: 'Not Found',
      documentation_url: 'https://docs.github.com/rest',
      status: '404'
    })
    const badRef = await call('/repos/acme/widgets/contents/README.md?ref=nope')
    expect(badRef.status).toBe(404)
    expect(asObject(badRef.body).message).toBe('No commit found for the ref nope')
  })

  it('serves raw bytes for the raw media type', async () => {
    const raw = await call(
      '/repos/acme/widgets/contents/src/new.ts?ref=feature',
      fake.token,
      'application/vnd.github.raw+json'
    )
    expect(raw.body).toBe('export const a = 1\nexport const b = 2\n')
  })
})

describe('symlinks and mode changes', () => {
  it('follows symlinks to files, describes others, and reports chmod-only changes as changed', async () => {
    const repo = await GitRepo.create()
    try {
      await repo.commit({ author: DEV, message: 'one', write: { 'tool.sh': 'echo hi\n' } })
      const head = await repo.commit({
        author: DEV,
        message: 'two',
        executable: ['tool.sh'],
        symlink: { 'alias.sh': 'tool.sh', outside: '../etc/passwd' }
      })
      fake.addRepository({ owner: 'acme', name: 'links', dir: repo.dir })
      const followed = asObject((await call('/repos/acme/links/contents/alias.sh')).body)
      expect(followed).toMatchObject({
        type: 'file',
        path: 'tool.sh',
        content: wrapped('echo hi\n')
      })
      const dangling = asObject((await call('/repos/acme/links/contents/outside')).body)
      expect(dangling).toMatchObject({ type: 'symlink', target: '../etc/passwd', path: 'outside' })
      const commit = asObject((await call(`/repos/acme/links/commits/${head}`)).body)
      expect(asList(commit.files).map(f => [f.filename, f.status, f.changes])).toEqual([
        ['alias.sh', 'added', 1],
        ['outside', 'added', 1],
        ['tool.sh', 'changed', 0]
      ])
    } finally {
      await repo.cleanup()
    }
  })
})

describe('single commit', () => {
  it('returns the commit with stats and files against the first parent', async () => {
    const { body } = await call(`/repos/acme/widgets/commits/${shas.bot}`)
    const commit = asObject(body)
    expect(commit.sha).toBe(shas.bot)
    expect(commit.stats).toEqual({ total: 2, additions: 1, deletions: 1 })
    expect(asList(commit.files).map(f => [f.filename, f.status])).toEqual([
      ['assets/icon.bin', 'added'],
      ['src/app.ts', 'modified']
    ])
    expect(asObject(commit.author).login).toBe('github-actions[bot]')
  })

  it('treats the root commit as adding every file and answers 422 for unknown shas', async () => {
    const root = asObject((await call(`/repos/acme/widgets/commits/${shas.root}`)).body)
    expect(asList(root.files)).toHaveLength(5)
    const unknown = await call(
      '/repos/acme/widgets/commits/0123456789abcdef0123456789abcdef01234567'
    )
    expect(unknown.status).toBe(422)
    expect(asObject(unknown.body).message).toBe(
      'No commit found for SHA: 0123456789abcdef0123456789abcdef01234567'
    )
  })
})

describe('auth, headers and unknown routes', () => {
  it('rejects requests without the token or with another one', async () => {
    const none = await call('/repos/acme/widgets/pulls/1', null)
    expect(none.status).toBe(401)
    expect(none.body).toEqual({
      message: 'Requires authentication',
      documentation_url: 'https://docs.github.com/rest',
      status: '401'
    })
    const wrong = await call('/repos/acme/widgets/pulls/1', 'ghp_wrong')
    expect(wrong.status).toBe(401)
    expect(asObject(wrong.body).message).toBe('Bad credentials')
    const bearer = await fetch(`${fake.url}/repos/acme/widgets/pulls/1`, {
      headers: { authorization: `Bearer ${fake.token}` }
    })
    expect(bearer.status).toBe(200)
  })

  it('sends GitHub’s headers and logs every request with its route', async () => {
    const before = fake.routeCounts()['GET /repos/{owner}/{repo}/pulls/{pull_number}/files'] ?? 0
    const answer = await call('/repos/acme/widgets/pulls/1/files')
    expect(answer.headers.get('content-type')).toBe('application/json; charset=utf-8')
    expect(answer.headers.get('x-ratelimit-limit')).toBe('5000')
    expect(answer.headers.get('x-ratelimit-resource')).toBe('core')
    expect(Number(answer.headers.get('x-ratelimit-used'))).toBe(
      5000 - Number(answer.headers.get('x-ratelimit-remaining'))
    )
    expect(answer.headers.get('x-github-request-id')).toMatch(/^[0-9A-F]{4}:[0-9A-F]{4}:/)
    expect(fake.routeCounts()['GET /repos/{owner}/{repo}/pulls/{pull_number}/files']).toBe(
      before + 1
    )
    expect(fake.requests.at(-1)).toEqual({
      method: 'GET',
      path: '/repos/acme/widgets/pulls/1/files',
      route: 'GET /repos/{owner}/{repo}/pulls/{pull_number}/files',
      status: 200,
      receivedAt: expect.any(Number)
    })
  })

  it('answers unknown routes and trailing slashes with 404 Not Found', async () => {
    for (const path of [
      '/repos/acme/widgets/pulls/1/',
      '/nothing/here',
      '/repos/acme/other/pulls/1'
    ]) {
      const answer = await call(path)
      expect(answer.status).toBe(404)
      expect(answer.body).toEqual({
        message: 'Not Found',
        documentation_url: 'https://docs.github.com/rest',
        status: '404'
      })
    }
  })
})

describe('team membership', () => {
  it('answers active membership, 404 for others, and 403 when membership reads are denied', async () => {
    fake.setTeamMembers('acme', 'platform', ['Alice'])
    const member = await call('/orgs/acme/teams/platform/memberships/alice')
    expect(member.status).toBe(200)
    expect(asObject(member.body)).toMatchObject({ state: 'active', role: 'member' })
    expect((await call('/orgs/acme/teams/platform/memberships/bob')).status).toBe(404)
    fake.denyTeamMembership(403)
    const denied = await call('/orgs/acme/teams/platform/memberships/alice')
    expect(denied.status).toBe(403)
    expect(asObject(denied.body).message).toBe('Resource not accessible by integration')
    fake.denyTeamMembership(404)
    expect((await call('/orgs/acme/teams/platform/memberships/alice')).status).toBe(404)
    fake.denyTeamMembership(null)
    expect((await call('/orgs/acme/teams/platform/memberships/alice')).status).toBe(200)
  })
})

describe('fault injection', () => {
  it('fails the next matching requests the given number of times, then answers normally', async () => {
    fake.failNext({ path: /\/pulls\/1\/commits/ }, { status: 502, times: 2 })
    const first = await call('/repos/acme/widgets/pulls/1/commits')
    expect(first.status).toBe(502)
    expect(first.body).toEqual({
      message: 'Server Error',
      documentation_url: 'https://docs.github.com/rest',
      status: '502'
    })
    expect((await call('/repos/acme/widgets/pulls/1/commits')).status).toBe(502)
    expect((await call('/repos/acme/widgets/pulls/1/commits')).status).toBe(200)
  })

  it('sends secondary rate limits with retry-after, and malformed bodies as given', async () => {
    fake.failNext({ method: 'GET', path: /\/contents\// }, secondaryRateLimit(7))
    const limited = await call('/repos/acme/widgets/contents/README.md')
    expect(limited.status).toBe(403)
    expect(limited.headers.get('retry-after')).toBe('7')
    expect(asObject(limited.body).message).toMatch(/secondary rate limit/)
    fake.failNext({ path: /\/pulls\/1$/ }, { status: 200, body: '{"number": 1, "tit' })
    const response = await fetch(`${fake.url}/repos/acme/widgets/pulls/1`, {
      headers: { authorization: `token ${fake.token}` }
    })
    await expect(response.json()).rejects.toThrow(/JSON/)
  })

  it('can hang a request until the client times out, or cut the body short', async () => {
    fake.failNext({ path: /\/pulls\/1\/reviews/ }, { status: 200, hang: true })
    const hung = fetch(`${fake.url}/repos/acme/widgets/pulls/1/reviews`, {
      headers: { authorization: `token ${fake.token}` },
      signal: AbortSignal.timeout(200)
    })
    await expect(hung).rejects.toThrow(/aborted/i)
    fake.failNext(
      { path: /\/pulls\/1\/files/ },
      { status: 200, body: { long: 'x'.repeat(5000) }, truncate: true }
    )
    const cut = await fetch(`${fake.url}/repos/acme/widgets/pulls/1/files`, {
      headers: { authorization: `token ${fake.token}` }
    })
    await expect(cut.text()).rejects.toThrow()
  })

  it('can cut a real page short while its Link header still announces the next one', async () => {
    const path = '/repos/acme/widgets/pulls/1/files?per_page=2'
    const full = await call(path)
    fake.failNext({ path: /\/pulls\/1\/files\?per_page=2$/ }, shortPage(1))
    const short = await call(path)
    expect(short.status).toBe(200)
    expect(short.body).toEqual(asList(full.body).slice(0, 1))
    expect(short.headers.get('link')).toBe(full.headers.get('link'))
    expect(short.headers.get('link')).toContain('rel="next"')
    expect((await call(path)).body).toEqual(full.body)
  })

  it('records when each request arrived, so a test can see how long a client waited', async () => {
    const before = Date.now()
    await call('/repos/acme/widgets')
    await new Promise(resolve => setTimeout(resolve, 60))
    await call('/repos/acme/widgets')
    const [first, second] = fake.requests.slice(-2)
    expect(first?.receivedAt).toBeGreaterThanOrEqual(before)
    expect((second?.receivedAt ?? 0) - (first?.receivedAt ?? 0)).toBeGreaterThanOrEqual(50)
  })
})

describe('a large pull request', () => {
  const FILES = 3001
  const COMMITS = 251
  let big: GitRepo
  const bigCommits: string[] = []

  beforeAll(async () => {
    big = await GitRepo.create()
    const author = { name: 'Dev One', email: DEV.email }
    await big.commit({ author, message: 'base', write: { 'README.md': 'big\n' } })
    await big.branch('huge')
    await big.checkout('huge')
    // Empty commits first: each commit stages the whole work tree, so add the files last.
    for (let i = 1; i < COMMITS; i++) {
      bigCommits.push(await big.commit({ author, message: `step ${i}` }))
    }
    const write: Record<string, string> = {}
    for (let i = 0; i < FILES; i++)
      write[`files/f${String(i).padStart(4, '0')}.txt`] = `line ${i}\n`
    bigCommits.push(await big.commit({ author, message: 'many files', write }))
    fake.addRepository({ owner: 'acme', name: 'big', dir: big.dir })
    fake.addPullRequest({
      owner: 'acme',
      repo: 'big',
      number: 7,
      base: 'main',
      head: 'huge',
      author: { login: 'dev-one', id: 5001, type: 'User' }
    })
  }, 120_000)

  afterAll(async () => {
    await big.cleanup()
  })

  it('counts everything in the PR object but lists only the first 250 commits', async () => {
    const pull = asObject((await call('/repos/acme/big/pulls/7')).body)
    expect(pull.commits).toBe(COMMITS)
    expect(pull.changed_files).toBe(FILES)
    const base = `${fake.url}/repos/acme/big/pulls/7/commits`
    const first = await call('/repos/acme/big/pulls/7/commits?per_page=100')
    expect(first.headers.get('link')).toBe(
      `<${base}?per_page=100&page=2>; rel="next", <${base}?per_page=100&page=3>; rel="last"`
    )
    const third = asList((await call('/repos/acme/big/pulls/7/commits?per_page=100&page=3')).body)
    expect(third).toHaveLength(50)
    expect(third.at(-1)?.sha).toBe(bigCommits[249])
    expect(
      asList((await call('/repos/acme/big/pulls/7/commits?per_page=100&page=4')).body)
    ).toEqual([])
  })

  it('lists at most 3000 files, silently dropping the rest', async () => {
    const base = `${fake.url}/repos/acme/big/pulls/7/files`
    const first = await call('/repos/acme/big/pulls/7/files?per_page=100')
    expect(first.headers.get('link')).toBe(
      `<${base}?per_page=100&page=2>; rel="next", <${base}?per_page=100&page=30>; rel="last"`
    )
    const last = asList((await call('/repos/acme/big/pulls/7/files?per_page=100&page=30')).body)
    expect(last).toHaveLength(100)
    expect(last.at(-1)?.filename).toBe('files/f2999.txt')
    expect(asList((await call('/repos/acme/big/pulls/7/files?per_page=100&page=31')).body)).toEqual(
      []
    )
  })

  it('pages a commit’s files 300 at a time up to 3000, repeating the commit on each page', async () => {
    const sha = bigCommits.at(-1) ?? ''
    const base = `${fake.url}/repos/acme/big/commits/${sha}`
    const first = await call(`/repos/acme/big/commits/${sha}`)
    const body = asObject(first.body)
    expect(asList(body.files)).toHaveLength(300)
    expect(body.stats).toEqual({ total: FILES, additions: FILES, deletions: 0 })
    expect(first.headers.get('link')).toBe(
      `<${base}?page=2>; rel="next", <${base}?page=10>; rel="last"`
    )
    const tenth = asObject((await call(`/repos/acme/big/commits/${sha}?page=10`)).body)
    expect(tenth.sha).toBe(sha)
    expect(asList(tenth.files).at(-1)?.filename).toBe('files/f2999.txt')
  })

  it('is followed page by page by the real Octokit from @actions/github', async () => {
    const { getOctokit } = await import('@actions/github')
    const octokit = getOctokit(fake.token, { baseUrl: fake.url })
    const route = 'GET /repos/{owner}/{repo}/pulls/{pull_number}/files'
    const before = fake.routeCounts()[route] ?? 0
    const files = await octokit.paginate(octokit.rest.pulls.listFiles, {
      owner: 'acme',
      repo: 'big',
      pull_number: 7,
      per_page: 100
    })
    expect(files).toHaveLength(3000)
    expect(files[0]?.filename).toBe('files/f0000.txt')
    expect(new Set(files.map(file => file.filename)).size).toBe(3000)
    expect(fake.routeCounts()[route]).toBe(before + 30)
  })
})
