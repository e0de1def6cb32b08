/**
 * Real git repositories in temp dirs for tests and the demo. Each repository
 * gets its own HOME and no system config, so the user's git settings (signing,
 * hooks, default branch, templates) cannot change what the tests see. Commits
 * get fixed, increasing dates unless told otherwise, so SHAs are reproducible.
 */
import { execFile } from 'node:child_process'
import { chmod, mkdir, mkdtemp, realpath, rm, symlink, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { promisify } from 'node:util'

const execFileAsync = promisify(execFile)

export interface Identity {
  name: string
  email: string
  /** Any date git accepts, e.g. '2026-03-01T10:00:00Z'. Defaults to the repository's clock. */
  date?: string
}

/** File operations, applied in this order: renames, removals, writes, symlinks, executable bits. */
export interface TreeChanges {
  /** `git mv from to`. */
  rename?: [from: string, to: string][]
  remove?: string[]
  /** Path -> content; parent directories are created. */
  write?: Record<string, string | Buffer>
  /** Link path -> target. */
  symlink?: Record<string, string>
  /** Paths to mark executable (mode 100755). */
  executable?: string[]
}

export interface CommitOptions extends TreeChanges {
  author: Identity
  /** Defaults to the author. */
  committer?: Identity
  /** Stored exactly as given (no comment stripping), trailers included. */
  message: string
}

export interface MergeOptions {
  author: Identity
  committer?: Identity
  message: string
  /** Changes the merge commit makes on its own (an "evil merge"); also how conflicts get resolved. */
  evil?: TreeChanges
  /** Merge a branch with no common history (`--allow-unrelated-histories`). */
  allowUnrelatedHistories?: boolean
}

export interface CreateOptions {
  defaultBranch?: string
}

export interface CloneOptions {
  /** `--depth N` for a shallow clone. */
  depth?: number
  /** Branch to check out. */
  branch?: string
  /** Fetch all branches even when shallow (git makes shallow clones single-branch). */
  allBranches?: boolean
}

const DEFAULT_IDENTITY: Identity = { name: 'Test Runner', email: 'test-runner@example.com' }
const CLOCK_START = Date.parse('2026-01-05T09:00:00Z')
const CLOCK_STEP_MS = 60_000

export class GitRepo {
  readonly dir: string
  private readonly home: string
  private clockTicks = 0

  private constructor(dir: string, home: string) {
    this.dir = dir
    this.home = home
  }

  static async create(options: CreateOptions = {}): Promise<GitRepo> {
    const repo = await GitRepo.inTempDir()
    await repo.git('init', '--quiet', `--initial-branch=${options.defaultBranch ?? 'main'}`, '.')
    return repo
  }

  /** Clones `source` (a GitRepo or a path) over file:// so that --depth works. */
  static async clone(source: GitRepo | string, options: CloneOptions = {}): Promise<GitRepo> {
    const sourceDir = typeof source === 'string' ? source : source.dir
    const repo = await GitRepo.inTempDir()
    const args = ['clone', '--quiet']
    if (options.depth !== undefined) args.push(`--depth=${options.depth}`)
    if (options.allBranches) args.push('--no-single-branch')
    if (options.branch) args.push(`--branch=${options.branch}`)
    await repo.git(...args, pathToFileURL(sourceDir).href, '.')
    return repo
  }

  private static async inTempDir(): Promise<GitRepo> {
    const root = await realpath(await mkdtemp(path.join(os.tmpdir(), 'agent-audit-git-')))
    const dir = path.join(root, 'repo')
    const home = path.join(root, 'home')
    await mkdir(dir)
    await mkdir(home)
    const repo = new GitRepo(dir, home)
    await writeFile(path.join(home, '.gitconfig'), repo.globalConfig())
    return repo
  }

  private globalConfig(): string {
    return [
      '[user]',
      `\tname = ${DEFAULT_IDENTITY.name}`,
      `\temail = ${DEFAULT_IDENTITY.email}`,
      '[commit]',
      '\tgpgsign = false',
      '[tag]',
      '\tgpgsign = false',
      '[core]',
      '\tautocrlf = false',
      `\thooksPath = ${path.join(this.home, 'no-hooks')}`,
      '[init]',
      `\ttemplateDir = ${path.join(this.home, 'no-template')}`,
      '[protocol "file"]',
      '\tallow = always',
      ''
    ].join('\n')
  }

  /** Runs git in the repository and returns stdout without its final newline. */
  async git(...args: string[]): Promise<string> {
    const { stdout } = await execFileAsync('git', args, {
      cwd: this.dir,
      env: this.environment(),
      maxBuffer: 256 * 1024 * 1024
    })
    return stdout.replace(/\n$/, '')
  }

  private environment(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
    const env: NodeJS.ProcessEnv = {}
    // Drop every inherited GIT_* variable (GIT_DIR from a hook, a global config path, ...).
    for (const [name, value] of Object.entries(process.env)) {
      if (!name.startsWith('GIT_')) env[name] = value
    }
    return { ...env, HOME: this.home, GIT_CONFIG_NOSYSTEM: '1', LC_ALL: 'C', ...extra }
  }

  /** Applies the changes, stages everything and commits (empty commits allowed). Returns the sha. */
  async commit(options: CommitOptions): Promise<string> {
    await this.applyChanges(options)
    return this.commitStaged(options)
  }

  async branch(name: string, startPoint?: string): Promise<void> {
    await this.git('branch', name, ...(startPoint ? [startPoint] : []))
  }

  async checkout(name: string): Promise<void> {
    await this.git('checkout', '--quiet', name)
  }

  /** The sha a ref points to. */
  async sha(ref = 'HEAD'): Promise<string> {
    return this.git('rev-parse', '--verify', `${ref}^{commit}`)
  }

  /**
   * Merges `branch` into the current branch with a merge commit. With `evil`,
   * the merge stops before committing, the changes are applied, then it commits.
   */
  async merge(branch: string, options: MergeOptions): Promise<string> {
    const unrelated = options.allowUnrelatedHistories ? ['--allow-unrelated-histories'] : []
    try {
      await this.git('merge', '--no-ff', '--no-commit', '--quiet', ...unrelated, branch)
    } catch (error) {
      // A conflict is fine when the caller resolves it with its own changes.
      if (!options.evil) throw error
    }
    // Without MERGE_HEAD (branch already merged) the commit would silently be an ordinary one.
    await this.git('rev-parse', '--verify', '--quiet', 'MERGE_HEAD').catch(() => {
      throw new Error(`Nothing to merge: ${branch} is already part of the current branch`)
    })
    if (options.evil) await this.applyChanges(options.evil)
    return this.commitStaged(options)
  }

  async cleanup(): Promise<void> {
    await rm(path.dirname(this.dir), { recursive: true, force: true })
  }

  private async applyChanges(changes: TreeChanges): Promise<void> {
    for (const [from, to] of changes.rename ?? []) {
      await mkdir(path.dirname(this.file(to)), { recursive: true })
      await this.git('mv', '--', from, to)
    }
    for (const file of changes.remove ?? []) await this.git('rm', '--quiet', '-r', '--', file)
    for (const [file, content] of Object.entries(changes.write ?? {})) {
      await mkdir(path.dirname(this.file(file)), { recursive: true })
      await writeFile(this.file(file), content)
    }
    for (const [link, target] of Object.entries(changes.symlink ?? {})) {
      await mkdir(path.dirname(this.file(link)), { recursive: true })
      await rm(this.file(link), { force: true })
      await symlink(target, this.file(link))
    }
    for (const file of changes.executable ?? []) await chmod(this.file(file), 0o755)
    await this.git('add', '--all')
  }

  private async commitStaged(options: Omit<CommitOptions, keyof TreeChanges>): Promise<string> {
    const author = this.dated(options.author)
    const committer = options.committer ? this.dated(options.committer) : author
    const env = this.environment({
      GIT_AUTHOR_NAME: author.name,
      GIT_AUTHOR_EMAIL: author.email,
      GIT_AUTHOR_DATE: author.date,
      GIT_COMMITTER_NAME: committer.name,
      GIT_COMMITTER_EMAIL: committer.email,
      GIT_COMMITTER_DATE: committer.date
    })
    const args = ['commit', '--quiet', '--allow-empty', '--no-verify', '--cleanup=verbatim']
    await execFileAsync('git', [...args, '--message', options.message], { cwd: this.dir, env })
    return this.sha()
  }

  /** The identity with its own date, or the next tick of the repository's fixed clock. */
  private dated(identity: Identity): Required<Identity> {
    if (identity.date) return { ...identity, date: identity.date }
    const date = new Date(CLOCK_START + this.clockTicks++ * CLOCK_STEP_MS).toISOString()
    return { ...identity, date }
  }

  private file(relative: string): string {
    const resolved = path.resolve(this.dir, relative)
    if (!resolved.startsWith(this.dir + path.sep))
      throw new Error(`Path escapes the repo: ${relative}`)
    return resolved
  }
}
