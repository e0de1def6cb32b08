/** Builds the maximum pull request as a real git repository in a temp dir. */
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { git, writeHistory, type WrittenHistory } from './fast-import.js'
import { planHistory } from './plan.js'
import type { PrShape } from './shape.js'

export interface GeneratedPr extends WrittenHistory {
  dir: string
  /** Files in the PR's diff (merge-base..head), as git counts them. */
  files: number
  /** Bytes of `git diff` output for the PR's diff: the patches plus their headers. */
  diffBytes: number
  generationMs: number
}

export async function generatePullRequest(shape: PrShape, seed: number): Promise<GeneratedPr> {
  const started = performance.now()
  const dir = await mkdtemp(join(tmpdir(), 'agent-audit-max-pr-'))
  const history = await writeHistory(dir, planHistory(shape, seed))
  const mergeBase = (await git(dir, ['merge-base', 'main', 'feature'])).trim()
  const range = ['-M', mergeBase, 'feature', '--']
  const [names, diff] = await Promise.all([
    git(dir, ['diff', '--name-only', '-z', ...range]),
    git(dir, ['diff', '--no-color', ...range])
  ])
  return {
    ...history,
    dir,
    files: names.split('\0').filter(name => name !== '').length,
    diffBytes: Buffer.byteLength(diff),
    generationMs: performance.now() - started
  }
}
