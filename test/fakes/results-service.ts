// A local fake of GitHub Actions' artifact "results service" (twirp JSON API) plus the Azure
// block-blob endpoints its signed URLs point at, so the real @actions/artifact client can upload,
// list, download and delete artifacts in tests without network.
//
// Faithful where the client would notice: block PUTs answer 201, the signed URLs are path-style
// (account/container/blob) because the Azure SDK only parses those for IP hosts, twirp errors are
// `{code, msg}` with the matching HTTP status, and duplicate names in a run are a 409.
import { createHash, randomUUID } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export const TWIRP_PATH = '/twirp/github.actions.results.api.v1.ArtifactService/'
export const TWIRP_METHODS = [
  'CreateArtifact',
  'FinalizeArtifact',
  'ListArtifacts',
  'GetSignedArtifactURL',
  'DeleteArtifact'
] as const
export type TwirpMethod = (typeof TWIRP_METHODS)[number]
/** What a request was, as logged in `requests` and targeted by `failNext`. */
export type ServiceCall = TwirpMethod | 'block' | 'blocklist' | 'download' | 'unknown'

export interface LoggedRequest {
  method: string // HTTP method
  call: ServiceCall
  status: number // status the fake answered with
  body?: Record<string, unknown> // parsed JSON body of twirp calls
}

/** A finalized (uploaded and committed) artifact as the service stores it. */
export interface FakeArtifact {
  id: number
  name: string
  runId: string
  jobId: string
  size: number // as declared by the client in FinalizeArtifact
  hash: string | null // as declared in FinalizeArtifact: 'sha256:<hex>'
  expiresAt: string | null // RFC 3339, from CreateArtifact (null without retentionDays)
  createdAt: string
  contentType: string | null // x-ms-blob-content-type sent when committing the block list
  blob: Buffer // the committed bytes (the zip)
  verified: boolean // declared hash and size match the committed bytes
}

export interface ResultsServiceOptions {
  runId?: string // workflow run backend id put in the token's scp claim
  jobId?: string // workflow job run backend id put in the token's scp claim
  firstArtifactId?: number
}

export interface ResultsService {
  url: string // origin, e.g. http://127.0.0.1:41234
  runtimeToken: string
  runId: string
  jobId: string
  /** Env vars a runner provides for artifacts; GITHUB_SERVER_URL is deliberately absent. */
  env(): { ACTIONS_RUNTIME_TOKEN: string; ACTIONS_RESULTS_URL: string }
  readonly requests: LoggedRequest[]
  readonly artifacts: FakeArtifact[]
  /** The next request of this kind gets `status` and `body` (default: a twirp/Azure error). */
  failNext(call: ServiceCall, status: number, body?: string | Record<string, unknown>): void
  close(): Promise<void>
}

interface ArtifactRecord extends Omit<FakeArtifact, 'blob'> {
  blobPath: string
  staged: Map<string, Buffer>
  blob: Buffer | null
  finalized: boolean
}

interface Reply {
  status: number
  headers?: Record<string, string>
  body?: string | Buffer
}

type JsonBody = Record<string, unknown>

const UPLOAD_SIG = 'fake-upload-sig'
const DOWNLOAD_SIG = 'fake-download-sig'
const AZURE_VERSION = '2026-04-06'
const FAR_FUTURE_EXP = 4102444800 // 2100-01-01, so the token never expires during a test
const TWIRP_CODES: Record<number, string> = {
  400: 'invalid_argument',
  401: 'unauthenticated',
  403: 'permission_denied',
  404: 'not_found',
  409: 'already_exists',
  412: 'failed_precondition',
  429: 'resource_exhausted',
  500: 'internal',
  503: 'unavailable'
}

export function makeRuntimeToken(runId: string, jobId: string): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url')
  const claims = {
    scp: `Actions.GenericRead:${runId} Actions.Results:${runId}:${jobId}`,
    iss: 'fake-results-service',
    iat: Math.floor(Date.now() / 1000),
    exp: FAR_FUTURE_EXP
  }
  return `${part({ alg: 'none', typ: 'JWT' })}.${part(claims)}.${part({ unsigned: true })}`
}

export async function startResultsService(
  options: ResultsServiceOptions = {}
): Promise<ResultsService> {
  const runId = options.runId ?? '11111111-1111-4111-8111-111111111111'
  const jobId = options.jobId ?? '22222222-2222-4222-8222-222222222222'
  const state = new ServiceState(runId, makeRuntimeToken(runId, jobId), options.firstArtifactId)
  const server = createServer((req, res) => void state.handle(req, res))
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  state.origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    url: state.origin,
    runtimeToken: state.token,
    runId,
    jobId,
    env: () => ({ ACTIONS_RUNTIME_TOKEN: state.token, ACTIONS_RESULTS_URL: `${state.origin}/` }),
    requests: state.requests,
    get artifacts() {
      return state.finalizedArtifacts()
    },
    failNext: (call, status, body) => state.faults.push({ call, status, body }),
    close: () => closeServer(server)
  }
}

function closeServer(server: ReturnType<typeof createServer>): Promise<void> {
  const closed = new Promise<void>(resolve => server.close(() => resolve()))
  // The Azure SDK keeps sockets alive; without this close() would wait for them to time out.
  server.closeAllConnections()
  return closed
}

class ServiceState {
  origin = ''
  readonly requests: LoggedRequest[] = []
  readonly faults: { call: ServiceCall; status: number; body?: string | JsonBody }[] = []
  private records: ArtifactRecord[] = []
  private nextId: number

  constructor(
    private readonly runId: string,
    readonly token: string,
    firstArtifactId = 1000
  ) {
    this.nextId = firstArtifactId
  }

  finalizedArtifacts(): FakeArtifact[] {
    return this.records.filter(r => r.finalized && r.blob).map(r => toFakeArtifact(r))
  }

  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req)
    const url = new URL(req.url ?? '/', 'http://fake')
    const call = classify(req.method ?? '', url)
    const entry: LoggedRequest = { method: req.method ?? '', call, status: 0 }
    this.requests.push(entry)
    let reply: Reply
    try {
      reply = this.takeFault(call) ?? this.route(call, req, url, body, entry)
    } catch (error) {
      reply = twirpError(500, `fake results service crashed: ${String(error)}`)
    }
    entry.status = reply.status
    res.writeHead(reply.status, reply.headers).end(reply.body)
  }

  private takeFault(call: ServiceCall): Reply | undefined {
    const index = this.faults.findIndex(f => f.call === call)
    if (index < 0) return undefined
    const [fault] = this.faults.splice(index, 1)
    if (!fault) return undefined
    if (typeof fault.body === 'string') return { status: fault.status, body: fault.body }
    if (fault.body) return json(fault.status, fault.body)
    return isTwirp(call)
      ? twirpError(fault.status, 'injected failure')
      : azureError(fault.status, 'InjectedFailure', 'injected failure')
  }

  private route(
    call: ServiceCall,
    req: IncomingMessage,
    url: URL,
    raw: Buffer,
    entry: LoggedRequest
  ): Reply {
    if (call === 'unknown') return twirpError(404, `no route for ${req.method} ${url.pathname}`)
    if (!isTwirp(call)) return this.routeBlob(call, req, url, raw)
    if (req.headers.authorization !== `Bearer ${this.token}`) {
      return twirpError(401, 'missing or wrong runtime token')
    }
    const body = parseJsonObject(raw)
    if (!body) return twirpError(400, 'request body is not a JSON object', 'malformed')
    entry.body = body
    if (body.workflow_run_backend_id !== this.runId) {
      return twirpError(403, 'workflow run is not in the scope of the token')
    }
    return this.twirpHandlers[call](body)
  }

  private readonly twirpHandlers: Record<TwirpMethod, (body: JsonBody) => Reply> = {
    CreateArtifact: body => this.createArtifact(body),
    FinalizeArtifact: body => this.finalizeArtifact(body),
    ListArtifacts: body => this.listArtifacts(body),
    GetSignedArtifactURL: body => this.getSignedArtifactUrl(body),
    DeleteArtifact: body => this.deleteArtifact(body)
  }

  private createArtifact(body: JsonBody): Reply {
    const name = body.name
    if (typeof name !== 'string' || name === '') return twirpError(400, 'name is required')
    // Artifact names are unique per workflow run (across its jobs), as on github.com.
    if (this.findFinalized(name)) {
      return twirpError(409, 'an artifact with this name already exists on the workflow run')
    }
    // An unfinalized artifact (an upload that failed part-way) may be created again.
    this.records = this.records.filter(r => r.finalized || r.name !== name)
    const record = this.newRecord(name, body)
    this.records.push(record)
    const signedUploadUrl = `${this.origin}${record.blobPath}?sv=${AZURE_VERSION}&sig=${UPLOAD_SIG}`
    return json(200, { ok: true, signed_upload_url: signedUploadUrl })
  }

  private newRecord(name: string, body: JsonBody): ArtifactRecord {
    const id = this.nextId++
    return {
      id,
      name,
      runId: this.runId,
      jobId: stringOr(body.workflow_job_run_backend_id, ''),
      size: 0,
      hash: null,
      expiresAt: stringOr(body.expires_at, null),
      createdAt: new Date().toISOString(),
      contentType: null,
      blobPath: `/devstoreaccount1/actions-results/artifact-${id}`,
      staged: new Map(),
      blob: null,
      finalized: false,
      verified: false
    }
  }

  private finalizeArtifact(body: JsonBody): Reply {
    const record = this.records.find(r => !r.finalized && r.name === body.name)
    if (!record) return twirpError(404, 'no artifact with this name is being uploaded')
    if (!record.blob) return twirpError(412, 'artifact blob was never committed')
    record.size = Number(body.size ?? 0)
    record.hash = stringOr(body.hash, null)
    record.verified =
      record.hash === `sha256:${sha256(record.blob)}` && record.size === record.blob.length
    record.finalized = true
    return json(200, { ok: true, artifact_id: String(record.id) })
  }

  private listArtifacts(body: JsonBody): Reply {
    const nameFilter = body.name_filter
    const idFilter = body.id_filter
    const matches = this.records.filter(
      r =>
        r.finalized &&
        (nameFilter === undefined || r.name === nameFilter) &&
        (idFilter === undefined || String(r.id) === String(idFilter))
    )
    return json(200, { artifacts: matches.map(r => toMonolithArtifact(r)) })
  }

  private getSignedArtifactUrl(body: JsonBody): Reply {
    const record = this.findFinalized(body.name)
    if (!record) return twirpError(404, 'artifact not found')
    const signedUrl = `${this.origin}${record.blobPath}?sv=${AZURE_VERSION}&sig=${DOWNLOAD_SIG}`
    return json(200, { signed_url: signedUrl })
  }

  private deleteArtifact(body: JsonBody): Reply {
    const record = this.findFinalized(body.name)
    if (!record) return twirpError(404, 'artifact not found')
    this.records = this.records.filter(r => r !== record)
    return json(200, { ok: true, artifact_id: String(record.id) })
  }

  private findFinalized(name: unknown): ArtifactRecord | undefined {
    return this.records.find(r => r.finalized && r.name === name)
  }

  private routeBlob(call: ServiceCall, req: IncomingMessage, url: URL, raw: Buffer): Reply {
    const record = this.records.find(r => r.blobPath === url.pathname)
    if (!record) return azureError(404, 'BlobNotFound', 'The specified blob does not exist.')
    const expectedSig = call === 'download' ? DOWNLOAD_SIG : UPLOAD_SIG
    if (url.searchParams.get('sig') !== expectedSig) {
      return azureError(403, 'AuthenticationFailed', 'Signature did not match.')
    }
    if (call === 'download') return downloadBlob(record)
    if (record.finalized) return azureError(409, 'BlobImmutable', 'The artifact is finalized.')
    if (call === 'block') return stageBlock(record, url, raw)
    return commitBlockList(record, req, raw)
  }
}

function stageBlock(record: ArtifactRecord, url: URL, raw: Buffer): Reply {
  const blockId = url.searchParams.get('blockid')
  if (!blockId) return azureError(400, 'InvalidQueryParameterValue', 'blockid is required')
  record.staged.set(blockId, raw)
  return { status: 201, headers: azureHeaders() }
}

function commitBlockList(record: ArtifactRecord, req: IncomingMessage, raw: Buffer): Reply {
  const ids = [...raw.toString('utf8').matchAll(/<(?:Latest|Uncommitted)>([^<]*)<\//g)].map(
    m => m[1] ?? ''
  )
  const blocks = ids.map(id => record.staged.get(id))
  if (blocks.some(block => block === undefined)) {
    return azureError(400, 'InvalidBlockList', 'The specified block list is invalid.')
  }
  record.blob = Buffer.concat(blocks as Buffer[])
  record.contentType = headerValue(req.headers['x-ms-blob-content-type'])
  record.staged.clear()
  const headers = { ...azureHeaders(), etag: `"0x${sha256(record.blob).slice(0, 16)}"` }
  return { status: 201, headers: { ...headers, 'last-modified': new Date().toUTCString() } }
}

function downloadBlob(record: ArtifactRecord): Reply {
  if (!record.finalized || !record.blob) {
    return azureError(404, 'BlobNotFound', 'The specified blob does not exist.')
  }
  const headers = {
    ...azureHeaders(),
    'content-type': record.contentType ?? 'application/octet-stream',
    'content-length': String(record.blob.length)
  }
  return { status: 200, headers, body: record.blob }
}

function classify(method: string, url: URL): ServiceCall {
  if (method === 'POST' && url.pathname.startsWith(TWIRP_PATH)) {
    const name = url.pathname.slice(TWIRP_PATH.length)
    return (TWIRP_METHODS as readonly string[]).includes(name) ? (name as TwirpMethod) : 'unknown'
  }
  const comp = url.searchParams.get('comp')
  if (method === 'PUT' && comp === 'block') return 'block'
  if (method === 'PUT' && comp === 'blocklist') return 'blocklist'
  if (method === 'GET' && comp === null) return 'download'
  return 'unknown'
}

function isTwirp(call: ServiceCall): call is TwirpMethod {
  return (TWIRP_METHODS as readonly string[]).includes(call)
}

function toFakeArtifact(r: ArtifactRecord): FakeArtifact {
  return {
    id: r.id,
    name: r.name,
    runId: r.runId,
    jobId: r.jobId,
    size: r.size,
    hash: r.hash,
    expiresAt: r.expiresAt,
    createdAt: r.createdAt,
    contentType: r.contentType,
    blob: Buffer.from(r.blob ?? Buffer.alloc(0)),
    verified: r.verified
  }
}

function toMonolithArtifact(r: ArtifactRecord): JsonBody {
  return {
    workflow_run_backend_id: r.runId,
    workflow_job_run_backend_id: r.jobId,
    database_id: String(r.id),
    name: r.name,
    size: String(r.size),
    created_at: r.createdAt,
    ...(r.hash ? { digest: r.hash } : {})
  }
}

function json(status: number, body: JsonBody): Reply {
  return { status, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }
}

function twirpError(status: number, msg: string, code = TWIRP_CODES[status] ?? 'unknown'): Reply {
  return json(status, { code, msg })
}

function azureError(status: number, code: string, message: string): Reply {
  const body = `<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code><Message>${message}</Message></Error>`
  const headers = { ...azureHeaders(), 'content-type': 'application/xml', 'x-ms-error-code': code }
  return { status, headers, body }
}

function azureHeaders(): Record<string, string> {
  return { 'x-ms-request-id': randomUUID(), 'x-ms-version': AZURE_VERSION }
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

function parseJsonObject(raw: Buffer): JsonBody | undefined {
  try {
    const value: unknown = JSON.parse(raw.toString('utf8') || '{}')
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as JsonBody)
      : undefined
  } catch {
    return undefined
  }
}

function stringOr<T>(value: unknown, fallback: T): string | T {
  return typeof value === 'string' ? value : fallback
}

function headerValue(value: string | string[] | undefined): string | null {
  return (Array.isArray(value) ? value[0] : value) ?? null
}

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex')
}
