/**
 * Reading a file's unified diff as text: which lines it adds, removes and
 * keeps as context. The secret-file rules decide from every line the diff
 * shows (a token in a context line is still in the file the change touches).
 */

export interface PatchLines {
  added: string[]
  removed: string[]
  context: string[]
  /** False when the patch has no hunk at all (binary file, pure rename, mode change). */
  hasHunks: boolean
}

const HUNK_HEADER = /^(@{2,}) /

/** The hunk lines of one file's patch, without their prefix columns. */
export function readPatchLines(patch: string | undefined): PatchLines {
  const lines: PatchLines = { added: [], removed: [], context: [], hasHunks: false }
  if (!patch) return lines
  // A combined diff (merge) has one prefix column per parent: `@@@` means two.
  let prefixWidth = 0
  for (const line of patch.split(/\r?\n/)) {
    const header = HUNK_HEADER.exec(line)
    if (header) {
      prefixWidth = (header[1] ?? '@@').length - 1
      lines.hasHunks = true
    } else if (prefixWidth > 0 && !line.startsWith('\\')) {
      addLine(lines, line.slice(0, prefixWidth), line.slice(prefixWidth))
    }
  }
  return lines
}

function addLine(lines: PatchLines, prefix: string, text: string): void {
  if (prefix.includes('+')) lines.added.push(text)
  else if (prefix.includes('-')) lines.removed.push(text)
  else lines.context.push(text)
}

/** Every line the patch shows (added, removed and context), one text. */
export function patchText(lines: PatchLines): string {
  return [...lines.added, ...lines.removed, ...lines.context].join('\n')
}

/**
 * The target of a symlink: git stores it as the link's content, so the
 * patch of an added or retargeted link adds exactly one line.
 */
export function symlinkTarget(patch: string | undefined): string | undefined {
  const { added } = readPatchLines(patch)
  return added.length === 1 ? added[0] : undefined
}
