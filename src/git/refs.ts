/**
 * Finding the commits to compare: checking the repository, resolving refs,
 * picking the default branch and the merge-base. Every problem the user can
 * fix (a typo, a shallow clone) becomes a UserError naming the ref and the fix.
 */
import { stat } from 'node:fs/promises'
import { UserError } from '../errors.js'
import { GitCommandError, runGit } from './run-git.js'

export interface ResolvedRef {
  /** What the user (or the default) called it, for messages. */
  name: string
  sha: string
}

/** Where the default base is looked for, in order of preference. */
export const DEFAULT_BASE_REFS = [
  'refs/remotes/origin/HEAD',
  'refs/remotes/origin/main',
  'refs/remotes/origin/master',
  'refs/heads/main',
  'refs/heads/master'
] as const

export const SHALLOW_CLONE_FIX =
  'Fetch the full history: in GitHub Actions set `fetch-depth: 0` on actions/checkout, ' +
  'or run `git fetch --unshallow`'

const NOT_A_REPOSITORY_FIX =
  'Run agent-audit inside a git checkout, or pass --repo with the path of one'

export async function assertRepository(repo: string): Promise<void> {
  const isDirectory = await stat(repo).then(
    info => info.isDirectory(),
    () => false
  )
  if (!isDirectory) throw new UserError(`${repo} is not a directory`, NOT_A_REPOSITORY_FIX)
  try {
    await runGit(repo, ['rev-parse', '--git-dir'])
  } catch (error) {
    throw repositoryError(repo, error)
  }
}

function repositoryError(repo: string, error: unknown): unknown {
  if (!(error instanceof GitCommandError)) return error
  if (error.stderr.includes('dubious ownership')) {
    return new UserError(
      `git refuses to read ${repo} because another user owns it`,
      `Mark it as safe: git config --global --add safe.directory ${repo}`
    )
  }
  return new UserError(`${repo} is not a git repository`, NOT_A_REPOSITORY_FIX)
}

export async function isShallow(repo: string): Promise<boolean> {
  const output = await runGit(repo, ['rev-parse', '--is-shallow-repository'])
  return output.trim() === 'true'
}

/** The commit a ref names; `role` is the CLI flag it came from ('base' or 'head'). */
export async function resolveCommit(repo: string, ref: string, role: string): Promise<string> {
  // A leading '-' would be read as an option; no ref can start with one anyway.
  const sha = ref === '' || ref.startsWith('-') ? '' : await verifyCommit(repo, ref)
  if (sha) return sha
  const fix = (await isShallow(repo))
    ? `${repo} is a shallow clone, which may not contain it. ${SHALLOW_CLONE_FIX}`
    : `Pass a branch, tag or commit SHA that exists in this clone with --${role} ` +
      '(run `git fetch` first if it is only on the remote)'
  throw new UserError(`The ${role} ref "${ref}" does not name a commit in ${repo}`, fix)
}

async function verifyCommit(repo: string, ref: string): Promise<string> {
  try {
    return (await runGit(repo, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])).trim()
  } catch (error) {
    if (error instanceof GitCommandError) return ''
    throw error
  }
}

/** The first of DEFAULT_BASE_REFS that exists: the branch a change is usually measured against. */
export async function findDefaultBase(repo: string): Promise<ResolvedRef> {
  // One line per existing ref: its name and, for origin/HEAD, the branch it points to.
  const output = await runGit(repo, [
    'for-each-ref',
    '--format=%(refname) %(symref)',
    ...DEFAULT_BASE_REFS
  ])
  const existing = new Map(output.split('\n').map(line => splitOnce(line, ' ')))
  // for-each-ref also matches refs below a pattern (refs/heads/main/x), so look up exact names only.
  const ref = DEFAULT_BASE_REFS.find(candidate => existing.has(candidate))
  if (ref) {
    const name = shortRefName(existing.get(ref) || ref)
    return { name, sha: await resolveCommit(repo, ref, 'base') }
  }
  const shallowHint = (await isShallow(repo)) ? `. ${SHALLOW_CLONE_FIX}` : ''
  throw new UserError(
    `Cannot find the default branch of ${repo} to compare against ` +
      '(looked for origin/HEAD, origin/main, origin/master, main, master)',
    `Pass --base with the branch this change will be merged into${shallowHint}`
  )
}

function splitOnce(line: string, separator: string): [string, string] {
  const at = line.indexOf(separator)
  return at < 0 ? [line, ''] : [line.slice(0, at), line.slice(at + 1)]
}

function shortRefName(ref: string): string {
  return ref.replace(/^refs\/(heads|remotes)\//, '')
}

/**
 * The commit the change is measured from, like GitHub's three-dot PR diff.
 * Refuses when head is already contained in base: there would be nothing to audit.
 */
export async function changeBase(
  repo: string,
  base: ResolvedRef,
  head: ResolvedRef
): Promise<string> {
  const baseSha = await mergeBase(repo, base.sha, head.sha)
  if (!baseSha) throw await noCommonHistory(repo, base, head)
  if (baseSha === head.sha) {
    throw new UserError(
      `${head.name} is already part of ${base.name}, so there are no commits to audit`,
      'Pass --base with the branch or commit to measure the change from (for example --base HEAD~3)'
    )
  }
  return baseSha
}

async function mergeBase(repo: string, baseSha: string, headSha: string): Promise<string> {
  try {
    return (await runGit(repo, ['merge-base', baseSha, headSha])).trim()
  } catch (error) {
    // Exit status 1 with no output is git's way of saying "no common ancestor".
    if (error instanceof GitCommandError && error.exitCode === 1) return ''
    throw error
  }
}

async function noCommonHistory(
  repo: string,
  base: ResolvedRef,
  head: ResolvedRef
): Promise<UserError> {
  if (await isShallow(repo)) {
    return new UserError(
      `Cannot find where ${head.name} branched from ${base.name}: ` +
        `${repo} is a shallow clone that is missing the commits in between`,
      SHALLOW_CLONE_FIX
    )
  }
  return new UserError(
    `${head.name} and ${base.name} have no commit in common`,
    'Pass --base with the branch this change will be merged into'
  )
}
