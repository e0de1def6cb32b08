/**
 * The history to write: a base commit, two later commits on main (so the
 * merge-base is not the base tip), and the pull request's commits, which mix
 * Copilot's and humans' work on overlapping files. Contents are generated
 * here, in memory, so the repository can be written by one fast-import.
 */
import { createRng, type Rng } from '../paths/rng.js'
import { codeLines, edited, text } from './content.js'
import { generatePaths, POLICY_PATH, POLICY_YAML } from './layout.js'
import { COMMITTERS, COPILOT, type Person } from './people.js'
import type { PrShape } from './shape.js'

export type Operation =
  | { kind: 'write'; path: string; content: string }
  | { kind: 'delete'; path: string }
  | { kind: 'rename'; from: string; to: string }

export interface PlannedCommit {
  author: Person
  message: string
  /** Seconds since the epoch. */
  time: number
  operations: Operation[]
}

export interface Plan {
  base: PlannedCommit
  mainAfterBranch: PlannedCommit[]
  pullRequest: PlannedCommit[]
}

const UNTOUCHED_FILES = 600
const FOLLOW_UP_SHARE = 0.1
const AGENT_SHARE = 0.6
/** A modified file: 80 lines, every 8th rewritten, 20 appended (about 6.5 KB of patch). */
const MODIFIED = { lines: 80, stride: 8, appended: 20, patchBytes: 6_500 }
const LINE_BYTES = 62
const BASE_TIME = Date.parse('2026-01-02T09:00:00Z') / 1000
const PR_TIME = Date.parse('2026-01-10T09:00:00Z') / 1000

interface PathKinds {
  modified: string[]
  deleted: string[]
  renamed: string[]
  added: string[]
  untouched: string[]
}

export function planHistory(shape: PrShape, seed: number): Plan {
  const rng = createRng(seed)
  const kinds = splitPaths(rng, shape.files)
  const current = new Map<string, string[]>()
  const baseWrites = [...kinds.modified, ...kinds.deleted, ...kinds.renamed, ...kinds.untouched]
  const base = baseCommit(rng, baseWrites, current)
  const mainAfterBranch = [0, 1].map(index =>
    humanCommit(
      COMMITTERS[1] ?? COPILOT,
      `Main moves on (${index + 1})`,
      BASE_TIME + 3600 * (index + 1),
      [write(kinds.untouched[index] ?? '', codeLines(rng, 30, index * 100))]
    )
  )
  const addedLines = addedFileLines(shape, kinds)
  const pullRequest = pullRequestCommits(rng, shape, kinds, current, addedLines)
  return { base, mainAfterBranch, pullRequest }
}

function splitPaths(rng: Rng, files: number): PathKinds {
  const paths = generatePaths(rng, files + UNTOUCHED_FILES)
  const modified = Math.round(files * 0.4)
  const deleted = Math.round(files / 30)
  const renamed = Math.round(files / 60)
  const added = files - modified - deleted - renamed
  let at = 0
  const take = (count: number) => paths.slice(at, (at += count))
  return {
    modified: take(modified),
    deleted: take(deleted),
    renamed: take(renamed),
    added: take(added),
    untouched: take(UNTOUCHED_FILES)
  }
}

/** Lines per added file so that the file list's patches add up to about shape.patchBytes. */
function addedFileLines(shape: PrShape, kinds: PathKinds): number {
  const left = shape.patchBytes - kinds.modified.length * MODIFIED.patchBytes
  return Math.max(10, Math.round(left / Math.max(1, kinds.added.length) / LINE_BYTES))
}

function baseCommit(rng: Rng, paths: string[], current: Map<string, string[]>): PlannedCommit {
  const operations = paths.map((path, index) => {
    const lines = codeLines(rng, MODIFIED.lines, index)
    current.set(path, lines)
    return write(path, lines)
  })
  operations.push({ kind: 'write', path: POLICY_PATH, content: POLICY_YAML })
  return humanCommit(COMMITTERS[0] ?? COPILOT, 'Initial monorepo', BASE_TIME, operations)
}

function pullRequestCommits(
  rng: Rng,
  shape: PrShape,
  kinds: PathKinds,
  current: Map<string, string[]>,
  addedLines: number
): PlannedCommit[] {
  const slots = assignToCommits(rng, shape, kinds)
  return slots.map((operations, index) => {
    const author = index === 0 || rng.chance(AGENT_SHARE) ? COPILOT : rng.pick(COMMITTERS)
    const time = PR_TIME + index * 600
    const done = operations.map(op => realize(rng, op, current, addedLines))
    const message = author === COPILOT ? agentMessage(index) : `Address review comments (${index})`
    return { author, message, time, operations: done }
  })
}

type Slot =
  | { kind: 'modify' | 'add' | 'follow-up' | 'delete'; path: string }
  | { kind: 'rename'; from: string; to: string }

/** Every PR path goes to one commit; a tenth of them get a later follow-up edit as well. */
function assignToCommits(rng: Rng, shape: PrShape, kinds: PathKinds): Slot[][] {
  const slots: Slot[] = [
    ...kinds.modified.map(path => ({ kind: 'modify' as const, path })),
    ...kinds.added.map(path => ({ kind: 'add' as const, path })),
    ...kinds.deleted.map(path => ({ kind: 'delete' as const, path })),
    ...kinds.renamed.map(from => ({ kind: 'rename' as const, from, to: renamedPath(from) }))
  ]
  shuffle(rng, slots)
  const commits: Slot[][] = Array.from({ length: shape.commits }, () => [])
  slots.forEach((slot, index) => {
    const at = Math.floor((index * shape.commits) / slots.length)
    commits[at]?.push(slot)
    const followUp = at + 1 + rng.int(shape.commits - at)
    if (slot.kind !== 'delete' && slot.kind !== 'rename' && followUp < shape.commits) {
      if (rng.chance(FOLLOW_UP_SHARE))
        commits[followUp]?.push({ kind: 'follow-up', path: slot.path })
    }
  })
  return commits
}

function realize(
  rng: Rng,
  slot: Slot,
  current: Map<string, string[]>,
  addedLines: number
): Operation {
  if (slot.kind === 'rename') return slot
  if (slot.kind === 'delete') return { kind: 'delete', path: slot.path }
  const before = current.get(slot.path) ?? []
  const lines =
    slot.kind === 'add'
      ? codeLines(rng, Math.round(addedLines * (0.5 + rng.next())))
      : slot.kind === 'modify'
        ? edited(rng, before, MODIFIED.stride, MODIFIED.appended)
        : [...before, ...codeLines(rng, 3, 30_000 + before.length)]
  current.set(slot.path, lines)
  return write(slot.path, lines)
}

function renamedPath(path: string): string {
  return path.replace(/(\.[a-z.]+)$/, '-moved$1')
}

function agentMessage(index: number): string {
  if (index === 0) return 'Initial plan'
  return `Implement step ${index} of the migration plan\n\nCo-authored-by: Mona Lisa <mona@acme.test>`
}

function write(path: string, lines: readonly string[]): Operation {
  return { kind: 'write', path, content: text(lines) }
}

function humanCommit(author: Person, message: string, time: number, operations: Operation[]) {
  return { author, message, time, operations }
}

function shuffle<T>(rng: Rng, items: T[]): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = rng.int(i + 1)
    const a = items[i] as T
    items[i] = items[j] as T
    items[j] = a
  }
}
