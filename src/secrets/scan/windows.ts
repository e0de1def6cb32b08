/**
 * The stretches of a run's text a rule's pattern runs on: a window around
 * each keyword hit, widened to whole lines so a match is never cut mid-line,
 * and merged when they touch. Gating per window rather than per file keeps
 * a keyword in one place from arming a loose pattern everywhere else.
 */

/**
 * How far past its window a span may grow to reach a line boundary. Past
 * this (minified code, data blobs) the span is cut mid-line and marked so,
 * which keeps the work per hit bounded.
 */
export const LINE_SLACK = 1000

export interface Span {
  start: number
  end: number
  /** The edge falls inside a line: a match touching it may be a fragment. */
  cutStart: boolean
  cutEnd: boolean
}

/** Offsets where each line of a run's joined text starts, for both windows and positions. */
export function lineStartsOf(lines: readonly string[]): Int32Array {
  const starts = new Int32Array(lines.length)
  let offset = 0
  for (let i = 0; i < lines.length; i++) {
    starts[i] = offset
    offset += lines[i]!.length + 1
  }
  return starts
}

/** Index of the line holding `offset` (binary search over line starts). */
export function lineIndexAt(starts: Int32Array, offset: number): number {
  let low = 0
  let high = starts.length - 1
  while (low < high) {
    const mid = (low + high + 1) >> 1
    if (starts[mid]! <= offset) low = mid
    else high = mid - 1
  }
  return low
}

/** The span for one keyword hit at [hitStart, hitEnd) of a text of `length` characters. */
export function spanAround(
  hitStart: number,
  hitEnd: number,
  window: number,
  starts: Int32Array,
  length: number
): Span {
  const rawStart = Math.max(0, hitStart - window)
  const rawEnd = Math.min(length, hitEnd + window)
  const lineStart = starts[lineIndexAt(starts, rawStart)]!
  const endLine = lineIndexAt(starts, rawEnd)
  const lineEnd = endLine + 1 < starts.length ? starts[endLine + 1]! - 1 : length
  const cutStart = rawStart - lineStart > LINE_SLACK
  const cutEnd = lineEnd - rawEnd > LINE_SLACK
  return {
    start: cutStart ? rawStart - LINE_SLACK : lineStart,
    end: cutEnd ? rawEnd + LINE_SLACK : lineEnd,
    cutStart,
    cutEnd
  }
}

/**
 * Adds a span to a rule's list, merging it into the last one when they
 * overlap or touch. Hits arrive in text order, so only the last can overlap.
 */
export function addSpan(spans: Span[], next: Span): void {
  const last = spans[spans.length - 1]
  if (last === undefined || next.start > last.end) {
    spans.push(next)
    return
  }
  if (next.start < last.start) {
    last.start = next.start
    last.cutStart = next.cutStart
  }
  if (next.end > last.end) {
    last.end = next.end
    last.cutEnd = next.cutEnd
  }
}
