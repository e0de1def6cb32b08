import type { FileAttribution } from '../attribution/types.js'
import { FILE_MODE, shortSha } from '../engine/change-set.js'
import { formatLocation } from '../errors.js'
import { skeletonNote } from '../policy/skeleton.js'
import type { Area, Policy } from '../policy/types.js'
import { describeEligible } from './approval-judge.js'
import type { PathRules, RuleHit } from './file-rules.js'
import type { RenameSide } from './renames.js'
import type { Finding } from './result.js'

/** The name the default rule (agent change outside can_edit, in no review area) reports under. */
export const OUTSIDE_CAN_EDIT_AREA = 'outside-can-edit'

/** The implicit area for agent changes outside can_edit: the policy's default approval applies. */
export function outsideCanEditArea(policy: Policy): Area {
  return {
    name: OUTSIDE_CAN_EDIT_AREA,
    description: 'Agent changes outside can_edit that no review area covers',
    paths: [],
    except: [],
    approvals: policy.approvals.required,
    reviewers: { users: [], teams: [], codeowners: false },
    origin: 'built-in',
    mandatory: false
  }
}

/** A finding that waits for an area's approval; its status is settled once approvals are judged. */
export interface PendingFinding {
  finding: Finding
  /** The area whose approval settles it; undefined for violations. */
  area?: Area
}

/** The findings one agent-touched path raises under the policy. */
export function findingsForPath(
  file: FileAttribution,
  rules: PathRules,
  policy: Policy,
  rename: RenameSide = {}
): PendingFinding[] {
  const path: PathFacts = { file, rename }
  const found: PendingFinding[] = rules.cannotAccess.map(hit => ({
    finding: cannotAccessFinding(path, hit)
  }))
  for (const hit of rules.review) {
    found.push({ finding: reviewFinding(path, hit), area: hit.entry.area })
  }
  if (rules.cannotAccess.length === 0 && rules.review.length === 0 && !rules.insideCanEdit) {
    found.push(outsideCanEditFinding(path, policy))
  }
  return found
}

/** What a finding says about its path: who touched it, and which side of a rename it is. */
export interface PathFacts {
  file: FileAttribution
  rename: RenameSide
}

function baseFinding({ file, rename }: PathFacts, kind: Finding['kind'], area: string): Finding {
  return {
    id: `${kind}:${area}:${file.path}`,
    kind,
    status: 'needs_approval',
    blocking: true,
    path: file.path,
    previousPath: rename.previousPath,
    area,
    commits: file.agentCommits,
    message: '',
    resolution: ''
  }
}

function withPattern(finding: Finding, hit: RuleHit): Finding {
  return {
    ...finding,
    pattern: hit.pattern.source,
    patternWhere: formatLocation(hit.pattern.where)
  }
}

/** The message, plus how the path was read when only its skeleton matched (so a reviewer sees why). */
function withReading(message: string, hit: RuleHit): string {
  return hit.readAs ? `${message}. ${skeletonNote(hit.pattern.source, hit.readAs)}` : message
}

/** What kind of entry changed: a reviewer should know a submodule pointer or a symlink from a file. */
function pathNoun(file: FileAttribution): string {
  if (file.mode === FILE_MODE.submodule) return 'a submodule pointer at a path'
  if (file.mode === FILE_MODE.symlink) return 'a symlink at a path'
  return 'a path'
}

/** "in commit abc1234", and where the path went when it was renamed away. */
export function touchedBy({ file, rename }: PathFacts): string {
  const shas = file.agentCommits.map(shortSha)
  // pull_request attribution can hold a path against the PR with no commit to name.
  const where =
    shas.length === 0
      ? 'this pull request'
      : shas.length === 1
        ? `commit ${shas[0]}`
        : `commits ${shas.join(', ')}`
  return rename.renamedTo ? `${where} (renamed to ${rename.renamedTo})` : where
}

function cannotAccessFinding(path: PathFacts, hit: RuleHit): Finding {
  const finding = withPattern(baseFinding(path, 'cannot_access', hit.entry.label), hit)
  return {
    ...finding,
    status: 'violation',
    message: withReading(
      `An agent changed ${pathNoun(path.file)} agents must never change (cannot_access ${hit.entry.label}) in ${touchedBy(path)}`,
      hit
    ),
    resolution:
      'Remove the agent commits that touch this path from the pull request (no approval waives cannot_access); a human must make this change'
  }
}

function reviewFinding(path: PathFacts, hit: RuleHit): Finding {
  const area = hit.entry.area
  const finding = withPattern(baseFinding(path, 'requires_human_review', area.name), hit)
  return {
    ...finding,
    message: withReading(
      `An agent changed ${pathNoun(path.file)} in the review area "${area.name}" in ${touchedBy(path)}`,
      hit
    ),
    resolution: approvalResolution(area)
  }
}

function outsideCanEditFinding(path: PathFacts, policy: Policy): PendingFinding {
  const area = outsideCanEditArea(policy)
  const finding = baseFinding(path, 'outside_can_edit', area.name)
  const message = `An agent changed ${pathNoun(path.file)} outside can_edit in ${touchedBy(path)}`
  if (policy.outsideCanEdit === 'block') {
    const resolution =
      'Remove the agent commits that touch this path, or add the path to can_edit in the policy on the base branch'
    return { finding: { ...finding, status: 'violation', message, resolution } }
  }
  return { finding: { ...finding, message, resolution: approvalResolution(area) }, area }
}

export function approvalResolution(area: Area): string {
  const count = area.approvals === 1 ? '1 approval' : `${area.approvals} approvals`
  return `Needs ${count} from ${describeEligible(area)} (not the PR author, the agent's requester or a bot), given on or after the latest agent commit to this area`
}
