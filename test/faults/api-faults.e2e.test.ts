/**
 * GitHub API faults injected at the local fake, seen through the bundled
 * action (dist/index.js run as a runner runs it). Transient faults are retried
 * and the run ends with the verdict of a clean run; the others end the run
 * with a reason, never with `pass`.
 *
 * Every run uses `mode: report`, where a completed audit that fails still
 * exits 0 and only an audit that could not be completed fails the job. That
 * separates the two outcomes by exit code as well as by the record.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { useFakes } from '../action/fakes-lifecycle.js'
import type { ActionRun } from '../action/harness.js'
import {
  primaryRateLimit,
  secondaryRateLimit,
  shortPage,
  type FakeGitHub,
  type InjectedResponse
} from '../fakes/github-api.js'
import {
  ASSET_COUNT,
  MIGRATION,
  faultScenario,
  listPage,
  plainText,
  shortRequestTimeout,
  type TimeoutCap
} from './helpers.js'

const fakes = useFakes({ artifacts: false })

const PULL = 'GET /repos/{owner}/{repo}/pulls/{pull_number}'
const COMMITS = `${PULL}/commits`
const FILES = `${PULL}/files`
const REVIEWS = `${PULL}/reviews`

interface AuditRecord {
  decision: string
  error?: { kind: string; message: string }
  findings: { kind: string; status: string; area: string; path: string }[]
  approvals: { area: string; counted: string[]; changesRequestedBy: string[]; satisfied: boolean }[]
}

function record(run: ActionRun): AuditRecord {
  if (!run.audit) throw new Error(`no audit record; stdout:\n${run.stdout}\n${run.stderr}`)
  return run.audit as unknown as AuditRecord
}

const reportRun = (env?: Record<string, string>) =>
  fakes.action({ inputs: { 'upload-artifact': 'false', mode: 'report' }, env })

/** The verdict on the complete data: the migration waits for approval, the approval withdrawn. */
const CLEAN_OUTPUTS = {
  decision: 'fail',
  'agent-commits': '1',
  'agent-files': String(ASSET_COUNT + 1),
  findings: '1',
  'blocking-findings': '1'
}
const CLEAN_FINDINGS = [`needs_approval requires_human_review migrations ${MIGRATION}`]
const CLEAN_APPROVAL = {
  area: 'migrations',
  counted: [],
  changesRequestedBy: ['hubot-human'],
  satisfied: false
}

function expectCleanVerdict(run: ActionRun): void {
  expect(run.outputs).toMatchObject(CLEAN_OUTPUTS)
  const audit = record(run)
  expect(audit.error).toBeUndefined()
  expect(audit.findings.map(f => `${f.status} ${f.kind} ${f.area} ${f.path}`)).toEqual(
    CLEAN_FINDINGS
  )
  expect(audit.approvals).toEqual([expect.objectContaining(CLEAN_APPROVAL)])
}

describe('the pull request the faults are injected into', () => {
  it('fails on complete data, reading 2 pages of files and 3 of reviews', async () => {
    await faultScenario(fakes)
    const run = await reportRun()

    expect(run.exitCode).toBe(0)
    expectCleanVerdict(run)
    expect(fakes.github.routeCounts()).toMatchObject({ [COMMITS]: 1, [FILES]: 2, [REVIEWS]: 3 })
  })

  // Proves the design: the data a fault can drop is exactly what keeps this pull request from passing.
  it.each([
    ['the migration on page 2 of the files', 'migration' as const],
    ['the change request on page 2 of the reviews', 'change-request' as const]
  ])('would pass without %s', async (_, drop) => {
    await faultScenario(fakes, { drop })
    const run = await reportRun()

    expect(run.exitCode).toBe(0)
    expect(run.outputs.decision).toBe('pass')
  })
})

interface Fault {
  name: string
  path: RegExp
  response: InjectedResponse
  /** The request deadline is shortened for this fault (it hangs). */
  hangs?: boolean
}

interface RetriedFault extends Fault {
  route: string
  /** Shortest wait the client must leave before it asks again. */
  waitMs: number
}

interface FatalFault extends Fault {
  kind: 'user' | 'internal'
  /** What the error must say (in the record, the summary and the log). */
  says: string[]
  /** False when the fault also stops the check run from being published. */
  checkRun?: boolean
}

const forbidden: InjectedResponse = {
  status: 403,
  body: {
    message: 'Resource not accessible by integration',
    documentation_url: 'https://docs.github.com/rest/pulls/pulls#list-pull-requests-files',
    status: '403'
  }
}

const RETRIED: RetriedFault[] = [
  {
    name: '500 on page 2 of the files',
    path: listPage('files', 2),
    response: { status: 500 },
    route: FILES,
    waitMs: 1000
  },
  {
    name: '502 on page 2 of the reviews',
    path: listPage('reviews', 2),
    response: { status: 502 },
    route: REVIEWS,
    waitMs: 1000
  },
  {
    name: '503 on the commits',
    path: listPage('commits', 1),
    response: { status: 503 },
    route: COMMITS,
    waitMs: 1000
  },
  {
    name: 'a secondary rate limit (403, retry-after: 1) on page 2 of the reviews',
    path: listPage('reviews', 2),
    response: secondaryRateLimit(1),
    route: REVIEWS,
    waitMs: 1000
  }
]

const PULL_7 = 'pull request #7 of acme/shop'

const FATAL: FatalFault[] = [
  {
    name: '401 Bad credentials on every request',
    path: /./,
    response: { status: 401, times: Infinity },
    kind: 'user',
    says: ['the token was rejected', 'Check the token input'],
    checkRun: false
  },
  {
    name: '403 Resource not accessible by integration on the files',
    path: listPage('files', 1),
    response: forbidden,
    kind: 'user',
    says: [`not allowed to read the files of ${PULL_7}`, 'permissions: pull-requests: read']
  },
  {
    name: 'a primary rate limit, reset an hour away, on page 2 of the reviews',
    path: listPage('reviews', 2),
    response: primaryRateLimit(Math.floor(Date.now() / 1000) + 3600),
    kind: 'user',
    says: ['rate limit stopped agent-audit', `reviews of ${PULL_7}`]
  },
  {
    name: 'page 1 of the files cut to 50 items, its Link still announcing page 2',
    path: listPage('files', 1),
    response: shortPage(50),
    kind: 'internal',
    says: [
      `GitHub sent a malformed response for the files of ${PULL_7}`,
      'a page held 50 items, fewer than the 100 asked for, yet linked to a next page'
    ]
  },
  {
    // The reviews have no count to check against: only the short page itself shows the loss.
    name: 'page 2 of the reviews cut to 50 items, its Link still announcing page 3',
    path: listPage('reviews', 2),
    response: shortPage(50),
    kind: 'internal',
    says: [
      `GitHub sent a malformed response for the reviews of ${PULL_7}`,
      'a page held 50 items, fewer than the 100 asked for, yet linked to a next page'
    ]
  },
  {
    name: 'page 2 of the files cut off mid-body (connection dropped)',
    path: listPage('files', 2),
    response: { status: 200, body: [{ sha: 'f'.repeat(40), filename: MIGRATION }], truncate: true },
    kind: 'internal',
    says: [`GitHub sent a malformed response for the files of ${PULL_7}`]
  },
  {
    name: 'page 2 of the reviews answering 200 with broken JSON',
    path: listPage('reviews', 2),
    response: { status: 200, body: '[{"id": 80000101, "user": {"login": "hub' },
    kind: 'internal',
    says: [`GitHub sent a malformed response for the reviews of ${PULL_7}`]
  },
  {
    name: 'page 2 of the files never answering',
    path: listPage('files', 2),
    response: { status: 200, hang: true },
    hangs: true,
    kind: 'internal',
    says: [`GitHub did not answer within`, `while agent-audit was reading the files of ${PULL_7}`]
  }
]

let timeoutCap: TimeoutCap
beforeAll(async () => {
  timeoutCap = await shortRequestTimeout(3000)
})
afterAll(async () => {
  await timeoutCap.remove()
})

async function runWithFault(fault: Fault): Promise<ActionRun> {
  await faultScenario(fakes)
  fakes.github.failNext({ path: fault.path }, fault.response)
  return reportRun(fault.hangs ? timeoutCap.env : undefined)
}

/** Statuses and arrival times of the requests the fault matched, in order. */
function requestsMatching(github: FakeGitHub, path: RegExp) {
  return github.requests.filter(request => path.test(request.path))
}

describe('transient faults are retried and change nothing', () => {
  it.each(RETRIED)('$name', async fault => {
    const clean: Record<string, number> = { [COMMITS]: 1, [FILES]: 2, [REVIEWS]: 3 }
    const run = await runWithFault(fault)

    expect(run.exitCode).toBe(0)
    expectCleanVerdict(run)
    expect(fakes.github.routeCounts()[fault.route]).toBe((clean[fault.route] ?? 0) + 1)
    const [failed, retried, ...more] = requestsMatching(fakes.github, fault.path)
    expect([failed?.status, retried?.status, more.length]).toEqual([fault.response.status, 200, 0])
    expect((retried?.receivedAt ?? 0) - (failed?.receivedAt ?? 0)).toBeGreaterThanOrEqual(
      fault.waitMs
    )
    expect(fakes.github.checkRuns().map(check => check.conclusion)).toEqual(['neutral'])
  })
})

describe('a fault that leaves the data incomplete never ends in pass', () => {
  it.each(FATAL)('$name', async fault => {
    const run = await runWithFault(fault)

    expect(run.outputs.decision).toBe('fail')
    expect(run.exitCode).toBe(1)
    const audit = record(run)
    expect(audit.decision).toBe('fail')
    expect(audit.error?.kind).toBe(fault.kind)
    for (const text of fault.says) expect(audit.error?.message).toContain(text)
    const summary = plainText(run.summary)
    expect(summary.split('\n')[0]).toBe(
      '## ❌ agent-audit: fail — the audit could not be completed'
    )
    for (const text of fault.says) expect(summary).toContain(text)
    const failure = run.stdout.split('\n').filter(line => line.startsWith('::error::'))
    expect(failure).toEqual([expect.stringContaining('agent-audit could not complete the audit')])
    const published = fakes.github.checkRuns().map(check => check.conclusion)
    expect(published).toEqual(fault.checkRun === false ? [] : ['failure'])
  })
})
