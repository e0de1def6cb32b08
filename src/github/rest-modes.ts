/**
 * File modes for the REST file list without a checkout. The pulls/files API
 * has no modes, but a patch gives the unusual ones away: a submodule pointer
 * diffs as `Subproject commit <sha>` lines, and a symlink as one line (its
 * target) with no newline at the end. Only such candidates are looked up,
 * one contents request each, so an ordinary pull request costs nothing extra.
 *
 * The contents API answers `type: "submodule"` for a submodule and
 * `type: "symlink"` for a link it does not follow; a link to a file in the
 * repository is followed, and the answer then describes the target, at
 * another `path`. Any failure fails the audit: a symlink judged as a plain
 * file could hide where it points.
 */
import { FILE_MODE, type FileChange } from '../engine/change-set.js'
import { UserError } from '../errors.js'
import type { GitHubClient } from './client.js'
import { CONCURRENT_READS, mapWithConcurrency } from './concurrency.js'
import { fileResource, type RepositoryRef } from './resources.js'
import { JsonReader } from './response.js'

const SUBMODULE_LINE = /^[+-]Subproject commit [0-9a-f]{40,64}(?:-dirty)?$/
const NO_NEWLINE = '\\ No newline at end of file'

/** True when the patch can only be a submodule pointer's: every changed line is a `Subproject commit`. */
export function looksLikeSubmodule(patch: string | undefined): boolean {
  const changed = changedLines(patch)
  return changed.length > 0 && changed.every(line => SUBMODULE_LINE.test(line))
}

/** True when the patch adds exactly one line, without a final newline: what a symlink's target is. */
export function looksLikeSymlink(patch: string | undefined): boolean {
  const lines = patch?.split('\n') ?? []
  const added = lines.flatMap((line, index) => (line.startsWith('+') ? [index] : []))
  const [only] = added
  return added.length === 1 && only !== undefined && lines[only + 1] === NO_NEWLINE
}

function changedLines(patch: string | undefined): string[] {
  const lines = patch?.split('\n') ?? []
  return lines.filter(line => line.startsWith('+') || line.startsWith('-'))
}

function isCandidate(file: FileChange): boolean {
  if (file.status === 'deleted' || file.mode !== undefined) return false
  return looksLikeSubmodule(file.patch) || looksLikeSymlink(file.patch)
}

/** `files` with the mode of each candidate looked up at `headSha`; the rest as they are. */
export async function withRestModes(
  client: GitHubClient,
  repository: RepositoryRef,
  headSha: string,
  files: FileChange[]
): Promise<FileChange[]> {
  const candidates = files.filter(isCandidate)
  if (candidates.length === 0) return files
  const modes = await mapWithConcurrency(candidates, CONCURRENT_READS, file =>
    modeAt(client, repository, headSha, file.path)
  )
  const byPath = new Map(candidates.map((file, index) => [file.path, modes[index]]))
  return files.map(file => {
    const mode = byPath.get(file.path)
    return mode === undefined ? file : { ...file, mode }
  })
}

/** 120000 or 160000 when the path is a symlink or a submodule at `ref`; undefined for a plain file. */
async function modeAt(
  client: GitHubClient,
  repository: RepositoryRef,
  ref: string,
  path: string
): Promise<string | undefined> {
  const resource = fileResource(repository, path, ref)
  let data: unknown
  try {
    const parameters = { owner: repository.owner, repo: repository.repo, path, ref }
    data = (await client.get('GET /repos/{owner}/{repo}/contents/{path}', parameters, resource))
      .data
  } catch (error) {
    throw modeLookupError(path, error)
  }
  if (Array.isArray(data)) return undefined
  const entry = JsonReader.of(data, resource.description)
  const type = entry.string('type')
  if (type === 'submodule') return FILE_MODE.submodule
  if (type === 'symlink') return FILE_MODE.symlink
  // A followed link answers with its target, which has another path.
  return type === 'file' && entry.string('path') !== path ? FILE_MODE.symlink : undefined
}

function modeLookupError(path: string, cause: unknown): UserError {
  const why = cause instanceof Error ? cause.message : String(cause)
  return new UserError(
    `could not tell whether ${JSON.stringify(path)} is a symlink or a submodule pointer (the REST API reports no file modes, and asking for the file failed: ${why})`,
    'Check out the full history with actions/checkout `fetch-depth: 0`, so agent-audit reads the modes from git'
  )
}
