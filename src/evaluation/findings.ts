import type { FileAttribution } from '../attribution/types.js'
import { shortSha } from '../engine/change-set.js'
import { formatLocation } from '../errors.js'
import type { Area, Policy } from '../policy/types.js'
import { describeEligible } from './approval-judge.js'
import type { PathRules, RuleHit } from './file-rules.js'
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
  policy: Policy
): PendingFinding[] {
  const found: PendingFinding[] = rules.cannotAccess.map(hit => ({
    finding: cannotAccessFinding(file, hit)
  }))
  for (const hit of rules.review) {
    found.push({ finding: reviewFinding(file, hit), area: hit.entry.area })
  }
  if (rules.cannotAccess.length === 0 && rules.review.length === 0 && !rules.insideCanEdit) {
    found.push(outsideCanEditFinding(file, policy))
  }
  return found
}

function baseFinding(file: FileAttribution, kind: Finding['kind'], area: string): Finding {
  return {
    id: `${kind}:${area}:${file.path}`,
    kind,
    status: 'needs_approval',
    blocking: true,
    path: file.path,
    previousPath: file.renamePartner,
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

function touchedBy(file: FileAttribution): string {
  const shas = file.agentCommits.map(shortSha)
  return shas.length === 1 ? `commit ${shas[0]}` : `commits ${shas.join(', ')}`
}

function cannotAccessFinding(file: FileAttribution, hit: RuleHit): Finding {
  const finding = withPattern(baseFinding(file, 'cannot_access', hit.entry.label), hit)
  return {
    ...finding,
    status: 'violation',
    message: `An agent changed a path agents must never change (cannot_access ${hit.entry.label}) in ${touchedBy(file)}`,
    resolution:
      'Remove the agent commits that touch this path from the pull request (no approval waives cannot_access); a human must make this change'
  }
}

function reviewFinding(file: FileAttribution, hit: RuleHit): Finding {
  const area = hit.entry.area
  const finding = withPattern(baseFinding(file, 'requires_human_review', area.name), hit)
  return {
    ...finding,
    message: `An agent changed a path in the review area "${area.name}" in ${touchedBy(file)}`,
    resolution: approvalResolution(area)
  }
}

function outsideCanEditFinding(file: FileAttribution, policy: Policy): PendingFinding {
  const area = outsideCanEditArea(policy)
  const finding = baseFinding(file, 'outside_can_edit', area.name)
  const message = `An agent changed a path outside can_edit in ${touchedBy(file)}`
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
