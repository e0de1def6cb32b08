/** Tree entries and blobs, for the contents route. */
import { git, gitBytes } from './git.js'

export interface TreeEntry {
  mode: string
  type: 'blob' | 'tree' | 'commit'
  sha: string
  /** Blob size in bytes; 0 for trees and submodules. */
  size: number
  name: string
}

/** Entries of the tree `treeish` names (e.g. 'sha:dir'), or undefined when it names no tree. */
export async function listTree(dir: string, treeish: string): Promise<TreeEntry[] | undefined> {
  let output: string
  try {
    output = await git(dir, ['ls-tree', '-z', '--long', '--full-tree', treeish])
  } catch {
    return undefined
  }
  return output
    .split('\0')
    .filter(line => line !== '')
    .map(parseEntry)
}

function parseEntry(line: string): TreeEntry {
  const tab = line.indexOf('\t')
  const [mode = '', type = '', sha = '', size = ''] = line.slice(0, tab).split(/ +/)
  const name = line.slice(tab + 1)
  return { mode, type: type as TreeEntry['type'], sha, size: Number(size) || 0, name }
}

export async function readBlob(dir: string, sha: string): Promise<Buffer> {
  return gitBytes(dir, ['cat-file', 'blob', sha])
}
