import { mkdir, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import type { AuditResult, FailedAuditRecord } from '../../evaluation/result.js'
import { renderJson } from '../../render/json.js'

/** Writes the audit record: the full result, or, when the run failed before having one, the failure. */
export async function writeAuditFile(
  path: string,
  record: AuditResult | FailedAuditRecord
): Promise<void> {
  await mkdir(dirname(path), { recursive: true })
  const json = 'counts' in record ? renderJson(record) : `${JSON.stringify(record, null, 2)}\n`
  await writeFile(path, json)
}
