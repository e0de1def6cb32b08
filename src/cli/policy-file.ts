import { readFile } from 'node:fs/promises'
import { isAbsolute, relative, resolve } from 'node:path'
import { UserError } from '../errors.js'
import { readFileAtRef } from '../git/file-at-ref.js'
import { builtInPolicy } from '../policy/default-policy.js'
import { loadPolicy } from '../policy/load.js'
import type { Policy } from '../policy/types.js'

export const DEFAULT_POLICY_PATH = '.github/agent-policy.yml'

interface PolicyChoice {
  repo: string
  policy?: string
}

/**
 * The policy the CLI audits with: the --policy file from disk when given;
 * otherwise the default file as it is at the base commit (never the head,
 * so the change under audit cannot loosen its own rules); otherwise the
 * built-in default.
 */
export async function readCliPolicy(options: PolicyChoice, baseSha: string): Promise<Policy> {
  if (options.policy) return readPolicyFromDisk(options.repo, options.policy)
  const text = await readFileAtRef(options.repo, baseSha, DEFAULT_POLICY_PATH)
  if (text === undefined) return builtInPolicy(DEFAULT_POLICY_PATH)
  return loadPolicy(text, { path: DEFAULT_POLICY_PATH, ref: baseSha })
}

async function readPolicyFromDisk(repo: string, file: string): Promise<Policy> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? 'unreadable'
    throw new UserError(
      `cannot read the policy file (${reason})`,
      'Pass an existing YAML file to --policy, or leave it out to use .github/agent-policy.yml at the base commit',
      { file }
    )
  }
  return loadPolicy(text, { path: repoRelative(repo, file) })
}

/** The policy's path as the repository sees it, so self-protection covers the right file. */
function repoRelative(repo: string, file: string): string {
  const path = relative(resolve(repo), resolve(file))
  return path.startsWith('..') || isAbsolute(path) ? file : path.split('\\').join('/')
}
