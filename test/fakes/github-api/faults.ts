/** Injected failures: the next matching requests get a scripted answer instead of the real one. */
import type { InjectedResponse, RequestMatch } from './types.js'

interface Fault {
  match: RequestMatch
  response: InjectedResponse
  remaining: number
}

export class FaultQueue {
  private readonly faults: Fault[] = []

  add(match: RequestMatch, response: InjectedResponse): void {
    this.faults.push({ match, response, remaining: response.times ?? 1 })
  }

  /** The first registered fault matching the request, used up by one. */
  take(method: string, path: string): InjectedResponse | undefined {
    const index = this.faults.findIndex(fault => matches(fault.match, method, path))
    const fault = this.faults[index]
    if (!fault) return undefined
    fault.remaining--
    if (fault.remaining <= 0) this.faults.splice(index, 1)
    return fault.response
  }
}

function matches(match: RequestMatch, method: string, path: string): boolean {
  if (match.method && match.method.toUpperCase() !== method) return false
  match.path.lastIndex = 0 // a /g regex would otherwise remember where it stopped
  return match.path.test(path)
}

/** GitHub's answer when a client exceeds a secondary rate limit. */
export function secondaryRateLimit(retryAfterSeconds = 1, times = 1): InjectedResponse {
  return {
    status: 403,
    times,
    headers: { 'retry-after': String(retryAfterSeconds) },
    body: {
      message:
        'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
      documentation_url:
        'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
      status: '403'
    }
  }
}

/** GitHub's answer when the primary (hourly) rate limit is used up. */
export function primaryRateLimit(resetEpochSeconds: number, times = 1): InjectedResponse {
  return {
    status: 403,
    times,
    headers: {
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset': String(resetEpochSeconds)
    },
    body: {
      message: 'API rate limit exceeded for installation ID 1.',
      documentation_url:
        'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-primary-rate-limits',
      status: '403'
    }
  }
}

/** A list page cut to its first `keep` items, its Link header still announcing the next page. */
export function shortPage(keep: number, times = 1): InjectedResponse {
  return { status: 200, keepItems: keep, times }
}
