import type { Attribution, FileAttribution } from '../attribution/types.js'
import type { ChangeSet, FileChange } from '../engine/change-set.js'
import type { Policy } from '../policy/types.js'
import { classifySecretFile, type SecretFileMatch } from '../secrets/files/secret-files.js'
import { reviewWorkflowChange } from '../secrets/workflows/workflow-changes.js'
import { approvalResolution, type PendingFinding } from './findings.js'
import type { Finding, SecretsReport } from './result.js'

/** The built-in area whose approval covers agent edits to CI workflows. */
const WORKFLOWS_AREA = 'governance'

const FETCH_DEPTH_FIX =
  'Check out the full history (actions/checkout with fetch-depth: 0) so agent-audit can read the diff locally'

function finding(fields: Omit<Finding, 'id'>): Finding {
  const where = fields.line ? `:${fields.line}:${fields.column ?? 1}` : ''
  return { id: `${fields.kind}:${fields.ruleId ?? fields.area}:${fields.path}${where}`, ...fields }
}

/** Looks up attribution by path: secret findings are raised for every file, agent-made or not. */
function attributionIndex(attribution: Attribution): (path: string) => FileAttribution | undefined {
  const byPath = new Map(attribution.files.map(file => [file.path, file]))
  return path => byPath.get(path)
}

/**
 * Secret-bearing files: an agent change is a violation no approval waives;
 * a human's is one too unless the policy sets block_human_secret_files: false.
 */
export function secretFileFindings(
  changeSet: ChangeSet,
  attribution: Attribution,
  policy: Policy
): PendingFinding[] {
  const fileOf = attributionIndex(attribution)
  const found: PendingFinding[] = []
  for (const change of changesToJudge(changeSet, attribution)) {
    const match = classifySecretFile(change, undefined)
    if (!match) continue
    const files = [
      fileOf(change.path),
      change.previousPath ? fileOf(change.previousPath) : undefined
    ]
    const agent = files.some(file => file?.agentTouched)
    found.push({ finding: secretFileFinding(match, change, agent, files, policy) })
  }
  return found
}

/**
 * The net diff's changes, plus the last change of any path a commit touched
 * that the net diff no longer shows (added, then removed again: the
 * credential is still in the branch's history).
 */
function changesToJudge(changeSet: ChangeSet, attribution: Attribution): FileChange[] {
  const net = new Set(
    changeSet.files.flatMap(f => (f.previousPath ? [f.path, f.previousPath] : [f.path]))
  )
  const lastChange = new Map<string, FileChange>()
  for (const commit of changeSet.commits) {
    for (const change of commit.files) lastChange.set(change.path, change)
  }
  const transient = attribution.files
    .filter(file => !net.has(file.path))
    .flatMap(file => lastChange.get(file.path) ?? [])
  return [...changeSet.files, ...transient]
}

function secretFileFinding(
  match: SecretFileMatch,
  change: FileChange,
  agent: boolean,
  files: (FileAttribution | undefined)[],
  policy: Policy
): Finding {
  const blocking = agent || policy.secrets.blockHumanSecretFiles
  const who = agent ? 'An agent' : 'A human'
  return finding({
    kind: 'secret_file',
    status: blocking ? 'violation' : 'advisory',
    blocking,
    path: change.path,
    previousPath: change.previousPath,
    area: 'secret files',
    ruleId: match.rule,
    commits: [...new Set(files.flatMap(file => file?.commits ?? []))],
    agentTouched: agent,
    message: `${who} ${verb(change)} a secret-bearing file (${match.title}). ${match.reason}`,
    resolution: agent
      ? 'Remove the agent commits that touch this file (no approval waives it); rotate any credential it held'
      : 'Remove the file from the pull request and rotate any credential it held'
  })
}

function verb(change: FileChange): string {
  const verbs: Record<FileChange['status'], string> = {
    added: 'added',
    modified: 'changed',
    deleted: 'deleted',
    renamed: 'renamed',
    copied: 'copied',
    'type-changed': 'changed'
  }
  return verbs[change.status]
}

/** Every credential found in added lines blocks, whoever added it, unless suppressed. */
export function secretValueFindings(
  report: SecretsReport,
  attribution: Attribution
): PendingFinding[] {
  const fileOf = attributionIndex(attribution)
  return report.findings
    .filter(secret => !secret.suppressed)
    .map(secret => ({
      finding: finding({
        kind: 'secret',
        status: 'violation',
        blocking: true,
        path: secret.path,
        area: 'secrets in added lines',
        ruleId: secret.ruleId,
        fingerprint: secret.fingerprint,
        line: secret.line,
        column: secret.column,
        agentTouched: secret.agentTouched,
        commits: fileOf(secret.path)?.commits ?? [],
        message: `${secret.title} added at line ${secret.line}`,
        resolution:
          'Remove it from the branch history and rotate it; if it is not a secret, mark the line with agent-audit:allow or allowlist its fingerprint in secrets.allow'
      })
    }))
}

/** Files that could not be scanned fail the audit: an unread diff is not a clean one. */
export function unscannedFindings(
  report: SecretsReport,
  attribution: Attribution
): PendingFinding[] {
  const fileOf = attributionIndex(attribution)
  return report.unscannedFiles.map(path => ({
    finding: finding({
      kind: 'secret_scan_incomplete',
      status: 'violation',
      blocking: true,
      path,
      area: 'secrets in added lines',
      agentTouched: fileOf(path)?.agentTouched ?? false,
      commits: fileOf(path)?.commits ?? [],
      message: 'The API omitted this file’s diff, so its added lines were not scanned for secrets',
      resolution: FETCH_DEPTH_FIX
    })
  }))
}

/**
 * Agent edits to CI workflows that reach the repository's secrets, widen
 * permissions or check out a fork's code in a privileged trigger. They wait
 * for the approval of the workflows (governance) area.
 */
export function workflowFindings(
  changeSet: ChangeSet,
  attribution: Attribution,
  policy: Policy
): PendingFinding[] {
  const fileOf = attributionIndex(attribution)
  const area = policy.areas.get(WORKFLOWS_AREA)
  if (!area) throw new Error('BUG: the mandatory governance area is missing from the policy')
  return (changeSet.workflowTexts ?? [])
    .filter(texts => fileOf(texts.path)?.agentTouched)
    .flatMap(texts => reviewWorkflowChange(texts.path, texts.before, texts.after))
    .map(found => ({
      area,
      finding: finding({
        kind: 'workflow_secrets',
        status: 'needs_approval',
        blocking: true,
        path: found.path,
        area: area.name,
        ruleId: found.rule,
        line: found.line,
        agentTouched: true,
        commits: fileOf(found.path)?.agentCommits ?? [],
        message: found.message,
        resolution: approvalResolution(area)
      })
    }))
}
