/**
 * Turning a failed GitHub request into something the user can act on. The
 * statuses a user fixes (a bad token, a missing permission, a wrong name, a
 * spent rate limit) become UserErrors that name the token, the permission or
 * the resource. Everything else stays an ordinary Error, so the run fails
 * closed rather than auditing with data missing.
 */
import { UserError } from '../errors.js'

/** What a request was reading, for messages: 'pull request #7 of octo/app', and the permission it needs. */
export interface GitHubResource {
  description: string
  /** The workflow permission that grants read access, e.g. 'pull-requests: read'. */
  permission: string
}

/** Why GitHub refused, in the terms callers act on (a 404 may just mean "absent"). */
export type GitHubRefusal = 'bad-credentials' | 'forbidden' | 'not-found' | 'rate-limited'

/** A UserError from a GitHub answer, with the refusal it stands for. */
export class GitHubUserError extends UserError {
  constructor(
    problem: string,
    fix: string,
    readonly refusal: GitHubRefusal
  ) {
    super(problem, fix)
  }
}

export function isRefusal(error: unknown, refusal: GitHubRefusal): boolean {
  return error instanceof GitHubUserError && error.refusal === refusal
}

/** A GitHub failure that is not the user's to fix (5xx after retries, a timeout, a network error). */
export class GitHubApiError extends Error {
  readonly status?: number

  constructor(message: string, options: { status?: number; cause?: unknown } = {}) {
    super(message, { cause: options.cause })
    this.name = 'GitHubApiError'
    this.status = options.status
  }
}

/** One request attempt ran out of time (see request-timeout.ts). */
export class RequestTimeoutError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`no answer within ${timeoutMs / 1000} s`)
    this.name = 'RequestTimeoutError'
  }
}

/** The parts of Octokit's RequestError that matter here, checked at runtime. */
interface FailedRequest {
  status: number
  message: string
  headers: Record<string, unknown>
  data: unknown
}

export function toUserError(error: unknown, resource: GitHubResource): Error {
  if (error instanceof UserError || error instanceof GitHubApiError) return error
  if (error instanceof RequestTimeoutError) {
    return new GitHubApiError(
      `GitHub did not answer within ${error.timeoutMs / 1000} s while agent-audit was reading ${resource.description}`,
      { cause: error }
    )
  }
  const failed = asFailedRequest(error)
  if (failed) return statusError(failed, resource, error)
  const reason = error instanceof Error ? error.message : String(error)
  return new GitHubApiError(`reading ${resource.description} from GitHub failed: ${reason}`, {
    cause: error
  })
}

function statusError(failed: FailedRequest, resource: GitHubResource, cause: unknown): Error {
  const answered = `GitHub answered ${failed.status}: ${githubMessage(failed)}`
  const { description, permission } = resource
  if (isRateLimit(failed)) return rateLimitError(failed, resource, answered)
  switch (failed.status) {
    case 401:
      return new GitHubUserError(
        `the token was rejected while reading ${description} (${answered})`,
        'Check the token input: it may be mistyped, expired or revoked',
        'bad-credentials'
      )
    case 403:
      return new GitHubUserError(
        `the token is not allowed to read ${description} (${answered})`,
        `Grant the workflow \`permissions: ${permission}\`, or use a token that has it`,
        'forbidden'
      )
    case 404:
      return new GitHubUserError(
        `${description} was not found or the token cannot see it`,
        `Check the name, and that the token has \`${permission}\` on the repository`,
        'not-found'
      )
    default:
      return new GitHubApiError(`reading ${description} failed (${answered})`, {
        status: failed.status,
        cause
      })
  }
}

function rateLimitError(
  failed: FailedRequest,
  resource: GitHubResource,
  answered: string
): GitHubUserError {
  const reset = Number(failed.headers['x-ratelimit-reset'])
  const when =
    Number.isFinite(reset) && reset > 0 ? ` (at ${new Date(reset * 1000).toISOString()})` : ''
  return new GitHubUserError(
    `GitHub's API rate limit stopped agent-audit while reading ${resource.description} (${answered})`,
    `Run it again after the limit resets${when}, or use a token with a higher limit, such as a GitHub App installation token`,
    'rate-limited'
  )
}

/** Primary (remaining 0) or secondary ("secondary rate limit", 429) limits that retrying did not get past. */
function isRateLimit(failed: FailedRequest): boolean {
  if (failed.status === 429) return true
  if (failed.status !== 403) return false
  return (
    failed.headers['x-ratelimit-remaining'] === '0' || /rate limit/i.test(githubMessage(failed))
  )
}

/** GitHub's own `message`, without the documentation link Octokit appends. */
function githubMessage(failed: FailedRequest): string {
  const data = failed.data
  if (typeof data === 'object' && data !== null && 'message' in data) {
    const message = (data as { message: unknown }).message
    if (typeof message === 'string') return message
  }
  return failed.message
}

function asFailedRequest(error: unknown): FailedRequest | undefined {
  if (!(error instanceof Error) || !('status' in error) || typeof error.status !== 'number') {
    return undefined
  }
  // Octokit also gives network failures a status (500) but no response: those never reached GitHub.
  const response = 'response' in error ? error.response : undefined
  if (!isRecord(response)) return undefined
  const headers = 'headers' in response && isRecord(response.headers) ? response.headers : {}
  const data = 'data' in response ? response.data : undefined
  return { status: error.status, message: error.message, headers, data }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}
