/**
 * Per-path attribution: which commits touched each path, and whether an
 * agent did. A rename touches both its old and its new path.
 */
import type { ChangeSet, FileChange } from '../engine/change-set.js'
import type { CommitAttribution, FileAttribution } from './types.js'

interface Touch {
  path: string
  partner?: string
  mode?: string
}

interface PathRecord {
  path: string
  commits: string[]
  inNetDiff: boolean
  renamePartner?: string
  mode?: string
}

export function touchesOf(change: FileChange): Touch[] {
  const touched: Touch[] = [withOptional({ path: change.path }, change.mode || change.previousMode)]
  if (change.status !== 'renamed' || !change.previousPath) return touched
  const [renamedTo] = touched as [Touch]
  renamedTo.partner = change.previousPath
  const renamedFrom = { path: change.previousPath, partner: change.path }
  return [renamedTo, withOptional(renamedFrom, change.previousMode || change.mode)]
}

function withOptional(touch: Touch, mode: string | undefined): Touch {
  return mode ? { ...touch, mode } : touch
}

/**
 * @param agentSignal whether anything, in a commit or on the PR, points at an agent:
 *   in 'pull_request' mode that makes every path agent-touched.
 */
export function attributeFiles(
  changeSet: ChangeSet,
  commits: CommitAttribution[],
  mode: 'commit' | 'pull_request',
  agentSignal: boolean
): FileAttribution[] {
  const kinds = new Map(commits.map(commit => [commit.sha, commit.kind]))
  const shasOf = (wanted: (kind: string | undefined) => boolean) => (shas: string[]) =>
    shas.filter(sha => wanted(kinds.get(sha)))
  const agentOnly = shasOf(kind => kind === 'agent')
  const notAutomation = shasOf(kind => kind !== 'automation')
  const everyCommit = commits.map(commit => commit.sha)
  const wholePr = mode === 'pull_request' && agentSignal
  return [...pathRecords(changeSet).values()]
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map(record => {
      // A path in the net diff that no listed commit touched (a truncated commit list):
      // which commit changed it is unknown, so every candidate counts (fail closed).
      const touching = record.commits.length > 0 ? record.commits : everyCommit
      let agentCommits = agentOnly(touching)
      if (wholePr && agentCommits.length === 0) agentCommits = notAutomation(touching)
      return fileAttribution(record, agentCommits, wholePr || agentCommits.length > 0)
    })
}

function fileAttribution(record: PathRecord, agentCommits: string[], agentTouched: boolean) {
  const file: FileAttribution = {
    path: record.path,
    agentCommits,
    commits: record.commits,
    inNetDiff: record.inNetDiff,
    agentTouched
  }
  if (record.renamePartner !== undefined) file.renamePartner = record.renamePartner
  if (record.mode !== undefined) file.mode = record.mode
  return file
}

/** Every path any commit touched, oldest commit first, plus the paths of the net diff. */
function pathRecords(changeSet: ChangeSet): Map<string, PathRecord> {
  const records = new Map<string, PathRecord>()
  const recordOf = (path: string) => {
    const existing = records.get(path)
    if (existing) return existing
    const created: PathRecord = { path, commits: [], inNetDiff: false }
    records.set(path, created)
    return created
  }
  for (const commit of changeSet.commits) {
    for (const touch of commit.files.flatMap(touchesOf)) {
      const record = recordOf(touch.path)
      if (!record.commits.includes(commit.sha)) record.commits.push(commit.sha)
      if (touch.partner !== undefined) record.renamePartner = touch.partner
      if (touch.mode !== undefined) record.mode = touch.mode
    }
  }
  for (const touch of changeSet.files.flatMap(touchesOf)) {
    const record = recordOf(touch.path)
    record.inNetDiff = true
    if (record.commits.length > 0) continue
    if (touch.partner !== undefined) record.renamePartner = touch.partner
    if (touch.mode !== undefined) record.mode = touch.mode
  }
  return records
}
