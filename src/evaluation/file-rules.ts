import { matchingEntries } from '../policy/match.js'
import { otherSkeleton, type SkeletonReading } from '../policy/skeleton.js'
import type { PathPattern, Policy, RuleEntry } from '../policy/types.js'
import type { RuleMatchSummary } from './result.js'

/** One rule of the policy that matched one path, with the pattern that did it. */
export interface RuleHit {
  rule: RuleMatchSummary['rule']
  entry: RuleEntry
  pattern: PathPattern
  /** Set when only the path's skeleton matched (see src/policy/skeleton.ts): how it was read. */
  readAs?: SkeletonReading
}

/** Every rule that matches an agent-touched path. All are reported; the strictest decides. */
export interface PathRules {
  cannotAccess: RuleHit[]
  review: RuleHit[]
  canEdit: RuleHit[]
  canRead: RuleHit[]
  /** False only when the policy has a can_edit list and no entry of it matches. */
  insideCanEdit: boolean
}

/**
 * The restrictive lists (cannot_access, requires_human_review, which holds
 * the governance area) match the path's normal form or its skeleton, so a
 * look-alike or Windows spelling cannot dodge them; can_edit and can_read
 * match the normal form only, so no spelling gains an agent freedom.
 */
export function rulesForPath(policy: Policy, path: string): PathRules {
  const hits = (rule: RuleHit['rule'], entries: RuleEntry[], at = path): RuleHit[] =>
    matchingEntries(entries, at).map(({ entry, pattern }) => ({ rule, entry, pattern }))
  const canEdit = policy.canEdit ? hits('can_edit', policy.canEdit) : []
  const canRead = hits('can_read', policy.canRead)
  let cannotAccess = hits('cannot_access', policy.cannotAccess)
  let review = hits('requires_human_review', policy.requiresHumanReview)
  const readAs = otherSkeleton(path)
  if (readAs) {
    const more = (found: RuleHit[], rule: RuleHit['rule'], entries: RuleEntry[]): RuleHit[] => [
      ...found,
      ...hits(rule, entries, readAs.skeleton)
        .filter(hit => !found.some(known => known.entry === hit.entry))
        .map(hit => ({ ...hit, readAs }))
    ]
    cannotAccess = more(cannotAccess, 'cannot_access', policy.cannotAccess)
    review = more(review, 'requires_human_review', policy.requiresHumanReview)
  }
  return {
    cannotAccess,
    review: uniqueByArea(review),
    canEdit,
    canRead,
    insideCanEdit: policy.canEdit === undefined || canEdit.length > 0
  }
}

/** An area listed twice (say, by name and by one of its paths) asks for one approval, not two. */
function uniqueByArea(hits: RuleHit[]): RuleHit[] {
  const seen = new Set<string>()
  return hits.filter(hit => {
    if (seen.has(hit.entry.area.name)) return false
    seen.add(hit.entry.area.name)
    return true
  })
}

export function summarizeHits(rules: PathRules): RuleMatchSummary[] {
  return [...rules.cannotAccess, ...rules.review, ...rules.canEdit, ...rules.canRead].map(hit => ({
    rule: hit.rule,
    area: hit.entry.label,
    pattern: hit.pattern.source
  }))
}
