import { showInvisibles } from '../../render/escape.js'
import { renderMarkdown } from '../../render/markdown.js'
import { clip } from '../../render/wording.js'
import { checkAnnotations, type CheckAnnotation } from './check-annotations.js'
import { COULD_NOT_AUDIT, failureMarkdown } from '../../render/failure-markdown.js'
import type { PublishedOutcome } from './outcome.js'

/**
 * The Checks API rejects an output summary over 65,535 characters. A UTF-8
 * byte budget of the same number is safe, since no character takes fewer
 * bytes than it counts as characters.
 */
export const CHECK_SUMMARY_MAX_BYTES = 65535
const TITLE_MAX_CHARS = 255

export type CheckConclusion = 'success' | 'failure' | 'neutral'

/** What the check run shows: its conclusion, one-line title, Markdown summary and annotations. */
export interface CheckRunReport {
  conclusion: CheckConclusion
  title: string
  summary: string
  annotations: CheckAnnotation[]
}

/**
 * A pass is a success and a fail a failure; in report mode a fail is only
 * neutral (the team chose not to block on it), and the title says so. An
 * error is always a failure: a required check must never go green on a run
 * that did not finish the audit.
 */
export function checkRunReport(outcome: PublishedOutcome, artifactNote?: string): CheckRunReport {
  if (outcome.kind === 'error') {
    return {
      conclusion: 'failure',
      title: `fail — ${COULD_NOT_AUDIT}`,
      summary: failureMarkdown(outcome.message, CHECK_SUMMARY_MAX_BYTES, artifactNote),
      annotations: []
    }
  }
  const { result, mode } = outcome
  const verdict = `${result.decision} — ${showInvisibles(result.reason)}`
  const notBlocking = mode === 'report' && result.decision === 'fail'
  return {
    conclusion: result.decision === 'pass' ? 'success' : notBlocking ? 'neutral' : 'failure',
    title: clip(notBlocking ? `report mode, not blocking: ${verdict}` : verdict, TITLE_MAX_CHARS),
    summary: renderMarkdown(result, { maxBytes: CHECK_SUMMARY_MAX_BYTES, artifactNote }),
    annotations: checkAnnotations(result, mode)
  }
}
