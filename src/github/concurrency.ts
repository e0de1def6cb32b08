/**
 * Runs `work` over `items` with at most `limit` calls in flight, keeping the
 * input order in the results. Bounded so that a PR with hundreds of commits
 * does not trip GitHub's secondary rate limit on concurrent requests.
 */
/** Read requests in flight at once: well under GitHub's limit on concurrent requests. */
export const CONCURRENT_READS = 4

export async function mapWithConcurrency<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>
): Promise<R[]> {
  const results: R[] = new Array<R>(items.length)
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++
      results[index] = await work(items[index] as T)
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return results
}
