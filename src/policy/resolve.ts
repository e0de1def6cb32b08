/**
 * From validated fields (either shape) to the typed Policy: defaults filled
 * in, areas built, lists resolved, and the mandatory governance area added
 * to requires_human_review whatever the file says.
 */
import { applyDefinedAreas, rejectMisspeltOverrides } from './defined-areas.js'
import { BUILT_IN_SOURCE, GOVERNANCE_AREA, builtInAreas } from './named-areas.js'
import { compilePattern, type PatternOptions } from './patterns.js'
import { resolveEntries, type EntryContext } from './rule-entries.js'
import { DEFAULTS, type PolicyFields, type RuleListKey } from './schema.js'
import type { Located } from './spec.js'
import type {
  AgentsConfig,
  ApprovalDefaults,
  Area,
  Policy,
  PolicySource,
  RuleEntry,
  SecretsConfig
} from './types.js'

export function resolvePolicy(fields: PolicyFields, source: PolicySource): Policy {
  const patternOptions: PatternOptions = {
    caseSensitive: fields.case_sensitive?.value ?? DEFAULTS.caseSensitive
  }
  const approvals = approvalDefaults(fields)
  const areas = builtInAreas({ policyPath: source.path, approvals: approvals.required })
  applyDefinedAreas(areas, fields.areas?.value ?? [], {
    file: source.path,
    patternOptions,
    approvals: approvals.required
  })
  const entries = (listKey: RuleListKey): RuleEntry[] =>
    resolveEntries(fields[listKey], {
      listKey,
      areas,
      patternOptions,
      approvals: approvals.required,
      canDefineAreas: source.shape !== 'map'
    } satisfies EntryContext)
  const canRead = entries('can_read')
  const canEdit = fields.can_edit ? entries('can_edit') : undefined
  const cannotAccess = entries('cannot_access')
  const requiresHumanReview = entries('requires_human_review')
  rejectMisspeltOverrides(
    fields.areas?.value ?? [],
    areaNames([canRead, canEdit ?? [], cannotAccess, requiresHumanReview])
  )
  return {
    source,
    canRead,
    canEdit,
    cannotAccess,
    requiresHumanReview: withGovernance(requiresHumanReview, areas),
    outsideCanEdit: outsideCanEdit(fields.outside_can_edit?.value),
    areas,
    agents: agentsConfig(fields),
    attribution: attribution(fields.attribution?.value),
    approvals,
    secrets: secretsConfig(fields, patternOptions)
  }
}

function areaNames(lists: RuleEntry[][]): Set<string> {
  return new Set(lists.flat().flatMap(entry => (entry.kind === 'area' ? [entry.label] : [])))
}

/** Self-protection: the policy file, CODEOWNERS and workflows always need review. */
function withGovernance(entries: RuleEntry[], areas: ReadonlyMap<string, Area>): RuleEntry[] {
  const governance = areas.get(GOVERNANCE_AREA)
  if (!governance || entries.some(entry => entry.area === governance)) return entries
  return [
    ...entries,
    { label: GOVERNANCE_AREA, kind: 'area', area: governance, where: BUILT_IN_SOURCE }
  ]
}

// The validator only lets the enum's values through; these narrow the type without a cast.
function outsideCanEdit(value: string | undefined): Policy['outsideCanEdit'] {
  return value === 'block' || value === 'review' ? value : DEFAULTS.outsideCanEdit
}

function attribution(value: string | undefined): Policy['attribution'] {
  return value === 'commit' || value === 'pull_request' ? value : DEFAULTS.attribution
}

function approvalDefaults(fields: PolicyFields): ApprovalDefaults {
  const approvals = fields.approvals?.value
  return {
    required: approvals?.required?.value ?? DEFAULTS.approvalsRequired,
    allowRequester: approvals?.allow_requester?.value ?? DEFAULTS.allowRequester
  }
}

function agentsConfig(fields: PolicyFields): AgentsConfig {
  const agents = fields.agents?.value
  const strings = (list: Located<Located<string>[]> | undefined): string[] =>
    (list?.value ?? []).map(item => item.value)
  return {
    builtin: agents?.builtin?.value ?? DEFAULTS.agentsBuiltin,
    extra: {
      logins: strings(agents?.logins),
      emails: strings(agents?.emails),
      trailers: strings(agents?.trailers),
      branches: strings(agents?.branches),
      labels: strings(agents?.labels),
      prBodyMarkers: strings(agents?.pr_body_markers)
    },
    ignoreBots: strings(agents?.ignore_bots)
  }
}

function secretsConfig(fields: PolicyFields, patternOptions: PatternOptions): SecretsConfig {
  const secrets = fields.secrets?.value
  return {
    blockHumanSecretFiles:
      secrets?.block_human_secret_files?.value ?? DEFAULTS.blockHumanSecretFiles,
    ignorePaths: (secrets?.ignore_paths?.value ?? []).map(item =>
      compilePattern(item.value, item.where, patternOptions)
    ),
    allow: (secrets?.allow?.value ?? []).map(({ value: allowance, where }) => ({
      fingerprint: allowance.fingerprint.value,
      reason: allowance.reason.value,
      ...(allowance.expires ? { expires: allowance.expires.value } : {}),
      where
    }))
  }
}
