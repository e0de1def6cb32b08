import type { FileChange } from './change-set.js'

/** GitHub Actions workflows and local composite actions: the files that decide what CI can reach. */
export function isWorkflowPath(path: string): boolean {
  return (
    /^\.github\/workflows\/[^/]+\.ya?ml$/i.test(path) ||
    /^\.github\/actions\/(?:.+\/)?action\.ya?ml$/i.test(path)
  )
}

/** The changed workflow files of a net diff, with the path each had before (renames). */
export function changedWorkflows(files: FileChange[]): { path: string; previousPath: string }[] {
  return files
    .filter(
      file => isWorkflowPath(file.path) || (file.previousPath && isWorkflowPath(file.previousPath))
    )
    .map(file => ({ path: file.path, previousPath: file.previousPath ?? file.path }))
}
