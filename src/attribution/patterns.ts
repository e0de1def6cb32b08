/**
 * Small matchers shared by the attribution module. Inputs are untrusted text
 * from commits and PRs, so every pattern here is anchored or literal.
 */
const compiledGlobs = new Map<string, RegExp>()

/**
 * An email glob (`*` = any run of characters, `?` = one) as a case-insensitive,
 * fully anchored expression. Emails hold no `/`, so path-glob rules do not apply.
 */
export function emailGlob(glob: string): RegExp {
  const cached = compiledGlobs.get(glob)
  if (cached) return cached
  const body = [...glob]
    .map(char => (char === '*' ? '.*' : char === '?' ? '.' : escapeRegExp(char)))
    .join('')
  const compiled = new RegExp(`^${body}$`, 'i')
  compiledGlobs.set(glob, compiled)
  return compiled
}

export function emailMatches(glob: string, email: string): boolean {
  return email !== '' && emailGlob(glob).test(email.trim())
}

/**
 * A branch glob with path semantics, like the policy's path globs: `*` and `?`
 * stop at `/`, `**` crosses it. Everything else is literal.
 */
export function branchGlob(glob: string): RegExp {
  const body = glob
    .split('**')
    .map(part =>
      [...part]
        .map(char => (char === '*' ? '[^/]*' : char === '?' ? '[^/]' : escapeRegExp(char)))
        .join('')
    )
    .join('.*')
  return new RegExp(`^${body}$`)
}

/** A plain substring as an expression. */
export function literal(text: string): RegExp {
  return new RegExp(escapeRegExp(text))
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

export function sameLogin(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && a.toLowerCase() === b.toLowerCase()
}

/** Keeps untrusted values short enough for one line of a report. */
export function clip(text: string, max = 200): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text
}
