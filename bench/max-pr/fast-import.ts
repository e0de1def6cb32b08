/**
 * Writes a planned history into a new git repository with one `git
 * fast-import` process fed from a stream: seconds for 250 commits and
 * thousands of files, where `git commit` per commit would take minutes.
 */
import { execFile, spawn } from 'node:child_process'
import { once } from 'node:events'
import { promisify } from 'node:util'
import type { Operation, Plan, PlannedCommit } from './plan.js'

const execFileAsync = promisify(execFile)

export interface WrittenHistory {
  /** Sha of each PR commit, oldest first. */
  pullRequestShas: string[]
  headSha: string
  baseTipSha: string
}

/** The user's git config must not change what gets written (hooks, signing, templates). */
export function gitEnv(): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith('GIT_'))
  )
  return { ...env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', LC_ALL: 'C' }
}

export async function git(dir: string, args: string[]): Promise<string> {
  const options = { cwd: dir, env: gitEnv(), maxBuffer: 1024 * 1024 * 1024 }
  return (await execFileAsync('git', args, options)).stdout
}

export async function writeHistory(dir: string, plan: Plan): Promise<WrittenHistory> {
  await git(dir, ['init', '--quiet', '--initial-branch=main'])
  const importer = spawn('git', ['fast-import', '--quiet', '--done'], {
    cwd: dir,
    env: gitEnv(),
    stdio: ['pipe', 'ignore', 'inherit']
  })
  const exited = once(importer, 'close')
  const send = async (chunk: string) => {
    if (!importer.stdin.write(chunk)) await once(importer.stdin, 'drain')
  }
  let mark = 0
  await send(commitBlock('refs/heads/main', ++mark, undefined, plan.base))
  const branchPoint = mark
  for (const commit of plan.mainAfterBranch) {
    await send(commitBlock('refs/heads/main', ++mark, mark - 1, commit))
  }
  let parent = branchPoint
  for (const commit of plan.pullRequest) {
    await send(commitBlock('refs/heads/feature', ++mark, parent, commit))
    parent = mark
  }
  await send('done\n')
  importer.stdin.end()
  const [code] = (await exited) as [number | null]
  if (code !== 0) throw new Error(`git fast-import exited with ${code}`)
  return readBack(dir, plan.pullRequest.length)
}

function commitBlock(ref: string, mark: number, from: number | undefined, commit: PlannedCommit) {
  const who = `${commit.author.name} <${commit.author.email}> ${commit.time} +0000`
  const lines = [
    `commit ${ref}`,
    `mark :${mark}`,
    `author ${who}`,
    `committer ${who}`,
    data(`${commit.message}\n`),
    ...(from === undefined ? [] : [`from :${from}`]),
    ...commit.operations.map(operation)
  ]
  return `${lines.join('\n')}\n\n`
}

function operation(op: Operation): string {
  if (op.kind === 'delete') return `D ${quote(op.path)}`
  if (op.kind === 'rename') return `R ${quote(op.from)} ${quote(op.to)}`
  return `M 100644 inline ${quote(op.path)}\n${data(op.content)}`
}

/** `data <bytes>` then the text; fast-import counts bytes, not characters. */
function data(content: string): string {
  return `data ${Buffer.byteLength(content)}\n${content}`
}

/** Generated paths hold no spaces or quotes, but fast-import needs quoting if they ever do. */
function quote(path: string): string {
  return /[\s"\\]/.test(path) ? JSON.stringify(path) : path
}

async function readBack(dir: string, commits: number): Promise<WrittenHistory> {
  const log = await git(dir, ['rev-list', '--reverse', 'main..feature'])
  const pullRequestShas = log.split('\n').filter(line => line !== '')
  if (pullRequestShas.length !== commits) {
    throw new Error(`wrote ${pullRequestShas.length} PR commits, planned ${commits}`)
  }
  const baseTipSha = (await git(dir, ['rev-parse', 'main'])).trim()
  const headSha = pullRequestShas[pullRequestShas.length - 1] ?? ''
  // A checkout of the PR head, as actions/checkout leaves the workspace (fetch-depth: 0).
  await git(dir, ['checkout', '--quiet', 'feature'])
  return { pullRequestShas, headSha, baseTipSha }
}
