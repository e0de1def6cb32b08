import type { AuditResult, Finding } from '../../evaluation/result.js'
import { showInvisibles } from '../../render/escape.js'
import { clip, compareFindings, KIND_LABEL, STATUS_LABEL } from '../../render/wording.js'

/** The Checks API takes at most 50 annotations per create or update request. */
export const ANNOTATIONS_PER_REQUEST = 50

/**
 * A ceiling on annotations per run: what one request carries. Each further
 * batch is another write, and writes go out at least a second apart (GitHub's
 * advice against secondary rate limits): 600 findings would hold the job for
 * 11 s to annotate lines a reviewer never scrolls to. Blocking findings come
 * first, and the check run's summary, the job summary and the audit artifact
 * still list every finding.
 */
export const MAX_ANNOTATIONS = ANNOTATIONS_PER_REQUEST

/** GitHub's limits: an annotation title holds 255 characters, its message 64 KB. */
const TITLE_MAX_CHARS = 255
const MESSAGE_MAX_CHARS = 4000

export type AnnotationLevel = 'failure' | 'warning' | 'notice'

/** One annotation as the Checks API takes it. */
export interface CheckAnnotation {
  path: string
  start_line: number
  end_line: number
  start_column?: number
  end_column?: number
  annotation_level: AnnotationLevel
  title: string
  message: string
}

/**
 * One annotation per finding on a file, blocking findings first (secrets
 * before the rest, as in the report), so the ceiling drops notices first.
 * Violations are failures, findings awaiting approval warnings, the rest
 * notices; in report mode nothing is a failure, since nothing fails the job.
 */
export function checkAnnotations(
  result: AuditResult,
  mode: 'enforce' | 'report'
): CheckAnnotation[] {
  return result.findings
    .filter(finding => finding.path !== '')
    .sort((a, b) => Number(b.blocking) - Number(a.blocking) || compareFindings(a, b))
    .slice(0, MAX_ANNOTATIONS)
    .map(finding => annotation(finding, mode))
}

function annotation(finding: Finding, mode: 'enforce' | 'report'): CheckAnnotation {
  const line = finding.line ?? 1
  // GitHub accepts columns only on a one-line annotation, which this always is.
  const columns =
    finding.line !== undefined && finding.column !== undefined
      ? { start_column: finding.column, end_column: finding.column }
      : {}
  return {
    path: finding.path,
    start_line: line,
    end_line: line,
    ...columns,
    annotation_level: level(finding, mode),
    title: clip(showInvisibles(title(finding)), TITLE_MAX_CHARS),
    message: clip(showInvisibles(`${finding.message} ${finding.resolution}`), MESSAGE_MAX_CHARS)
  }
}

function level(finding: Finding, mode: 'enforce' | 'report'): AnnotationLevel {
  if (finding.status === 'violation') return mode === 'enforce' ? 'failure' : 'warning'
  return finding.status === 'needs_approval' ? 'warning' : 'notice'
}

function title(finding: Finding): string {
  return `agent-audit: ${STATUS_LABEL[finding.status]} — ${KIND_LABEL[finding.kind]} (${finding.area})`
}
