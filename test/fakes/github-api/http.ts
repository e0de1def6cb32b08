/** Replies the way GitHub's REST API words them: JSON bodies, error shapes and headers. */
import { randomBytes } from 'node:crypto'

export interface Reply {
  status: number
  /** JSON-encoded unless it is a Buffer (raw media type) or a string (sent as-is). */
  body: unknown
  headers?: Record<string, string>
}

export const DOCS = 'https://docs.github.com/rest'
export const HTML_ORIGIN = 'https://github.com'

export function ok(body: unknown, headers?: Record<string, string>): Reply {
  return { status: 200, body, headers }
}

/** GitHub error bodies carry the status as a string since 2023. */
export function errorBody(status: number, message: string, documentationUrl = DOCS): object {
  return { message, documentation_url: documentationUrl, status: String(status) }
}

export function error(status: number, message: string, documentationUrl = DOCS): Reply {
  return { status, body: errorBody(status, message, documentationUrl) }
}

export const notFound = (): Reply => error(404, 'Not Found')

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Bad credentials',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  422: 'Validation Failed',
  429: 'Too Many Requests',
  500: 'Server Error',
  502: 'Server Error',
  503: 'Service Unavailable',
  504: 'We couldn\u2019t respond to your request in time. Sorry about that.'
}

export function defaultMessage(status: number): string {
  return REASONS[status] ?? `HTTP ${status}`
}

/** Encodes a reply body to the bytes and content-type sent on the wire. */
export function encodeBody(body: unknown): { bytes: Buffer; contentType: string } {
  if (Buffer.isBuffer(body)) return { bytes: body, contentType: 'text/plain; charset=utf-8' }
  if (typeof body === 'string') {
    return { bytes: Buffer.from(body), contentType: 'application/json; charset=utf-8' }
  }
  return {
    bytes: Buffer.from(JSON.stringify(body)),
    contentType: 'application/json; charset=utf-8'
  }
}

/** Primary rate-limit bookkeeping, reported on every answer like GitHub does. */
export class RateLimit {
  readonly limit = 5000
  used = 0
  readonly reset = Math.floor(Date.now() / 1000) + 3600

  headers(): Record<string, string> {
    this.used++
    return {
      'x-ratelimit-limit': String(this.limit),
      'x-ratelimit-remaining': String(Math.max(0, this.limit - this.used)),
      'x-ratelimit-used': String(this.used),
      'x-ratelimit-reset': String(this.reset),
      'x-ratelimit-resource': 'core'
    }
  }
}

export function githubHeaders(): Record<string, string> {
  const hex = (bytes: number) => randomBytes(bytes).toString('hex').toUpperCase()
  return {
    'x-github-request-id': `${hex(2)}:${hex(2)}:${hex(3)}:${hex(3)}:${hex(4)}`,
    'x-github-media-type': 'github.v3; format=json',
    'x-github-api-version-selected': '2022-11-28'
  }
}
