/** Plain test data for the attribution tests: commits, people and change sets. */
import type {
  ChangeSet,
  Commit,
  FileChange,
  Person,
  PullRequestInfo
} from '../../src/engine/change-set.js'
import type { AgentMatchers, AgentsConfig } from '../../src/policy/types.js'
import { attribute } from '../../src/attribution/attribute.js'
import type { Attribution, CommitAttribution } from '../../src/attribution/types.js'

export const NO_EXTRA: AgentMatchers = {
  logins: [],
  emails: [],
  trailers: [],
  branches: [],
  labels: [],
  prBodyMarkers: []
}

export const DEFAULT_AGENTS: AgentsConfig = { builtin: true, extra: NO_EXTRA, ignoreBots: [] }

export function agentsConfig(overrides: Partial<AgentsConfig> = {}): AgentsConfig {
  return { ...DEFAULT_AGENTS, ...overrides }
}

export const HUMAN: Person = { name: 'Ada Lovelace', email: 'ada@example.com' }
export const OTHER_HUMAN: Person = { name: 'Grace Hopper', email: 'grace@example.com' }

/** GitHub's committer for web UI commits, merges and squashes. */
export const WEB_FLOW: Person = {
  name: 'GitHub',
  email: 'noreply@github.com',
  login: 'web-flow',
  id: 19864447,
  type: 'User'
}

export function who(name: string, email: string, account: Partial<Person> = {}): Person {
  return { name, email, ...account }
}

export function modified(path: string): FileChange {
  return { path, status: 'modified', mode: '100644', previousMode: '100644' }
}

export function added(path: string, mode = '100644'): FileChange {
  return { path, status: 'added', mode }
}

export function deleted(path: string, previousMode = '100644'): FileChange {
  return { path, status: 'deleted', mode: '', previousMode }
}

export function renamed(from: string, to: string): FileChange {
  return { path: to, previousPath: from, status: 'renamed', mode: '100644', previousMode: '100644' }
}

let sequence = 0

export function commit(fields: Partial<Commit> = {}): Commit {
  sequence += 1
  return {
    sha: `c${String(sequence).padStart(39, '0')}`,
    parents: ['p'.repeat(40)],
    author: HUMAN,
    committer: HUMAN,
    message: 'Change things',
    files: [modified('src/app.ts')],
    ...fields
  }
}

export function mergeCommit(fields: Partial<Commit> = {}): Commit {
  return commit({
    parents: ['a'.repeat(40), 'b'.repeat(40)],
    message: "Merge branch 'main' into feature",
    files: [],
    ...fields
  })
}

export function pullRequest(fields: Partial<PullRequestInfo> = {}): PullRequestInfo {
  return {
    number: 7,
    title: 'Fix the thing',
    body: '',
    author: { name: '', email: '', login: 'octocat', id: 583231, type: 'User' },
    headRef: 'fix-the-thing',
    baseRef: 'main',
    labels: [],
    ...fields
  }
}

/** A change set whose net diff is, unless given, every path the commits touched. */
export function changeSet(commits: Commit[], fields: Partial<ChangeSet> = {}): ChangeSet {
  return {
    baseSha: 'b'.repeat(40),
    headSha: commits[commits.length - 1]?.sha ?? 'h'.repeat(40),
    commits,
    files: commits.flatMap(one => one.files),
    ...fields
  }
}

export function attributeCommits(
  commits: Commit[],
  options: { agents?: AgentsConfig; mode?: 'commit' | 'pull_request'; pr?: PullRequestInfo } = {}
): Attribution {
  const set = changeSet(commits, options.pr ? { pullRequest: options.pr } : {})
  return attribute(set, options.agents ?? DEFAULT_AGENTS, options.mode ?? 'commit')
}

/** Attributes one commit on its own and returns its classification. */
export function classifyOne(one: Commit, agents: AgentsConfig = DEFAULT_AGENTS): CommitAttribution {
  const [result] = attributeCommits([one], { agents }).commits
  if (!result) throw new Error('attribute returned no commit')
  return result
}

/** The (agent, signal, binding) triples of a commit's evidence, strongest first. */
export function signalsOf(result: {
  evidence: { agent: string; signal: string; binding: string }[]
}) {
  return result.evidence.map(({ agent, signal, binding }) => ({ agent, signal, binding }))
}

export function message(subject: string, ...paragraphs: string[]): string {
  return [subject, ...paragraphs].join('\n\n')
}
