import { builtInPolicy } from '../policy/default-policy.js'
import { loadPolicy } from '../policy/load.js'
import type { Policy } from '../policy/types.js'
import type { GitHubClient } from '../github/client.js'
import { readFileAtRef } from '../github/contents.js'

export interface PolicyLocation {
  owner: string
  repo: string
  path: string
  /** The base commit: a pull request must not be able to loosen the rules it is judged by. */
  baseSha: string
}

/** The policy as it is at the base commit, or the built-in default when the file is not there. */
export async function readPolicyAtBase(
  client: GitHubClient,
  where: PolicyLocation
): Promise<Policy> {
  const text = await readFileAtRef(client, {
    owner: where.owner,
    repo: where.repo,
    path: where.path,
    ref: where.baseSha
  })
  if (text === undefined) return { ...builtInPolicy(where.path), source: builtInSource(where) }
  return loadPolicy(text, { path: where.path, ref: where.baseSha })
}

function builtInSource(where: PolicyLocation): Policy['source'] {
  return { path: where.path, builtIn: true, ref: where.baseSha, shape: 'built-in' }
}
