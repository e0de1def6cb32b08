import { mkdir, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import type { AuditResult } from '../../evaluation/result.js'
import { renderSarif } from '../../render/sarif.js'

/** Writes SARIF 2.1.0 for github/codeql-action/upload-sarif, from the same result as every other report. */
export async function writeSarifFile(path: string, result: AuditResult): Promise<void> {
  await mkdir(dirname(path), { recursive: true })
  await writeFile(path, renderSarif(result))
}
