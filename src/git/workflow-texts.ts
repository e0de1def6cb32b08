import type { ChangeSet, FileTexts } from '../engine/change-set.js'
import { changedWorkflows } from '../engine/workflow-files.js'
import { readFileAtRef } from './file-at-ref.js'

/** Adds the before and after texts of changed workflow files, read from the local repository. */
export async function withWorkflowTexts(repo: string, changeSet: ChangeSet): Promise<ChangeSet> {
  const workflowTexts: FileTexts[] = []
  for (const { path, previousPath } of changedWorkflows(changeSet.files)) {
    workflowTexts.push({
      path,
      before: await readFileAtRef(repo, changeSet.baseSha, previousPath),
      after: await readFileAtRef(repo, changeSet.headSha, path)
    })
  }
  return { ...changeSet, workflowTexts }
}
