import { UserError } from '../../errors.js'
import type { AuditResult } from '../../evaluation/result.js'
import { auditPullRequest } from './pull-request-audit.js'
import type { AuditScope } from './scope.js'

/** workflow_dispatch: re-audits the pull request named by the `pull-request` input. */
export async function auditDispatchedPullRequest(
  scope: AuditScope,
  pullRequest: number | undefined
): Promise<AuditResult> {
  if (pullRequest === undefined) {
    throw new UserError(
      'a workflow_dispatch run needs the pull request to audit, and the input "pull-request" is empty',
      'Give the workflow a dispatch input and pass it on, for example ' +
        '`with: { pull-request: ${{ inputs.pull-request }} }`'
    )
  }
  return (await auditPullRequest(scope, pullRequest)).result
}
