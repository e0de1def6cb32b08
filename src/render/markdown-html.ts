/**
 * HTML table pieces for the Markdown report. GitHub renders HTML tables in
 * job summaries and comments; unlike Markdown pipe tables, a `|` or a
 * backtick in a cell cannot break them. Cell contents must already be escaped.
 */

export function htmlRow(cells: string[], tag: 'td' | 'th' = 'td'): string {
  return `<tr>${cells.map(cell => `<${tag}>${cell}</${tag}>`).join('')}</tr>\n`
}

/** A full-width row for notices such as "… 3 more findings". `text` is our own, not user text. */
export function noticeRow(columns: number, text: string): string {
  return `<tr><td colspan="${columns}"><em>${text}</em></td></tr>\n`
}
