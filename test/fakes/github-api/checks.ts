/**
 * Check runs as the Checks API keeps them: created on a commit, updated by id,
 * listed per ref. Faithful where a client would notice: GitHub's shapes, its
 * validation (at most 50 annotations per request, output text up to 65,535
 * characters, a conclusion for a completed run), annotations appended across
 * updates rather than replaced, and 403 for a token without `checks: write`.
 */
import { accountJson } from './accounts.js'
import { resolveCommit } from './git.js'
import { error, HTML_ORIGIN, notFound, ok, type Reply } from './http.js'
import { paginate } from './pagination.js'
import type { RequestContext } from './routes.js'
import type { RepoRecord } from './store.js'

export const CHECK_ANNOTATIONS_PER_REQUEST = 50
export const CHECK_OUTPUT_MAX_CHARS = 65535

/** Check runs the fake's token writes belong to the GitHub Actions app, like GITHUB_TOKEN's. */
export const ACTIONS_APP_SLUG = 'github-actions'

const STATUSES = ['queued', 'in_progress', 'completed']
const CONCLUSIONS = [
  'action_required',
  'cancelled',
  'failure',
  'neutral',
  'success',
  'skipped',
  'stale',
  'timed_out'
]
const ANNOTATION_LEVELS = ['notice', 'warning', 'failure']
const CLOCK_START = Date.parse('2026-02-02T09:00:00Z')

export interface CheckRunOutput {
  title: string
  summary: string
  text?: string
}

/** What the fake recorded of one check run, for assertions. */
export interface RecordedCheckRun {
  id: number
  /** 'owner/name' as registered. */
  repository: string
  name: string
  headSha: string
  status: string
  conclusion: string | null
  externalId: string | null
  detailsUrl: string | null
  appSlug: string
  checkSuiteId: number
  output: CheckRunOutput | null
  /** Every annotation received, in order, across the create and all updates. */
  annotations: Record<string, unknown>[]
  /** How many annotations each write that carried some had. */
  annotationBatches: number[]
  /** PATCH requests that changed this run. */
  updates: number
  startedAt: string
  completedAt: string | null
}

/** A check run someone else made, e.g. the one the runner creates for a workflow job. */
export interface CheckRunSeed {
  name: string
  headSha: string
  status?: string
  conclusion?: string
  externalId?: string
  appSlug?: string
}

export class CheckRunStore {
  /** When true, every check-run route answers 403 like a token without `checks` permission. */
  denied = false
  private readonly runs: RecordedCheckRun[] = []
  private nextId = 5_000_000_001
  private clock = 0

  add(repository: string, seed: CheckRunSeed, checkSuiteId = 7_000_001): RecordedCheckRun {
    const status = seed.status ?? 'completed'
    const run: RecordedCheckRun = {
      id: this.nextId++,
      repository,
      name: seed.name,
      headSha: seed.headSha,
      status,
      conclusion: seed.conclusion ?? (status === 'completed' ? 'success' : null),
      externalId: seed.externalId ?? null,
      detailsUrl: null,
      appSlug: seed.appSlug ?? ACTIONS_APP_SLUG,
      checkSuiteId,
      output: null,
      annotations: [],
      annotationBatches: [],
      updates: 0,
      startedAt: this.tick(),
      completedAt: null
    }
    if (status === 'completed') run.completedAt = run.startedAt
    this.runs.push(run)
    return run
  }

  find(repository: string, id: number): RecordedCheckRun | undefined {
    return this.runs.find(run => run.repository === repository && run.id === id)
  }

  ofCommit(repository: string, sha: string): RecordedCheckRun[] {
    return this.runs.filter(run => run.repository === repository && run.headSha === sha)
  }

  /** Copies, so a test cannot change what the fake serves. */
  all(): RecordedCheckRun[] {
    return this.runs.map(run => structuredClone(run))
  }

  tick(): string {
    return new Date(CLOCK_START + this.clock++ * 1000).toISOString().replace('.000Z', 'Z')
  }
}

const repositoryOf = (repo: RepoRecord) => `${repo.spec.owner}/${repo.spec.name}`

function forbidden(): Reply {
  return error(
    403,
    'Resource not accessible by integration',
    'https://docs.github.com/rest/checks/runs'
  )
}

function invalid(detail: string): Reply {
  return error(422, `Invalid request.\n\n${detail}`, 'https://docs.github.com/rest/checks/runs')
}

export async function createCheckRun(repo: RepoRecord, request: RequestContext): Promise<Reply> {
  const checks = request.store.checks
  if (checks.denied) return forbidden()
  const body = asObject(request.body)
  if (!body) return invalid('The request body must be a JSON object.')
  if (typeof body.name !== 'string' || body.name === '') return invalid('"name" wasn\'t supplied.')
  if (typeof body.head_sha !== 'string') return invalid('"head_sha" wasn\'t supplied.')
  const sha = await resolveCommit(repo.spec.dir, body.head_sha)
  if (!sha || sha !== body.head_sha) return invalid(`No commit found for SHA: ${body.head_sha}`)
  const problem = validateWrite(body, true)
  if (problem) return invalid(problem)
  const run = checks.add(repositoryOf(repo), { name: body.name, headSha: sha, status: 'queued' })
  applyWrite(run, body, checks)
  return { status: 201, body: checkRunJson(run, request) }
}

export async function updateCheckRun(
  repo: RepoRecord,
  id: string,
  request: RequestContext
): Promise<Reply> {
  const checks = request.store.checks
  if (checks.denied) return forbidden()
  const run = /^\d+$/.test(id) ? checks.find(repositoryOf(repo), Number(id)) : undefined
  if (!run) return notFound()
  const body = asObject(request.body)
  if (!body) return invalid('The request body must be a JSON object.')
  if (body.name !== undefined && (typeof body.name !== 'string' || body.name === '')) {
    return invalid('"name" must be a non-empty string.')
  }
  const problem = validateWrite(body, false)
  if (problem) return invalid(problem)
  if (typeof body.name === 'string') run.name = body.name
  applyWrite(run, body, checks)
  run.updates++
  return ok(checkRunJson(run, request))
}

/** GET .../commits/{ref}/check-runs: check_name, status and filter (latest | all), paginated. */
export async function listCheckRunsForRef(
  repo: RepoRecord,
  ref: string,
  request: RequestContext
): Promise<Reply> {
  const checks = request.store.checks
  if (checks.denied) return forbidden()
  const sha = await resolveCommit(repo.spec.dir, ref)
  if (!sha) return error(422, `No commit found for SHA: ${ref}`)
  const query = request.url.searchParams
  const name = query.get('check_name')
  const status = query.get('status')
  let runs = checks.ofCommit(repositoryOf(repo), sha)
  if (name !== null) runs = runs.filter(run => run.name === name)
  if (status !== null) runs = runs.filter(run => run.status === status)
  if ((query.get('filter') ?? 'latest') === 'latest') runs = latestPerSuite(runs)
  const newestFirst = [...runs].sort((a, b) => b.id - a.id)
  const page = paginate(
    newestFirst,
    { base: `${request.api}${request.url.pathname}`, query },
    { defaultPerPage: 30, maxPerPage: 100 }
  )
  const body = {
    total_count: newestFirst.length,
    check_runs: page.items.map(run => checkRunJson(run, request))
  }
  return ok(body, page.link ? { link: page.link } : undefined)
}

/** `filter=latest`: only the newest run of each name within each check suite. */
function latestPerSuite(runs: RecordedCheckRun[]): RecordedCheckRun[] {
  const newest = new Map<string, RecordedCheckRun>()
  for (const run of runs) {
    const key = `${run.checkSuiteId}\u0000${run.name}`
    const seen = newest.get(key)
    if (!seen || seen.id < run.id) newest.set(key, run)
  }
  return [...newest.values()]
}

function validateWrite(body: Record<string, unknown>, creating: boolean): string | undefined {
  const status = body.status ?? (creating ? 'queued' : undefined)
  if (status !== undefined && !STATUSES.includes(String(status))) {
    return `"status" is not one of ${STATUSES.join(', ')}.`
  }
  if (body.conclusion !== undefined && !CONCLUSIONS.includes(String(body.conclusion))) {
    return `"conclusion" is not one of ${CONCLUSIONS.join(', ')}.`
  }
  if (status === 'completed' && body.conclusion === undefined) {
    return '"conclusion" is required when "status" is "completed".'
  }
  return body.output === undefined ? undefined : validateOutput(body.output)
}

function validateOutput(value: unknown): string | undefined {
  const output = asObject(value)
  if (!output) return '"output" must be an object.'
  if (typeof output.title !== 'string') return '"title" wasn\'t supplied.'
  if (typeof output.summary !== 'string') return '"summary" wasn\'t supplied.'
  for (const key of ['summary', 'text'] as const) {
    const text = output[key]
    if (typeof text === 'string' && text.length > CHECK_OUTPUT_MAX_CHARS) {
      return `"${key}" is too long (maximum is ${CHECK_OUTPUT_MAX_CHARS} characters).`
    }
  }
  if (output.annotations === undefined) return undefined
  if (!Array.isArray(output.annotations)) return '"annotations" must be a list.'
  if (output.annotations.length > CHECK_ANNOTATIONS_PER_REQUEST) {
    return `Only ${CHECK_ANNOTATIONS_PER_REQUEST} annotations are allowed per request.`
  }
  return output.annotations.map(validateAnnotation).find(problem => problem !== undefined)
}

function validateAnnotation(value: unknown): string | undefined {
  const annotation = asObject(value)
  if (!annotation) return 'Each annotation must be an object.'
  const { path, start_line: start, end_line: end, annotation_level: level, message } = annotation
  if (typeof path !== 'string' || path === '') return 'An annotation has no "path".'
  if (!Number.isInteger(start) || !Number.isInteger(end)) {
    return 'An annotation needs whole-number "start_line" and "end_line".'
  }
  if ((end as number) < (start as number)) return '"end_line" is before "start_line".'
  if (!ANNOTATION_LEVELS.includes(String(level))) {
    return `"annotation_level" is not one of ${ANNOTATION_LEVELS.join(', ')}.`
  }
  if (typeof message !== 'string' || message === '') return 'An annotation has no "message".'
  const columns = annotation.start_column !== undefined || annotation.end_column !== undefined
  if (columns && start !== end) return 'Columns are only allowed when start_line equals end_line.'
  return undefined
}

function applyWrite(run: RecordedCheckRun, body: Record<string, unknown>, checks: CheckRunStore) {
  if (typeof body.status === 'string') run.status = body.status
  if (typeof body.conclusion === 'string') {
    run.conclusion = body.conclusion
    run.status = 'completed'
  }
  if (typeof body.external_id === 'string') run.externalId = body.external_id
  if (typeof body.details_url === 'string') run.detailsUrl = body.details_url
  if (run.status === 'completed') {
    run.completedAt = typeof body.completed_at === 'string' ? body.completed_at : checks.tick()
  }
  const output = asObject(body.output)
  if (!output) return
  run.output = {
    title: String(output.title),
    summary: String(output.summary),
    ...(typeof output.text === 'string' ? { text: output.text } : {})
  }
  const annotations = Array.isArray(output.annotations) ? output.annotations : []
  if (annotations.length === 0) return
  // GitHub appends: an update adds to the annotations a run already has.
  run.annotations.push(...annotations.map(annotation => ({ ...asObject(annotation) })))
  run.annotationBatches.push(annotations.length)
}

function checkRunJson(run: RecordedCheckRun, request: RequestContext): object {
  const [owner = '', name = ''] = run.repository.split('/')
  const repoUrl = `${request.api}/repos/${encodeURIComponent(owner)}/${encodeURIComponent(name)}`
  const url = `${repoUrl}/check-runs/${run.id}`
  return {
    id: run.id,
    name: run.name,
    node_id: `CR_fake${run.id}`,
    head_sha: run.headSha,
    external_id: run.externalId ?? '',
    url,
    html_url: `${HTML_ORIGIN}/${owner}/${name}/runs/${run.id}`,
    details_url: run.detailsUrl ?? `${HTML_ORIGIN}/${owner}/${name}/runs/${run.id}`,
    status: run.status,
    conclusion: run.conclusion,
    started_at: run.startedAt,
    completed_at: run.completedAt,
    output: {
      title: run.output?.title ?? null,
      summary: run.output?.summary ?? null,
      text: run.output?.text ?? null,
      annotations_count: run.annotations.length,
      annotations_url: `${url}/annotations`
    },
    check_suite: { id: run.checkSuiteId },
    app: appJson(run.appSlug, request.api),
    pull_requests: []
  }
}

function appJson(slug: string, api: string): object {
  const owner = accountJson({ login: 'github', id: 9919, type: 'Organization' }, api)
  return {
    id: slug === ACTIONS_APP_SLUG ? 15368 : 800_000 + slug.length,
    slug,
    node_id: `A_fake${slug}`,
    owner,
    name: slug === ACTIONS_APP_SLUG ? 'GitHub Actions' : slug,
    html_url: `${HTML_ORIGIN}/apps/${slug}`
  }
}

function asObject(value: unknown): Record<string, unknown> | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined
  return value as Record<string, unknown>
}
