/**
 * Shared setup for the GitHub change-source tests: the fake REST server, a
 * client with retry delays scaled down, and real git repositories shaped
 * like pull requests.
 */
import { spawn } from 'node:child_process'
import { createGitHubClient, type GitHubClient } from '../../src/github/client.js'
import type { FakeGitHub } from '../fakes/github-api.js'
import { GitRepo, type Identity } from '../helpers/git-repo.js'

export const OWNER = 'octo'
export const REPO = 'app'

export const DEV: Identity = { name: 'Dev One', email: '5001+dev-one@users.noreply.github.com' }
export const AGENT: Identity = {
  name: 'Copilot',
  email: '198982749+Copilot@users.noreply.github.com'
}
export const UNLINKED: Identity = { name: 'Unlinked Person', email: 'unlinked@example.org' }

/** Retries and rate-limit waits take milliseconds instead of seconds. */
export function clientFor(fake: FakeGitHub, requestTimeoutMs = 10_000): GitHubClient {
  return createGitHubClient({
    token: fake.token,
    apiUrl: fake.url,
    delayUnitMs: 5,
    requestTimeoutMs
  })
}

export interface SmallPullRequest {
  repo: GitRepo
  root: string
  /** DEV: renames docs/guide.md to docs/manual.md, deletes old/legacy.txt. */
  tidy: string
  /** AGENT: edits src/app.ts, adds src/new.ts. */
  feature: string
  /** main's tip after the branch point (README edit): base.sha differs from the merge-base. */
  mainTip: string
}

const GUIDE = Array.from({ length: 12 }, (_, i) => `guide line ${i + 1}`).join('\n') + '\n'

/** main and a feature branch with a rename, a deletion, an edit and an addition. */
export async function buildSmallPullRequest(): Promise<SmallPullRequest> {
  const repo = await GitRepo.create()
  const root = await repo.commit({
    author: DEV,
    message: 'Initial commit',
    write: {
      'README.md': '# app\n',
      'src/app.ts': 'export const answer = 41\n',
      'docs/guide.md': GUIDE,
      'old/legacy.txt': 'legacy\n',
      '.github/agent-policy.yml': 'rules: []\n'
    }
  })
  await repo.branch('feature')
  await repo.checkout('feature')
  const tidy = await repo.commit({
    author: DEV,
    message: 'Move the guide, drop legacy',
    rename: [['docs/guide.md', 'docs/manual.md']],
    remove: ['old/legacy.txt']
  })
  const feature = await repo.commit({
    author: AGENT,
    committer: UNLINKED,
    message: 'Answer correctly\n\nCo-authored-by: Dev One <5001+dev-one@users.noreply.github.com>',
    write: { 'src/app.ts': 'export const answer = 42\n', 'src/new.ts': 'export {}\n' }
  })
  await repo.checkout('main')
  const mainTip = await repo.commit({
    author: DEV,
    message: 'Edit README',
    write: { 'README.md': '# app\n\nMore.\n' }
  })
  return { repo, root, tidy, feature, mainTip }
}

/**
 * Appends `count` commits to `branch` (created from `from`), each adding
 * `filesPerCommit` files, with one `git fast-import` process: a GitRepo.commit
 * per commit would take seconds for hundreds of commits.
 */
export async function appendCommits(
  repo: GitRepo,
  branch: string,
  from: string,
  count: number,
  filesPerCommit = 1
): Promise<void> {
  const chunks: string[] = []
  const data = (text: string) => `data ${Buffer.byteLength(text)}\n${text}\n`
  for (let index = 0; index < count; index++) {
    const stamp = 1_767_600_000 + index * 60
    chunks.push(
      `commit refs/heads/${branch}\n`,
      `author ${DEV.name} <${DEV.email}> ${stamp} +0000\n`,
      `committer ${DEV.name} <${DEV.email}> ${stamp} +0000\n`,
      data(`Commit ${index + 1}`)
    )
    if (index === 0) chunks.push(`from ${from}\n`)
    for (let file = 0; file < filesPerCommit; file++) {
      chunks.push(`M 100644 inline bulk/c${index}/f${file}.txt\n`, data(`${index}-${file}`))
    }
  }
  await fastImport(repo.dir, chunks.join(''))
}

function fastImport(dir: string, stream: string): Promise<void> {
  const env: NodeJS.ProcessEnv = { GIT_CONFIG_NOSYSTEM: '1', LC_ALL: 'C' }
  for (const [name, value] of Object.entries(process.env)) {
    if (!name.startsWith('GIT_')) env[name] = value
  }
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['fast-import', '--quiet'], { cwd: dir, env, stdio: 'pipe' })
    const errors: Buffer[] = []
    child.stderr.on('data', (chunk: Buffer) => errors.push(chunk))
    child.on('error', reject)
    child.on('close', code =>
      code === 0
        ? resolve()
        : reject(new Error(`git fast-import failed: ${Buffer.concat(errors).toString()}`))
    )
    child.stdin.end(stream)
  })
}
