/**
 * Secret-bearing files: does a changed file belong to the built-in list
 * (src/secrets/files/rules.ts)? Adding, editing, deleting, renaming or
 * copying such a file all count, since each means the change touched a
 * credential; a rename or copy is judged by both of its paths. A symlink is
 * also judged by its target (src/secrets/files/symlinks.ts).
 */
import { FILE_MODE, type FileChange } from '../../engine/change-set.js'
import { skeletonNote } from '../../policy/skeleton.js'
import { quote } from '../../policy/text.js'
import { matchSecretFileRule, type ContentEvidence } from './match-rules.js'
import { patchText, readPatchLines, symlinkTarget } from './patch-text.js'
import { classifySymlink, resolveLinkTarget } from './symlinks.js'
import type { SecretFileMatch } from './types.js'

export type { SecretFileMatch } from './types.js'
export { classifySymlink, resolveLinkTarget, symlinkTarget }
export { SECRET_FILE_RULES, type SecretFileRule } from './rules.js'

/**
 * The match for `change`, or undefined when it touches no secret-bearing
 * file. For a symlink, a target that is secret or outside the repository
 * wins ('symlink-to-secret', 'symlink-outside-repo'); then its name counts.
 * `addedText` is the text the change adds (undefined when unknown); content
 * rules also read every line of `change.patch`, because a token in a
 * context or removed line is in a file the change touched.
 */
export function classifySecretFile(
  change: FileChange,
  addedText: string | undefined
): SecretFileMatch | undefined {
  return linkMatch(change, addedText) ?? pathMatch(change, addedText)
}

/** A symlink is judged first by where it points: its target is its added text. */
function linkMatch(change: FileChange, addedText: string | undefined): SecretFileMatch | undefined {
  if (change.mode !== FILE_MODE.symlink) return undefined
  const target = symlinkTarget(change.patch) ?? addedText?.replace(/\r?\n$/, '')
  return target === undefined ? undefined : classifySymlink(change, target)
}

function pathMatch(change: FileChange, addedText: string | undefined): SecretFileMatch | undefined {
  const evidence = contentEvidence(change, addedText)
  for (const path of pathsOf(change)) {
    const hit = matchSecretFileRule(path, evidence)
    if (!hit) continue
    const sentences = [
      hit.rule.why,
      hit.contentNote,
      formerPathNote(change, path),
      hit.readAs && skeletonNote(hit.pattern, hit.readAs)
    ]
    return {
      rule: hit.rule.id,
      title: hit.rule.title,
      path: change.path,
      reason: sentences.filter(sentence => sentence !== undefined).join(' ')
    }
  }
  return undefined
}

/** The new path first, then the old one of a rename or copy. */
function pathsOf(change: FileChange): string[] {
  const previous = change.previousPath
  return previous !== undefined && previous !== change.path
    ? [change.path, previous]
    : [change.path]
}

function formerPathNote(change: FileChange, matchedPath: string): string | undefined {
  if (matchedPath === change.path) return undefined
  const verb = change.status === 'copied' ? 'copied from' : 'renamed from'
  return `The file was ${verb} ${quote(matchedPath)}.`
}

/**
 * Everything the diff shows of the file. A symlink's content is its target,
 * not the file's, so it counts as unknown. An empty result with no hunk
 * (binary, omitted, pure rename, mode change) is unknown too: content rules
 * then fail closed.
 */
function contentEvidence(change: FileChange, addedText: string | undefined): ContentEvidence {
  const deletedLink = change.status === 'deleted' && change.previousMode === FILE_MODE.symlink
  if (change.mode === FILE_MODE.symlink || deletedLink) return { text: undefined }
  const lines = readPatchLines(change.patch)
  const parts = [addedText ?? '', lines.hasHunks ? patchText(lines) : '']
  const text = parts.filter(part => part !== '').join('\n')
  return { text: text === '' && !lines.hasHunks ? undefined : text }
}
