/**
 * The SARIF rule catalogue: one reportingDescriptor per finding kind, and
 * one per secret rule that found something. Every text here is our own
 * (nothing from the pull request), so help.markdown needs no escaping.
 */
import type { FindingKind } from '../evaluation/result.js'
import { INLINE_MARKER } from '../secrets/scan/suppressions.js'

export type SarifLevel = 'error' | 'warning' | 'note'

export interface SarifRule {
  id: string
  name: string
  shortDescription: { text: string }
  fullDescription: { text: string }
  help: { text: string; markdown: string }
  defaultConfiguration: { level: SarifLevel }
  properties: { tags: string[] }
}

/** Finding kinds with a rule of their own; 'secret' findings use one rule per secret format. */
export type RuleKind = Exclude<FindingKind, 'secret'>

/** The order rules appear in the run (results point at them by index). */
export const KIND_RULE_ORDER: readonly RuleKind[] = [
  'cannot_access',
  'requires_human_review',
  'outside_can_edit',
  'secret_file',
  'workflow_secrets',
  'secret_scan_incomplete'
]

const POLICY_DOC = 'docs/policy-reference.md'

interface RuleText {
  name: string
  short: string
  /** What the finding means, in sentences. */
  meaning: string
  /** How to make it go away, in sentences; Markdown with inline code only. */
  resolve: string
  level: SarifLevel
  tags: string[]
}

const KIND_TEXTS: Record<RuleKind, RuleText> = {
  cannot_access: {
    name: 'AgentChangeInCannotAccess',
    short: 'A coding agent changed a path the policy says agents cannot access',
    meaning:
      'An agent commit changed a file that matches the `cannot_access` list of the policy. No approval waives this: the change blocks the merge.',
    resolve:
      'Remove the agent commits that change this file from the pull request, or have a human make the change in their own commit. If agents should be allowed here, change `cannot_access` in the policy on the base branch.',
    level: 'error',
    tags: ['agent-audit', 'policy', 'security']
  },
  requires_human_review: {
    name: 'AgentChangeNeedsHumanReview',
    short: 'A coding agent changed a file in an area that needs human approval',
    meaning:
      'An agent commit changed a file in an area listed under `requires_human_review`. The merge waits until enough eligible humans approve the pull request on or after the newest agent commit in the area.',
    resolve:
      'Ask an eligible reviewer (the area’s `reviewers`, or any human reviewer when it names none) to approve the pull request after the last agent commit, then run the audit again. The PR author, bots and, unless `approvals.allow_requester` is set, the human who asked the agent do not count.',
    level: 'warning',
    tags: ['agent-audit', 'policy', 'review']
  },
  outside_can_edit: {
    name: 'AgentChangeOutsideCanEdit',
    short: 'A coding agent changed a file outside can_edit',
    meaning:
      'An agent commit changed a file that `can_edit` does not list and no other list covers. With `outside_can_edit: review` (the default) it needs an approval; with `outside_can_edit: block` it is not allowed.',
    resolve:
      'Get an approval from an eligible human reviewer, or remove the change. If agents may edit these files freely, add them to `can_edit` in the policy on the base branch.',
    level: 'warning',
    tags: ['agent-audit', 'policy', 'review']
  },
  secret_file: {
    name: 'SecretBearingFileChanged',
    short: 'A secret-bearing file was added, changed, deleted or renamed',
    meaning:
      'The pull request touches a file that holds credentials by its nature (`.env` files, private keys, credential stores). An agent change always blocks; a human change blocks unless `secrets.block_human_secret_files` is `false`.',
    resolve:
      'Remove the file from the pull request and rotate any credential it held: once pushed, it stays in the branch history. Keep such files out of the repository and load secrets from the CI secret store instead.',
    level: 'error',
    tags: ['agent-audit', 'secrets', 'security']
  },
  workflow_secrets: {
    name: 'AgentWorkflowEditReachesSecrets',
    short: 'A coding agent edited a CI workflow so that it reaches secrets or more permissions',
    meaning:
      'An agent changed a GitHub Actions workflow so that it reads a repository secret it did not read before, widens the token permissions, checks out pull request code in a privileged trigger, or no longer parses. Such a change needs the approval of the `governance` area.',
    resolve:
      'Have a human review the workflow change and approve the pull request as the `governance` area requires, or have a human make the workflow change in their own commit.',
    level: 'warning',
    tags: ['agent-audit', 'secrets', 'security', 'ci']
  },
  secret_scan_incomplete: {
    name: 'SecretScanIncomplete',
    short: 'A changed file could not be scanned for secrets',
    meaning:
      'The added lines of this file could not be read (the API omitted its diff and no local history was available), so it was not scanned for credentials. An unread diff is not a clean one, so this blocks.',
    resolve:
      'Check out the full history in the workflow (`actions/checkout` with `fetch-depth: 0`) so agent-audit can read the diff locally, then run the audit again.',
    level: 'error',
    tags: ['agent-audit', 'secrets', 'security']
  }
}

/** The descriptor of one finding kind. */
export function kindRule(kind: RuleKind): SarifRule {
  const text = KIND_TEXTS[kind]
  return descriptor(kind, text)
}

/** The default level of a kind's rule. */
export function kindLevel(kind: RuleKind): SarifLevel {
  return KIND_TEXTS[kind].level
}

export const SECRET_RULE_PREFIX = 'secret/'

/** The descriptor of one secret format, e.g. `secret/github-pat-classic`. */
export function secretRule(ruleId: string, title: string, category: string): SarifRule {
  return descriptor(`${SECRET_RULE_PREFIX}${ruleId}`, {
    name: `Secret.${ruleId}`,
    short: `${title} in added lines`,
    meaning:
      `A value in the format of a ${title} (category ${category}) is in a line the pull request adds. ` +
      'The report never holds the value: the finding is identified by the first 12 characters of its fingerprint.',
    resolve:
      'Revoke or rotate the credential at its provider first: it is already in the branch history, and removing the line does not remove it from there. Then remove it from the commits. ' +
      `If it is not a real secret (an example or a test fixture), mark the line with \`${INLINE_MARKER}\` or add its full fingerprint (from the audit record) with a reason to \`secrets.allow\` in the policy.`,
    level: 'error',
    tags: ['agent-audit', 'secrets', 'security', category]
  })
}

function descriptor(id: string, text: RuleText): SarifRule {
  return {
    id,
    name: text.name,
    shortDescription: { text: text.short },
    fullDescription: { text: plain(text.meaning) },
    help: {
      text: `${plain(text.meaning)}\n\nHow to resolve: ${plain(text.resolve)}\n\nSee ${POLICY_DOC}.`,
      markdown: `${text.meaning}\n\n**How to resolve:** ${text.resolve}\n\nSee \`${POLICY_DOC}\`.`
    },
    defaultConfiguration: { level: text.level },
    properties: { tags: text.tags }
  }
}

/** Our Markdown texts use inline code only; plain text drops the backticks. */
function plain(markdown: string): string {
  return markdown.replaceAll('`', '')
}
