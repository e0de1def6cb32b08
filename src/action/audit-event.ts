import type { AuditResult } from '../evaluation/result.js'
import { createGitHubClient } from '../github/client.js'
import { auditDispatchedPullRequest } from './events/dispatch-audit.js'
import { unsupportedEventError } from './events/event-payload.js'
import { auditMergeGroup } from './events/merge-group-audit.js'
import { auditPullRequest } from './events/pull-request-audit.js'
import { auditPush } from './events/push-audit.js'
import type { AuditScope } from './events/scope.js'
import type { ActionInputs } from './inputs.js'
import type { RunContext } from './run-context.js'

/** Audits what the triggering event is about: a pull request, a merge group or a push. */
export async function auditEvent(context: RunContext, inputs: ActionInputs): Promise<AuditResult> {
  const scope: AuditScope = {
    client: createGitHubClient({ token: inputs.token, apiUrl: context.apiUrl }),
    repository: { owner: context.owner, repo: context.repo },
    workspace: context.workspace,
    policyPath: inputs.policyPath,
    run: context.run
  }
  const { event } = context
  switch (event.kind) {
    case 'pull_request':
      return (await auditPullRequest(scope, event.pullNumber)).result
    case 'workflow_dispatch':
      return auditDispatchedPullRequest(scope, inputs.pullRequest)
    case 'merge_group':
      return auditMergeGroup(scope, event)
    case 'push':
      return auditPush(scope, event)
    default:
      throw unsupportedEventError(context.eventName)
  }
}
