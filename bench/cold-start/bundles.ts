/** The two bundles compared: agent-audit's dist/ and the floor, built with ncc at bench time. */
import { execFile } from 'node:child_process'
import { readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'

const execFileAsync = promisify(execFile)
const ROOT = fileURLToPath(new URL('../../', import.meta.url))
export const DIST = join(ROOT, 'dist')
export const FLOOR_SOURCE = join(ROOT, 'bench', 'cold-start', 'floor', 'index.js')

export interface BundleSize {
  /** Bytes of the entry file (index.js), which is loaded at start. */
  entryBytes: number
  /** ncc's code-split chunks (N.index.js), loaded only by a dynamic import(). */
  lazyChunks: { name: string; bytes: number }[]
}

/** Builds the floor into `outDir` (never committed: it is rebuilt on every run). */
export async function buildFloor(outDir: string): Promise<string> {
  await execFileAsync('npx', ['ncc', 'build', FLOOR_SOURCE, '-o', outDir, '--quiet'], {
    cwd: ROOT,
    maxBuffer: 64 * 1024 * 1024
  })
  return join(outDir, 'index.js')
}

export async function bundleSize(dir: string): Promise<BundleSize> {
  const names = await readdir(dir)
  const bytes = async (name: string) => (await stat(join(dir, name))).size
  const chunks = names.filter(name => /^\d+\.index\.js$/.test(name)).sort()
  return {
    entryBytes: await bytes('index.js'),
    lazyChunks: await Promise.all(chunks.map(async name => ({ name, bytes: await bytes(name) })))
  }
}
