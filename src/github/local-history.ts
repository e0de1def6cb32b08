/**
 * What the local checkout (the action's workspace) can answer instead of the
 * REST API: whether it holds a pull request's commits, and their merge-base.
 * A missing directory, a non-repository or a shallow clone just means "no":
 * the caller then uses REST or explains what to check out.
 */
import { stat } from 'node:fs/promises'
import { isShallow } from '../git/refs.js'
import { GitCommandError, runGit } from '../git/run-git.js'

/** True when `workspace` is a complete (not shallow) clone that has every one of `shas`. */
export async function hasFullHistory(workspace: string, shas: string[]): Promise<boolean> {
  if (!(await isRepository(workspace))) return false
  if (await isShallow(workspace)) return false
  return commitsPresent(workspace, shas)
}

/** True when every sha is a commit object in `workspace` (shallow or not). */
export async function hasCommits(workspace: string, shas: string[]): Promise<boolean> {
  return (await isRepository(workspace)) && commitsPresent(workspace, shas)
}

const FULL_SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/

async function commitsPresent(workspace: string, shas: string[]): Promise<boolean> {
  // Only full shas go to git: a name such as HEAD would be resolved, not checked.
  if (!shas.every(sha => FULL_SHA.test(sha))) return false
  // One process for any number of commits; a missing object prints "<sha> missing".
  const output = await runGit(workspace, ['cat-file', '--batch-check=%(objecttype)'], {
    input: shas.map(sha => `${sha}\n`).join('')
  })
  const types = output.split('\n').filter(line => line !== '')
  return types.length === shas.length && types.every(type => type === 'commit')
}

/** The merge-base of two commits the workspace has, or undefined when git finds none. */
export async function localMergeBase(
  workspace: string,
  baseSha: string,
  headSha: string
): Promise<string | undefined> {
  try {
    return (await runGit(workspace, ['merge-base', baseSha, headSha])).trim() || undefined
  } catch (error) {
    if (error instanceof GitCommandError) return undefined
    throw error
  }
}

async function isRepository(workspace: string): Promise<boolean> {
  // Checked first: git started in a missing directory reports it as "git was not found".
  const isDirectory = await stat(workspace).then(
    info => info.isDirectory(),
    () => false
  )
  if (!isDirectory) return false
  try {
    await runGit(workspace, ['rev-parse', '--git-dir'])
    return true
  } catch (error) {
    if (error instanceof GitCommandError) return false
    throw error
  }
}
