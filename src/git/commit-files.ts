/**
 * The files each commit changed, read with a fixed number of git processes
 * however many commits there are: `diff-tree --stdin` takes every sha at once.
 */
import type { FileChange } from '../engine/change-set.js'
import { mergeOwnChanges } from './merge-changes.js'
import { parseDiffTree, parseDiffTreeStdin } from './parse-raw.js'
import { runGit } from './run-git.js'

interface CommitRef {
  sha: string
  parents: string[]
}

/** Changes per commit sha; a commit that changed nothing maps to []. */
export async function readCommitFiles(
  repo: string,
  commits: CommitRef[]
): Promise<Map<string, FileChange[]>> {
  const ordinary = commits.filter(commit => commit.parents.length <= 1).map(c => c.sha)
  const merges = commits.filter(commit => commit.parents.length > 1).map(c => c.sha)
  const [ordinaryFiles, mergeFiles] = await Promise.all([
    readOrdinaryCommitFiles(repo, ordinary),
    readMergeOwnFiles(repo, merges)
  ])
  const byCommit = new Map<string, FileChange[]>()
  for (const { sha } of commits) {
    byCommit.set(sha, ordinaryFiles.get(sha) ?? mergeFiles.get(sha) ?? [])
  }
  return byCommit
}

/** Diff against the single parent, renames detected; `--root` makes a root commit list its files as added. */
async function readOrdinaryCommitFiles(
  repo: string,
  shas: string[]
): Promise<Map<string, FileChange[]>> {
  if (shas.length === 0) return new Map()
  const output = await runGit(
    repo,
    ['diff-tree', '--stdin', '-r', '-z', '--raw', '--numstat', '-M', '--root', '--no-color'],
    { input: stdinList(shas) }
  )
  return parseDiffTreeStdin(output)
}

/** What each merge changed on its own: see mergeOwnChanges. */
async function readMergeOwnFiles(repo: string, shas: string[]): Promise<Map<string, FileChange[]>> {
  if (shas.length === 0) return new Map()
  const input = stdinList(shas)
  const [combinedRaw, densePatch] = await Promise.all([
    runGit(repo, ['diff-tree', '--stdin', '-r', '-z', '-c', '--raw', '--no-color'], { input }),
    runGit(repo, ['diff-tree', '--stdin', '-r', '--cc', '-p', '--no-color'], { input })
  ])
  return mergeOwnChanges(combinedRaw, densePatch)
}

/** The net change from base to head, with line counts unless `lineCounts` is false. */
export async function readNetFiles(
  repo: string,
  baseSha: string,
  headSha: string,
  options: { lineCounts?: boolean } = {}
): Promise<FileChange[]> {
  // --numstat diffs every file's content; leave it out when only paths and modes are wanted.
  const numstat = options.lineCounts === false ? [] : ['--numstat']
  const output = await runGit(repo, [
    'diff-tree',
    '-r',
    '-z',
    '--raw',
    ...numstat,
    '-M',
    '--no-color',
    baseSha,
    headSha
  ])
  return parseDiffTree(output)
}

function stdinList(shas: string[]): string {
  return shas.map(sha => `${sha}\n`).join('')
}
