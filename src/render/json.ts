import type { AuditResult } from '../evaluation/result.js'
import { toAuditRecord } from './audit-record.js'

export { toAuditRecord } from './audit-record.js'

/**
 * Characters JSON.stringify leaves raw that can still act on a terminal or
 * hide text when the record is printed (DEL, C1 controls such as U+009B, line
 * separators, bidi overrides, zero-width marks).
 */
const RAW_BUT_UNSAFE =
  /[\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/gu

/**
 * The audit record (schema 'agent-audit/v1') as pretty JSON with a trailing
 * newline. The output parses to exactly `toAuditRecord(result)`: the extra
 * escaping only changes how strings are spelled, so it is safe to print in a
 * CI log (no `##[` workflow commands, no terminal controls).
 */
export function renderJson(result: AuditResult): string {
  const json = JSON.stringify(toAuditRecord(result), null, 2)
    .replace(RAW_BUT_UNSAFE, char => unicodeEscape(char))
    // `#` never occurs in JSON syntax, only inside strings, where `\u0023` means the same.
    .replaceAll('##[', '#\\u0023[')
  return `${json}\n`
}

function unicodeEscape(char: string): string {
  return `\\u${(char.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`
}
