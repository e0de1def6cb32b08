import * as core from '@actions/core'
import type { AuditResult } from '../../evaluation/result.js'
import { failureMarkdown } from '../../render/failure-markdown.js'
import { renderMarkdown } from '../../render/markdown.js'

/** The runner drops a step summary over 1 MiB whole; stay clearly below. */
const SUMMARY_MAX_BYTES = 1_000_000

/** Writes the job summary the reviewer reads, from the one result (or the error that stopped the run). */
export async function writeSummary(
  result: AuditResult | undefined,
  failure: string | undefined,
  artifactNote: string | undefined
): Promise<void> {
  const markdown = result
    ? renderMarkdown(result, { maxBytes: SUMMARY_MAX_BYTES, artifactNote })
    : failureMarkdown(failure ?? 'the audit did not finish', SUMMARY_MAX_BYTES, artifactNote)
  await core.summary.addRaw(markdown, true).write()
}
