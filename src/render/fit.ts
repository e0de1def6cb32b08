/**
 * Fits a report into a byte budget (a job summary over 1 MiB fails the step;
 * a PR comment holds 65,536 characters). Rows are cut from the least
 * important sections first, each cut replaced by a visible notice; a section
 * whose rows are all gone is then left out. Sections without a trim rank
 * (verdict, counts, footer) are always kept whole.
 */

export interface Block {
  head: string
  /** Each row ends with its own newline. */
  rows: string[]
  tail: string
  /** The row that stands in for `omitted` cut rows (ends with a newline). */
  notice: (omitted: number) => string
}

export interface Section {
  /** Sections with a lower rank lose rows first; undefined = always kept whole. */
  trimRank?: number
  /**
   * An essential section (the findings) keeps its headings, which say what
   * blocks and what resolves it, until every other section is gone.
   */
  essential?: boolean
  blocks: Block[]
}

export const ARTIFACT_POINTER = 'the full report is in the audit artifact'

const SECTIONS_LEFT_OUT = `… Some sections were left out to fit the size limit: ${ARTIFACT_POINTER}.\n\n`

export function textBlock(text: string): Block {
  return { head: text, rows: [], tail: '', notice: () => '' }
}

export function byteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8')
}

interface SizedBlock {
  block: Block
  fixed: number
  /** prefix[k] = bytes of the first k rows. */
  prefix: number[]
  kept: number
}

interface SizedSection {
  section: Section
  blocks: SizedBlock[]
  dropped: boolean
}

/**
 * Joins the sections, fitting them in `maxBytes`: rank by rank, rows are cut
 * evenly across the rank's tables, then the rank's non-essential sections are
 * left out; then essential sections; then, as a last resort, text.
 */
export function fitSections(sections: Section[], maxBytes: number): string {
  const fitter = new Fitter(sections, maxBytes)
  const order = fitter.trimOrder()
  for (const trimRank of [...new Set(order.map(rank))]) {
    if (fitter.fits()) break
    const sameRank = order.filter(item => rank(item) === trimRank)
    fitter.trimEvenly(sameRank)
    for (const item of sameRank) {
      if (fitter.fits()) break
      if (!item.section.essential) fitter.drop(item)
    }
  }
  for (const item of order) {
    if (fitter.fits()) break
    fitter.drop(item)
  }
  return clamp(fitter.assemble(), maxBytes)
}

class Fitter {
  private readonly sized: SizedSection[]
  private readonly noticeBytes = byteLength(SECTIONS_LEFT_OUT)
  private total: number
  private anyDropped = false

  constructor(
    sections: Section[],
    private readonly maxBytes: number
  ) {
    this.sized = sections.map(section => ({
      section,
      blocks: section.blocks.map(measure),
      dropped: false
    }))
    this.total = this.sized.reduce((sum, item) => sum + sectionSize(item), 0)
  }

  fits(total = this.total): boolean {
    return total + (this.anyDropped ? this.noticeBytes : 0) <= this.maxBytes
  }

  /** Rank ascending; within a rank, later sections first. */
  trimOrder(): SizedSection[] {
    return this.sized
      .map((item, index) => ({ item, index }))
      .filter(({ item }) => item.section.trimRank !== undefined)
      .sort((a, b) => rank(a.item) - rank(b.item) || b.index - a.index)
      .map(({ item }) => item)
  }

  /**
   * Keeps at most `limit` rows in every table of these sections, with the
   * largest limit that fits (0 when none does), so that no table is emptied
   * while another keeps all its rows.
   */
  trimEvenly(items: SizedSection[]): void {
    const blocks = items.filter(item => !item.dropped).flatMap(item => item.blocks)
    const current = blocks.reduce((sum, block) => sum + blockSize(block), 0)
    const others = this.total - current
    const sizeWith = (limit: number): number =>
      blocks.reduce((sum, block) => sum + blockSize(block, Math.min(block.kept, limit)), 0)
    let low = 0
    let high = blocks.reduce((most, block) => Math.max(most, block.kept), 0)
    while (low < high) {
      const middle = Math.ceil((low + high) / 2)
      if (this.fits(others + sizeWith(middle))) low = middle
      else high = middle - 1
    }
    for (const block of blocks) block.kept = Math.min(block.kept, low)
    this.total = others + sizeWith(low)
  }

  drop(item: SizedSection): void {
    const size = sectionSize(item)
    if (item.dropped || size === 0) return
    item.dropped = true
    this.anyDropped = true
    this.total -= size
  }

  /** The notice about left-out sections goes just before the last section (the footer). */
  assemble(): string {
    const parts = this.sized.filter(item => !item.dropped).map(renderSection)
    if (this.anyDropped) parts.splice(Math.max(0, parts.length - 1), 0, SECTIONS_LEFT_OUT)
    return parts.join('')
  }
}

function rank(item: SizedSection): number {
  return item.section.trimRank ?? Number.POSITIVE_INFINITY
}

function measure(block: Block): SizedBlock {
  const prefix = [0]
  for (const row of block.rows) prefix.push((prefix.at(-1) ?? 0) + byteLength(row))
  const fixed = byteLength(block.head) + byteLength(block.tail)
  return { block, fixed, prefix, kept: block.rows.length }
}

function blockSize(item: SizedBlock, kept = item.kept): number {
  const omitted = item.block.rows.length - kept
  const notice = omitted > 0 ? byteLength(item.block.notice(omitted)) : 0
  return item.fixed + (item.prefix[kept] ?? 0) + notice
}

function sectionSize(item: SizedSection): number {
  return item.dropped ? 0 : item.blocks.reduce((sum, block) => sum + blockSize(block), 0)
}

function renderSection(item: SizedSection): string {
  return item.blocks.map(renderBlock).join('')
}

function renderBlock(item: SizedBlock): string {
  const { block, kept } = item
  const omitted = block.rows.length - kept
  const notice = omitted > 0 ? block.notice(omitted) : ''
  return block.head + block.rows.slice(0, kept).join('') + notice + block.tail
}

/** Last resort when even the kept sections are too big: cut at a line end and say so. */
function clamp(text: string, maxBytes: number): string {
  if (byteLength(text) <= maxBytes) return text
  const notice = `\n… Cut to fit the size limit: ${ARTIFACT_POINTER}.\n`
  const room = maxBytes - byteLength(notice)
  if (room <= 0) return cutAtCharBoundary(notice.trimStart(), maxBytes)
  const cut = cutAtCharBoundary(text, room)
  const lineEnd = cut.lastIndexOf('\n')
  return (lineEnd > 0 ? cut.slice(0, lineEnd) : cut) + notice
}

/** The longest prefix of `text` within `maxBytes` that does not split a character. */
export function cutAtCharBoundary(text: string, maxBytes: number): string {
  const bytes = Buffer.from(text, 'utf8')
  if (bytes.length <= maxBytes) return text
  let end = Math.max(0, maxBytes)
  // A UTF-8 continuation byte (10xxxxxx) at the cut means a character straddles it.
  while (end > 0 && ((bytes[end] ?? 0) & 0xc0) === 0x80) end--
  return bytes.subarray(0, end).toString('utf8')
}
