/**
 * A symlink is judged by where it points, too. `docs/schema.php ->
 * ../database/migrations/2026_orders.php` changes nothing in git under
 * `database/migrations/`, but whatever follows the link (a build, a web
 * server, the next agent editing "docs/schema.php") reaches the migration.
 * So a link an agent adds or retargets into a cannot_access path or a review
 * area counts as if the agent had changed the target too.
 */
import type { Attribution, FileAttribution } from '../attribution/types.js'
import { FILE_MODE, type ChangeSet, type FileChange } from '../engine/change-set.js'
import { formatLocation } from '../errors.js'
import { skeletonNote } from '../policy/skeleton.js'
import { quote } from '../policy/text.js'
import type { Policy } from '../policy/types.js'
import { resolveLinkTarget, symlinkTarget } from '../secrets/files/secret-files.js'
import { rulesForPath, type PathRules, type RuleHit } from './file-rules.js'
import { approvalResolution, touchedBy, type PendingFinding } from './findings.js'
import type { Finding } from './result.js'

/** A link's target inside the repository, as the link sees it and as a repository path. */
interface LinkTarget {
  file: FileAttribution
  /** The link's content, as committed. */
  target: string
  path: string
}

/** Findings for agent-made links whose targets the restrictive lists cover (beyond the link's own). */
export function symlinkTargetFindings(
  changeSet: ChangeSet,
  attribution: Attribution,
  policy: Policy
): PendingFinding[] {
  const changes = lastChangeByPath(changeSet)
  return attribution.files
    .filter(file => file.agentTouched)
    .flatMap(file => {
      const link = linkTargetOf(file, changes.get(file.path))
      return link ? findingsForLink(link, policy) : []
    })
}

/** The net diff's change of each path, or else the last commit's (a link added, then removed). */
function lastChangeByPath(changeSet: ChangeSet): Map<string, FileChange> {
  const byPath = new Map<string, FileChange>()
  for (const commit of changeSet.commits) {
    for (const change of commit.files) byPath.set(change.path, change)
  }
  for (const change of changeSet.files) byPath.set(change.path, change)
  return byPath
}

function linkTargetOf(
  file: FileAttribution,
  change: FileChange | undefined
): LinkTarget | undefined {
  if (!change || change.mode !== FILE_MODE.symlink || change.status === 'deleted') return undefined
  const target = symlinkTarget(change.patch)
  if (target === undefined) return undefined
  const path = resolveLinkTarget(change.path, target)
  return path === undefined ? undefined : { file, target, path }
}

function findingsForLink(link: LinkTarget, policy: Policy): PendingFinding[] {
  const own = rulesForPath(policy, link.file.path)
  const reached = targetRules(policy, link.path)
  const found: PendingFinding[] = reached.cannotAccess
    .filter(hit => !own.cannotAccess.some(known => known.entry === hit.entry))
    .map(hit => ({ finding: violation(link, hit) }))
  for (const hit of reached.review) {
    if (own.review.some(known => known.entry.area.name === hit.entry.area.name)) continue
    found.push({ finding: reviewFinding(link, hit), area: hit.entry.area })
  }
  return found
}

/**
 * The rules of the target path; when none apply, those of a path inside it,
 * since a link to the directory `database/migrations` reaches every migration.
 */
function targetRules(policy: Policy, path: string): PathRules {
  const rules = rulesForPath(policy, path)
  if (rules.cannotAccess.length > 0 || rules.review.length > 0) return rules
  return rulesForPath(policy, `${path}/${DIRECTORY_PROBE}`)
}

/** A file name no pattern singles out, to ask whether a directory's contents are covered. */
const DIRECTORY_PROBE = 'any-file'

function base(link: LinkTarget, hit: RuleHit, kind: Finding['kind'], area: string): Finding {
  return {
    id: `${kind}:${area}:${link.file.path}`,
    kind,
    status: 'needs_approval',
    blocking: true,
    path: link.file.path,
    area,
    pattern: hit.pattern.source,
    patternWhere: formatLocation(hit.pattern.where),
    commits: link.file.agentCommits,
    message: '',
    resolution: ''
  }
}

function pointsAt(link: LinkTarget, hit: RuleHit, covered: string): string {
  const shown = quote(link.target)
  const resolved = link.target === link.path ? '' : ` (the repository path ${quote(link.path)})`
  const reading = hit.readAs ? ` ${skeletonNote(hit.pattern.source, hit.readAs)}` : ''
  return (
    `An agent made the symlink ${quote(link.file.path)} point at ${shown}${resolved}, ` +
    `which ${covered}, in ${touchedBy({ file: link.file, rename: {} })}: ` +
    `whatever follows the link reaches that path.${reading}`
  )
}

function violation(link: LinkTarget, hit: RuleHit): Finding {
  const label = hit.entry.label
  return {
    ...base(link, hit, 'cannot_access', label),
    status: 'violation',
    message: pointsAt(link, hit, `agents must never change (cannot_access ${label})`),
    resolution:
      'Remove the agent commits that add or retarget this symlink (no approval waives cannot_access); a human must make this change'
  }
}

function reviewFinding(link: LinkTarget, hit: RuleHit): Finding {
  const area = hit.entry.area
  return {
    ...base(link, hit, 'requires_human_review', area.name),
    message: pointsAt(link, hit, `is in the review area "${area.name}"`),
    resolution: approvalResolution(area)
  }
}
