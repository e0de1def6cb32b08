import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { GitRepo } from '../helpers/git-repo.js'
import { byCopilot, cli, repoWithFeatureBranch } from './helpers.js'

/** Exit 2, nothing on stdout, and one line on stderr that says where, what and how to fix it. */

let repo: GitRepo
beforeAll(async () => {
  repo = await repoWithFeatureBranch()
  await repo.commit(
    byCopilot('Document setup', { write: { 'docs/setup.md': '# Setup\n\nRun.\n' } })
  )
})
afterAll(async () => {
  await repo.cleanup()
})

describe('a bad policy', () => {
  it('given with --policy exits 2 naming file:line:column of the typo and the fix', async () => {
    const file = path.join(repo.dir, 'agent-policy.yml')
    await writeFile(file, 'version: 1\ncannot_access: [secrets]\ncan_edti:\n  - docs/\n')
    const run = await cli('--repo', repo.dir, '--policy', file)
    expect(run).toEqual({
      status: 2,
      stdout: '',
      stderr:
        'agent-audit: agent-policy.yml:3:1: unknown key "can_edti". Did you mean "can_edit"?\n'
    })
  })

  it('in the article map shape names the key inside ai_agent_policy', async () => {
    const file = path.join(repo.dir, 'map-policy.yml')
    await writeFile(file, 'ai_agent_policy:\n  can_read: [app/]\n  can_edti: [docs/]\n')
    const run = await cli('--repo', repo.dir, '--policy', file)
    expect(run.stderr).toBe(
      'agent-audit: map-policy.yml:3:3: unknown key "can_edti" in "ai_agent_policy". Did you mean "can_edit"?\n'
    )
    expect(run.status).toBe(2)
  })

  it('that does not exist exits 2 and says how to use the default instead', async () => {
    const missing = path.join(repo.dir, 'nope.yml')
    const run = await cli('--repo', repo.dir, '--policy', missing)
    expect(run.stderr).toBe(
      `agent-audit: ${missing}: cannot read the policy file (ENOENT). ` +
        'Pass an existing YAML file to --policy, or leave it out to use .github/agent-policy.yml at the base commit\n'
    )
    expect(run.status).toBe(2)
  })
})

describe('bad usage', () => {
  it('--format xml exits 2 and lists the formats', async () => {
    const run = await cli('--repo', repo.dir, '--format', 'xml')
    expect(run).toEqual({
      status: 2,
      stdout: '',
      stderr: 'agent-audit: --format "xml" is not a format. Use one of: text, markdown, json\n'
    })
  })

  it('an unknown option exits 2 and points at --help', async () => {
    const run = await cli('--repo', repo.dir, '--bse', 'main')
    expect(run).toEqual({
      status: 2,
      stdout: '',
      stderr: "agent-audit: Unknown option '--bse'. Run agent-audit --help for the options\n"
    })
  })

  it('a positional argument exits 2', async () => {
    const run = await cli(repo.dir)
    expect(run.status).toBe(2)
    expect(run.stderr).toBe(
      `agent-audit: Unexpected argument '${repo.dir}'. This command does not take positional arguments. Run agent-audit --help for the options\n`
    )
  })

  it('a ref that names no commit exits 2 naming the flag', async () => {
    const run = await cli('--repo', repo.dir, '--base', 'no-such-branch')
    expect(run.status).toBe(2)
    expect(run.stderr.split('\n')[0]).toBe(
      `agent-audit: The base ref "no-such-branch" does not name a commit in ${repo.dir}. ` +
        'Pass a branch, tag or commit SHA that exists in this clone with --base ' +
        '(run `git fetch` first if it is only on the remote)'
    )
  })

  it('--help prints the usage and exits 0', async () => {
    const run = await cli('--help')
    expect(run.status).toBe(0)
    expect(run.stdout.startsWith('Usage: agent-audit [options]\n')).toBe(true)
    expect(run.stdout).toContain('Exit status: 0 pass, 1 fail, 2 usage or policy error.\n')
  })
})
