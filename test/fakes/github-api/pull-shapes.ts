/** The pull request and review objects, in GitHub's shapes. */
import { accountJson } from './accounts.js'
import { apiRepoUrl, htmlRepoUrl, labelJson, repositoryJson, type RepoContext } from './shapes.js'
import type { PullData, RepoRecord, StoredReview } from './store.js'
import type { Account, PullRequestSpec } from './types.js'

const CREATED_AT = '2026-01-05T08:00:00Z'
const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/i

/** The branch name GitHub would show: the given one, else `ref` itself unless it is a sha. */
function branchName(explicit: string | undefined, ref: string, fallback: string): string {
  if (explicit) return explicit
  if (SHA.test(ref)) return fallback
  return ref.replace(/^refs\/heads\//, '')
}

export function pullJson(
  ctx: RepoContext,
  repo: RepoRecord,
  spec: PullRequestSpec,
  data: PullData
): object {
  const url = `${apiRepoUrl(ctx)}/pulls/${spec.number}`
  const html = `${htmlRepoUrl(ctx)}/pull/${spec.number}`
  const repository = repositoryJson(ctx, repo.id, repo.defaultBranch)
  const headRepoName = spec.headRepoFullName ?? `${ctx.owner}/${ctx.name}`
  const headRepository = spec.headRepoFullName
    ? {
        ...repository,
        id: repo.id + 500_000,
        name: headRepoName.split('/')[1],
        full_name: headRepoName,
        fork: true
      }
    : repository
  const headRef = branchName(spec.headRef, spec.head, `pr-${spec.number}`)
  const baseRef = branchName(spec.baseRef, spec.base, repo.defaultBranch)
  const state = spec.state ?? 'open'
  const additions = data.files.reduce((sum, file) => sum + file.additions, 0)
  const deletions = data.files.reduce((sum, file) => sum + file.deletions, 0)
  return {
    url,
    id: 900_000_000 + spec.number,
    node_id: `PR_fake${spec.number}`,
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: `${apiRepoUrl(ctx)}/issues/${spec.number}`,
    commits_url: `${url}/commits`,
    review_comments_url: `${url}/comments`,
    statuses_url: `${apiRepoUrl(ctx)}/statuses/${data.headSha}`,
    number: spec.number,
    state,
    locked: false,
    title: spec.title ?? `Pull request #${spec.number}`,
    user: accountJson(spec.author, ctx.api),
    body: spec.body ?? null,
    labels: (spec.labels ?? []).map((name, index) => labelJson(ctx, name, index)),
    milestone: null,
    active_lock_reason: null,
    created_at: CREATED_AT,
    updated_at: CREATED_AT,
    closed_at: state === 'closed' ? CREATED_AT : null,
    merged_at: null,
    merge_commit_sha: null,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    head: branchJson(ctx, headRepoName, headRef, data.headSha, headRepository),
    base: branchJson(ctx, `${ctx.owner}/${ctx.name}`, baseRef, data.baseSha, repository),
    _links: {
      self: { href: url },
      html: { href: html },
      commits: { href: `${url}/commits` },
      statuses: { href: `${apiRepoUrl(ctx)}/statuses/${data.headSha}` }
    },
    author_association: 'CONTRIBUTOR',
    auto_merge: null,
    draft: spec.draft ?? false,
    merged: false,
    mergeable: null,
    rebaseable: null,
    mergeable_state: 'unknown',
    merged_by: null,
    comments: 0,
    review_comments: 0,
    maintainer_can_modify: false,
    commits: data.commits.length,
    additions,
    deletions,
    changed_files: data.files.length
  }
}

function branchJson(
  ctx: RepoContext,
  fullName: string,
  ref: string,
  sha: string,
  repo: object
): object {
  const ownerLogin = fullName.split('/')[0] ?? ctx.owner
  const owner: Account = { login: ownerLogin, id: 1_000_000, type: 'Organization' }
  return { label: `${ownerLogin}:${ref}`, ref, sha, user: accountJson(owner, ctx.api), repo }
}

export function reviewJson(
  ctx: RepoContext,
  number: number,
  review: StoredReview,
  commitId: string
): object {
  const { spec, reviewId } = review
  const account: Account = {
    login: spec.login,
    id: spec.id ?? accountIdFor(spec.login),
    type: spec.type ?? (spec.login.endsWith('[bot]') ? 'Bot' : 'User')
  }
  const html = `${htmlRepoUrl(ctx)}/pull/${number}#pullrequestreview-${reviewId}`
  const pullUrl = `${apiRepoUrl(ctx)}/pulls/${number}`
  return {
    id: reviewId,
    node_id: `PRR_fake${reviewId}`,
    user: accountJson(account, ctx.api),
    body: spec.body ?? '',
    state: spec.state,
    html_url: html,
    pull_request_url: pullUrl,
    author_association: spec.authorAssociation ?? 'MEMBER',
    _links: { html: { href: html }, pull_request: { href: pullUrl } },
    submitted_at: review.submittedAt,
    commit_id: commitId
  }
}

/** A stable fake account id per login, so the same reviewer always has the same id. */
function accountIdFor(login: string): number {
  let hash = 0
  for (const char of login.toLowerCase()) hash = (hash * 31 + char.charCodeAt(0)) % 9_000_000
  return 10_000_000 + hash
}
