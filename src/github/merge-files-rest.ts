/**
 * A merge commit's own changes over REST. GET commits/{sha} diffs a merge
 * against its first parent only, so an "Update branch" merge would seem to
 * change everything the base brought in. A merge's own change to a path is
 * one where the result differs from every parent (what git's combined diff
 * shows): the paths of the first-parent diff that the second parent's diff
 * lists too. The compare API gives that second diff, since the second parent
 * is an ancestor of the merge (their merge-base is the parent itself).
 */
import type { FileChange } from '../engine/change-set.js'
import type { GitHubClient } from './client.js'
import { comparisonResource, COMPARE_FILES_CAP, type RepositoryRef } from './resources.js'
import { JsonReader } from './response.js'
import { toFileChange } from './rest-shapes.js'

/**
 * `firstParentFiles` narrowed to the merge's own changes, or left whole when
 * the merge has more than two parents or the second diff may be cut short:
 * auditing too much is the safe side.
 */
export async function ownMergeFiles(
  client: GitHubClient,
  repository: RepositoryRef,
  merge: { sha: string; parents: string[] },
  firstParentFiles: FileChange[]
): Promise<FileChange[]> {
  const [, second, ...more] = merge.parents
  if (second === undefined || more.length > 0 || firstParentFiles.length === 0) {
    return firstParentFiles
  }
  const fromSecond = await secondParentPaths(client, repository, second, merge.sha)
  if (fromSecond === undefined) return firstParentFiles
  return firstParentFiles.filter(
    file =>
      fromSecond.has(file.path) ||
      (file.previousPath !== undefined && fromSecond.has(file.previousPath))
  )
}

async function secondParentPaths(
  client: GitHubClient,
  repository: RepositoryRef,
  parent: string,
  merge: string
): Promise<Set<string> | undefined> {
  const resource = comparisonResource(repository, parent, merge)
  const { description } = resource
  const response = await client.get(
    'GET /repos/{owner}/{repo}/compare/{basehead}',
    { ...repository, basehead: `${parent}...${merge}`, per_page: 1 },
    resource
  )
  const files = JsonReader.of(response.data, description)
    .array('files')
    .map(item => toFileChange(item, `a file of ${description}`))
  if (files.length >= COMPARE_FILES_CAP) return undefined
  return new Set(
    files.flatMap(file => [file.path, ...(file.previousPath ? [file.previousPath] : [])])
  )
}
