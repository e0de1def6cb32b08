import type { ChangeSet, FileTexts } from '../engine/change-set.js'
import { changedWorkflows } from '../engine/workflow-files.js'
import type { GitHubClient } from './client.js'
import { readFileAtRef } from './contents.js'
import type { RepositoryRef } from './resources.js'

/**
 * Adds the before and after texts of the changed workflow files, read over
 * the contents API: two requests per changed workflow, none when the pull
 * request changes no workflow.
 */
export async function withWorkflowTexts(
  client: GitHubClient,
  repository: RepositoryRef,
  changeSet: ChangeSet
): Promise<ChangeSet> {
  const workflowTexts: FileTexts[] = []
  for (const { path, previousPath } of changedWorkflows(changeSet.files)) {
    const [before, after] = await Promise.all([
      readFileAtRef(client, { ...repository, path: previousPath, ref: changeSet.baseSha }),
      readFileAtRef(client, { ...repository, path, ref: changeSet.headSha })
    ])
    workflowTexts.push({ path, before, after })
  }
  return { ...changeSet, workflowTexts }
}
