/**
 * The pull request a merge queue names in its branch: GitHub creates
 * `refs/heads/gh-readonly-queue/<base branch>/pr-<number>-<sha>` for each
 * queue entry. Only the last path segment is read, because the base
 * branch's own name may contain anything, "pr-5-" included.
 */
const QUEUE_REF =
  /^(?:refs\/heads\/)?gh-readonly-queue\/.+\/pr-(\d+)-[0-9a-f]{40}(?:[0-9a-f]{24})?$/

/** The pull request number in a merge queue head ref, or undefined when the ref is not one. */
export function queuedPullNumber(headRef: string): number | undefined {
  const match = QUEUE_REF.exec(headRef)
  const number = match ? Number(match[1]) : NaN
  return Number.isSafeInteger(number) && number > 0 ? number : undefined
}

/** 'refs/heads/main' -> 'main': pull requests name their base branch without the prefix. */
export function branchName(ref: string): string {
  return ref.replace(/^refs\/heads\//, '')
}
