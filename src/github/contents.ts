/**
 * One file's text at a commit, through the contents API: how the action reads
 * the policy at the base commit, so a change cannot loosen the rules it is
 * judged by.
 */
import { UserError } from '../errors.js'
import { isRefusal } from './api-errors.js'
import type { GitHubClient } from './client.js'
import { fileResource, fullName, type RepositoryRef } from './resources.js'
import { JsonReader, MalformedResponseError } from './response.js'

export interface FileAtRef extends RepositoryRef {
  /** Path from the repository root, without a leading slash. */
  path: string
  /** Branch, tag or commit sha. */
  ref: string
}

/** The file's text (UTF-8), or undefined when the repository has no such path at `ref`. */
export async function readFileAtRef(
  client: GitHubClient,
  file: FileAtRef
): Promise<string | undefined> {
  const resource = fileResource(file, file.path, file.ref)
  let data: unknown
  try {
    const response = await client.get(
      'GET /repos/{owner}/{repo}/contents/{path}',
      { owner: file.owner, repo: file.repo, path: file.path, ref: file.ref },
      resource
    )
    data = response.data
  } catch (error) {
    if (isRefusal(error, 'not-found')) return undefined
    throw error
  }
  return decodeFile(data, file, resource.description)
}

function decodeFile(data: unknown, file: FileAtRef, what: string): string {
  const where = `${file.path} at ${file.ref} in ${fullName(file)}`
  if (Array.isArray(data)) {
    throw new UserError(`${where} is a directory, not a file`, 'Give the path of a file')
  }
  const entry = JsonReader.of(data, what)
  const type = entry.string('type')
  if (type !== 'file') {
    throw new UserError(`${where} is a ${type}, not a file`, 'Give the path of a regular file')
  }
  const encoding = entry.string('encoding')
  // Past 1 MB the contents API leaves `content` empty and says encoding "none".
  if (encoding === 'none' || (entry.string('content') === '' && entry.number('size') > 0)) {
    throw new UserError(
      `${where} is larger than 1 MB, the most the contents API returns`,
      'Keep the file under 1 MB'
    )
  }
  if (encoding !== 'base64')
    throw new MalformedResponseError(what, `unknown encoding "${encoding}"`)
  return Buffer.from(entry.string('content'), 'base64').toString('utf8')
}
