import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { GitRepo } from '../helpers/git-repo.js'
import { byCopilot, cliJson, repoWithFeatureBranch } from './helpers.js'

/**
 * Without --base the range starts at the merge-base with `main`, like a pull
 * request's diff: what main gained after the branch point is not the branch's.
 */

let repo: GitRepo
let branchPoint: string
let featureCommit: string
beforeAll(async () => {
  repo = await repoWithFeatureBranch()
  branchPoint = await repo.sha('main')
  featureCommit = await repo.commit(byCopilot('Document', { write: { 'docs/a.md': '# A\n' } }))
  // main moves on with an agent change that would fail the audit if it were counted.
  await repo.checkout('main')
  await repo.commit(byCopilot('Add env on main', { write: { '.env': 'K=1\n' } }))
  await repo.checkout('feature')
})
afterAll(async () => {
  await repo.cleanup()
})

describe('the audited range', () => {
  it('defaults to merge-base(main, HEAD)..HEAD', async () => {
    const { run, record } = await cliJson('--repo', repo.dir)
    expect(record.baseSha).toBe(branchPoint)
    expect(record.headSha).toBe(featureCommit)
    expect(record.commits.map(c => c.sha)).toEqual([featureCommit])
    expect(record.files.map(f => f.path)).toEqual(['docs/a.md'])
    expect(run.status).toBe(0)
  })

  it('is the same with --base main given explicitly', async () => {
    const { record } = await cliJson('--repo', repo.dir, '--base', 'main')
    expect([record.baseSha, record.commits.map(c => c.sha)]).toEqual([branchPoint, [featureCommit]])
  })

  it('can audit main’s own commits with --base and --head', async () => {
    const { run, record } = await cliJson(
      '--repo',
      repo.dir,
      '--base',
      branchPoint,
      '--head',
      'main'
    )
    expect(record.findings.map(f => [f.kind, f.path])).toEqual([
      ['cannot_access', '.env'],
      ['secret_file', '.env']
    ])
    expect(run.status).toBe(1)
  })
})
