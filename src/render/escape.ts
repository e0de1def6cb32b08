/**
 * Escaping for untrusted text: file names, branch names, commit messages,
 * logins and evidence values all come from whoever pushed to the pull
 * request. Every renderer passes such text through one of these functions
 * and never prints it raw.
 */

/**
 * Characters that act on a terminal (C0, DEL, C1), break a line, or hide and
 * reorder text (zero-width marks, bidi overrides used in "Trojan source"
 * tricks, the soft hyphen). They are shown as visible escapes instead.
 */
const HIDDEN_OR_CONTROL =
  /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/gu

const SHORT_ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' }

/** Replaces control and invisible characters with visible escapes (`\n`, `\x1b`, `\u202e`). */
export function showInvisibles(text: string): string {
  return text.replace(HIDDEN_OR_CONTROL, char => SHORT_ESCAPES[char] ?? codeEscape(char))
}

function codeEscape(char: string): string {
  const code = char.codePointAt(0) ?? 0
  const hex = code.toString(16)
  return code <= 0xff ? `\\x${hex.padStart(2, '0')}` : `\\u${hex.padStart(4, '0')}`
}

/**
 * Entities for every character that HTML or GitHub-flavoured Markdown gives a
 * meaning to in running text. Numeric entities are literal text in both
 * contexts, so one escaping works in a paragraph, a table cell and `<code>`.
 * `@` and `#` also get a zero-width space after them: GitHub finds mentions
 * and issue references in the rendered text, where entities are already
 * decoded, and the space is what stops `@octocat` notifying anyone.
 */
const MARKDOWN_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '\\': '&#92;',
  '`': '&#96;',
  '*': '&#42;',
  _: '&#95;',
  '[': '&#91;',
  ']': '&#93;',
  '(': '&#40;',
  ')': '&#41;',
  '|': '&#124;',
  '~': '&#126;',
  '!': '&#33;',
  $: '&#36;',
  ':': '&#58;',
  '@': '&#64;&#8203;',
  '#': '&#35;&#8203;'
}

const MARKDOWN_SPECIAL = /[&<>"'\\`*_[\]()|~!$:@#]/g

/**
 * Makes untrusted text safe in GitHub-flavoured Markdown with HTML (job
 * summaries, PR comments): no tags, no comments (`<!--`), no emphasis,
 * links, tables, math, emoji codes or mentions, and no line breaks.
 */
export function escapeMarkdown(text: string): string {
  return showInvisibles(text).replace(MARKDOWN_SPECIAL, char => MARKDOWN_ENTITIES[char] ?? char)
}

/**
 * A path or value as `<code>`. HTML rather than backticks, because a
 * backtick in the value would end a Markdown code span, and inside an HTML
 * table Markdown is not parsed at all. Spaces become no-break spaces so that
 * `a.md ` and `a.md` do not look alike.
 */
export function markdownCode(text: string): string {
  return `<code>${escapeMarkdown(text).replaceAll(' ', '&nbsp;')}</code>`
}

/**
 * Makes untrusted text safe to print on a terminal or in a CI log: control
 * characters and ANSI escapes become visible (`\x1b[31m`), and the text
 * cannot start a GitHub workflow command.
 */
export function escapeTerminal(text: string): string {
  return protectWorkflowCommands(showInvisibles(text))
}

/**
 * The Actions runner reads a line of a step's output as a workflow command
 * when, after leading white space, it starts with `::` (`::add-mask::x`,
 * `::set-output ...`), or when it contains the legacy `##[` prefix anywhere.
 * This rewrites both, in every line, into a visible escape the runner ignores.
 */
export function protectWorkflowCommands(text: string): string {
  return text
    .split(/(\r\n|\r|\n)/)
    .map((part, index) => (index % 2 === 1 ? part : protectLine(part)))
    .join('')
}

// .NET's TrimStart also trims U+0085, which JavaScript's \s does not include.
const COMMAND_START = /^([\s\u0085]*):(?=:)/u

function protectLine(line: string): string {
  return line.replace(COMMAND_START, '$1\\x3a').replaceAll('##[', '#\\x23[')
}
