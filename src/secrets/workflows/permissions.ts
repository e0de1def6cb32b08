/**
 * Widened GITHUB_TOKEN permissions. Only increases to `write` are reported
 * (a write token can push, publish, approve or mint cloud credentials; a
 * read token cannot change anything).
 *
 * A missing `permissions:` block means the repository's default, which may
 * be read-only or read/write for every scope, and this file cannot tell
 * which. Each side assumes the worse case: before, the default counted as
 * read-only (so any explicit write after it is new); after, as read/write
 * (so removing an explicit block widens).
 */
import { isMap, isScalar, type Node, type YAMLMap } from 'yaml'
import { entries, entry, jobsOf, lineOf, type WorkflowYaml } from './workflow-yaml.js'

type Level = 'none' | 'read' | 'write'

type Permissions =
  | { kind: 'default' }
  | { kind: 'all'; level: Level; line?: number }
  | { kind: 'scopes'; scopes: Map<string, { level: Level; line?: number }> }

/** No workflow at all before (an added file): nothing could write. */
const NOTHING: Permissions = { kind: 'all', level: 'none' }

export interface PermissionWidening {
  line?: number
  message: string
}

/** Every widening from `before` (undefined: the file is new) to `after`. */
export function permissionWidenings(
  before: WorkflowYaml | undefined,
  after: WorkflowYaml
): PermissionWidening[] {
  const beforeTop = before ? permissionsOf(before, before.root) : NOTHING
  const afterTop = permissionsOf(after, after.root)
  const findings = compare(beforeTop, afterTop, 'the workflow level', undefined)
  for (const job of jobsOf(after)) {
    findings.push(...jobWidenings(before, beforeTop, after, afterTop, job))
  }
  return findings
}

type Job = ReturnType<typeof jobsOf>[number]

/** A job's effective permissions before and after (its own block, else the workflow's). */
function jobWidenings(
  before: WorkflowYaml | undefined,
  beforeTop: Permissions,
  after: WorkflowYaml,
  afterTop: Permissions,
  { id, keyNode, job }: Job
): PermissionWidening[] {
  const beforeJob = before && jobsOf(before).find(candidate => candidate.id === id)?.job
  const ownBefore = before !== undefined && entry(before, beforeJob, 'permissions') !== undefined
  const ownAfter = entry(after, job, 'permissions') !== undefined
  // A job inheriting the workflow-level block on both sides is covered by the workflow comparison.
  if (!ownBefore && !ownAfter) return []
  const beforePermissions =
    before && beforeJob ? permissionsOf(before, beforeJob, beforeTop) : beforeTop
  const afterPermissions = permissionsOf(after, job, afterTop)
  const where = `job ${JSON.stringify(id)}`
  return compare(beforePermissions, afterPermissions, where, lineOf(after, keyNode))
}

function compare(
  before: Permissions,
  after: Permissions,
  where: string,
  fallbackLine: number | undefined
): PermissionWidening[] {
  if (after.kind === 'default') {
    if (before.kind === 'default' || before === NOTHING) return []
    return [{ line: fallbackLine, message: removedMessage(where) }]
  }
  if (after.kind === 'all') {
    if (after.level !== 'write' || (before.kind === 'all' && before.level === 'write')) return []
    const message = `token permissions widened at ${where}: write-all (was ${describe(before)})`
    return [{ line: after.line, message }]
  }
  const widenings: PermissionWidening[] = []
  for (const [scope, { level, line }] of after.scopes) {
    if (level !== 'write' || levelOf(before, scope) === 'write') continue
    widenings.push({ line, message: scopeMessage(where, scope, before) })
  }
  return widenings
}

function removedMessage(where: string): string {
  return `token permissions widened at ${where}: the permissions block was removed, so the token falls back to the repository default, which may be read/write for every scope`
}

function scopeMessage(where: string, scope: string, before: Permissions): string {
  const why =
    scope === 'id-token'
      ? ', which lets the workflow request OIDC tokens for cloud credentials,'
      : ''
  return `token permissions widened at ${where}: "${scope}: write"${why} (was ${describe(before, scope)})`
}

function describe(permissions: Permissions, scope?: string): string {
  if (permissions === NOTHING) return 'absent: the workflow is new'
  if (permissions.kind === 'default') return 'not set: the repository default'
  if (permissions.kind === 'all') return `${permissions.level}-all`
  if (scope !== undefined) return levelOf(permissions, scope)
  const scopes = [...permissions.scopes].map(([name, { level }]) => `${name}: ${level}`)
  return scopes.length === 0 ? '{}' : scopes.join(', ')
}

function levelOf(permissions: Permissions, scope: string): Level {
  if (permissions.kind === 'default') return 'read'
  if (permissions.kind === 'all') return permissions.level
  return permissions.scopes.get(scope)?.level ?? 'none'
}

/** The `permissions:` of a workflow or job mapping; `inherited` when the job sets none. */
function permissionsOf(
  workflow: WorkflowYaml,
  owner: YAMLMap | undefined,
  inherited: Permissions = { kind: 'default' }
): Permissions {
  const found = entry(workflow, owner, 'permissions')
  if (!found) return inherited
  return parsePermissions(workflow, found.value)
}

function parsePermissions(workflow: WorkflowYaml, value: Node | undefined): Permissions {
  const line = lineOf(workflow, value)
  if (isMap(value)) {
    const scopes = new Map<string, { level: Level; line?: number }>()
    for (const { key, keyNode, value: levelNode } of entries(workflow, value)) {
      scopes.set(key, { level: parseLevel(levelNode), line: lineOf(workflow, keyNode) })
    }
    return { kind: 'scopes', scopes }
  }
  if (!isScalar(value) || value.value === null) return { kind: 'default' }
  if (value.value === 'read-all') return { kind: 'all', level: 'read', line }
  // `write-all`, and anything GitHub would not accept: fail closed.
  return { kind: 'all', level: 'write', line }
}

/** `read`, `write`, `none`; anything else counts as write (fail closed). */
function parseLevel(node: Node | undefined): Level {
  const value = isScalar(node) ? node.value : undefined
  return value === 'read' || value === 'none' ? value : 'write'
}
