/**
 * Real source text to build the synthetic diff from: .js/.ts/.py files found
 * on this machine, listed in sorted order and shuffled with the seed, so the
 * same machine always yields the same corpus.
 */

import { lstatSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Rng } from './rng.js'

const ROOTS = ['node_modules', '/usr/lib/python3', '/usr/lib/python3.11']
const EXTENSIONS = ['.js', '.mjs', '.cjs', '.ts', '.py']
const MAX_FILE_BYTES = 256 * 1024

export interface SourceFile {
  path: string
  lines: string[]
  bytes: number
}

function listFiles(root: string, out: string[]): void {
  let entries: string[]
  try {
    entries = readdirSync(root).sort()
  } catch {
    return
  }
  for (const name of entries) {
    const path = join(root, name)
    let stat
    try {
      stat = lstatSync(path)
    } catch {
      continue
    }
    if (stat.isDirectory()) listFiles(path, out)
    else if (
      stat.size > 0 &&
      stat.size <= MAX_FILE_BYTES &&
      EXTENSIONS.some(e => name.endsWith(e))
    ) {
      out.push(path)
    }
  }
}

/** Source files until `targetBytes` of text is collected. */
export function loadCorpus(rng: Rng, targetBytes: number): SourceFile[] {
  const paths: string[] = []
  for (const root of ROOTS) listFiles(root, paths)
  const files: SourceFile[] = []
  let total = 0
  for (const path of rng.shuffle(paths)) {
    if (total >= targetBytes) break
    const text = readFileSync(path, 'utf8')
    if (text.includes('\u0000')) continue
    const lines = text.replace(/\r\n/g, '\n').split('\n')
    if (lines[lines.length - 1] === '') lines.pop()
    if (lines.length === 0) continue
    files.push({ path: path.replace(/^\/+/, ''), lines, bytes: Buffer.byteLength(text) })
    total += Buffer.byteLength(text)
  }
  return files
}
