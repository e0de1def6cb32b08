/** The size of the generated pull request, and the fewest REST calls that can read it. */

export interface PrShape {
  /** Distinct paths the pull request changes (its file list). */
  files: number
  commits: number
  reviews: number
  /** Roughly the total size of the patches in the PR's file list. */
  patchBytes: number
}

const MIB = 1024 * 1024

/** The maximum PR by default: exactly at GitHub's caps (3000 files, 250 commits). */
export function shapeFromEnv(env: NodeJS.ProcessEnv = process.env): PrShape {
  return {
    files: Number(env['BENCH_FILES'] ?? 3000),
    commits: Number(env['BENCH_COMMITS'] ?? 250),
    reviews: Number(env['BENCH_REVIEWS'] ?? 100),
    patchBytes: Number(env['BENCH_PATCH_MIB'] ?? 20) * MIB
  }
}

/** Full pages of 100 for each list, plus the pull request itself and the policy file. */
export function pageMinimum(shape: Pick<PrShape, 'files' | 'commits' | 'reviews'>): number {
  const pages = (count: number) => Math.max(1, Math.ceil(count / 100))
  return pages(shape.files) + pages(shape.commits) + pages(shape.reviews) + 2
}
