/**
 * Builds the synthetic pull request: per-file unified diffs (3 lines of
 * context, as GitHub's pulls/files returns them) made from real source
 * files, and the ground truth of everything planted in them.
 */

import type { FileChange } from '../../src/engine/change-set.js'
import type { SourceFile } from './corpus.js'
import type { Rng } from './rng.js'

export type PlantKind = 'secret' | 'lookalike' | 'removed' | 'context' | 'deleted'

export interface Plant {
  kind: PlantKind
  /** Rule id for secrets, look-alike kind for look-alikes. */
  type: string
  path: string
  /** New-file line of the secret's (or block's) first line, for added and context plants. */
  line?: number
  /** Lines the plant spans in the new file. */
  lineCount: number
  secret?: string
}

interface Op {
  kind: '+' | '-' | ' '
  text: string
  /** The plant this op anchors (its new-file line becomes the plant's line). */
  anchor?: Plant
  /** Inside a planted block: nothing may be inserted before it, or the block would be split. */
  inBlock?: boolean
}

interface Hunk {
  /** Unchanged lines between the previous hunk (or file start) and this one. */
  gapBefore: number
  ops: Op[]
}

export interface FilePlan {
  path: string
  status: 'added' | 'modified' | 'deleted'
  hunks: Hunk[]
}

const CONTEXT = 3

function contextOps(lines: string[]): Op[] {
  return lines.map(text => ({ kind: ' ', text }))
}

/** A modified file: stretches of unchanged lines, and changes that remove donor lines and add source lines. */
function modifiedPlan(path: string, lines: string[], donor: string[], rng: Rng): FilePlan {
  const hunks: Hunk[] = []
  let open: Hunk | undefined
  let gap = 0
  let lead: string[] = []
  let i = 0
  while (i < lines.length) {
    const equal = lines.slice(i, i + rng.int(0, 24))
    i += equal.length
    if (!open) {
      lead = equal.slice(Math.max(0, equal.length - CONTEXT))
      gap += equal.length - lead.length
    } else if (equal.length <= 2 * CONTEXT) {
      open.ops.push(...contextOps(equal))
    } else {
      open.ops.push(...contextOps(equal.slice(0, CONTEXT)))
      hunks.push(open)
      open = undefined
      lead = equal.slice(equal.length - CONTEXT)
      gap = equal.length - 2 * CONTEXT
    }
    const added = lines.slice(i, i + rng.int(0, 30))
    i += added.length
    const removedCount = rng.int(added.length === 0 ? 1 : 0, 4)
    const start = rng.int(0, Math.max(0, donor.length - removedCount))
    const removed = donor.slice(start, start + removedCount)
    if (added.length + removed.length === 0) continue
    if (!open) {
      open = { gapBefore: gap, ops: contextOps(lead) }
      gap = 0
      lead = []
    }
    for (const text of removed) open.ops.push({ kind: '-', text })
    for (const text of added) open.ops.push({ kind: '+', text })
  }
  if (open) hunks.push(open)
  return { path, status: 'modified', hunks }
}

export function planFile(source: SourceFile, donor: SourceFile, rng: Rng): FilePlan {
  const roll = rng.next()
  if (roll < 0.05) {
    return {
      path: source.path,
      status: 'deleted',
      hunks: [{ gapBefore: 0, ops: source.lines.map(text => ({ kind: '-', text })) }]
    }
  }
  if (roll < 0.4) {
    return {
      path: source.path,
      status: 'added',
      hunks: [{ gapBefore: 0, ops: source.lines.map(text => ({ kind: '+', text })) }]
    }
  }
  return modifiedPlan(source.path, source.lines, donor.lines, rng)
}

/** Inserts `lines` as ops of `kind` before a random op of that kind (or anywhere for removals). */
export function plant(
  plan: FilePlan,
  rng: Rng,
  kind: Op['kind'],
  lines: string[],
  anchorIndex: number,
  record: Plant
): boolean {
  const spots: [Hunk, number][] = []
  for (const hunk of plan.hunks) {
    hunk.ops.forEach((op, i) => {
      if (op.kind === kind && !op.inBlock) spots.push([hunk, i])
    })
  }
  if (spots.length === 0) return false
  const [hunk, at] = rng.pick(spots)
  const ops: Op[] = lines.map((text, i) =>
    i === 0 ? { kind, text } : { kind, text, inBlock: true }
  )
  ops[anchorIndex]!.anchor = record
  hunk.ops.splice(at, 0, ...ops)
  return true
}

/** The unified diff of a plan; fills in the new-file line of every anchored plant. */
export function renderPlan(plan: FilePlan): FileChange {
  const out: string[] = []
  let oldLine = 1
  let newLine = 1
  for (const hunk of plan.hunks) {
    const oldStart = oldLine + hunk.gapBefore
    const newStart = newLine + hunk.gapBefore
    const oldCount = hunk.ops.filter(op => op.kind !== '+').length
    const newCount = hunk.ops.filter(op => op.kind !== '-').length
    out.push(`@@ -${range(oldStart, oldCount)} +${range(newStart, newCount)} @@`)
    let line = newStart
    for (const op of hunk.ops) {
      out.push(op.kind + op.text)
      if (op.kind === '-') continue
      if (op.anchor) op.anchor.line = line
      line++
    }
    oldLine = oldStart + oldCount
    newLine = newStart + newCount
  }
  return { path: plan.path, status: plan.status, patch: out.join('\n') }
}

/** git writes a zero-line side as the line before it: `-0,0` for a new file. */
function range(start: number, count: number): string {
  return count === 0 ? `${start - 1},0` : `${start},${count}`
}
