/** The REST routes the fake answers, each matched by a template like GitHub's docs write them. */
import { createCheckRun, listCheckRunsForRef, updateCheckRun } from './checks.js'
import { createIssueComment, listIssueComments, updateIssueComment } from './comments.js'
import { contentsReply } from './contents.js'
import { EVENT_ROUTES } from './events.js'
import { readCommits } from './git-commits.js'
import type { DiffEntry } from './git-diff.js'
import { git, resolveCommit } from './git.js'
import { error, notFound, ok, type Reply } from './http.js'
import { paginate, type PageLimits, type PageRequest } from './pagination.js'
import { pullJson, reviewJson } from './pull-shapes.js'
import { commitJson, fileJson, repositoryJson, type RepoContext } from './shapes.js'
import type { PullRecord, RepoRecord, Store, StoredReview } from './store.js'
import type { MembershipDenial } from './types.js'

/** GitHub silently stops listing a PR's commits and files at these counts. */
export const PULL_COMMITS_CAP = 250
export const PULL_FILES_CAP = 3000
/** A single commit's file list: 300 per page, at most 3000 files. */
export const COMMIT_FILES_CAP = 3000
const LIST_LIMITS: PageLimits = { defaultPerPage: 30, maxPerPage: 100 }
const COMMIT_FILE_LIMITS: PageLimits = { defaultPerPage: 300, maxPerPage: 300 }
const FULL_SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/

export interface RequestContext {
  store: Store
  /** The fake's origin: links in bodies and Link headers point back at it. */
  api: string
  url: URL
  accept: string
  membershipDenial: MembershipDenial | null
  /** A write's parsed JSON body; undefined for GET or an empty body. */
  body?: unknown
}

type Handler = (params: string[], request: RequestContext) => Promise<Reply>

interface Route {
  method: string
  route: string
  pattern: RegExp
  handle: Handler
}

export interface MatchedRoute {
  route: string
  run(request: RequestContext): Promise<Reply>
}

const ROUTES: Route[] = [
  get('/repos/{owner}/{repo}', (p, r) => withRepo(p, r, repo => ok(repoBody(repo, r)))),
  get('/repos/{owner}/{repo}/pulls/{pull_number}', pullHandler(pullBody)),
  get('/repos/{owner}/{repo}/pulls/{pull_number}/commits', pullHandler(pullCommits)),
  get('/repos/{owner}/{repo}/pulls/{pull_number}/files', pullHandler(pullFiles)),
  get('/repos/{owner}/{repo}/pulls/{pull_number}/reviews', pullHandler(pullReviews)),
  {
    method: 'GET',
    route: 'GET /repos/{owner}/{repo}/contents/{path}',
    // The path may hold slashes, raw or %2F-encoded (Octokit encodes them).
    pattern: /^\/repos\/([^/]+)\/([^/]+)\/contents(?:\/(.*))?$/,
    handle: (p, r) => withRepo(p, r, repo => contents(repo, p[2] ?? '', r))
  },
  get('/repos/{owner}/{repo}/commits', (p, r) => withRepo(p, r, repo => listCommits(repo, r))),
  get('/repos/{owner}/{repo}/commits/{ref}', (p, r) =>
    withRepo(p, r, repo => commitBody(repo, p[2] ?? '', r))
  ),
  get('/orgs/{org}/teams/{team_slug}', team),
  get('/orgs/{org}/teams/{team_slug}/memberships/{username}', membership),
  write('POST', '/repos/{owner}/{repo}/check-runs', (p, r) =>
    withRepo(p, r, repo => createCheckRun(repo, r))
  ),
  write('PATCH', '/repos/{owner}/{repo}/check-runs/{check_run_id}', (p, r) =>
    withRepo(p, r, repo => updateCheckRun(repo, p[2] ?? '', r))
  ),
  get('/repos/{owner}/{repo}/commits/{ref}/check-runs', (p, r) =>
    withRepo(p, r, repo => listCheckRunsForRef(repo, p[2] ?? '', r))
  ),
  get('/repos/{owner}/{repo}/issues/{issue_number}/comments', pullHandler(listIssueComments)),
  write(
    'POST',
    '/repos/{owner}/{repo}/issues/{issue_number}/comments',
    pullHandler(createIssueComment)
  ),
  write('PATCH', '/repos/{owner}/{repo}/issues/comments/{comment_id}', (p, r) =>
    withRepo(p, r, repo => updateIssueComment(repo, p[2] ?? '', r))
  ),
  ...EVENT_ROUTES.map(route => get(route.template, route.handle))
]

/** A POST or PATCH route; its handler reads `request.body`. */
function write(method: 'POST' | 'PATCH', template: string, handle: Handler): Route {
  return { ...get(template, handle), method, route: `${method} ${template}` }
}

function get(template: string, handle: Handler): Route {
  const pattern = new RegExp(`^${template.replace(/\{[a-z_]+\}/g, '([^/]+)')}$`)
  return { method: 'GET', route: `GET ${template}`, pattern, handle }
}

export function findRoute(method: string, pathname: string): MatchedRoute | undefined {
  for (const route of ROUTES) {
    const match = route.method === method ? route.pattern.exec(pathname) : null
    if (!match) continue
    const params = decodeAll(match.slice(1))
    if (!params) return undefined
    return { route: route.route, run: request => route.handle(params, request) }
  }
  return undefined
}

function decodeAll(raw: (string | undefined)[]): string[] | undefined {
  try {
    return raw.map(part => decodeURIComponent(part ?? ''))
  } catch {
    return undefined
  }
}

function context(repo: RepoRecord, request: RequestContext): RepoContext {
  return { api: request.api, owner: repo.spec.owner, name: repo.spec.name, users: repo.users }
}

async function withRepo(
  params: string[],
  request: RequestContext,
  handle: (repo: RepoRecord) => Reply | Promise<Reply>
): Promise<Reply> {
  const repo = request.store.repo(params[0] ?? '', params[1] ?? '')
  return repo ? handle(repo) : notFound()
}

type PullHandler = (repo: RepoRecord, pull: PullRecord, request: RequestContext) => Promise<Reply>

function pullHandler(handle: PullHandler): Handler {
  return (params, request) =>
    withRepo(params, request, repo => {
      const number = params[2] ?? ''
      const pull = /^\d+$/.test(number) ? repo.pulls.get(Number(number)) : undefined
      return pull ? handle(repo, pull, request) : notFound()
    })
}

function pageRequest(request: RequestContext): PageRequest {
  return { base: `${request.api}${request.url.pathname}`, query: request.url.searchParams }
}

function pagedReply<T>(
  all: T[],
  request: RequestContext,
  limits: PageLimits,
  toJson: (item: T) => unknown
): Reply {
  const page = paginate(all, pageRequest(request), limits)
  return ok(page.items.map(toJson), page.link ? { link: page.link } : undefined)
}

function repoBody(repo: RepoRecord, request: RequestContext): object {
  return repositoryJson(context(repo, request), repo.id, repo.defaultBranch)
}

async function pullBody(
  repo: RepoRecord,
  pull: PullRecord,
  request: RequestContext
): Promise<Reply> {
  const data = await request.store.pullData(repo, pull)
  return ok(pullJson(context(repo, request), repo, pull.spec, data))
}

async function pullCommits(
  repo: RepoRecord,
  pull: PullRecord,
  request: RequestContext
): Promise<Reply> {
  const data = await request.store.pullData(repo, pull)
  const ctx = context(repo, request)
  const listed = data.commits.slice(0, PULL_COMMITS_CAP)
  return pagedReply(listed, request, LIST_LIMITS, commit => commitJson(ctx, commit))
}

async function pullFiles(
  repo: RepoRecord,
  pull: PullRecord,
  request: RequestContext
): Promise<Reply> {
  const data = await request.store.pullData(repo, pull)
  const ctx = context(repo, request)
  const listed = data.files.slice(0, PULL_FILES_CAP)
  return pagedReply(listed, request, LIST_LIMITS, file => fileJson(ctx, file, data.headSha))
}

async function pullReviews(
  repo: RepoRecord,
  pull: PullRecord,
  request: RequestContext
): Promise<Reply> {
  const ctx = context(repo, request)
  const chronological = [...pull.reviews].sort((a, b) => a.submittedAt.localeCompare(b.submittedAt))
  const commitIds = await Promise.all(chronological.map(review => reviewCommit(repo, review)))
  const withCommits = chronological.map((review, index) => ({
    review,
    commitId: commitIds[index] ?? ''
  }))
  return pagedReply(withCommits, request, LIST_LIMITS, item =>
    reviewJson(ctx, pull.spec.number, item.review, item.commitId)
  )
}

/** Full shas pass as given; refs are resolved once (100 reviews must not mean 100 git calls per page). */
const resolvedReviewCommits = new WeakMap<StoredReview, string>()
async function reviewCommit(repo: RepoRecord, review: StoredReview): Promise<string> {
  const given = review.spec.commitId
  if (FULL_SHA.test(given)) return given
  const cached = resolvedReviewCommits.get(review)
  if (cached) return cached
  const sha = (await resolveCommit(repo.spec.dir, given)) ?? given
  resolvedReviewCommits.set(review, sha)
  return sha
}

async function contents(repo: RepoRecord, path: string, request: RequestContext): Promise<Reply> {
  const ref = request.url.searchParams.get('ref') || repo.defaultBranch
  return contentsReply(context(repo, request), {
    dir: repo.spec.dir,
    path,
    ref,
    accept: request.accept
  })
}

async function commitBody(repo: RepoRecord, ref: string, request: RequestContext): Promise<Reply> {
  const detail = await request.store.commitDetail(repo, ref)
  if (!detail)
    return error(
      422,
      `No commit found for SHA: ${ref}`,
      'https://docs.github.com/rest/commits/commits#get-a-commit'
    )
  const ctx = context(repo, request)
  const sha = detail.commit.sha
  const listed = detail.files.slice(0, COMMIT_FILES_CAP)
  const page = paginate(listed, pageRequest(request), COMMIT_FILE_LIMITS)
  const body = {
    ...commitJson(ctx, detail.commit),
    stats: stats(detail.files),
    files: page.items.map(file => fileJson(ctx, file, sha))
  }
  return ok(body, page.link ? { link: page.link } : undefined)
}

function stats(files: DiffEntry[]): { total: number; additions: number; deletions: number } {
  const additions = files.reduce((sum, file) => sum + file.additions, 0)
  const deletions = files.reduce((sum, file) => sum + file.deletions, 0)
  return { total: additions + deletions, additions, deletions }
}

/** List commits (newest first) from `sha` or the default branch: how clients go past the 250 cap. */
async function listCommits(repo: RepoRecord, request: RequestContext): Promise<Reply> {
  const start = request.url.searchParams.get('sha') || repo.defaultBranch
  const sha = await resolveCommit(repo.spec.dir, start)
  if (!sha) return notFound()
  const total = Number((await git(repo.spec.dir, ['rev-list', '--count', sha])).trim())
  const indices = Array.from({ length: total }, (_, index) => index)
  const page = paginate(indices, pageRequest(request), LIST_LIMITS)
  const first = page.items[0] ?? total
  const commits =
    page.items.length === 0
      ? []
      : await readCommits(repo.spec.dir, [
          `--skip=${first}`,
          `--max-count=${page.items.length}`,
          sha
        ])
  const ctx = context(repo, request)
  return ok(
    commits.map(commit => commitJson(ctx, commit)),
    page.link ? { link: page.link } : undefined
  )
}

/** A team is visible when the fake knows it, unless the test denies the token org access. */
async function team(params: string[], request: RequestContext): Promise<Reply> {
  if (request.membershipDenial === 403) {
    return error(
      403,
      'Resource not accessible by integration',
      'https://docs.github.com/rest/teams/teams#get-a-team-by-name'
    )
  }
  const [org = '', slug = ''] = params
  if (request.membershipDenial === 404 || !request.store.hasTeam(org, slug)) return notFound()
  return ok({ id: 1, slug, name: slug, organization: { login: org } })
}

async function membership(params: string[], request: RequestContext): Promise<Reply> {
  if (request.membershipDenial === 403) {
    return error(
      403,
      'Resource not accessible by integration',
      'https://docs.github.com/rest/teams/members#get-team-membership-for-a-user'
    )
  }
  if (request.membershipDenial === 404) return notFound()
  const [org = '', team = '', login = ''] = params
  if (!request.store.isTeamMember(org, team, login)) return notFound()
  const url = `${request.api}/orgs/${encodeURIComponent(org)}/teams/${encodeURIComponent(team)}/memberships/${encodeURIComponent(login)}`
  return ok({ url, role: 'member', state: 'active' })
}
