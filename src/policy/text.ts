/**
 * Small helpers for the wording of policy errors: quoting what the user
 * wrote so invisible characters show, and "did you mean" suggestions so a
 * typo is named instead of silently ignored.
 */

/** `"value"` with control characters made visible (backslashes stay as written). */
export function quote(value: string): string {
  const visible = value.replace(/[\u0000-\u001f\u007f]/g, char => {
    const code = char.charCodeAt(0).toString(16).padStart(4, '0')
    return `\\u${code}`
  })
  return `"${visible.replace(/"/g, '\\"')}"`
}

/** A YAML snippet for a message: in double quotes, or single quotes when it has double quotes. */
export function quoteExample(example: string): string {
  return example.includes('"') ? `'${example}'` : `"${example}"`
}

/** `"a", "b" or "c"` */
export function quoteList(values: readonly string[], conjunction = 'or'): string {
  const quoted = values.map(quote)
  if (quoted.length <= 1) return quoted.join('')
  return `${quoted.slice(0, -1).join(', ')} ${conjunction} ${quoted[quoted.length - 1]}`
}

/**
 * The closest candidate to `word`, when it is close enough to be a typo:
 * at most one edit for short words, about one edit in three for longer ones.
 */
export function closestMatch(word: string, candidates: readonly string[]): string | undefined {
  const lower = word.toLowerCase()
  const limit = Math.max(1, Math.floor(lower.length / 3))
  let best: { candidate: string; distance: number } | undefined
  for (const candidate of candidates) {
    // The distance is at least the difference in length: skip the quadratic work for long words.
    if (Math.abs(candidate.length - lower.length) > limit) continue
    const distance = editDistance(lower, candidate.toLowerCase())
    if (distance <= limit && (!best || distance < best.distance)) best = { candidate, distance }
  }
  return best?.candidate
}

/** `Did you mean "x"?`, or '' when nothing is close. */
export function didYouMean(word: string, candidates: readonly string[]): string {
  const match = closestMatch(word, candidates)
  return match === undefined ? '' : `Did you mean ${quote(match)}?`
}

/**
 * Edit distance where swapping two neighbouring letters counts as one edit
 * (optimal string alignment), because transpositions are the commonest typo.
 */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = []
  for (let i = 0; i <= a.length; i++) {
    const row: number[] = [i]
    for (let j = 1; j <= b.length; j++) row.push(i === 0 ? j : 0)
    rows.push(row)
  }
  const at = (i: number, j: number): number => rows[i]?.[j] ?? Number.POSITIVE_INFINITY
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let value = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, at(i - 2, j - 2) + 1)
      }
      const row = rows[i]
      if (row) row[j] = value
    }
  }
  return at(a.length, b.length)
}
