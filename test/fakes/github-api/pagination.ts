/**
 * Page slicing and Link headers as GitHub builds them: absolute URLs that keep
 * the client's query (per_page included) and only change `page`; rel order
 * prev, next, last, first; no header when everything fits on one page.
 */
export interface PageRequest {
  /** origin + pathname the links point at. */
  base: string
  query: URLSearchParams
}

export interface PageLimits {
  defaultPerPage: number
  maxPerPage: number
}

export interface Page<T> {
  items: T[]
  link?: string
}

export function paginate<T>(all: T[], request: PageRequest, limits: PageLimits): Page<T> {
  const perPage = clamp(request.query.get('per_page'), limits.defaultPerPage, limits.maxPerPage)
  const page = clamp(request.query.get('page'), 1, Number.MAX_SAFE_INTEGER)
  const items = all.slice((page - 1) * perPage, page * perPage)
  const last = Math.max(1, Math.ceil(all.length / perPage))
  return { items, link: linkHeader(request, page, last) }
}

function clamp(raw: string | null, fallback: number, max: number): number {
  const value = Number.parseInt(raw ?? '', 10)
  if (!Number.isFinite(value) || value < 1) return fallback
  return Math.min(value, max)
}

export function linkHeader(request: PageRequest, page: number, last: number): string | undefined {
  const links: string[] = []
  const to = (target: number, rel: string) =>
    links.push(`<${pageUrl(request, target)}>; rel="${rel}"`)
  if (page > 1) to(Math.min(page - 1, last), 'prev')
  if (page < last) {
    to(page + 1, 'next')
    to(last, 'last')
  }
  if (page > 1) to(1, 'first')
  return links.length > 0 ? links.join(', ') : undefined
}

function pageUrl(request: PageRequest, page: number): string {
  const query = new URLSearchParams(request.query)
  query.set('page', String(page))
  return `${request.base}?${query.toString()}`
}
