import type { Person } from '../engine/change-set.js'

/**
 * How far a piece of evidence can be trusted.
 * - 'declared': written by whoever pushed the commit or edited the PR
 *   (emails, names, trailers, message text, branch names, PR body, labels).
 *   Anyone with push access can forge it.
 * - 'platform': bound to a GitHub account by GitHub itself (the PR opener's
 *   account id and type, a verified signature by the platform). A pusher
 *   cannot forge it without that account's credentials.
 */
export type EvidenceBinding = 'declared' | 'platform'

export type SignalKind =
  | 'author-login'
  | 'author-email'
  | 'author-name'
  | 'committer-login'
  | 'committer-email'
  | 'committer-name'
  | 'co-author'
  | 'trailer'
  | 'footer'
  | 'message-prefix'
  | 'head-branch'
  | 'pr-body'
  | 'pr-label'
  | 'pr-opener'
  | 'pr-opened-by-agent'

export interface Evidence {
  /**
   * Catalogue id of the agent this evidence points at (e.g. 'claude-code'); on
   * the evidence of an automation commit, the id of the automation (e.g. 'dependabot').
   */
  agent: string
  signal: SignalKind
  /** The value that matched, as found (untrusted text: escape before rendering). */
  value: string
  binding: EvidenceBinding
  /** One sentence saying what matched, e.g. "Co-authored-by trailer with @anthropic.com". */
  detail: string
}

export type CommitKind = 'agent' | 'human' | 'automation'

export interface CommitAttribution {
  sha: string
  kind: CommitKind
  /** Catalogue id of the agent, for kind 'agent'. */
  agent?: string
  /** Display name of the agent, for kind 'agent'. */
  agentName?: string
  /** For 'automation': which bot (e.g. 'dependabot'). */
  automation?: string
  /** Everything that supports the classification, strongest first. */
  evidence: Evidence[]
  /** The human who asked the agent for this work, when the commit or PR says. */
  requester?: Person
  /** True for merge commits that introduce no change of their own. */
  cleanMerge: boolean
}

/** A path touched by agent commits, with the commits that touched it. */
export interface FileAttribution {
  path: string
  /** Agent commits that touched this path (oldest first). */
  agentCommits: string[]
  /** All commits that touched this path (oldest first). */
  commits: string[]
  /** Whether the path is in the net diff base..head (an agent may have touched and reverted it). */
  inNetDiff: boolean
  /** For paths that were renamed away: the new path; for renamed-to paths: the old one. */
  renamePartner?: string
  /** Mode of the path in the newest change that touched it (e.g. '120000' for a symlink). */
  mode?: string
  agentTouched: boolean
}

export interface Attribution {
  commits: CommitAttribution[]
  /** Every path touched in the change, keyed by path (renames count both paths). */
  files: FileAttribution[]
  /** PR-level evidence (branch, body, labels, opener), whatever the mode. */
  pullRequestEvidence: Evidence[]
  /** 'pull_request' mode: every file counts as agent-touched when any agent signal exists. */
  mode: 'commit' | 'pull_request'
  /** Distinct requesters found across agent commits and the PR. */
  requesters: Person[]
}

/** An identity in the catalogue of known agents or automation. */
export interface KnownIdentity {
  /** Stable id, e.g. 'copilot-coding-agent'. */
  id: string
  /** Display name, e.g. 'GitHub Copilot coding agent'. */
  name: string
  /**
   * 'review' = an AI review bot: its co-author credits (accepted suggestions)
   * are not authorship, but a commit or PR it authors itself is agent work.
   */
  kind: 'agent' | 'automation' | 'review'
  /** How well the research confirms this entry's signals, in a few words. */
  confidence?: string
  /** GitHub logins (compared case-insensitively). */
  logins: string[]
  /** GitHub numeric account ids (also matched inside `ID+login@users.noreply.github.com`). */
  userIds: number[]
  /** Exact emails or globs (`*@cursor.com`) on author, committer or co-author emails. */
  emails: string[]
  /** Regular expressions on author/committer display names, e.g. / \(aider\)$/. */
  names: RegExp[]
  /** Trailer keys whose presence marks the agent, with an optional value pattern. */
  trailers: { key: string; value?: RegExp }[]
  /** Regular expressions on the message body (footers such as "Generated with [Claude Code]"). */
  footers: RegExp[]
  /** Regular expressions on the subject (e.g. /^aider: /). */
  subjectPrefixes: RegExp[]
  /** Head-branch prefixes (or regexes) that mark a PR by this agent. */
  branches: RegExp[]
  /** Substrings or regexes of PR bodies. */
  prBodyMarkers: RegExp[]
  /** PR labels. */
  labels: string[]
  /** Whether co-authors of this agent's commits (non-agent) are its requesters. */
  coAuthorIsRequester: boolean
}
