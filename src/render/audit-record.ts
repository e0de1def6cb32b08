import type { Evidence } from '../attribution/types.js'
import type { Person } from '../engine/change-set.js'
import type {
  AreaApproval,
  AuditCounts,
  AuditedCommit,
  AuditedFile,
  AuditResult,
  Finding,
  SecretsReport
} from '../evaluation/result.js'
import type { SecretFinding } from '../secrets/types.js'
import { clampPreview } from './secrets-wording.js'

/**
 * A copy of the result with every object's keys in the order the types
 * declare them, whatever order the engine built them in, and with only the
 * declared fields: the audit record is compared across runs and validated
 * against schema/audit-result.schema.json, which allows no other fields.
 * Optional fields that are undefined are left out.
 */
export function toAuditRecord(result: AuditResult): AuditResult {
  return compact({
    schema: result.schema,
    tool: { name: result.tool.name, version: result.tool.version },
    run: result.run && compact({ ...result.run }),
    error: result.error && { kind: result.error.kind, message: result.error.message },
    decision: result.decision,
    reason: result.reason,
    baseSha: result.baseSha,
    headSha: result.headSha,
    pullRequest: result.pullRequest && {
      number: result.pullRequest.number,
      title: result.pullRequest.title,
      author: person(result.pullRequest.author),
      headRef: result.pullRequest.headRef,
      baseRef: result.pullRequest.baseRef
    },
    policy: compact({
      path: result.policy.path,
      builtIn: result.policy.builtIn,
      ref: result.policy.ref,
      sha256: result.policy.sha256,
      shape: result.policy.shape,
      attribution: result.policy.attribution,
      canRead: [...result.policy.canRead]
    }),
    reviewsAvailable: result.reviewsAvailable,
    commits: result.commits.map(commit),
    files: result.files.map(file),
    findings: result.findings.map(finding),
    approvals: result.approvals.map(approval),
    pullRequestEvidence: result.pullRequestEvidence.map(evidence),
    requesters: result.requesters.map(person),
    secrets: secrets(result.secrets),
    advisories: [...result.advisories],
    counts: counts(result.counts)
  })
}

/** Drops keys whose value is undefined, so the JSON has no `"x": undefined` holes to skip. */
function compact<T extends object>(value: T): T {
  const entries = Object.entries(value).filter(([, item]) => item !== undefined)
  return Object.fromEntries(entries) as T
}

function person(value: Person): Person {
  return compact({
    name: value.name,
    email: value.email,
    login: value.login,
    id: value.id,
    type: value.type
  })
}

function evidence(value: Evidence): Evidence {
  return {
    agent: value.agent,
    signal: value.signal,
    value: value.value,
    binding: value.binding,
    detail: value.detail
  }
}

function commit(value: AuditedCommit): AuditedCommit {
  return compact({
    sha: value.sha,
    kind: value.kind,
    agent: value.agent,
    agentName: value.agentName,
    automation: value.automation,
    evidence: value.evidence.map(evidence),
    requester: value.requester && person(value.requester),
    cleanMerge: value.cleanMerge,
    shortSha: value.shortSha,
    subject: value.subject,
    author: person(value.author),
    committer: person(value.committer),
    files: [...value.files]
  })
}

function file(value: AuditedFile): AuditedFile {
  return compact({
    path: value.path,
    previousPath: value.previousPath,
    status: value.status,
    mode: value.mode,
    agentTouched: value.agentTouched,
    inNetDiff: value.inNetDiff,
    commits: [...value.commits],
    agentCommits: [...value.agentCommits],
    matches: value.matches.map(match => ({
      rule: match.rule,
      area: match.area,
      pattern: match.pattern
    })),
    verdict: value.verdict
  })
}

function finding(value: Finding): Finding {
  return compact({
    id: value.id,
    kind: value.kind,
    status: value.status,
    blocking: value.blocking,
    path: value.path,
    previousPath: value.previousPath,
    area: value.area,
    pattern: value.pattern,
    patternWhere: value.patternWhere,
    commits: [...value.commits],
    line: value.line,
    column: value.column,
    ruleId: value.ruleId,
    fingerprint: value.fingerprint,
    agentTouched: value.agentTouched,
    message: value.message,
    resolution: value.resolution
  })
}

function secrets(value: SecretsReport): SecretsReport {
  return {
    scannedFiles: value.scannedFiles,
    bytesScanned: value.bytesScanned,
    findings: value.findings.map(secretFinding),
    suppressed: value.suppressed,
    expiredAllowEntries: value.expiredAllowEntries.map(entry => ({
      fingerprint: entry.fingerprint,
      reason: entry.reason,
      expires: entry.expires
    })),
    unscannedFiles: [...value.unscannedFiles]
  }
}

/** The preview is cut to four characters here too: the record is published as an artifact. */
function secretFinding(value: SecretFinding): SecretFinding {
  return compact({
    ruleId: value.ruleId,
    title: value.title,
    category: value.category,
    path: value.path,
    line: value.line,
    column: value.column,
    fingerprint: value.fingerprint,
    preview: clampPreview(value.preview),
    agentTouched: value.agentTouched,
    suppressed:
      value.suppressed &&
      compact({
        kind: value.suppressed.kind,
        reason: value.suppressed.reason,
        expires: value.suppressed.expires
      })
  })
}

function approval(value: AreaApproval): AreaApproval {
  return compact({
    area: value.area,
    required: value.required,
    counted: [...value.counted],
    ignored: value.ignored.map(item => ({ login: item.login, reason: item.reason })),
    changesRequestedBy: [...value.changesRequestedBy],
    awaitingCodeOwners: value.awaitingCodeOwners?.map(item => ({
      path: item.path,
      owners: [...item.owners]
    })),
    satisfied: value.satisfied,
    eligible: value.eligible,
    lastAgentCommit: value.lastAgentCommit
  })
}

function counts(value: AuditCounts): AuditCounts {
  return {
    commits: value.commits,
    agentCommits: value.agentCommits,
    files: value.files,
    agentFiles: value.agentFiles,
    findings: value.findings,
    blockingFindings: value.blockingFindings,
    violations: value.violations,
    needsApproval: value.needsApproval
  }
}
