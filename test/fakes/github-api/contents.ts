/**
 * GET /repos/{owner}/{repo}/contents/{path}: files as wrapped base64, directories
 * as arrays, symlinks followed when they point at a file in the repository (as
 * GitHub documents), submodules as 'submodule' objects but 'file' in listings.
 */
import { posix } from 'node:path'
import { resolveCommit } from './git.js'
import { listTree, readBlob, type TreeEntry } from './git-tree.js'
import { error, notFound, ok, type Reply } from './http.js'
import { apiRepoUrl, htmlRepoUrl, type RepoContext } from './shapes.js'

const DOC_URL = 'https://docs.github.com/rest/repos/contents#get-repository-content'
/** Above this GitHub sends no content in the JSON object (encoding 'none'). */
const MAX_INLINE_BYTES = 1024 * 1024
const SYMLINK_MODE = '120000'

interface Located {
  entry: TreeEntry
  path: string
}

export interface ContentsRequest {
  dir: string
  path: string
  ref: string
  /** The client's Accept header: a raw media type gets the file's bytes. */
  accept: string
}

export async function contentsReply(ctx: RepoContext, request: ContentsRequest): Promise<Reply> {
  const commit = await resolveCommit(request.dir, request.ref)
  if (!commit) return error(404, `No commit found for the ref ${request.ref}`, DOC_URL)
  const segments = request.path
    .replace(/^\/+|\/+$/g, '')
    .split('/')
    .filter(s => s !== '')
  if (segments.some(s => s === '.' || s === '..')) return notFound()
  const links = new Links(ctx, request.ref)
  if (segments.length === 0) return listing(request.dir, `${commit}^{tree}`, '', links)
  const found = await locate(request.dir, commit, segments.join('/'))
  if (!found) return notFound()
  return entryReply(request, commit, found, links)
}

async function entryReply(
  request: ContentsRequest,
  commit: string,
  found: Located,
  links: Links
): Promise<Reply> {
  const { entry, path } = found
  if (entry.type === 'tree') return listing(request.dir, entry.sha, path, links)
  if (entry.type === 'commit') {
    return ok({ ...links.describe('submodule', entry, path), submodule_git_url: '' })
  }
  if (entry.mode !== SYMLINK_MODE) return fileReply(request, found, links)
  const target = (await readBlob(request.dir, entry.sha)).toString('utf8')
  const followed = await followSymlink(request.dir, commit, path, target)
  if (followed) return fileReply(request, followed, links)
  return ok({ ...links.describe('symlink', entry, path), target })
}

async function followSymlink(
  dir: string,
  commit: string,
  linkPath: string,
  target: string
): Promise<Located | undefined> {
  if (posix.isAbsolute(target)) return undefined
  const resolved = posix.normalize(posix.join(posix.dirname(linkPath), target))
  if (resolved.startsWith('..') || resolved === '.') return undefined
  const found = await locate(dir, commit, resolved)
  const regular = found?.entry.type === 'blob' && found.entry.mode !== SYMLINK_MODE
  return regular ? found : undefined
}

async function locate(dir: string, commit: string, path: string): Promise<Located | undefined> {
  const parent = posix.dirname(path)
  const treeish = parent === '.' ? `${commit}^{tree}` : `${commit}:${parent}`
  const entries = await listTree(dir, treeish)
  const entry = entries?.find(e => e.name === posix.basename(path))
  return entry ? { entry, path } : undefined
}

async function fileReply(request: ContentsRequest, found: Located, links: Links): Promise<Reply> {
  const bytes = await readBlob(request.dir, found.entry.sha)
  if (/\braw\b/.test(request.accept)) return ok(bytes)
  const tooLarge = bytes.length > MAX_INLINE_BYTES
  return ok({
    ...links.describe('file', found.entry, found.path),
    encoding: tooLarge ? 'none' : 'base64',
    content: tooLarge ? '' : wrappedBase64(bytes)
  })
}

async function listing(dir: string, treeish: string, path: string, links: Links): Promise<Reply> {
  const entries = (await listTree(dir, treeish)) ?? []
  return ok(
    entries.map(entry => {
      const child = path === '' ? entry.name : `${path}/${entry.name}`
      return links.describe(listingType(entry), entry, child)
    })
  )
}

function listingType(entry: TreeEntry): string {
  if (entry.type === 'tree') return 'dir'
  if (entry.mode === SYMLINK_MODE) return 'symlink'
  return 'file' // submodules too: GitHub keeps 'file' in listings for backwards compatibility
}

/** Base64 with a newline after every 60 characters and at the end, as GitHub sends it. */
export function wrappedBase64(bytes: Buffer): string {
  const encoded = bytes.toString('base64')
  const lines: string[] = []
  for (let i = 0; i < encoded.length; i += 60) lines.push(encoded.slice(i, i + 60))
  return lines.map(line => `${line}\n`).join('')
}

/** The url fields every contents object carries. */
class Links {
  constructor(
    private readonly ctx: RepoContext,
    private readonly ref: string
  ) {}

  describe(type: string, entry: TreeEntry, path: string): Record<string, unknown> {
    const encoded = path.split('/').map(encodeURIComponent).join('/')
    const ref = encodeURIComponent(this.ref)
    const self = `${apiRepoUrl(this.ctx)}/contents/${encoded}?ref=${ref}`
    const kind = entry.type === 'tree' ? 'trees' : 'blobs'
    const gitUrl =
      entry.type === 'commit' ? null : `${apiRepoUrl(this.ctx)}/git/${kind}/${entry.sha}`
    const htmlUrl = `${htmlRepoUrl(this.ctx)}/${entry.type === 'tree' ? 'tree' : 'blob'}/${ref}/${encoded}`
    const download =
      entry.type === 'blob'
        ? `https://raw.githubusercontent.com/${this.ctx.owner}/${this.ctx.name}/${ref}/${encoded}`
        : null
    return {
      type,
      size: entry.type === 'blob' ? entry.size : 0,
      name: posix.basename(path),
      path,
      sha: entry.sha,
      url: self,
      git_url: gitUrl,
      html_url: htmlUrl,
      download_url: download,
      _links: { self, git: gitUrl, html: htmlUrl }
    }
  }
}
