/**
 * Issue comments on pull requests, as the REST API keeps them: listed oldest
 * first with Link pagination, created by the token's own identity (the
 * github-actions[bot] account, as with GITHUB_TOKEN), edited by id, bodies up
 * to 65,536 characters, and 403 on writes for a read-only token (fork PRs).
 */
import { accountJson } from './accounts.js'
import { error, HTML_ORIGIN, notFound, ok, type Reply } from './http.js'
import { paginate } from './pagination.js'
import type { RequestContext } from './routes.js'
import type { PullRecord, RepoRecord } from './store.js'
import type { Account } from './types.js'

export const COMMENT_MAX_CHARS = 65536

/** Who the fake's token is when it writes: GITHUB_TOKEN's bot account. */
export const TOKEN_ACCOUNT: Account = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' }

const CLOCK_START = Date.parse('2026-02-03T12:00:00Z')

/** A comment a test puts on a pull request before the run (someone else's, or an earlier run's). */
export interface CommentSeed {
  login: string
  type: 'User' | 'Bot'
  body: string
}

/** What the fake recorded of one comment, for assertions. */
export interface RecordedComment {
  id: number
  /** 'owner/name' as registered. */
  repository: string
  issueNumber: number
  body: string
  user: Account
  createdAt: string
  updatedAt: string
  /** PATCH requests that changed it. */
  edits: number
}

export class CommentStore {
  /** When true, creating and editing comments answer 403, like a fork PR's read-only token. */
  denied = false
  private readonly comments: RecordedComment[] = []
  private nextId = 3_100_000_001
  private clock = 0

  add(repository: string, issueNumber: number, user: Account, body: string): RecordedComment {
    const at = this.tick()
    const comment = {
      id: this.nextId++,
      repository,
      issueNumber,
      body,
      user,
      createdAt: at,
      updatedAt: at,
      edits: 0
    }
    this.comments.push(comment)
    return comment
  }

  find(repository: string, id: number): RecordedComment | undefined {
    return this.comments.find(comment => comment.repository === repository && comment.id === id)
  }

  onIssue(repository: string, issueNumber: number): RecordedComment[] {
    return this.comments.filter(
      comment => comment.repository === repository && comment.issueNumber === issueNumber
    )
  }

  /** Copies, so a test cannot change what the fake serves. */
  all(): RecordedComment[] {
    return this.comments.map(comment => structuredClone(comment))
  }

  tick(): string {
    return new Date(CLOCK_START + this.clock++ * 60_000).toISOString().replace('.000Z', 'Z')
  }
}

/** The seed's author as an account, with a stable id per login. */
export function seedAccount(seed: CommentSeed): Account {
  let hash = 0
  for (const char of seed.login.toLowerCase()) hash = (hash * 31 + char.charCodeAt(0)) % 9_000_000
  return { login: seed.login, id: 20_000_000 + hash, type: seed.type }
}

const repositoryOf = (repo: RepoRecord) => `${repo.spec.owner}/${repo.spec.name}`

function forbidden(): Reply {
  return error(
    403,
    'Resource not accessible by integration',
    'https://docs.github.com/rest/issues/comments'
  )
}

function bodyProblem(value: unknown): Reply | undefined {
  const body = typeof value === 'object' && value !== null ? (value as { body?: unknown }).body : ''
  if (typeof body !== 'string' || body === '') {
    return error(422, 'Invalid request.\n\n"body" wasn\'t supplied.')
  }
  if (body.length > COMMENT_MAX_CHARS) {
    return error(422, `Body is too long (maximum is ${COMMENT_MAX_CHARS} characters)`)
  }
  return undefined
}

/** The new body; only called after bodyProblem found none. */
const bodyOf = (value: unknown) => (value as { body: string }).body

export async function listIssueComments(
  repo: RepoRecord,
  pull: PullRecord,
  request: RequestContext
): Promise<Reply> {
  const comments = request.store.comments.onIssue(repositoryOf(repo), pull.spec.number)
  const page = paginate(
    comments,
    { base: `${request.api}${request.url.pathname}`, query: request.url.searchParams },
    { defaultPerPage: 30, maxPerPage: 100 }
  )
  return ok(
    page.items.map(comment => commentJson(comment, request)),
    page.link ? { link: page.link } : undefined
  )
}

export async function createIssueComment(
  repo: RepoRecord,
  pull: PullRecord,
  request: RequestContext
): Promise<Reply> {
  const store = request.store.comments
  if (store.denied) return forbidden()
  const problem = bodyProblem(request.body)
  if (problem) return problem
  const comment = store.add(
    repositoryOf(repo),
    pull.spec.number,
    TOKEN_ACCOUNT,
    bodyOf(request.body)
  )
  return { status: 201, body: commentJson(comment, request) }
}

export async function updateIssueComment(
  repo: RepoRecord,
  id: string,
  request: RequestContext
): Promise<Reply> {
  const store = request.store.comments
  if (store.denied) return forbidden()
  const comment = /^\d+$/.test(id) ? store.find(repositoryOf(repo), Number(id)) : undefined
  if (!comment) return notFound()
  const problem = bodyProblem(request.body)
  if (problem) return problem
  comment.body = bodyOf(request.body)
  comment.updatedAt = store.tick()
  comment.edits++
  return ok(commentJson(comment, request))
}

function commentJson(comment: RecordedComment, request: RequestContext): object {
  const [owner = '', name = ''] = comment.repository.split('/')
  const repoUrl = `${request.api}/repos/${encodeURIComponent(owner)}/${encodeURIComponent(name)}`
  const html = `${HTML_ORIGIN}/${owner}/${name}/pull/${comment.issueNumber}`
  const byToken = comment.user.login === TOKEN_ACCOUNT.login
  return {
    id: comment.id,
    node_id: `IC_fake${comment.id}`,
    url: `${repoUrl}/issues/comments/${comment.id}`,
    html_url: `${html}#issuecomment-${comment.id}`,
    issue_url: `${repoUrl}/issues/${comment.issueNumber}`,
    body: comment.body,
    user: accountJson(comment.user, request.api),
    created_at: comment.createdAt,
    updated_at: comment.updatedAt,
    author_association: byToken ? 'NONE' : 'MEMBER',
    performed_via_github_app: byToken ? { id: 15368, slug: 'github-actions' } : null,
    reactions: { url: `${repoUrl}/issues/comments/${comment.id}/reactions`, total_count: 0 }
  }
}
