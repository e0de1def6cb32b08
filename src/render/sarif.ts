/**
 * SARIF 2.1.0 for code scanning (github/codeql-action/upload-sarif) and other
 * SARIF viewers: every finding as a result on its file, suppressed secrets as
 * suppressed results. Like every renderer it reads the AuditResult only.
 *
 * What a SARIF file never holds: a secret value, or more of a secret than the
 * other reports show (no preview, 12 characters of a fingerprint at most).
 */
import { createHash } from 'node:crypto'
import type { AuditResult, Finding } from '../evaluation/result.js'
import { SECRET_RULES } from '../secrets/rules/index.js'
import type { SecretFinding, Suppression, SuppressionKind } from '../secrets/types.js'
import { showInvisibles } from './escape.js'
import {
  KIND_RULE_ORDER,
  kindRule,
  secretRule,
  SECRET_RULE_PREFIX,
  type SarifLevel,
  type SarifRule
} from './sarif-rules.js'
import { shortFingerprint } from './secrets-wording.js'
import { clip } from './wording.js'

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json'
export const SARIF_INFORMATION_URI = 'https://agent-audit.dev'
/** The partialFingerprints key; the version changes if what it hashes ever does. */
export const FINGERPRINT_KEY = 'agentAudit/v1'

interface SarifResult {
  ruleId: string
  ruleIndex: number
  level: SarifLevel
  message: { text: string }
  locations: { physicalLocation: PhysicalLocation }[]
  partialFingerprints: Record<string, string>
  suppressions?: { kind: 'inSource' | 'external'; status: 'accepted'; justification: string }[]
  properties: Record<string, unknown>
}

interface PhysicalLocation {
  artifactLocation: { uri: string; uriBaseId: '%SRCROOT%' }
  region: { startLine: number; startColumn?: number }
}

/** A result before its rule index and fingerprint are known. */
type Draft = Omit<SarifResult, 'ruleIndex' | 'partialFingerprints'> & {
  /** What identifies the problem across runs (never a line number of a policy finding). */
  identity: string[]
}

/** The SARIF log, pretty JSON with a trailing newline. */
export function renderSarif(result: AuditResult): string {
  return `${JSON.stringify(sarifLog(result), null, 2)}\n`
}

function sarifLog(result: AuditResult): object {
  const rules = ruleCatalogue(result)
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]))
  const drafts = [
    ...result.findings.map(findingDraft),
    ...result.secrets.findings.filter(isSuppressed).map(suppressedDraft)
  ]
  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: result.tool.name,
            version: result.tool.version,
            informationUri: SARIF_INFORMATION_URI,
            rules
          }
        },
        ...provenance(result),
        invocations: [invocation(result)],
        columnKind: 'utf16CodeUnits',
        results: withFingerprints(drafts, ruleIndex),
        properties: { decision: result.decision, reason: showInvisibles(result.reason) }
      }
    ]
  }
}

/** Every kind's rule, then one rule per secret format that found something, by id. */
function ruleCatalogue(result: AuditResult): SarifRule[] {
  const secretRuleIds = new Set([
    ...result.findings.flatMap(finding =>
      finding.kind === 'secret' ? [secretRuleId(finding)] : []
    ),
    ...result.secrets.findings.filter(isSuppressed).map(secret => secret.ruleId)
  ])
  const secretRules = [...secretRuleIds].sort().map(ruleId => {
    const known = SECRET_RULES.find(rule => rule.id === ruleId)
    return secretRule(ruleId, known?.title ?? 'credential', known?.category ?? 'unknown')
  })
  return [...KIND_RULE_ORDER.map(kindRule), ...secretRules]
}

function secretRuleId(finding: Finding): string {
  return finding.ruleId ?? 'unknown'
}

function findingDraft(finding: Finding): Draft {
  const isSecret = finding.kind === 'secret'
  return {
    ruleId: isSecret ? `${SECRET_RULE_PREFIX}${secretRuleId(finding)}` : finding.kind,
    level: levelOf(finding),
    message: { text: messageText([finding.message, renamedFrom(finding), finding.resolution]) },
    locations: [location(finding.path, finding.line ?? 1, finding.column)],
    identity: isSecret
      ? secretIdentity(secretRuleId(finding), finding.path, finding.fingerprint ?? '')
      : policyIdentity(finding),
    properties: findingProperties(finding)
  }
}

/** Blocking violations are errors, approvals still owed are warnings, the rest notes. */
function levelOf(finding: Finding): SarifLevel {
  if (finding.status === 'violation') return finding.blocking ? 'error' : 'note'
  return finding.status === 'needs_approval' ? 'warning' : 'note'
}

function renamedFrom(finding: Finding): string {
  return finding.previousPath ? `Renamed from ${finding.previousPath}` : ''
}

/**
 * Policy findings are about a file, not a line, so their identity leaves
 * lines out. A workflow finding's message names what changed (the secret,
 * the job, the permission), which tells two findings on one file apart.
 */
function policyIdentity(finding: Finding): string[] {
  const what = finding.kind === 'workflow_secrets' ? [finding.message] : []
  return [finding.kind, finding.ruleId ?? finding.area, finding.path, ...what]
}

/**
 * A secret is known by its format, file and fingerprint, so an allowlisted
 * secret keeps the identity it had when it was live. Only the 12 characters
 * the reports show go in: the whole fingerprint would let anyone holding the
 * SARIF confirm a guessed short password offline.
 */
function secretIdentity(ruleId: string, path: string, fingerprint: string): string[] {
  return ['secret', ruleId, path, shortFingerprint(fingerprint)]
}

function findingProperties(finding: Finding): Record<string, unknown> {
  return withoutUndefined({
    status: finding.status,
    blocking: finding.blocking,
    area: shown(finding.area),
    pattern: shown(finding.pattern),
    patternWhere: shown(finding.patternWhere),
    previousPath: shown(finding.previousPath),
    detector: finding.ruleId,
    fingerprint: finding.fingerprint && shortFingerprint(finding.fingerprint),
    agentTouched: finding.agentTouched,
    commits: finding.commits
  })
}

function shown(text: string | undefined): string | undefined {
  return text === undefined ? undefined : showInvisibles(text)
}

function withoutUndefined(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined))
}

const SUPPRESSION_KINDS: Record<SuppressionKind, 'inSource' | 'external'> = {
  inline: 'inSource',
  allowlist: 'external',
  ignore_path: 'external'
}

type SuppressedSecret = SecretFinding & { suppressed: Suppression }

function isSuppressed(secret: SecretFinding): secret is SuppressedSecret {
  return secret.suppressed !== undefined
}

/**
 * Suppressed secrets are notes: they never block, and a viewer that ignores
 * `suppressions` must still not fail a gate on them.
 */
function suppressedDraft(secret: SuppressedSecret): Draft {
  const justification = suppressionJustification(secret.suppressed)
  const headline = `${secret.title} added at line ${secret.line}`
  return {
    ruleId: `${SECRET_RULE_PREFIX}${secret.ruleId}`,
    level: 'note',
    message: { text: messageText([headline, `Suppressed: ${justification}`]) },
    locations: [location(secret.path, secret.line, secret.column)],
    identity: secretIdentity(secret.ruleId, secret.path, secret.fingerprint),
    suppressions: [
      { kind: SUPPRESSION_KINDS[secret.suppressed.kind], status: 'accepted', justification }
    ],
    properties: withoutUndefined({
      status: 'suppressed',
      blocking: false,
      fingerprint: shortFingerprint(secret.fingerprint),
      agentTouched: secret.agentTouched
    })
  }
}

function suppressionJustification(suppression: Suppression): string {
  const reason = clip(showInvisibles(suppression.reason))
  switch (suppression.kind) {
    case 'inline':
      return `inline marker: ${reason}`
    case 'ignore_path':
      return `secrets.ignore_paths: ${reason}`
    case 'allowlist':
      return `secrets.allow entry: ${reason}${suppression.expires ? ` (expires ${suppression.expires})` : ''}`
  }
}

function location(
  path: string,
  line: number,
  column?: number
): { physicalLocation: PhysicalLocation } {
  return {
    physicalLocation: {
      artifactLocation: { uri: pathUri(path), uriBaseId: '%SRCROOT%' },
      region: { startLine: Math.max(1, line), ...(column ? { startColumn: column } : {}) }
    }
  }
}

/**
 * A repository path as a relative URI reference: percent-encoded so that a
 * name with spaces, `%`, `#`, `?` or `:` (untrusted, from the pull request)
 * stays one path and cannot turn into a scheme, a query or a fragment.
 * Characters a path may hold as they are (`@`, `+`, `=`) stay readable.
 */
export function pathUri(path: string): string {
  const wellFormed = Array.from(path, char => (isLoneSurrogate(char) ? '\ufffd' : char)).join('')
  return encodeURI(wellFormed).replace(/[?#:]/g, char => encodeURIComponent(char))
}

function isLoneSurrogate(char: string): boolean {
  const code = char.codePointAt(0) ?? 0
  return char.length === 1 && code >= 0xd800 && code <= 0xdfff
}

/**
 * Sentences joined into one plain-text message. SARIF reads `[text](n)` in a
 * message as a link, so brackets (and the backslash that escapes them) are
 * escaped first; then invisible and control characters are shown as escapes.
 */
function messageText(parts: string[]): string {
  return parts
    .filter(part => part !== '')
    .map(part => sentence(showInvisibles(part.replace(/[\\[\]]/g, char => `\\${char}`))))
    .join(' ')
}

function sentence(text: string): string {
  const trimmed = text.trim()
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`
}

/**
 * The stable key: sha256 of the identity. Two results with one identity (the
 * same secret twice in a file) are told apart by their order among equals,
 * which does not move when unrelated lines do.
 */
function withFingerprints(drafts: Draft[], ruleIndex: Map<string, number>): SarifResult[] {
  const seen = new Map<string, number>()
  return drafts.map(({ identity, ...draft }) => {
    const key = JSON.stringify(identity)
    const occurrence = seen.get(key) ?? 0
    seen.set(key, occurrence + 1)
    const hashed = occurrence === 0 ? key : JSON.stringify([...identity, occurrence])
    return {
      ruleId: draft.ruleId,
      ruleIndex: ruleIndex.get(draft.ruleId) ?? -1,
      level: draft.level,
      message: draft.message,
      locations: draft.locations,
      partialFingerprints: { [FINGERPRINT_KEY]: sha256(hashed) },
      ...(draft.suppressions ? { suppressions: draft.suppressions } : {}),
      properties: draft.properties
    }
  })
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex')
}

/** The commit the results are about, when the run knows its repository. */
function provenance(result: AuditResult): object {
  if (!result.run) return {}
  const server = result.run.serverUrl ?? 'https://github.com'
  return {
    versionControlProvenance: [
      {
        repositoryUri: `${server}/${result.run.repository}`,
        revisionId: result.headSha,
        ...(result.pullRequest ? { branch: showInvisibles(result.pullRequest.headRef) } : {})
      }
    ]
  }
}

function invocation(result: AuditResult): object {
  if (!result.error) return { executionSuccessful: true }
  return {
    executionSuccessful: false,
    toolExecutionNotifications: [
      { level: 'error', message: { text: messageText([result.error.message]) } }
    ]
  }
}
