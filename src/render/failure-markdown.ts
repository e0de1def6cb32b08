import { escapeMarkdown } from './escape.js'
import { byteLength, cutAtCharBoundary } from './fit.js'

export const COULD_NOT_AUDIT = 'the audit could not be completed'

/**
 * The report of a run that has no result to show: the error, escaped (it
 * may quote a file name or branch from the pull request), within `maxBytes`.
 */
export function failureMarkdown(message: string, maxBytes: number, artifactNote?: string): string {
  const head = `## ❌ agent-audit: fail — ${COULD_NOT_AUDIT}\n\n`
  const tail =
    '\n\n<p>agent-audit never passes a pull request it could not audit.</p>\n' +
    (artifactNote ? `\n${artifactNote}\n` : '')
  const room = Math.max(0, maxBytes - byteLength(head) - byteLength(tail) - byteLength('<p></p>'))
  return `${head}<p>${cutAtCharBoundary(escapeMarkdown(message), room)}</p>${tail}`
}
