/**
 * GET /repos/{owner}/{repo}/compare/{base}...{head}: the commits on head that
 * are not on base, and the net diff from their merge-base. The commits are
 * paginated (Link header) and all of them are read; the files come only with
 * the first page and stop at 300 with no sign of being cut short, so a list
 * of 300 or more is refused rather than audited as if it were complete.
 */
import type { ChangeSet, Commit, FileChange } from '../../engine/change-set.js'
import { UserError } from '../../errors.js'
import type { GitHubResource } from '../../github/api-errors.js'
import type { GitHubClient, GitHubResponse } from '../../github/client.js'
import { nextPageUrl, PER_PAGE } from '../../github/pages.js'
import {
  comparisonResource,
  COMPARE_FILES_CAP,
  type RepositoryRef
} from '../../github/resources.js'
import { JsonReader } from '../../github/response.js'
import { toCommit, toFileChange } from '../../github/rest-shapes.js'

export const FULL_HISTORY_FIX = 'Check out the full history with actions/checkout `fetch-depth: 0`'

/** base..head as a ChangeSet whose commits have no files yet (the compare API gives none). */
export async function readComparison(
  client: GitHubClient,
  repository: RepositoryRef,
  base: string,
  head: string
): Promise<ChangeSet> {
  const resource = comparisonResource(repository, base, head)
  const first = await client.get(
    'GET /repos/{owner}/{repo}/compare/{basehead}',
    { ...repository, basehead: `${base}...${head}`, per_page: PER_PAGE },
    resource
  )
  const body = JsonReader.of(first.data, resource.description)
  const total = body.number('total_commits')
  const files = body.array('files').map(f => toFileChange(f, `a file of ${resource.description}`))
  if (files.length >= COMPARE_FILES_CAP) throw tooManyFiles(base, head)
  const commits = await readAllCommits(client, first, resource)
  if (commits.length !== total) {
    throw new UserError(
      `the comparison ${base}...${head} announced ${total} commits but listed ${commits.length}; ` +
        'agent-audit will not audit a partial list',
      `Run the audit again, or ${FULL_HISTORY_FIX.charAt(0).toLowerCase()}${FULL_HISTORY_FIX.slice(1)}`
    )
  }
  const mergeBase = body.object('merge_base_commit').string('sha')
  return { baseSha: mergeBase, headSha: head, commits, files }
}

async function readAllCommits(
  client: GitHubClient,
  first: GitHubResponse,
  resource: GitHubResource
): Promise<Commit[]> {
  const commits: Commit[] = []
  const visited = new Set<string>()
  let response = first
  for (;;) {
    const page = JsonReader.of(response.data, resource.description).array('commits')
    commits.push(...page.map(item => toCommit(item, `a commit of ${resource.description}`)))
    const next = nextPageUrl(response, client.apiUrl, resource)
    if (next === undefined || visited.has(next)) return commits
    visited.add(next)
    response = await client.get(`GET ${next}`, {}, resource)
  }
}

function tooManyFiles(base: string, head: string): UserError {
  return new UserError(
    `the comparison ${base}...${head} changes at least ${COMPARE_FILES_CAP} files, ` +
      'the most the compare API lists; agent-audit will not audit a partial list',
    FULL_HISTORY_FIX
  )
}

/** Files as the engine lists them, both sides of a rename. */
export function changedPaths(files: FileChange[]): string[] {
  return files.flatMap(file => (file.previousPath ? [file.previousPath, file.path] : [file.path]))
}
