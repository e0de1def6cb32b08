/**
 * Link-header pagination, done by hand rather than with octokit.paginate:
 * paginate turns a page whose body is empty or not JSON into an empty list,
 * which would silently shorten the audit. Here every page is checked, and the
 * next-page URL must stay on the API's own origin (it carries the token).
 */
import type { GitHubResource } from './api-errors.js'
import type { GitHubClient, GitHubResponse, RequestParameters } from './client.js'
import { MalformedResponseError } from './response.js'

/** GitHub's largest page for list endpoints. */
export const PER_PAGE = 100

/**
 * Every item of a paginated GET. `itemsOf` picks the list out of one page's
 * body (the body itself for list endpoints, `files` for a single commit).
 */
export async function readAllPages(
  client: GitHubClient,
  route: string,
  parameters: RequestParameters,
  resource: GitHubResource,
  itemsOf: (data: unknown) => unknown[]
): Promise<unknown[]> {
  const items: unknown[] = []
  const visited = new Set<string>()
  const pageSize = typeof parameters.per_page === 'number' ? parameters.per_page : undefined
  let response = await client.get(route, parameters, resource)
  for (;;) {
    const page = itemsOf(response.data)
    items.push(...page)
    const next = nextPageUrl(response, client.apiUrl, resource)
    if (next === undefined) return items
    assertFullPage(page.length, pageSize, resource)
    if (visited.has(next)) {
      throw new MalformedResponseError(
        resource.description,
        `the next-page link loops back to ${next}`
      )
    }
    visited.add(next)
    response = await client.get(`GET ${next}`, {}, resource)
  }
}

/**
 * GitHub fills every page but the last. A short page that still links to a
 * next one lost items on the way (a proxy, a cut body), and for lists with
 * no announced count to compare against, such as reviews, nothing else would
 * notice the loss.
 */
function assertFullPage(length: number, pageSize: number | undefined, resource: GitHubResource) {
  if (pageSize === undefined || length >= pageSize) return
  throw new MalformedResponseError(
    resource.description,
    `a page held ${length} items, fewer than the ${pageSize} asked for, yet linked to a next page`
  )
}

/** The rel="next" URL of a Link header, if there is one. */
export function nextPageUrl(
  response: GitHubResponse,
  apiUrl: string,
  resource: GitHubResource
): string | undefined {
  const link = response.headers.link
  if (typeof link !== 'string') return undefined
  for (const part of link.split(',')) {
    const match = /<([^>]*)>\s*;\s*rel="?next"?/.exec(part)
    if (!match) continue
    const url = match[1] ?? ''
    if (!sameOrigin(url, apiUrl)) {
      throw new MalformedResponseError(
        resource.description,
        `the next-page link leaves the API: ${url}`
      )
    }
    return url
  }
  return undefined
}

function sameOrigin(url: string, apiUrl: string): boolean {
  try {
    return new URL(url).origin === new URL(apiUrl).origin
  } catch {
    return false
  }
}
