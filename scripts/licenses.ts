/**
 * Writes dist/licenses.txt: the licence of every production dependency the
 * bundles may contain, as package-lock.json pins them. ncc's own --license
 * output changed between a cold and a warm build cache (one package's text
 * came and went), which broke CI's check that dist/ matches a fresh build;
 * this list depends only on the lockfile and node_modules, so it is stable.
 */
import { readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('..', import.meta.url))

interface LockEntry {
  version?: string
  license?: string
  dev?: boolean
  optional?: boolean
}

async function licenceText(dir: string): Promise<string | undefined> {
  const names = await readdir(join(ROOT, dir)).catch(() => [] as string[])
  const file = names.sort().find(name => /^(licen[cs]e|copying)(\..*)?$/i.test(name))
  return file ? (await readFile(join(ROOT, dir, file), 'utf8')).trim() : undefined
}

async function main(): Promise<void> {
  const lock = JSON.parse(await readFile(join(ROOT, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, LockEntry>
  }
  const entries = Object.entries(lock.packages)
    .filter(([path, entry]) => path.startsWith('node_modules/') && !entry.dev)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  const sections: string[] = []
  for (const [path, entry] of entries) {
    const name = path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length)
    const text = await licenceText(path)
    if (text === undefined && entry.optional) continue
    sections.push(
      `${name}@${entry.version ?? '?'}\n${entry.license ?? 'UNKNOWN'}\n${text ?? ''}`.trim()
    )
  }
  await writeFile(join(ROOT, 'dist', 'licenses.txt'), `${sections.join('\n\n')}\n`)
}

await main()
