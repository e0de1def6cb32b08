import {
  reviewWorkflowChange,
  type WorkflowFinding
} from '../../../src/secrets/workflows/workflow-changes.js'

export const PATH = '.github/workflows/ci.yml'

/** A YAML text from its lines (so `${{ }}` needs no escaping in the tests). */
export function yaml(...lines: string[]): string {
  return `${lines.join('\n')}\n`
}

/** Findings of one rule for the change from `before` to `after`. */
export function findingsOf(
  rule: WorkflowFinding['rule'],
  before: string | undefined,
  after: string | undefined
): WorkflowFinding[] {
  return reviewWorkflowChange(PATH, before, after).filter(finding => finding.rule === rule)
}
