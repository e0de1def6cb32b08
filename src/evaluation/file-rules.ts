import { matchingEntries } from '../policy/match.js'
import type { PathPattern, Policy, RuleEntry } from '../policy/types.js'
import type { RuleMatchSummary } from './result.js'

/** One rule of the policy that matched one path, with the pattern that did it. */
export interface RuleHit {
  rule: RuleMatchSummary['rule']
  entry: RuleEntry
  pattern: PathPattern
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

export function rulesForPath(policy: Policy, path: string): PathRules {
  const hits = (rule: RuleHit['rule'], entries: RuleEntry[]): RuleHit[] =>
    matchingEntries(entries, path).map(({ entry, pattern }) => ({ rule, entry, pattern }))
  const canEdit = policy.canEdit ? hits('can_edit', policy.canEdit) : []
  return {
    cannotAccess: hits('cannot_access', policy.cannotAccess),
    review: uniqueByArea(hits('requires_human_review', policy.requiresHumanReview)),
    canEdit,
    canRead: hits('can_read', policy.canRead),
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
