/**
 * Runs git against the repositories the fake serves. The environment is
 * scrubbed so the developer's git config (diff drivers, rename settings,
 * mnemonic prefixes) cannot change what the fake answers.
 */
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'

const execFileAsync = promisify(execFile)
const MAX_OUTPUT = 1024 * 1024 * 1024

function isolatedEnvironment(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {}
  for (const [name, value] of Object.entries(process.env)) {
    if (!name.startsWith('GIT_')) env[name] = value
  }
  return { ...env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', LC_ALL: 'C' }
}

const BASE_ARGS = ['--no-replace-objects', '-c', 'core.quotepath=off']

export async function git(dir: string, args: string[]): Promise<string> {
  const { stdout } = await execFileAsync('git', [...BASE_ARGS, ...args], {
    cwd: dir,
    env: isolatedEnvironment(),
    maxBuffer: MAX_OUTPUT
  })
  return stdout
}

export async function gitBytes(dir: string, args: string[]): Promise<Buffer> {
  const { stdout } = await execFileAsync('git', [...BASE_ARGS, ...args], {
    cwd: dir,
    env: isolatedEnvironment(),
    maxBuffer: MAX_OUTPUT,
    encoding: 'buffer'
  })
  return stdout
}

/** The commit sha `ref` names, or undefined. Refs that look like options are never passed on. */
export async function resolveCommit(dir: string, ref: string): Promise<string | undefined> {
  if (ref === '' || ref.startsWith('-')) return undefined
  try {
    return (await git(dir, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])).trim()
  } catch {
    return undefined
  }
}

export async function mergeBase(dir: string, a: string, b: string): Promise<string> {
  return (await git(dir, ['merge-base', a, b])).trim()
}

export async function emptyTree(dir: string): Promise<string> {
  return (await git(dir, ['hash-object', '-t', 'tree', '/dev/null'])).trim()
}
