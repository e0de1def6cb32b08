import { join } from 'node:path'
import { UserError } from '../errors.js'

/** Every input of action.yml, parsed once; nothing past here reads inputs. */
export interface ActionInputs {
  token: string
  policyPath: string
  mode: 'enforce' | 'report'
  uploadArtifact: boolean
  artifactName: string
  retentionDays?: number
  auditFile: string
  /** Name of the check run published on the head commit (needs `checks: write`). */
  checkName: string
  /** When to post or update the one pull request comment. */
  comment: 'always' | 'on-failure' | 'never'
  /** Where to write SARIF 2.1.0 for code scanning; undefined = no SARIF. */
  sarifFile?: string
  /** For workflow_dispatch: the pull request to re-audit. */
  pullRequest?: number
}

/** Reads one input the way @actions/core does (INPUT_<NAME>, hyphens kept), trimmed. */
export type InputReader = (name: string) => string

export function envInputReader(env: NodeJS.ProcessEnv): InputReader {
  return name => (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim()
}

export function parseInputs(read: InputReader, runnerTemp: string): ActionInputs {
  return {
    token: required(read, 'token'),
    policyPath: policyPath(read('policy') || '.github/agent-policy.yml'),
    mode: oneOf(read, 'mode', ['enforce', 'report'], 'enforce'),
    uploadArtifact: boolean(read, 'upload-artifact', true),
    artifactName: read('artifact-name') || 'agent-audit',
    retentionDays: retentionDays(read('retention-days')),
    auditFile: read('audit-file') || join(runnerTemp, 'agent-audit', 'audit.json'),
    checkName: read('check-name') || 'agent-audit',
    comment: oneOf(read, 'comment', ['always', 'on-failure', 'never'], 'never'),
    sarifFile: read('sarif-file') || undefined,
    pullRequest: pullRequestNumber(read('pull-request'))
  }
}

function pullRequestNumber(value: string): number | undefined {
  if (value === '') return undefined
  const number = Number(value.replace(/^#/, ''))
  if (Number.isInteger(number) && number > 0) return number
  throw new UserError(
    `input "pull-request" is "${value}"`,
    'Give the number of a pull request, such as 42'
  )
}

function required(read: InputReader, name: string): string {
  const value = read(name)
  if (!value) {
    throw new UserError(
      `input "${name}" is empty`,
      'Pass a token with `pull-requests: read` and `contents: read` (the default `${{ github.token }}` has them when the workflow grants them)'
    )
  }
  return value
}

function oneOf<T extends string>(read: InputReader, name: string, allowed: T[], fallback: T): T {
  const value = read(name) || fallback
  if (allowed.includes(value as T)) return value as T
  throw new UserError(`input "${name}" is "${value}"`, `Use one of: ${allowed.join(', ')}`)
}

function boolean(read: InputReader, name: string, fallback: boolean): boolean {
  const value = read(name)
  if (value === '') return fallback
  if (/^(true|True|TRUE)$/.test(value)) return true
  if (/^(false|False|FALSE)$/.test(value)) return false
  throw new UserError(`input "${name}" is "${value}"`, 'Use true or false')
}

function retentionDays(value: string): number | undefined {
  if (value === '') return undefined
  const days = Number(value)
  if (Number.isInteger(days) && days >= 1 && days <= 90) return days
  throw new UserError(
    `input "retention-days" is "${value}"`,
    'Use a whole number of days from 1 to 90, or leave it empty for the repository default'
  )
}

/** The policy is read from the repository at the base commit, so it must be a repository path. */
function policyPath(value: string): string {
  const path = value.replace(/^\.\//, '')
  if (path.startsWith('/') || path.split('/').includes('..') || path.includes('\\')) {
    throw new UserError(
      `input "policy" is "${value}"`,
      'Give a path inside the repository, relative to its root, such as .github/agent-policy.yml'
    )
  }
  return path
}
