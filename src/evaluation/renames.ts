import type { ChangeSet } from '../engine/change-set.js'

/**
 * Which side of a rename a path is on. Attribution pairs the two paths of a
 * rename without saying which came first; a finding must not call the path a
 * file was renamed TO its "previous" path.
 */
export interface RenameSide {
  /** The path this one was renamed from. */
  previousPath?: string
  /** The path this one was renamed to. */
  renamedTo?: string
}

export type RenameSides = (path: string) => RenameSide

/** Renames in the commits and the net diff; a later rename of the same path wins. */
export function renameSides(changeSet: ChangeSet): RenameSides {
  const from = new Map<string, string>()
  const to = new Map<string, string>()
  const changes = [...changeSet.commits.flatMap(commit => commit.files), ...changeSet.files]
  for (const change of changes) {
    if (change.status !== 'renamed' || !change.previousPath) continue
    from.set(change.path, change.previousPath)
    to.set(change.previousPath, change.path)
  }
  return path => ({ previousPath: from.get(path), renamedTo: to.get(path) })
}
