import type { AuditResult } from '../../evaluation/result.js'
import { markdownCode } from '../../render/escape.js'
import { byteLength } from '../../render/fit.js'
import { renderMarkdown } from '../../render/markdown.js'
import { shortCommit } from '../../render/wording.js'
import { failureMarkdown } from '../../render/failure-markdown.js'
import { failed, type PublishedOutcome } from './outcome.js'

/** How agent-audit finds its comment again: the first line of the body. */
export const COMMENT_MARKER = '<!-- agent-audit:report -->'

/**
 * GitHub rejects a comment over 65,536 characters. The budget is in UTF-8
 * bytes, which is safe: no character takes fewer bytes than it counts as.
 */
export const COMMENT_MAX_CHARS = 65536

/**
 * What the comment says, kept in a second hidden line so the next run knows:
 * 'resolved' is a pass that follows a failure this comment reported.
 */
export type CommentState = 'fail' | 'pass' | 'resolved'

const STATE_LINE = /^<!-- agent-audit:state=(fail|pass|resolved) -->$/

export function commentState(
  outcome: PublishedOutcome,
  previous: CommentState | undefined
): CommentState {
  if (failed(outcome)) return 'fail'
  return previous === 'fail' || previous === 'resolved' ? 'resolved' : 'pass'
}

/** The state an earlier run wrote in its comment, if the body has one. */
export function stateOf(body: string): CommentState | undefined {
  const line = body.split('\n')[1] ?? ''
  return STATE_LINE.exec(line.trim())?.[1] as CommentState | undefined
}

/** The whole comment: marker, state, and the report fitted to what is left of the limit. */
export function commentBody(
  outcome: PublishedOutcome,
  state: CommentState,
  artifactNote?: string
): string {
  const head = `${COMMENT_MARKER}\n<!-- agent-audit:state=${state} -->\n`
  const intro =
    outcome.kind === 'audited' && state === 'resolved' ? resolvedIntro(outcome.result) : ''
  const maxBytes = COMMENT_MAX_CHARS - byteLength(head) - byteLength(intro)
  const report =
    outcome.kind === 'error'
      ? failureMarkdown(outcome.message, maxBytes, artifactNote)
      : renderMarkdown(outcome.result, { maxBytes, artifactNote })
  return head + intro + report
}

function resolvedIntro(result: AuditResult): string {
  return (
    '### ✅ resolved: what agent-audit reported earlier on this pull request is resolved ' +
    `as of commit ${markdownCode(shortCommit(result.headSha))}.\n\n`
  )
}
