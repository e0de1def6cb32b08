/** The same added text through secretlint's recommended preset, in-process, for comparison. */

import { lintSource } from '@secretlint/core'
import { secretLintProfiler } from '@secretlint/profiler'
import { creator as recommended } from '@secretlint/secretlint-rule-preset-recommend'
import type { AddedRun } from '../../src/secrets/types.js'
import type { Hit } from './evaluate.js'

/** Each file's added lines at their new-file line numbers (other lines blank), as one source. */
function addedTextByFile(runs: readonly AddedRun[]): Map<string, string> {
  const lines = new Map<string, string[]>()
  for (const run of runs) {
    const file = lines.get(run.path) ?? []
    run.lines.forEach((text, i) => {
      file[run.startLine - 1 + i] = text
    })
    lines.set(run.path, file)
  }
  return new Map(
    [...lines].map(([path, file]) => [path, Array.from(file, l => l ?? '').join('\n')])
  )
}

/**
 * secretlint marks every rule run with performance marks that its profiler
 * keeps and searches linearly, so one process linting thousands of sources
 * spends minutes (68 s for ~8,000 files here) in the profiler after the
 * linting is done. Turned off, so what is measured is the linting itself.
 */
function disableProfiler(): void {
  secretLintProfiler.mark = () => undefined
}

export async function runSecretlint(
  runs: readonly AddedRun[]
): Promise<{ hits: Hit[]; ms: number; bytes: number }> {
  disableProfiler()
  const sources = addedTextByFile(runs)
  const config = {
    rules: [{ id: '@secretlint/secretlint-rule-preset-recommend', rule: recommended }]
  }
  const hits: Hit[] = []
  let bytes = 0
  const started = performance.now()
  for (const [path, content] of sources) {
    bytes += Buffer.byteLength(content)
    const result = await lintSource({
      source: { content, filePath: path, contentType: 'text' },
      options: { config, maskSecrets: true, noPhysicFilePath: true }
    })
    for (const message of result.messages) hits.push({ path, line: message.loc.start.line })
  }
  return { hits, ms: performance.now() - started, bytes }
}
