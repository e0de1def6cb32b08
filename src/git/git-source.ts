/**
 * The local git change source: reads the commits and files of a branch from
 * a checkout, the way a pull request would show them, into a ChangeSet.
 */
import path from 'node:path'
import type { ChangeSet, Commit } from '../engine/change-set.js'
import { readCommitFiles, readNetFiles } from './commit-files.js'
import { COMMIT_LOG_FORMAT, parseCommitLog } from './parse-log.js'
import { withPatches } from './patches.js'
import { withWorkflowTexts } from './workflow-texts.js'
import { assertRepository, changeBase, findDefaultBase, resolveCommit } from './refs.js'
import type { ResolvedRef } from './refs.js'
import { runGit } from './run-git.js'

export interface LocalChangeSetOptions {
  /** Path of the repository (any directory inside a checkout). */
  repo: string
  /** The branch the change is measured against; defaults to origin/HEAD, origin/main, origin/master, main or master. */
  base?: string
  /** The tip of the change; defaults to HEAD. */
  head?: string
}

/**
 * Reads base...head: the commits on head that are not on base, oldest first,
 * and the net diff from their merge-base, like a pull request's diff.
 */
export async function readLocalChangeSet(options: LocalChangeSetOptions): Promise<ChangeSet> {
  const repo = path.resolve(options.repo)
  await assertRepository(repo)
  const headName = options.head ?? 'HEAD'
  const head: ResolvedRef = { name: headName, sha: await resolveCommit(repo, headName, 'head') }
  const base = options.base
    ? { name: options.base, sha: await resolveCommit(repo, options.base, 'base') }
    : await findDefaultBase(repo)
  const baseSha = await changeBase(repo, base, head)
  const [commits, files] = await Promise.all([
    readCommits(repo, baseSha, head.sha),
    readNetFiles(repo, baseSha, head.sha).then(net => withPatches(repo, baseSha, head.sha, net))
  ])
  return withWorkflowTexts(repo, { baseSha, headSha: head.sha, commits, files })
}

/** Commits reachable from head but not base, oldest first, each with its own files. */
async function readCommits(repo: string, baseSha: string, headSha: string): Promise<Commit[]> {
  const log = await runGit(repo, [
    'log',
    '-z',
    '--reverse',
    '--topo-order',
    '--no-color',
    `--format=${COMMIT_LOG_FORMAT}`,
    `${baseSha}..${headSha}`
  ])
  const metadata = parseCommitLog(log)
  const filesByCommit = await readCommitFiles(repo, metadata)
  return metadata.map(commit => ({ ...commit, files: filesByCommit.get(commit.sha) ?? [] }))
}
