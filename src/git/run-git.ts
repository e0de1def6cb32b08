import { spawn } from 'node:child_process'
import { UserError } from '../errors.js'

/** A git process that exited with a non-zero status. Callers decide whether it is the user's fault. */
export class GitCommandError extends Error {
  readonly args: readonly string[]
  readonly exitCode: number | null
  readonly stderr: string

  constructor(args: readonly string[], exitCode: number | null, stderr: string) {
    super(`git ${args.join(' ')} failed (exit ${exitCode}): ${stderr.trim()}`)
    this.name = 'GitCommandError'
    this.args = args
    this.exitCode = exitCode
    this.stderr = stderr
  }
}

export interface RunGitOptions {
  /** Written to git's standard input (for `--stdin` commands). */
  input?: string
}

/**
 * Options that make git's output the same whatever the user's config says:
 * raw UTF-8 path names, no signature lines mixed into log output, no
 * `refs/replace` objects silently rewriting the history being audited.
 */
const STABLE_OUTPUT_ARGS = [
  '--no-replace-objects',
  '-c',
  'core.quotepath=off',
  '-c',
  'log.showSignature=false',
  '-c',
  'i18n.logOutputEncoding=UTF-8'
]

/**
 * Variables that point git at another repository. They leak in when
 * agent-audit runs from a git hook, and would make it ignore `repo`.
 */
const REPOSITORY_LOCATION_VARS = ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'GIT_COMMON_DIR']

function gitEnvironment(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, LC_ALL: 'C', GIT_TERMINAL_PROMPT: '0' }
  for (const name of REPOSITORY_LOCATION_VARS) delete env[name]
  return env
}

/**
 * Runs git in `repo` with an argument array (never a shell) and returns its
 * standard output decoded as UTF-8. Rejects with GitCommandError on a
 * non-zero exit, and with a UserError when git itself cannot be started.
 */
export function runGit(repo: string, args: string[], options: RunGitOptions = {}): Promise<string> {
  const fullArgs = [...STABLE_OUTPUT_ARGS, ...args]
  return new Promise((resolve, reject) => {
    const child = spawn('git', fullArgs, { cwd: repo, env: gitEnvironment() })
    const stdout: Buffer[] = []
    const stderr: Buffer[] = []
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk))
    child.on('error', (error: NodeJS.ErrnoException) => reject(startFailure(error)))
    child.on('close', code => {
      if (code === 0) resolve(Buffer.concat(stdout).toString('utf8'))
      else reject(new GitCommandError(args, code, Buffer.concat(stderr).toString('utf8')))
    })
    // git may exit before reading all of its input (e.g. on a bad revision); the
    // exit status then tells the story, so a broken pipe here is not an error.
    child.stdin.on('error', () => undefined)
    child.stdin.end(options.input ?? '')
  })
}

function startFailure(error: NodeJS.ErrnoException): Error {
  if (error.code === 'ENOENT') {
    return new UserError(
      'git was not found: agent-audit needs the git command to read local commits',
      'Install git and make sure it is on the PATH'
    )
  }
  return error
}
