/**
 * Running the CLI in-process against real repositories: `runCli` with its
 * output captured, plus the identities and branch layout most tests share.
 */
import { runCli } from '../../src/cli/main.js'
import type { AuditResult } from '../../src/evaluation/result.js'
import { GitRepo, type Identity, type TreeChanges } from '../helpers/git-repo.js'

export interface CliRun {
  status: number
  stdout: string
  stderr: string
}

export async function cli(...argv: string[]): Promise<CliRun> {
  let stdout = ''
  let stderr = ''
  const status = await runCli(argv, {
    stdout: text => void (stdout += text),
    stderr: text => void (stderr += text),
    isTty: false
  })
  return { status, stdout, stderr }
}

/** Runs with `--format json` and parses the record. */
export async function cliJson(...argv: string[]): Promise<{ run: CliRun; record: AuditResult }> {
  const run = await cli(...argv, '--format', 'json')
  if (run.status === 2) throw new Error(`agent-audit failed: ${run.stderr}`)
  return { run, record: JSON.parse(run.stdout) as AuditResult }
}

export const JANE: Identity = { name: 'Jane Doe', email: 'jane@acme.example' }
export const GITHUB: Identity = { name: 'GitHub', email: 'noreply@github.com' }
/** The Copilot coding agent as it commits: its noreply address as author, GitHub as committer. */
export const COPILOT: Identity = {
  name: 'copilot-swe-agent[bot]',
  email: '198982749+Copilot@users.noreply.github.com'
}

export const POLICY_PATH = '.github/agent-policy.yml'

/**
 * A repository whose `main` has a small app (and, when given, a policy file),
 * with the branch `feature` checked out from it.
 */
export async function repoWithFeatureBranch(policy?: string): Promise<GitRepo> {
  const repo = await GitRepo.create()
  await repo.commit({
    author: JANE,
    message: 'Initial app',
    write: {
      'README.md': '# App\n',
      'src/app.ts': 'export const app = 1\n',
      'docs/setup.md': '# Setup\n',
      ...(policy === undefined ? {} : { [POLICY_PATH]: policy })
    }
  })
  await repo.branch('feature')
  await repo.checkout('feature')
  return repo
}

export function byCopilot(message: string, changes: TreeChanges) {
  return { author: COPILOT, committer: GITHUB, message, ...changes }
}

export function byJane(message: string, changes: TreeChanges) {
  return { author: JANE, message, ...changes }
}
