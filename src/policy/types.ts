/**
 * The typed policy: what `loadPolicy` turns a YAML file (or the built-in
 * default) into. Nothing past the loader sees YAML; every pattern here is
 * already validated and compiled.
 */

/** Where a pattern or area reference was written, for messages and the summary. */
export interface SourceRef {
  /** The policy file's path, or '(built-in)' for built-in definitions. */
  file: string
  line?: number
  column?: number
}

/** One pattern of the dialect (see README "Pattern dialect"), compiled once. */
export interface PathPattern {
  /** The pattern exactly as the user (or the built-in list) wrote it. */
  source: string
  where: SourceRef
  /** True when the (normalised) repository-relative path matches. */
  matches(path: string): boolean
}

/** Who may approve changes in an area. Empty lists and false mean "any eligible human". */
export interface ReviewerSpec {
  /** GitHub logins, lower-cased, without '@'. */
  users: string[]
  /** Teams as 'org/team-slug', lower-cased, without '@'. */
  teams: string[]
  /** Owners of the matched files in CODEOWNERS. */
  codeowners: boolean
}

export interface Area {
  /** Lower-case identifier, e.g. 'migrations'. */
  name: string
  description: string
  /** A path is in the area when it matches any of these ... */
  paths: PathPattern[]
  /** ... and none of these. */
  except: PathPattern[]
  /** Eligible approvals needed before an agent change in this area may merge. */
  approvals: number
  reviewers: ReviewerSpec
  /** 'built-in' areas come from agent-audit; 'policy' areas from the file. */
  origin: 'built-in' | 'policy'
  /** Self-protection areas apply whatever the policy says; a policy can only make them stricter. */
  mandatory: boolean
}

/**
 * An entry of one of the four lists: either a reference to a named area, or a
 * path pattern of its own (kept as an anonymous area so every rule has one shape).
 */
export interface RuleEntry {
  /** The area name for area references; for path entries, the pattern source. */
  label: string
  kind: 'area' | 'path'
  area: Area
  where: SourceRef
}

export interface AgentMatchers {
  /** GitHub logins (case-insensitive) that are agents. */
  logins: string[]
  /** Globs on commit author/committer/co-author emails (case-insensitive). */
  emails: string[]
  /** Trailer keys (`Key: value` in the last paragraph) whose presence marks an agent commit. */
  trailers: string[]
  /** Globs on the PR head branch. */
  branches: string[]
  /** PR labels that mark an agent PR. */
  labels: string[]
  /** Plain substrings that mark an agent PR when found in its body. */
  prBodyMarkers: string[]
}

export interface AgentsConfig {
  /** Whether the built-in catalogue of agent identities applies (default true). */
  builtin: boolean
  /** Extra identities declared by the policy, all attributed to the agent id 'custom'. */
  extra: AgentMatchers
  /** Logins of bots to treat as automation, never as agents (e.g. a release bot). */
  ignoreBots: string[]
}

export interface ApprovalDefaults {
  /** Approvals needed where an area does not say (and outside can_edit). */
  required: number
  /** Whether the human who asked the agent may approve its work (default false). */
  allowRequester: boolean
}

/** Options for the secret scanner; consumed by the secrets stage. */
export interface SecretsConfig {
  /** Whether a human (not agent) change to a secret file blocks. */
  blockHumanSecretFiles: boolean
  /** Paths whose added lines are not scanned (fixtures). */
  ignorePaths: PathPattern[]
  /** Allowlisted findings by fingerprint. */
  allow: { fingerprint: string; reason: string; expires?: string; where: SourceRef }[]
}

export interface PolicySource {
  /** Repository-relative path of the policy file, or the path looked for when built in. */
  path: string
  builtIn: boolean
  /** The git ref or SHA the file was read at, when known. */
  ref?: string
  /** sha256 of the file's bytes, hex; undefined for the built-in policy. */
  sha256?: string
  /** 'map' = the article's `ai_agent_policy:` map; 'schema' = versioned full schema. */
  shape: 'map' | 'schema' | 'built-in'
}

export interface Policy {
  source: PolicySource
  /** Advisory only: reads cannot be observed at CI time. */
  canRead: RuleEntry[]
  /** undefined = agents may edit anywhere no other rule covers. */
  canEdit: RuleEntry[] | undefined
  cannotAccess: RuleEntry[]
  requiresHumanReview: RuleEntry[]
  /** What happens to agent changes outside can_edit and in no review area. */
  outsideCanEdit: 'review' | 'block'
  /** Every named area known to this policy (built-in and defined), by name. */
  areas: Map<string, Area>
  agents: AgentsConfig
  attribution: 'commit' | 'pull_request'
  approvals: ApprovalDefaults
  secrets: SecretsConfig
}
