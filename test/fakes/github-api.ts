// A local fake of GitHub's REST API for the routes agent-audit reads, answering from real git
// repositories in temp dirs. Faithful where a client would notice: GitHub's JSON shapes, error
// bodies, Link pagination (absolute URLs, per_page kept), the silent caps (250 PR commits, 3000 PR
// files, 3000 commit files in pages of 300), rate-limit headers, and auth ('token X' / 'Bearer X').
import { randomBytes } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { FaultQueue } from './github-api/faults.js'
import {
  defaultMessage,
  encodeBody,
  error,
  errorBody,
  githubHeaders,
  notFound,
  RateLimit,
  type Reply
} from './github-api/http.js'
import { findRoute } from './github-api/routes.js'
import { Store } from './github-api/store.js'
import type {
  FakeGitHub,
  InjectedResponse,
  LoggedRequest,
  MembershipDenial
} from './github-api/types.js'

export type {
  Account,
  FakeGitHub,
  InjectedResponse,
  LoggedRequest,
  MembershipDenial,
  PullRequestSpec,
  RepositorySpec,
  RequestMatch,
  ReviewSpec,
  ReviewState
} from './github-api/types.js'
export { primaryRateLimit, secondaryRateLimit, shortPage } from './github-api/faults.js'
export { COMMIT_FILES_CAP, PULL_COMMITS_CAP, PULL_FILES_CAP } from './github-api/routes.js'

export interface FakeGitHubOptions {
  /** Default: a random 'ghs_' token. */
  token?: string
}

export async function startFakeGitHub(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const token = options.token ?? `ghs_${randomBytes(18).toString('hex')}`
  const fake = new FakeServer(token)
  const server = createServer((req, res) => void fake.handle(req, res))
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  fake.origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    url: fake.origin,
    token,
    addRepository: spec => fake.store.addRepository(spec),
    addPullRequest: spec => fake.store.addPullRequest(spec),
    addReview: (owner, repo, number, review) => fake.store.addReview(owner, repo, number, review),
    setTeamMembers: (org, team, logins) => fake.store.setTeamMembers(org, team, logins),
    denyTeamMembership: denial => {
      fake.membershipDenial = denial
    },
    failNext: (match, response) => fake.faults.add(match, response),
    checkRuns: () => fake.store.checks.all(),
    addCheckRun: (owner, repo, seed) => fake.store.addCheckRun(owner, repo, seed),
    denyChecks: denied => {
      fake.store.checks.denied = denied
    },
    comments: () => fake.store.comments.all(),
    addComment: (owner, repo, number, seed) => fake.store.addComment(owner, repo, number, seed),
    denyComments: denied => {
      fake.store.comments.denied = denied
    },
    requests: fake.requests,
    routeCounts: () => fake.routeCounts(),
    close: () => closeServer(server)
  }
}

/** The request body as text (GET bodies are read only to drain them). */
async function readRequestBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

const INVALID_JSON = Symbol('invalid JSON')

/** A write's JSON body: undefined when empty, INVALID_JSON when it does not parse. */
function parseJson(text: string): unknown {
  if (text === '') return undefined
  try {
    return JSON.parse(text) as unknown
  } catch {
    return INVALID_JSON
  }
}

/** The real reply with its list cut to `keepItems` items and the fault's headers added. */
function shortened(reply: Reply, fault: InjectedResponse): Reply {
  const items = Array.isArray(reply.body) ? reply.body.slice(0, fault.keepItems) : reply.body
  return { ...reply, body: items, headers: { ...reply.headers, ...fault.headers } }
}

function closeServer(server: Server): Promise<void> {
  const closed = new Promise<void>(resolve => server.close(() => resolve()))
  // Keep-alive sockets and hung requests would otherwise hold close() open.
  server.closeAllConnections()
  return closed
}

class FakeServer {
  origin = ''
  readonly store = new Store()
  readonly faults = new FaultQueue()
  readonly requests: LoggedRequest[] = []
  membershipDenial: MembershipDenial | null = null
  private readonly rateLimit = new RateLimit()

  constructor(private readonly token: string) {}

  routeCounts(): Record<string, number> {
    const counts: Record<string, number> = {}
    for (const { route } of this.requests) counts[route] = (counts[route] ?? 0) + 1
    return counts
  }

  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const text = await readRequestBody(req)
    const method = req.method ?? 'GET'
    const path = req.url ?? '/'
    const url = new URL(path, this.origin)
    const matched = findRoute(method, url.pathname)
    const route = matched?.route ?? 'unknown'
    const entry: LoggedRequest = { method, path, route, status: 0, receivedAt: Date.now() }
    this.requests.push(entry)
    const fault = this.faults.take(method, path)
    if (fault && fault.keepItems === undefined) return this.sendFault(res, fault, entry)
    let reply: Reply
    const body = method === 'GET' ? undefined : parseJson(text)
    try {
      if (!this.authorized(req.headers.authorization)) reply = this.unauthorized(req)
      else if (!matched) reply = notFound()
      else if (body === INVALID_JSON) reply = error(400, 'Problems parsing JSON')
      else reply = await matched.run(this.requestContext(req, url, body))
    } catch (caught) {
      reply = error(500, `fake GitHub failed: ${String(caught)}`)
    }
    if (fault?.keepItems !== undefined) reply = shortened(reply, fault)
    entry.status = reply.status
    this.send(res, reply)
  }

  private requestContext(req: IncomingMessage, url: URL, body: unknown) {
    return {
      store: this.store,
      api: this.origin,
      url,
      body,
      accept: req.headers.accept ?? '',
      membershipDenial: this.membershipDenial
    }
  }

  private authorized(header: string | undefined): boolean {
    const match = /^(?:token|bearer)\s+(\S+)\s*$/i.exec(header ?? '')
    return match?.[1] === this.token
  }

  private unauthorized(req: IncomingMessage): Reply {
    const message = req.headers.authorization ? 'Bad credentials' : 'Requires authentication'
    return error(401, message)
  }

  private send(res: ServerResponse, reply: Reply): void {
    const { bytes, contentType } = encodeBody(reply.body)
    res.writeHead(reply.status, {
      'content-type': contentType,
      'content-length': String(bytes.length),
      ...this.rateLimit.headers(),
      ...githubHeaders(),
      ...reply.headers
    })
    res.end(bytes)
  }

  private sendFault(res: ServerResponse, fault: InjectedResponse, entry: LoggedRequest): void {
    if (fault.hang) return // the socket stays open until the client gives up or close() runs
    entry.status = fault.status
    const body = fault.body ?? errorBody(fault.status, defaultMessage(fault.status))
    const reply: Reply = { status: fault.status, body, headers: fault.headers }
    if (!fault.truncate) return this.send(res, reply)
    const { bytes, contentType } = encodeBody(body)
    res.writeHead(fault.status, {
      'content-type': contentType,
      'content-length': String(bytes.length),
      ...fault.headers
    })
    res.write(bytes.subarray(0, Math.floor(bytes.length / 2)))
    // Drop the connection mid-body, as a proxy timing out would.
    setImmediate(() => res.socket?.destroy())
  }
}
