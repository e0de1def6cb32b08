/**
 * Bypass 9, size caps: GitHub's REST API silently stops listing a pull
 * request's files at 3000 and its commits at 250. Past either cap the action
 * must not audit the part it was shown. Without the full history it fails
 * closed, naming the fix (`fetch-depth: 0`); with a full checkout it audits
 * everything from local git.
 *
 * Each pull request hides its one protected change where REST does not
 * reach: file 3001 (in path order) or commit 251. An audit of what REST lists
 * would find nothing to stop and pass.
 *
 * The history is written with `git fast-import` (one shared blob for every
 * file), so the repositories stay a few hundred KB and build in well under a second.
 */
import { describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { useFakes } from '../action/fakes-lifecycle.js'
import type { ActionRun } from '../action/harness.js'
import { COPILOT, HUMAN, type Scenario } from '../action/scenario.js'
import { PULL_COMMITS_CAP, PULL_FILES_CAP } from '../fakes/github-api.js'
import type { Identity } from '../helpers/git-repo.js'
import { GitRepo } from '../helpers/git-repo.js'
import { plainText } from '../faults/helpers.js'

const POLICY = `version: 1
can_edit: [assets/, docs/]
requires_human_review: [migrations]
`
/** Sorts after `assets/`: GitHub lists files in path order, so this one is past the 3000 cap. */
const MIGRATION = 'database/migrations/2026_02_01_add_discount.php'
const FILES = PULL_FILES_CAP + 1
const COMMITS = PULL_COMMITS_CAP + 1

const fakes = useFakes({ artifacts: false })

interface AuditRecord {
  decision: string
  error?: { kind: string; message: string }
  commits: { sha: string; kind: string }[]
  files: { path: string; agentTouched: boolean }[]
  findings: { kind: string; status: string; area: string; path: string }[]
}

function record(run: ActionRun): AuditRecord {
  if (!run.audit) throw new Error(`no audit record; stdout:\n${run.stdout}\n${run.stderr}`)
  return run.audit as unknown as AuditRecord
}

const run = (options: { workspace?: string; mode?: 'report' | 'enforce' } = {}) =>
  fakes.action({
    workspace: options.workspace,
    inputs: { 'upload-artifact': 'false', mode: options.mode ?? 'enforce' }
  })

/** Feeds a fast-import stream to git in `dir`, without the user's git settings. */
function fastImport(dir: string, stream: string): Promise<void> {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, GIT_CONFIG_NOSYSTEM: '1', LC_ALL: 'C' }
  return new Promise((resolve, reject) => {
    const child = execFile('git', ['fast-import', '--quiet'], { cwd: dir, env }, error =>
      error ? reject(error) : resolve()
    )
    child.stdin?.end(stream)
  })
}

let clock = Date.parse('2026-03-01T09:00:00Z') / 1000

/**
 * One fast-import commit on refs/heads/feature; `changes` are `M` lines. The
 * first commit of a stream names its parent (`from`); later ones continue the branch.
 */
function commitCommand(
  who: Identity,
  message: string,
  from: string | undefined,
  changes: string[]
): string {
  const person = `${who.name} <${who.email}> ${clock++} +0000`
  const data = Buffer.byteLength(message)
  return [
    'commit refs/heads/feature',
    `author ${person}`,
    `committer ${person}`,
    `data ${data}`,
    message,
    ...(from ? [`from ${from}`] : []),
    ...changes,
    ''
  ].join('\n')
}

const BLOB = 'blob\nmark :1\ndata 2\nx\n\n'

async function sizedScenario(build: (mainSha: string) => string): Promise<Scenario> {
  const s = await fakes.scenario({ 'README.md': '# shop\n', '.github/agent-policy.yml': POLICY })
  const main = await s.repo.sha('main')
  await fastImport(s.repo.dir, BLOB + build(main))
  // The work tree was checked out before fast-import moved the branch: bring it to the head.
  await s.repo.git('reset', '--hard', '--quiet', 'feature')
  await s.open()
  return s
}

/** One Copilot commit adding 3000 assets and, as file 3001, a migration. */
const manyFiles = () =>
  sizedScenario(main => {
    const assets = Array.from(
      { length: FILES - 1 },
      (_, i) => `M 100644 :1 assets/${String(i).padStart(4, '0')}.txt`
    )
    return commitCommand(COPILOT, 'Generate the assets', main, [
      ...assets,
      `M 100644 :1 ${MIGRATION}`
    ])
  })

/** 250 human commits to the docs, then (commit 251) Copilot adds a migration. */
const manyCommits = () =>
  sizedScenario(main => {
    const human = Array.from({ length: COMMITS - 1 }, (_, i) =>
      commitCommand(HUMAN, `Docs step ${i + 1}`, i === 0 ? main : undefined, [
        `M 100644 :1 docs/step-${i + 1}.md`
      ])
    )
    const agent = commitCommand(COPILOT, 'Add a discount column', undefined, [
      `M 100644 :1 ${MIGRATION}`
    ])
    return [...human, agent].join('')
  })

function expectFailsClosed(result: ActionRun, problem: string): void {
  expect(result.outputs.decision).toBe('fail')
  expect(result.exitCode).toBe(1)
  const audit = record(result)
  expect(audit.decision).toBe('fail')
  expect(audit.error?.kind).toBe('user')
  expect(audit.error?.message).toContain(problem)
  expect(audit.error?.message).toContain('actions/checkout `fetch-depth: 0`')
  const failure = result.stdout.split('\n').filter(line => line.startsWith('::error::'))
  expect(failure).toEqual([expect.stringContaining(problem)])
  expect(failure[0]).toContain('fetch-depth: 0')
  const summary = plainText(result.summary)
  expect(summary).toContain(problem)
  expect(summary).toContain('fetch-depth: 0')
}

const shallowClone = async (s: Scenario): Promise<string> =>
  fakes.adopt(await GitRepo.clone(s.repo, { depth: 1, branch: 'feature' })).dir

const FILES_PROBLEM = `the pull request changes ${FILES} files but the REST API returns at most ${PULL_FILES_CAP}`
const COMMITS_PROBLEM = `the pull request has ${COMMITS} commits but the REST API returns at most ${PULL_COMMITS_CAP}`

describe(`more than ${PULL_FILES_CAP} files`, () => {
  it('fails closed without a checkout, even in report mode, naming fetch-depth: 0', async () => {
    await manyFiles()
    expectFailsClosed(await run({ mode: 'report' }), FILES_PROBLEM)
  })

  it('fails closed with a shallow checkout', async () => {
    const s = await manyFiles()
    expectFailsClosed(await run({ workspace: await shallowClone(s) }), FILES_PROBLEM)
  })

  it('audits every file from a full checkout and finds the change past the cap', async () => {
    const s = await manyFiles()
    const result = await run({ workspace: s.repo.dir })

    expect(result.exitCode).toBe(1)
    expect(result.outputs).toMatchObject({
      decision: 'fail',
      'agent-commits': '1',
      'agent-files': String(FILES),
      'blocking-findings': '1'
    })
    const audit = record(result)
    expect(audit.error).toBeUndefined()
    expect(audit.files).toHaveLength(FILES)
    expect(audit.files.every(file => file.agentTouched)).toBe(true)
    expect(audit.files.at(-1)?.path).toBe(MIGRATION)
    expect(audit.findings.map(f => `${f.status} ${f.kind} ${f.area} ${f.path}`)).toEqual([
      `needs_approval requires_human_review migrations ${MIGRATION}`
    ])
  })
})

describe(`more than ${PULL_COMMITS_CAP} commits`, () => {
  it('fails closed without a checkout, even in report mode, naming fetch-depth: 0', async () => {
    await manyCommits()
    expectFailsClosed(await run({ mode: 'report' }), COMMITS_PROBLEM)
  })

  it('fails closed with a shallow checkout', async () => {
    const s = await manyCommits()
    expectFailsClosed(await run({ workspace: await shallowClone(s) }), COMMITS_PROBLEM)
  })

  it('audits every commit from a full checkout and attributes only the last to the agent', async () => {
    const s = await manyCommits()
    const result = await run({ workspace: s.repo.dir })

    expect(result.exitCode).toBe(1)
    expect(result.outputs).toMatchObject({
      decision: 'fail',
      'agent-commits': '1',
      'agent-files': '1',
      'blocking-findings': '1'
    })
    const audit = record(result)
    expect(audit.error).toBeUndefined()
    expect(audit.commits).toHaveLength(COMMITS)
    const agentCommits = audit.commits.filter(commit => commit.kind === 'agent')
    expect(agentCommits.map(commit => commit.sha)).toEqual([await s.repo.sha('feature')])
    // The 250 docs pages and the migration.
    expect(audit.files).toHaveLength(COMMITS - 1 + 1)
    expect(audit.findings.map(f => `${f.status} ${f.kind} ${f.area} ${f.path}`)).toEqual([
      `needs_approval requires_human_review migrations ${MIGRATION}`
    ])
  })
})
