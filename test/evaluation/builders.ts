/**
 * Plain test data for the evaluation tests: commits made by real agent
 * identities (as the research notes on agent signals (agent-signals.md) records them), change
 * sets, policies from YAML text, and a judge that records what it was asked.
 */
import { createHash } from 'node:crypto'
import type {
  ChangeSet,
  Commit,
  FileChange,
  Person,
  PullRequestInfo
} from '../../src/engine/change-set.js'
import { audit } from '../../src/engine/audit.js'
import type { ApprovalJudge, ApprovalRequirement } from '../../src/evaluation/approval-judge.js'
import { describeEligible, noReviewsJudge } from '../../src/evaluation/approval-judge.js'
import type { AuditResult, Finding } from '../../src/evaluation/result.js'
import { loadPolicy } from '../../src/policy/load.js'
import type { Policy } from '../../src/policy/types.js'

export const POLICY_PATH = '.github/agent-policy.yml'

// Identities -----------------------------------------------------------------------------

export const HUMAN: Person = { name: 'Jane Doe', email: 'jane@acme.example' }

/** GitHub's committer for web commits and for the Copilot coding agent's commits. */
export const WEB_FLOW: Person = { name: 'GitHub', email: 'noreply@github.com' }

/** The Copilot coding (cloud) agent as git records it: account id 198982749 in the noreply address. */
export const COPILOT: Person = {
  name: 'copilot-swe-agent[bot]',
  email: '198982749+Copilot@users.noreply.github.com'
}

export const DEPENDABOT: Person = {
  name: 'dependabot[bot]',
  email: '49699333+dependabot[bot]@users.noreply.github.com'
}

/** The trailer Claude Code (CLI) adds to the commits it writes for a human. */
export const CLAUDE_CODE_TRAILER = 'Co-Authored-By: Claude Opus 4.5 <noreply@anthropic.com>'

// File changes ---------------------------------------------------------------------------

export function added(path: string): FileChange {
  return { path, status: 'added', mode: '100644' }
}

export function modified(path: string): FileChange {
  return { path, status: 'modified', mode: '100644', previousMode: '100644' }
}

export function deleted(path: string): FileChange {
  return { path, status: 'deleted', mode: '', previousMode: '100644' }
}

export function renamed(from: string, to: string): FileChange {
  return { path: to, previousPath: from, status: 'renamed', mode: '100644', previousMode: '100644' }
}

// Commits --------------------------------------------------------------------------------

/** A stable, readable-in-failures SHA for a test label: the same label always gives the same SHA. */
export function sha(label: string): string {
  return createHash('sha1').update(label).digest('hex')
}

interface CommitFields {
  files: FileChange[]
  message?: string
  parents?: string[]
}

function commitBy(label: string, author: Person, committer: Person, fields: CommitFields): Commit {
  return {
    sha: sha(label),
    parents: fields.parents ?? [sha(`parent of ${label}`)],
    author,
    committer,
    message: fields.message ?? `Commit ${label}`,
    files: fields.files
  }
}

/** A commit the Copilot coding agent authored (committed by GitHub, as it does). */
export function copilotCommit(label: string, files: FileChange[], message?: string): Commit {
  return commitBy(label, COPILOT, WEB_FLOW, { files, message })
}

/** A commit a human made with Claude Code: human author, Claude's co-author trailer. */
export function claudeCodeCommit(label: string, files: FileChange[]): Commit {
  const message = `Commit ${label}\n\n${CLAUDE_CODE_TRAILER}`
  return commitBy(label, HUMAN, HUMAN, { files, message })
}

export function humanCommit(label: string, files: FileChange[]): Commit {
  return commitBy(label, HUMAN, HUMAN, { files })
}

export function dependabotCommit(label: string, files: FileChange[]): Commit {
  const message = `Bump lodash from 4.17.20 to 4.17.21\n\nSigned-off-by: dependabot[bot] <support@github.com>`
  return commitBy(label, DEPENDABOT, WEB_FLOW, { files, message })
}

/**
 * A change set whose net diff is, unless given, the last change each commit
 * made to each path (what a pull request's diff would show for these tests).
 */
export function changeSetOf(commits: Commit[], fields: Partial<ChangeSet> = {}): ChangeSet {
  const net = new Map<string, FileChange>()
  for (const file of commits.flatMap(one => one.files)) net.set(file.path, file)
  return {
    baseSha: sha('base'),
    headSha: commits.at(-1)?.sha ?? sha('head'),
    commits,
    files: [...net.values()],
    ...fields
  }
}

/** A pull request opened by a human from an ordinary branch, unless told otherwise. */
export function pullRequest(fields: Partial<PullRequestInfo> = {}): PullRequestInfo {
  return {
    number: 42,
    title: 'Discount codes',
    body: '',
    author: { name: '', email: '', login: 'janedoe', id: 4561234, type: 'User' },
    headRef: 'feature/discount-codes',
    baseRef: 'main',
    labels: [],
    ...fields
  }
}

/** The pull request the Copilot coding agent opens: its platform-bound account as the opener. */
export function copilotPullRequest(): PullRequestInfo {
  return pullRequest({
    author: { name: '', email: '', login: 'Copilot', id: 198982749, type: 'Bot' },
    headRef: 'copilot/discount-codes'
  })
}

// Policies and evaluation ----------------------------------------------------------------

export function policyFrom(yaml: string): Policy {
  return loadPolicy(yaml, { path: POLICY_PATH })
}

/** A judge that answers `satisfied` for every area and keeps every requirement it was asked. */
export function recordingJudge(satisfied: boolean): {
  judge: ApprovalJudge
  asked: ApprovalRequirement[]
} {
  const asked: ApprovalRequirement[] = []
  const judge: ApprovalJudge = requirement => {
    asked.push(requirement)
    if (!satisfied) return noReviewsJudge(requirement)
    return {
      area: requirement.area.name,
      required: requirement.area.approvals,
      counted: ['alice'],
      ignored: [],
      changesRequestedBy: [],
      satisfied: true,
      eligible: describeEligible(requirement.area),
      lastAgentCommit: requirement.agentCommits.at(-1)
    }
  }
  return { judge, asked }
}

export function run(commits: Commit[], policy: Policy, judge?: ApprovalJudge): AuditResult {
  return audit(changeSetOf(commits), policy, judge ? { judge: () => judge } : {})
}

/** The fields of a finding a test pins down exactly (message and resolution have their own tests). */
export function findingFacts(finding: Finding) {
  const { kind, status, blocking, area, pattern, path, previousPath, commits } = finding
  return { kind, status, blocking, area, pattern, path, previousPath, commits }
}

export function factsOf(result: AuditResult) {
  return result.findings.map(findingFacts)
}

/** path -> verdict of every file, agent-touched or not. */
export function verdicts(result: AuditResult): Record<string, string> {
  return Object.fromEntries(result.files.map(file => [file.path, file.verdict]))
}
