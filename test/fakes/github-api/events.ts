/**
 * Routes the push and merge_group audits read, answered from the real git
 * repository like the others: the compare API (commits paginated, files on
 * the first page only and at most 300, as GitHub does) and the pull requests
 * that contain a commit.
 */
import { readCommits } from './git-commits.js'
import { readDiff } from './git-diff.js'
import { git, mergeBase, resolveCommit } from './git.js'
import { error, notFound, ok, type Reply } from './http.js'
import { paginate, type PageLimits } from './pagination.js'
import { pullJson } from './pull-shapes.js'
import type { RequestContext } from './routes.js'
import { apiRepoUrl, commitJson, fileJson, htmlRepoUrl, type RepoContext } from './shapes.js'
import type { RepoRecord } from './store.js'

/** The compare API lists at most 300 files, and only with the first page of commits. */
export const COMPARE_FILES_CAP = 300
/** Without per_page the compare API answers up to 250 commits at once; with it, 100 at most. */
const COMPARE_LIMITS: PageLimits = { defaultPerPage: 250, maxPerPage: 100 }
const LIST_LIMITS: PageLimits = { defaultPerPage: 30, maxPerPage: 100 }

export interface EventRoute {
  template: string
  handle: (params: string[], request: RequestContext) => Promise<Reply>
}

export const EVENT_ROUTES: EventRoute[] = [
  { template: '/repos/{owner}/{repo}/compare/{basehead}', handle: inRepo(compare) },
  { template: '/repos/{owner}/{repo}/commits/{commit_sha}/pulls', handle: inRepo(commitPulls) }
]

type RepoHandler = (repo: RepoRecord, param: string, request: RequestContext) => Promise<Reply>

function inRepo(handle: RepoHandler): EventRoute['handle'] {
  return async (params, request) => {
    const repo = request.store.repo(params[0] ?? '', params[1] ?? '')
    return repo ? handle(repo, params[2] ?? '', request) : notFound()
  }
}

function repoContext(repo: RepoRecord, request: RequestContext): RepoContext {
  return { api: request.api, owner: repo.spec.owner, name: repo.spec.name, users: repo.users }
}

function pageOf<T>(all: T[], request: RequestContext, limits: PageLimits) {
  const base = `${request.api}${request.url.pathname}`
  return paginate(all, { base, query: request.url.searchParams }, limits)
}

async function compare(repo: RepoRecord, basehead: string, request: RequestContext) {
  const at = basehead.indexOf('...')
  if (at < 0) return notFound()
  const dir = repo.spec.dir
  const [base, head] = await Promise.all([
    resolveCommit(dir, basehead.slice(0, at)),
    resolveCommit(dir, basehead.slice(at + 3))
  ])
  if (!base || !head) return notFound()
  const common = await mergeBase(dir, base, head).catch(() => '')
  if (!common) return error(404, `No common ancestor between ${basehead.slice(0, at)} and ${head}.`)
  const [commits, files, behind] = await Promise.all([
    readCommits(dir, ['--reverse', '--topo-order', head, `^${base}`]),
    readDiff(dir, common, head),
    git(dir, ['rev-list', '--count', base, `^${head}`])
  ])
  const ctx = repoContext(repo, request)
  const page = pageOf(commits, request, COMPARE_LIMITS)
  const firstPage = (request.url.searchParams.get('page') ?? '1') === '1'
  const [baseCommit] = await readCommits(dir, ['-1', base])
  const [mergeBaseCommit] = await readCommits(dir, ['-1', common])
  const body = {
    url: `${apiRepoUrl(ctx)}/compare/${basehead}`,
    html_url: `${htmlRepoUrl(ctx)}/compare/${basehead}`,
    base_commit: baseCommit && commitJson(ctx, baseCommit),
    merge_base_commit: mergeBaseCommit && commitJson(ctx, mergeBaseCommit),
    status: compareStatus(commits.length, Number(behind.trim())),
    ahead_by: commits.length,
    behind_by: Number(behind.trim()),
    total_commits: commits.length,
    commits: page.items.map(commit => commitJson(ctx, commit)),
    ...(firstPage
      ? { files: files.slice(0, COMPARE_FILES_CAP).map(file => fileJson(ctx, file, head)) }
      : {})
  }
  return ok(body, page.link ? { link: page.link } : undefined)
}

function compareStatus(ahead: number, behind: number): string {
  if (ahead === 0 && behind === 0) return 'identical'
  if (behind === 0) return 'ahead'
  return ahead === 0 ? 'behind' : 'diverged'
}

/** Every registered pull request whose commits include the commit (GitHub adds merged ones too). */
async function commitPulls(repo: RepoRecord, ref: string, request: RequestContext) {
  const sha = await resolveCommit(repo.spec.dir, ref)
  if (!sha) return error(422, `No commit found for SHA: ${ref}`)
  const ctx = repoContext(repo, request)
  const found: object[] = []
  for (const pull of repo.pulls.values()) {
    const data = await request.store.pullData(repo, pull)
    if (data.commits.some(commit => commit.sha === sha)) {
      found.push(pullJson(ctx, repo, pull.spec, data))
    }
  }
  const page = pageOf(found, request, LIST_LIMITS)
  return ok(page.items, page.link ? { link: page.link } : undefined)
}
