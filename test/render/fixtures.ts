import { createHash } from 'node:crypto'
import type { Evidence } from '../../src/attribution/types.js'
import type { Person } from '../../src/engine/change-set.js'
import {
  AUDIT_SCHEMA,
  type AreaApproval,
  type AuditedCommit,
  type AuditedFile,
  type AuditResult,
  type Finding,
  type SecretsReport
} from '../../src/evaluation/result.js'
import type { SecretFinding } from '../../src/secrets/types.js'

/** Hand-built AuditResults for the renderer tests: the renderers read nothing else. */

export const BASE_SHA = '0000000000000000000000000000000000000001'
export const HEAD_SHA = 'fedcba9876543210fedcba9876543210fedcba98'
export const AGENT_SHA = 'abc1234def5678abc1234def5678abc1234def56'
export const HUMAN_SHA = '1111111222222233333334444444555555566666'

export function person(login: string, overrides: Partial<Person> = {}): Person {
  return { name: login, email: `${login}@example.com`, login, ...overrides }
}

export function makeEvidence(overrides: Partial<Evidence> = {}): Evidence {
  return {
    agent: 'claude-code',
    signal: 'co-author',
    value: 'Claude <noreply@anthropic.com>',
    binding: 'declared',
    detail: 'Co-authored-by trailer with an Anthropic address',
    ...overrides
  }
}

export function makeCommit(overrides: Partial<AuditedCommit> = {}): AuditedCommit {
  const sha = overrides.sha ?? AGENT_SHA
  return {
    sha,
    kind: 'agent',
    agent: 'claude-code',
    agentName: 'Claude Code',
    evidence: [makeEvidence()],
    cleanMerge: false,
    shortSha: sha.slice(0, 7),
    subject: 'Add the orders migration',
    author: person('alice'),
    committer: person('alice'),
    files: ['db/migrations/001_orders.sql'],
    ...overrides
  }
}

export function makeFinding(overrides: Partial<Finding> = {}): Finding {
  const base = {
    kind: 'requires_human_review' as const,
    area: 'migrations',
    path: 'db/migrations/001_orders.sql',
    ...overrides
  }
  return {
    id: `${base.kind}:${base.area}:${base.path}`,
    status: 'needs_approval',
    blocking: true,
    pattern: 'db/migrations/**',
    patternWhere: '.github/agent-audit.yml:12',
    commits: [AGENT_SHA],
    message: 'An agent changed a file in an area that needs human review.',
    resolution: 'Get 1 approval from @acme/dba.',
    ...base
  }
}

/**
 * A made-up token in the shape of a classic GitHub PAT: no 5-character
 * window of it occurs in any fixed text of the reports, so a test can tell
 * whether any part of it beyond the preview leaked.
 */
export const SECRET_VALUE = 'ghp_Zq7Vw9Lm2Xk4Rt8Yp3Nb6Hc1Jd5Fg0Ks2QuE'
export const SECRET_FINGERPRINT = fingerprintOf('github-pat-classic', SECRET_VALUE)
export const AWS_FINGERPRINT = fingerprintOf('aws-access-key-id', 'AKIAZQ7VW9LM2XK4RT8Y')
export const EXPIRED_FINGERPRINT = fingerprintOf('slack-bot-token', 'xoxb-expired-fixture')

export function fingerprintOf(ruleId: string, secret: string): string {
  return createHash('sha256').update(`${ruleId}:${secret}`).digest('hex')
}

/** A GitHub token found at src/config.ts:12:15 in a file an agent touched, not suppressed. */
export function makeSecretFinding(overrides: Partial<SecretFinding> = {}): SecretFinding {
  return {
    ruleId: 'github-pat-classic',
    title: 'GitHub personal access token (classic)',
    category: 'vcs',
    path: 'src/config.ts',
    line: 12,
    column: 15,
    fingerprint: SECRET_FINGERPRINT,
    preview: SECRET_VALUE.slice(0, 4),
    agentTouched: true,
    ...overrides
  }
}

export function emptySecrets(): SecretsReport {
  return {
    scannedFiles: 0,
    bytesScanned: 0,
    findings: [],
    suppressed: 0,
    expiredAllowEntries: [],
    unscannedFiles: []
  }
}

/** The blocking finding the engine reports for a secret; the details are in `secrets`. */
export function makeSecretResultFinding(secret: SecretFinding = makeSecretFinding()): Finding {
  return makeFinding({
    id: `secret:secrets:${secret.path}:${secret.line}:${secret.column}`,
    kind: 'secret',
    status: 'violation',
    area: 'secrets',
    path: secret.path,
    pattern: undefined,
    patternWhere: undefined,
    line: secret.line,
    column: secret.column,
    ruleId: secret.ruleId,
    fingerprint: secret.fingerprint,
    agentTouched: secret.agentTouched,
    message: secret.title,
    resolution: 'Remove the secret from the change and revoke it: it is in the branch history.'
  })
}

export function makeApproval(overrides: Partial<AreaApproval> = {}): AreaApproval {
  return {
    area: 'migrations',
    required: 1,
    counted: [],
    ignored: [{ login: 'bob', reason: 'PR author' }],
    changesRequestedBy: [],
    satisfied: false,
    eligible: '@acme/dba',
    lastAgentCommit: AGENT_SHA,
    ...overrides
  }
}

export function makeFile(overrides: Partial<AuditedFile> = {}): AuditedFile {
  return {
    path: 'db/migrations/001_orders.sql',
    status: 'added',
    mode: '100644',
    agentTouched: true,
    inNetDiff: true,
    commits: [AGENT_SHA],
    agentCommits: [AGENT_SHA],
    matches: [{ rule: 'requires_human_review', area: 'migrations', pattern: 'db/migrations/**' }],
    verdict: 'needs_approval',
    ...overrides
  }
}

/**
 * A failing result with one needs-approval finding, unless overridden.
 * Counts are recomputed from the findings, commits and files given, so a
 * test that overrides them gets consistent counts without repeating them.
 */
export function makeResult(overrides: Partial<AuditResult> = {}): AuditResult {
  const commits = overrides.commits ?? [makeCommit()]
  const files = overrides.files ?? [makeFile()]
  const findings = overrides.findings ?? [makeFinding()]
  const blocking = findings.filter(finding => finding.blocking)
  const result: AuditResult = {
    schema: AUDIT_SCHEMA,
    tool: { name: 'agent-audit', version: '0.1.0' },
    decision: blocking.length > 0 ? 'fail' : 'pass',
    reason: blocking.length > 0 ? '1 agent change needs approval' : 'No blocking findings',
    baseSha: BASE_SHA,
    headSha: HEAD_SHA,
    pullRequest: {
      number: 42,
      title: 'Add orders table',
      author: person('bob'),
      headRef: 'claude/orders',
      baseRef: 'main'
    },
    policy: {
      path: '.github/agent-audit.yml',
      builtIn: false,
      ref: 'main',
      sha256: 'a'.repeat(64),
      shape: 'schema',
      attribution: 'commit',
      canRead: []
    },
    reviewsAvailable: true,
    commits,
    files,
    findings,
    approvals: [makeApproval()],
    pullRequestEvidence: [],
    requesters: [],
    secrets: emptySecrets(),
    advisories: [],
    counts: {
      commits: commits.length,
      agentCommits: commits.filter(commit => commit.kind === 'agent').length,
      files: files.length,
      agentFiles: files.filter(file => file.agentTouched).length,
      findings: findings.length,
      blockingFindings: blocking.length,
      violations: findings.filter(finding => finding.status === 'violation').length,
      needsApproval: findings.filter(finding => finding.status === 'needs_approval').length
    }
  }
  return { ...result, ...overrides }
}

/**
 * What the scanner saw in richResult: one live GitHub token, one AWS key
 * suppressed by an allowlist entry, one expired entry and one unread file.
 */
export function richSecrets(): SecretsReport {
  const suppressed = makeSecretFinding({
    ruleId: 'aws-access-key-id',
    title: 'AWS access key ID',
    category: 'cloud',
    path: 'test/fixtures/aws.txt',
    line: 3,
    column: 9,
    fingerprint: AWS_FINGERPRINT,
    preview: 'AKIA',
    agentTouched: false,
    suppressed: { kind: 'allowlist', reason: 'documented example key', expires: '2026-12-31' }
  })
  return {
    scannedFiles: 3,
    bytesScanned: 12_345,
    findings: [makeSecretFinding(), suppressed],
    suppressed: 1,
    expiredAllowEntries: [
      { fingerprint: EXPIRED_FINGERPRINT, reason: 'old Slack fixture', expires: '2024-01-31' }
    ],
    unscannedFiles: ['vendor/bundle.js']
  }
}

/** The findings of the secrets stage in richResult, one of each kind. */
function secretStageFindings(): Finding[] {
  return [
    makeSecretResultFinding(),
    makeFinding({
      kind: 'workflow_secrets',
      status: 'violation',
      area: 'workflows',
      path: '.github/workflows/deploy.yml',
      pattern: undefined,
      patternWhere: undefined,
      line: 14,
      column: 9,
      message: 'An agent gave a workflow step the repository secret DEPLOY_TOKEN.',
      resolution: 'Have a human make this workflow change.'
    }),
    makeFinding({
      kind: 'secret_file',
      status: 'advisory',
      blocking: false,
      area: 'secret-files',
      path: 'deploy/id_ed25519',
      pattern: undefined,
      patternWhere: undefined,
      commits: [],
      agentTouched: false,
      message: 'A human added a private key file.',
      resolution: 'Nothing blocks: the policy lets humans change secret files.'
    }),
    makeFinding({
      kind: 'secret_scan_incomplete',
      status: 'advisory',
      blocking: false,
      area: 'secrets',
      path: 'vendor/bundle.js',
      pattern: undefined,
      patternWhere: undefined,
      message: 'The added lines of this file could not be read, so it was not scanned for secrets.',
      resolution: 'Check out the full history with fetch-depth: 0.'
    })
  ]
}

/** Every kind of finding, status, evidence binding and optional field, for schema and layout tests. */
export function richResult(): AuditResult {
  const findings = [
    makeFinding({
      kind: 'cannot_access',
      status: 'violation',
      area: 'secrets',
      path: 'config/prod.env',
      pattern: '**/*.env',
      patternWhere: '.github/agent-audit.yml:4',
      message: 'An agent changed a path the policy says agents cannot access.',
      resolution: 'Remove this change from the pull request.'
    }),
    makeFinding({ previousPath: 'db/old/001_orders.sql' }),
    makeFinding({
      kind: 'outside_can_edit',
      area: 'outside-can-edit',
      path: 'README.md',
      pattern: undefined,
      patternWhere: undefined,
      status: 'approved',
      blocking: false,
      message: 'An agent changed a file outside can_edit.',
      resolution: 'Get 1 approval from any human reviewer.'
    }),
    ...secretStageFindings()
  ]
  const commits = [
    makeCommit({
      evidence: [
        makeEvidence({
          signal: 'pr-opener',
          binding: 'platform',
          value: 'claude[bot]',
          detail: 'The PR was opened by the Claude app'
        }),
        makeEvidence()
      ],
      requester: person('alice')
    }),
    makeCommit({
      sha: HUMAN_SHA,
      kind: 'human',
      agent: undefined,
      agentName: undefined,
      evidence: [],
      subject: 'Fix typo',
      author: person('carol', { id: 7, type: 'User' }),
      committer: person('carol')
    })
  ]
  const files = [
    makeFile({ path: 'config/prod.env', verdict: 'blocked', status: 'modified' }),
    makeFile({ previousPath: 'db/old/001_orders.sql', status: 'renamed' }),
    makeFile({ path: 'README.md', verdict: 'allowed', matches: [] }),
    makeFile({
      path: 'docs/link',
      mode: '120000',
      inNetDiff: false,
      verdict: 'allowed',
      matches: [{ rule: 'can_edit', area: 'docs', pattern: 'docs/**' }]
    }),
    makeFile({
      path: 'src/app.ts',
      agentTouched: false,
      agentCommits: [],
      commits: [HUMAN_SHA],
      verdict: 'not_agent',
      matches: []
    })
  ]
  return makeResult({
    commits,
    files,
    findings,
    reason: '1 violation and 1 agent change that needs approval',
    approvals: [
      makeApproval(),
      makeApproval({
        area: 'outside-can-edit',
        counted: ['dave'],
        ignored: [],
        satisfied: true,
        eligible: 'any human reviewer'
      })
    ],
    pullRequestEvidence: [
      makeEvidence({
        signal: 'head-branch',
        value: 'claude/orders',
        detail: 'Head branch starts with claude/'
      })
    ],
    requesters: [person('alice')],
    secrets: richSecrets(),
    advisories: ['Reviews were read at fedcba9.'],
    policy: {
      path: '.github/agent-audit.yml',
      builtIn: false,
      ref: 'main',
      sha256: 'b'.repeat(64),
      shape: 'schema',
      attribution: 'commit',
      canRead: ['docs/**']
    }
  })
}
