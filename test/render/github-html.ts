/**
 * What GitHub makes of a job summary or comment, near enough to test and to
 * look at: GitHub-flavoured Markdown with raw HTML allowed, then GitHub's
 * sanitizer. The allowlist below restates the facts GitHub documents for its
 * markup pipeline (github/markup "HTML sanitization", html-pipeline's
 * SanitizationFilter): which elements survive, which attributes on which
 * elements, and which URL schemes a link or image may use. Everything else
 * is dropped; a dropped element keeps its text, except script and the like.
 */
import MarkdownIt from 'markdown-it'
import sanitizeHtml from 'sanitize-html'

// No typographer: GitHub does not turn quotes and dashes into curly ones.
const markdown = new MarkdownIt({ html: true, linkify: true, typographer: false })

const ALLOWED_ELEMENTS = [
  ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'div', 'blockquote', 'pre', 'hr', 'br'],
  ...['b', 'i', 'strong', 'em', 'tt', 'code', 'ins', 'del', 'sup', 'sub', 'kbd', 'samp', 'q'],
  ...['var', 's', 'strike', 'abbr', 'bdo', 'cite', 'dfn', 'mark', 'small', 'span', 'time', 'wbr'],
  ...['a', 'img', 'ol', 'ul', 'li', 'dl', 'dt', 'dd', 'ruby', 'rt', 'rp'],
  ...['table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'caption'],
  ...['details', 'summary', 'figure', 'figcaption']
]

/** Attributes GitHub keeps on any allowed element. No style, no class, no on* handler. */
const ANY_ELEMENT_ATTRIBUTES = [
  ...['abbr', 'accept', 'accept-charset', 'accesskey', 'action', 'align', 'alt', 'axis'],
  ...['aria-describedby', 'aria-hidden', 'aria-label', 'aria-labelledby', 'border'],
  ...['cellpadding', 'cellspacing', 'char', 'charoff', 'charset', 'checked', 'clear', 'cols'],
  ...['colspan', 'color', 'compact', 'coords', 'datetime', 'dir', 'disabled', 'enctype', 'for'],
  ...['frame', 'headers', 'height', 'hreflang', 'hspace', 'id', 'ismap', 'label', 'lang'],
  ...['maxlength', 'media', 'method', 'multiple', 'name', 'nohref', 'noshade', 'nowrap', 'open'],
  ...['progress', 'prompt', 'readonly', 'rel', 'rev', 'role', 'rows', 'rowspan', 'rules'],
  ...['scope', 'selected', 'shape', 'size', 'span', 'start', 'summary', 'tabindex', 'title'],
  ...['type', 'usemap', 'valign', 'value', 'width', 'itemprop']
]

const ELEMENT_ATTRIBUTES: Record<string, string[]> = {
  a: ['href'],
  img: ['src', 'longdesc'],
  div: ['itemscope', 'itemtype'],
  blockquote: ['cite'],
  del: ['cite'],
  ins: ['cite'],
  q: ['cite']
}

/** Relative URLs are always allowed; these are the only schemes. */
const WEB = ['http', 'https']
const SCHEMES_BY_ELEMENT: Record<string, string[]> = {
  a: [...WEB, 'mailto', 'github-windows', 'github-mac'],
  img: WEB,
  blockquote: WEB,
  del: WEB,
  ins: WEB,
  q: WEB
}

const GITHUB_SANITIZER: sanitizeHtml.IOptions = {
  allowedTags: ALLOWED_ELEMENTS,
  allowedAttributes: { '*': ANY_ELEMENT_ATTRIBUTES, ...ELEMENT_ATTRIBUTES },
  allowedSchemes: [],
  allowedSchemesByTag: SCHEMES_BY_ELEMENT,
  allowedSchemesAppliedToAttributes: ['href', 'src', 'cite', 'longdesc'],
  // Removed together with their contents, which are code or markup, not text.
  nonTextTags: ['script', 'style', 'textarea', 'noscript', 'iframe', 'object', 'svg', 'math'],
  disallowedTagsMode: 'discard',
  enforceHtmlBoundary: false
}

/** GitHub-flavoured Markdown to HTML, raw HTML passed through, before any sanitizing. */
export function markdownToHtml(source: string): string {
  return markdown.render(source)
}

/** The HTML GitHub would show for `source`: rendered, then sanitized with GitHub's allowlist. */
export function githubHtml(source: string): string {
  return sanitizeHtml(markdownToHtml(source), GITHUB_SANITIZER)
}
