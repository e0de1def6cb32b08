/**
 * The one place agent-audit builds its GitHub REST client. Everything that
 * talks to GitHub goes through GitHubClient (get, post, patch), so every
 * request gets the same retries, rate-limit handling, timeout and error
 * translation.
 */
import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import type { OctokitPlugin } from '@octokit/core/types'
import { toUserError, type GitHubResource } from './api-errors.js'
import { requestTimeout } from './request-timeout.js'

export interface GitHubClientOptions {
  token: string
  /** The REST root: https://api.github.com, or https://HOST/api/v3 on GitHub Enterprise Server. */
  apiUrl: string
  /** How long one request may take before the run fails. Default 60 s. */
  requestTimeoutMs?: number
  /** Milliseconds per second of retry and rate-limit delay. Default 1000; tests shrink it. */
  delayUnitMs?: number
}

export interface GitHubResponse {
  /** The body exactly as GitHub sent it: read it with JsonReader, never trust its shape. */
  data: unknown
  headers: Record<string, string | number | undefined>
}

/** Query or path parameters of a request, e.g. { owner, repo, pull_number, per_page }. */
export type RequestParameters = Record<string, string | number>

/** The JSON body of a write, e.g. { body } for a comment or { name, head_sha, output } for a check run. */
export type RequestBody = Record<string, unknown>

export interface GitHubClient {
  readonly apiUrl: string
  /**
   * GET `route` ('GET /repos/{owner}/{repo}/pulls/{pull_number}' or an absolute
   * URL from a Link header). Failures reject with toUserError's translation.
   */
  get(
    route: string,
    parameters: RequestParameters,
    resource: GitHubResource
  ): Promise<GitHubResponse>
  /**
   * POST `body` as JSON to `route` ('POST /repos/{owner}/{repo}/check-runs'),
   * with `parameters` filling the path. The body is sent apart from the path
   * parameters, so a body field can never be taken for one.
   */
  post(
    route: `POST /${string}`,
    parameters: RequestParameters,
    body: RequestBody,
    resource: GitHubResource
  ): Promise<GitHubResponse>
  /** PATCH, like post. */
  patch(
    route: `PATCH /${string}`,
    parameters: RequestParameters,
    body: RequestBody,
    resource: GitHubResource
  ): Promise<GitHubResponse>
}

const DEFAULT_TIMEOUT_MS = 60_000

/**
 * Statuses that retrying cannot change: bad request, bad credentials,
 * forbidden (the throttling plugin retries the 403s that are rate limits),
 * not found, gone, unprocessable, unavailable for legal reasons. Retrying
 * them would only delay the error the user needs to see.
 */
const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 451]

/** Rate-limit retries per request; each waits as long as GitHub says (retry-after or the reset time). */
const RATE_LIMIT_RETRIES = 2
/** A primary limit can reset an hour away: waiting that long in CI is worse than failing with a clear message. */
const MAX_RATE_LIMIT_WAIT_S = 120

export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const apiUrl = options.apiUrl.replace(/\/+$/, '')
  const delayUnitMs = options.delayUnitMs ?? 1000
  const shouldRetry = (
    retryAfter: number,
    _options: unknown,
    _octokit: unknown,
    retryCount: number
  ) => retryCount < RATE_LIMIT_RETRIES && retryAfter <= MAX_RATE_LIMIT_WAIT_S
  // baseUrl must be explicit: @actions/github reads GITHUB_API_URL once, when it is imported,
  // so without it a GitHub Enterprise Server run (or a test server) would call api.github.com.
  const octokit = getOctokit(
    options.token,
    {
      baseUrl: apiUrl,
      retry: { doNotRetry: DO_NOT_RETRY, retryAfterBaseValue: delayUnitMs },
      throttle: {
        onRateLimit: shouldRetry,
        onSecondaryRateLimit: shouldRetry,
        retryAfterBaseValue: delayUnitMs
      }
    },
    // Plugins registered first sit closest to fetch: the timeout then covers each attempt,
    // not the whole series of retries.
    requestTimeout(options.requestTimeoutMs ?? DEFAULT_TIMEOUT_MS) as OctokitPlugin,
    throttling as OctokitPlugin,
    retry as OctokitPlugin
  )
  const send = async (
    route: string,
    parameters: Record<string, unknown>,
    resource: GitHubResource
  ): Promise<GitHubResponse> => {
    try {
      const response = await octokit.request(route, parameters)
      return { data: response.data as unknown, headers: response.headers }
    } catch (error) {
      throw toUserError(error, resource)
    }
  }
  return {
    apiUrl,
    get: (route, parameters, resource) => send(route, parameters, resource),
    // Octokit sends `data` as the whole JSON body instead of the leftover parameters.
    post: (route, parameters, body, resource) =>
      send(route, { ...parameters, data: body }, resource),
    patch: (route, parameters, body, resource) =>
      send(route, { ...parameters, data: body }, resource)
  }
}
