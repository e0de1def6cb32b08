import { describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import type { ChangeSet, Commit, FileChange } from '../../src/engine/change-set.js'
import { audit, type AuditOptions } from '../../src/engine/audit.js'
import type { AuditResult } from '../../src/evaluation/result.js'
import type { Policy } from '../../src/policy/types.js'
import {
  added,
  changeSetOf,
  copilotCommit,
  deleted,
  humanCommit,
  modified,
  policyFrom,
  recordingJudge,
  sha,
  verdicts
} from './builders.js'

/**
 * The secrets stage of the evaluation: secret-bearing files, credentials in
 * added lines (and how a repository suppresses them), files whose added lines
 * could not be read, and agent edits to CI workflows.
 */

/**
 * Made up for these tests: 36 random base62 characters after GitHub's classic
 * prefix. They have the documented shape and were never issued.
 */
const TOKEN = 'ghp_kPXf3IPYUu7DBl2fFH830vjNnfiJFaPAWgxi'
const OTHER_TOKEN = 'ghp_MG3RLq6vsx2A7k4xkxkSV5qy8Q6VH0v2GXbP'

const TODAY = '2026-05-01'
const POLICY = policyFrom('version: 1\ncannot_access: [secrets]\n')
const TOKEN_RESOLUTION =
  'Remove it from the branch history and rotate it; if it is not a secret, mark the line with agent-audit:allow or allowlist its fingerprint in secrets.allow'

/** What the report prints instead of the value: sha256 of `${ruleId}:${secret}`. */
function fingerprintOf(ruleId: string, secret: string): string {
  return createHash('sha256').update(`${ruleId}:${secret}`).digest('hex')
}

const FINGERPRINT = fingerprintOf('github-pat-classic', TOKEN)

/** A new file whose patch adds `lines`, as GitHub's pulls/files and `git diff` show it. */
function addedWithText(path: string, lines: string[]): FileChange {
  const patch = [`@@ -0,0 +1,${lines.length} @@`, ...lines.map(line => `+${line}`)].join('\n')
  return { ...added(path), additions: lines.length, deletions: 0, patch }
}

/** The file the token tests add: the token on line 2, starting at `column`. */
const CONFIG = 'src/deploy-config.ts'
const TOKEN_LINE = `export const deployToken = '${TOKEN}'`
const CONFIG_LINES = ['// Deployment settings', TOKEN_LINE, 'export const region = "eu-west-1"']
const TOKEN_COLUMN = TOKEN_LINE.indexOf(TOKEN) + 1

function auditOf(
  commits: Commit[],
  policy: Policy = POLICY,
  fields: Partial<ChangeSet> = {},
  options: AuditOptions = {}
): AuditResult {
  return audit(changeSetOf(commits, fields), policy, { today: TODAY, ...options })
}

function policyWithSecrets(secretsYaml: string): Policy {
  return policyFrom(`version: 1\ncannot_access: [secrets]\nsecrets:\n${secretsYaml}`)
}

describe('secret-bearing files', () => {
  it("an agent's .env breaks cannot_access and is a secret file: two violations no approval waives", () => {
    const { judge, asked } = recordingJudge(true)
    const result = auditOf(
      [copilotCommit('c1', [added('.env')])],
      POLICY,
      {},
      { judge: () => judge }
    )
    expect(result.findings.map(f => [f.kind, f.status, f.blocking, f.area, f.path])).toEqual([
      ['cannot_access', 'violation', true, 'secrets', '.env'],
      ['secret_file', 'violation', true, 'secret files', '.env']
    ])
    expect(result.findings[1]).toEqual({
      id: 'secret_file:dotenv:.env',
      kind: 'secret_file',
      status: 'violation',
      blocking: true,
      path: '.env',
      previousPath: undefined,
      area: 'secret files',
      ruleId: 'dotenv',
      commits: [sha('c1')],
      agentTouched: true,
      message:
        'An agent added a secret-bearing file (Environment file). Environment files hold the credentials an application loads at run time.',
      resolution:
        'Remove the agent commits that touch this file (no approval waives it); rotate any credential it held'
    })
    expect(asked).toEqual([])
    expect(verdicts(result)).toEqual({ '.env': 'blocked' })
    expect(result.decision).toBe('fail')
    expect(result.reason).toBe('2 violations in agent-made changes')
  })

  it("blocks an agent's .env even where the policy has no cannot_access list", () => {
    const result = auditOf(
      [copilotCommit('c1', [added('config/.env.production')])],
      policyFrom('version: 1\n')
    )
    expect(result.findings.map(f => [f.kind, f.status, f.ruleId, f.path])).toEqual([
      ['secret_file', 'violation', 'dotenv', 'config/.env.production']
    ])
    expect(result.decision).toBe('fail')
  })

  it("a human's .env blocks by default, and the reason says the violation is in this change", () => {
    const result = auditOf([humanCommit('h1', [modified('src/app.ts'), added('.env')])])
    expect(result.findings).toEqual([
      {
        id: 'secret_file:dotenv:.env',
        kind: 'secret_file',
        status: 'violation',
        blocking: true,
        path: '.env',
        previousPath: undefined,
        area: 'secret files',
        ruleId: 'dotenv',
        commits: [sha('h1')],
        agentTouched: false,
        message:
          'A human added a secret-bearing file (Environment file). Environment files hold the credentials an application loads at run time.',
        resolution: 'Remove the file from the pull request and rotate any credential it held'
      }
    ])
    expect(verdicts(result)).toEqual({ '.env': 'not_agent', 'src/app.ts': 'not_agent' })
    expect(result.decision).toBe('fail')
    expect(result.reason).toBe('1 violation in this change')
  })

  it("a human's .env is reported but does not block when block_human_secret_files is false", () => {
    const policy = policyWithSecrets('  block_human_secret_files: false\n')
    const result = auditOf([humanCommit('h1', [added('.env')])], policy)
    expect(result.findings.map(f => [f.kind, f.status, f.blocking, f.agentTouched])).toEqual([
      ['secret_file', 'advisory', false, false]
    ])
    expect(result.decision).toBe('pass')
    expect(result.reason).toBe('No agent-made changes found')
    expect(result.counts).toEqual({
      commits: 1,
      agentCommits: 0,
      files: 1,
      agentFiles: 0,
      findings: 1,
      blockingFindings: 0,
      violations: 0,
      needsApproval: 0
    })
  })

  it("an agent's .env still blocks when block_human_secret_files is false", () => {
    const policy = policyWithSecrets('  block_human_secret_files: false\n')
    const result = auditOf([copilotCommit('c1', [added('.env')])], policy)
    expect(result.findings.map(f => [f.kind, f.status, f.blocking])).toEqual([
      ['cannot_access', 'violation', true],
      ['secret_file', 'violation', true]
    ])
  })

  it('counts a .env the branch added and removed again: the credential is still in its history', () => {
    const commits = [humanCommit('h1', [added('.env')]), humanCommit('h2', [deleted('.env')])]
    const result = auditOf(commits, POLICY, { files: [] })
    expect(result.findings.map(f => [f.kind, f.status, f.path, f.commits])).toEqual([
      ['secret_file', 'violation', '.env', [sha('h1'), sha('h2')]]
    ])
  })
})

describe('credentials in added lines', () => {
  it("blocks a GitHub token in a human's file, saying the violation is in this change", () => {
    const result = auditOf([humanCommit('h1', [addedWithText(CONFIG, CONFIG_LINES)])])
    expect(result.findings).toEqual([
      {
        id: `secret:github-pat-classic:${CONFIG}:2:${TOKEN_COLUMN}`,
        kind: 'secret',
        status: 'violation',
        blocking: true,
        path: CONFIG,
        area: 'secrets in added lines',
        ruleId: 'github-pat-classic',
        fingerprint: FINGERPRINT,
        line: 2,
        column: TOKEN_COLUMN,
        agentTouched: false,
        commits: [sha('h1')],
        message: 'GitHub personal access token (classic) added at line 2',
        resolution: TOKEN_RESOLUTION
      }
    ])
    expect(result.secrets).toEqual({
      scannedFiles: 1,
      bytesScanned: Buffer.byteLength(CONFIG_LINES.join('\n')),
      findings: [
        {
          ruleId: 'github-pat-classic',
          title: 'GitHub personal access token (classic)',
          category: 'vcs',
          path: CONFIG,
          line: 2,
          column: TOKEN_COLUMN,
          fingerprint: FINGERPRINT,
          preview: 'ghp_',
          agentTouched: false
        }
      ],
      suppressed: 0,
      expiredAllowEntries: [],
      unscannedFiles: []
    })
    expect(result.decision).toBe('fail')
    expect(result.reason).toBe('1 violation in this change')
  })

  it('blocks a token an agent added, as a violation in agent-made changes', () => {
    const result = auditOf([copilotCommit('c1', [addedWithText(CONFIG, CONFIG_LINES)])])
    expect(
      result.findings.map(f => [f.kind, f.status, f.ruleId, f.agentTouched, f.commits])
    ).toEqual([['secret', 'violation', 'github-pat-classic', true, [sha('c1')]]])
    expect(verdicts(result)).toEqual({ [CONFIG]: 'blocked' })
    expect(result.reason).toBe('1 violation in agent-made changes')
  })

  it('does not report a token the change only removes', () => {
    const patch = [
      '@@ -1,2 +1,2 @@',
      ` ${CONFIG_LINES[0]}`,
      `-${TOKEN_LINE}`,
      '+export const deployToken = process.env.DEPLOY_TOKEN'
    ].join('\n')
    const change: FileChange = { ...modified(CONFIG), additions: 1, deletions: 1, patch }
    const result = auditOf([humanCommit('h1', [change])])
    expect(result.findings).toEqual([])
    expect(result.secrets.findings).toEqual([])
    expect(result.decision).toBe('pass')
  })

  it('suppresses a token on a line marked agent-audit:allow, keeping it listed with why', () => {
    const lines = [`const fixture = '${TOKEN}' // agent-audit:allow revoked token for parser tests`]
    const result = auditOf([humanCommit('h1', [addedWithText('test/parser.test.ts', lines)])])
    expect(result.findings).toEqual([])
    expect(result.secrets.findings.map(f => [f.ruleId, f.path, f.line, f.suppressed])).toEqual([
      [
        'github-pat-classic',
        'test/parser.test.ts',
        1,
        { kind: 'inline', reason: 'agent-audit:allow revoked token for parser tests' }
      ]
    ])
    expect(result.secrets.suppressed).toBe(1)
    expect(result.decision).toBe('pass')
    expect(result.reason).toBe('No agent-made changes found')
  })

  it('suppresses a token whose fingerprint the policy allowlists', () => {
    const policy = policyWithSecrets(
      `  allow:\n    - fingerprint: "${FINGERPRINT}"\n      reason: Revoked sample in the docs\n`
    )
    const result = auditOf([humanCommit('h1', [addedWithText(CONFIG, CONFIG_LINES)])], policy)
    expect(result.findings).toEqual([])
    expect(result.secrets.findings.map(f => f.suppressed)).toEqual([
      { kind: 'allowlist', reason: 'Revoked sample in the docs' }
    ])
    expect(result.secrets.expiredAllowEntries).toEqual([])
    expect(result.decision).toBe('pass')
  })

  it('keeps an allowlist entry working through its expiry day', () => {
    const policy = policyWithSecrets(
      `  allow:\n    - fingerprint: "${FINGERPRINT}"\n      reason: Rotating this week\n      expires: ${TODAY}\n`
    )
    const result = auditOf([humanCommit('h1', [addedWithText(CONFIG, CONFIG_LINES)])], policy)
    expect(result.secrets.findings.map(f => f.suppressed)).toEqual([
      { kind: 'allowlist', reason: 'Rotating this week', expires: TODAY }
    ])
    expect(result.decision).toBe('pass')
  })

  it('blocks again once the allowlist entry has expired, and lists the expired entry', () => {
    const policy = policyWithSecrets(
      `  allow:\n    - fingerprint: "${FINGERPRINT}"\n      reason: Rotating this week\n      expires: 2026-04-30\n`
    )
    const result = auditOf([humanCommit('h1', [addedWithText(CONFIG, CONFIG_LINES)])], policy)
    expect(result.findings.map(f => [f.kind, f.status, f.fingerprint])).toEqual([
      ['secret', 'violation', FINGERPRINT]
    ])
    expect(result.secrets.findings.map(f => f.suppressed)).toEqual([undefined])
    expect(result.secrets.expiredAllowEntries).toEqual([
      { fingerprint: FINGERPRINT, reason: 'Rotating this week', expires: '2026-04-30' }
    ])
    expect(result.decision).toBe('fail')
  })

  it('suppresses a token in secrets.ignore_paths, keeping it listed with the pattern', () => {
    const policy = policyWithSecrets('  ignore_paths: [test/fixtures/]\n')
    const lines = [`token: ${TOKEN}`]
    const result = auditOf(
      [humanCommit('h1', [addedWithText('test/fixtures/gh.yml', lines)])],
      policy
    )
    expect(result.findings).toEqual([])
    expect(result.secrets.findings.map(f => f.suppressed)).toEqual([
      { kind: 'ignore_path', reason: 'test/fixtures/' }
    ])
  })

  it('hands every raw value to onSecretValues, suppressed ones too, and never puts one in the result', () => {
    const received: string[][] = []
    const lines = [`const a = '${TOKEN}'`, `const b = '${OTHER_TOKEN}' // agent-audit:allow`]
    const result = auditOf(
      [copilotCommit('c1', [addedWithText('src/tokens.ts', lines)])],
      POLICY,
      {},
      { onSecretValues: values => received.push(values) }
    )
    expect(received).toEqual([[TOKEN, OTHER_TOKEN]])
    expect(result.secrets.findings.map(f => [f.line, f.suppressed?.kind])).toEqual([
      [1, undefined],
      [2, 'inline']
    ])
    const json = JSON.stringify(result)
    // The four-character preview ('ghp_') is all of a value a result may hold.
    expect(json).not.toContain(TOKEN.slice(4))
    expect(json).not.toContain(OTHER_TOKEN.slice(4))
  })
})

describe('files whose added lines could not be read', () => {
  it('fail the audit as secret_scan_incomplete; a binary file (no added lines) does not', () => {
    const omitted: FileChange = { ...modified('data/seed.sql'), additions: 4200, deletions: 10 }
    const binary: FileChange = { ...added('docs/logo.png'), additions: 0, deletions: 0 }
    const result = auditOf([copilotCommit('c1', [omitted, binary])], policyFrom('version: 1\n'))
    expect(result.findings).toEqual([
      {
        id: 'secret_scan_incomplete:secrets in added lines:data/seed.sql',
        kind: 'secret_scan_incomplete',
        status: 'violation',
        blocking: true,
        path: 'data/seed.sql',
        area: 'secrets in added lines',
        commits: [sha('c1')],
        agentTouched: true,
        message:
          'The API omitted this file’s diff, so its added lines were not scanned for secrets',
        resolution:
          'Check out the full history (actions/checkout with fetch-depth: 0) so agent-audit can read the diff locally'
      }
    ])
    expect([result.secrets.scannedFiles, result.secrets.unscannedFiles]).toEqual([
      0,
      ['data/seed.sql']
    ])
    expect(result.decision).toBe('fail')
  })
})

describe('agent edits to CI workflows', () => {
  const WORKFLOW = '.github/workflows/deploy.yml'
  const BEFORE = [
    'on: push',
    'jobs:',
    '  deploy:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - run: ./deploy.sh',
    ''
  ].join('\n')
  const AFTER = [
    'on: push',
    'jobs:',
    '  deploy:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - run: ./deploy.sh',
    '        env:',
    '          DEPLOY_KEY: ${{ secrets.DEPLOY_KEY }}',
    ''
  ].join('\n')
  const workflowTexts = [{ path: WORKFLOW, before: BEFORE, after: AFTER }]
  const GOVERNANCE_RESOLUTION =
    "Needs 1 approval from any human reviewer (not the PR author, the agent's requester or a bot), given on or after the latest agent commit to this area"

  it('need the governance approval when an agent makes a workflow read a new secret', () => {
    const result = auditOf(
      [copilotCommit('c1', [modified(WORKFLOW)])],
      policyFrom('version: 1\n'),
      {
        workflowTexts
      }
    )
    expect(result.findings.map(f => [f.kind, f.status, f.area, f.path])).toEqual([
      ['requires_human_review', 'needs_approval', 'governance', WORKFLOW],
      ['workflow_secrets', 'needs_approval', 'governance', WORKFLOW]
    ])
    expect(result.findings[1]).toEqual({
      id: `workflow_secrets:new-secret-reference:${WORKFLOW}:8:1`,
      kind: 'workflow_secrets',
      status: 'needs_approval',
      blocking: true,
      path: WORKFLOW,
      area: 'governance',
      ruleId: 'new-secret-reference',
      line: 8,
      agentTouched: true,
      commits: [sha('c1')],
      message: 'the workflow now reads "DEPLOY_KEY", which it did not before',
      resolution: GOVERNANCE_RESOLUTION
    })
    expect(result.approvals.map(a => [a.area, a.satisfied])).toEqual([['governance', false]])
    expect(result.decision).toBe('fail')
    expect(result.reason).toBe('2 changes need approval in agent-made changes')
  })

  it('pass once the governance area is approved', () => {
    const { judge, asked } = recordingJudge(true)
    const result = auditOf(
      [copilotCommit('c1', [modified(WORKFLOW)])],
      policyFrom('version: 1\n'),
      { workflowTexts },
      { judge: () => judge }
    )
    expect(result.findings.map(f => [f.kind, f.status, f.blocking])).toEqual([
      ['requires_human_review', 'approved', false],
      ['workflow_secrets', 'approved', false]
    ])
    expect(asked.map(a => [a.area.name, a.agentCommits])).toEqual([['governance', [sha('c1')]]])
    expect(result.decision).toBe('pass')
  })

  it("are not raised for a human's workflow edit", () => {
    const result = auditOf([humanCommit('h1', [modified(WORKFLOW)])], policyFrom('version: 1\n'), {
      workflowTexts
    })
    expect(result.findings).toEqual([])
    expect(result.decision).toBe('pass')
  })
})
