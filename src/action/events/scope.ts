import * as core from '@actions/core'
import type { RunInfo } from '../../evaluation/result.js'
import type { GitHubClient } from '../../github/client.js'
import type { RepositoryRef } from '../../github/resources.js'

/** What every event's audit works with: the API, the repository, the checkout and the policy path. */
export interface AuditScope {
  client: GitHubClient
  repository: RepositoryRef
  /** The runner's checkout; it may hold nothing, a shallow clone or the full history. */
  workspace?: string
  policyPath: string
  run: RunInfo
}

/**
 * Registers every secret value found with the runner before anything else
 * is printed, so that no log line, annotation or summary line shows it (the
 * runner masks each line of a multi-line value too).
 */
export function maskSecrets(values: string[]): void {
  for (const value of values) {
    if (value.trim() !== '') core.setSecret(value)
  }
}
