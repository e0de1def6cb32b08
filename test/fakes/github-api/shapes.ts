/** JSON bodies in GitHub's shapes, built from git data and the specs tests register. */
import { accountJson, resolveEmail } from './accounts.js'
import type { GitCommit, GitIdentity } from './git-commits.js'
import type { DiffEntry } from './git-diff.js'
import { HTML_ORIGIN } from './http.js'
import type { Account } from './types.js'

/** Where a body is served from: the API origin and the repository it belongs to. */
export interface RepoContext {
  api: string
  owner: string
  name: string
  users: ReadonlyMap<string, Account>
}

const repoPath = (ctx: RepoContext) =>
  `${encodeURIComponent(ctx.owner)}/${encodeURIComponent(ctx.name)}`
export const apiRepoUrl = (ctx: RepoContext) => `${ctx.api}/repos/${repoPath(ctx)}`
export const htmlRepoUrl = (ctx: RepoContext) => `${HTML_ORIGIN}/${repoPath(ctx)}`
const encodePath = (path: string) => path.split('/').map(encodeURIComponent).join('/')

const UNSIGNED = {
  verified: false,
  reason: 'unsigned',
  signature: null,
  payload: null,
  verified_at: null
}

export function commitJson(ctx: RepoContext, commit: GitCommit): Record<string, unknown> {
  const url = `${apiRepoUrl(ctx)}/commits/${commit.sha}`
  const person = (identity: GitIdentity) => {
    const account = resolveEmail(identity.email, ctx.users)
    return account ? accountJson(account, ctx.api) : null
  }
  return {
    sha: commit.sha,
    node_id: `C_fake${commit.sha.slice(0, 20)}`,
    commit: {
      author: { ...commit.author },
      committer: { ...commit.committer },
      message: commit.message,
      tree: { sha: commit.tree, url: `${apiRepoUrl(ctx)}/git/trees/${commit.tree}` },
      url: `${apiRepoUrl(ctx)}/git/commits/${commit.sha}`,
      comment_count: 0,
      verification: { ...UNSIGNED }
    },
    url,
    html_url: `${htmlRepoUrl(ctx)}/commit/${commit.sha}`,
    comments_url: `${url}/comments`,
    author: person(commit.author),
    committer: person(commit.committer),
    parents: commit.parents.map(sha => ({
      sha,
      url: `${apiRepoUrl(ctx)}/commits/${sha}`,
      html_url: `${htmlRepoUrl(ctx)}/commit/${sha}`
    }))
  }
}

const STATUS_NAMES: Record<string, string> = {
  A: 'added',
  D: 'removed',
  M: 'modified',
  R: 'renamed',
  C: 'copied',
  T: 'changed'
}

function fileStatus(entry: DiffEntry): string {
  // A mode-only change (chmod +x) is 'changed' on GitHub, not 'modified'.
  if (entry.status === 'M' && entry.oldSha === entry.newSha) return 'changed'
  return STATUS_NAMES[entry.status] ?? 'modified'
}

/** A diff entry as listed by pulls/{n}/files and commits/{sha}; `at` is the commit links point to. */
export function fileJson(ctx: RepoContext, entry: DiffEntry, at: string): Record<string, unknown> {
  const removed = entry.status === 'D'
  const path = encodePath(entry.path)
  return {
    sha: removed ? entry.oldSha : entry.newSha,
    filename: entry.path,
    status: fileStatus(entry),
    additions: entry.additions,
    deletions: entry.deletions,
    changes: entry.additions + entry.deletions,
    blob_url: `${htmlRepoUrl(ctx)}/blob/${at}/${path}`,
    raw_url: `${htmlRepoUrl(ctx)}/raw/${at}/${path}`,
    contents_url: `${apiRepoUrl(ctx)}/contents/${path}?ref=${at}`,
    ...(entry.patch === undefined ? {} : { patch: entry.patch }),
    ...(entry.previousPath === undefined ? {} : { previous_filename: entry.previousPath })
  }
}

export function labelJson(ctx: RepoContext, name: string, index: number): object {
  return {
    id: 5_000_000 + index,
    node_id: `LA_fake${index}`,
    url: `${apiRepoUrl(ctx)}/labels/${encodeURIComponent(name)}`,
    name,
    color: 'ededed',
    default: false,
    description: null
  }
}

export function repositoryJson(ctx: RepoContext, id: number, defaultBranch: string): object {
  const owner: Account = { login: ctx.owner, id: id + 1_000_000, type: 'Organization' }
  return {
    id,
    node_id: `R_fake${id}`,
    name: ctx.name,
    full_name: `${ctx.owner}/${ctx.name}`,
    private: true,
    owner: accountJson(owner, ctx.api),
    html_url: htmlRepoUrl(ctx),
    url: apiRepoUrl(ctx),
    fork: false,
    default_branch: defaultBranch
  }
}
