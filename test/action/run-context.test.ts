import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readRunContext } from '../../src/action/run-context.js'

const HEAD = 'a'.repeat(40)
const BASE = 'b'.repeat(40)
const ZEROS = '0'.repeat(40)
let dir: string
let written = 0

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'agent-audit-run-context-'))
})

afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

async function contextFor(eventName: string, payload: unknown) {
  const path = join(dir, `event-${written++}.json`)
  await writeFile(path, typeof payload === 'string' ? payload : JSON.stringify(payload))
  return readRunContext({
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: path
  })
}

const SUPPORTED =
  'pull_request, pull_request_target, pull_request_review, merge_group, push, workflow_dispatch'

describe('the event a run audits', () => {
  it.each(['pull_request', 'pull_request_target', 'pull_request_review'])(
    'reads the pull request number of a %s payload',
    async eventName => {
      const context = await contextFor(eventName, { action: 'opened', pull_request: { number: 7 } })
      expect(context.event).toEqual({ kind: 'pull_request', pullNumber: 7 })
      expect(context.pullNumber).toBe(7)
      expect(context.eventName).toBe(eventName)
    }
  )

  it('reads the range and refs of a merge_group payload', async () => {
    const headRef = `refs/heads/gh-readonly-queue/main/pr-123-${BASE}`
    const context = await contextFor('merge_group', {
      action: 'checks_requested',
      merge_group: {
        head_sha: HEAD,
        head_ref: headRef,
        base_sha: BASE,
        base_ref: 'refs/heads/main'
      }
    })
    expect(context.event).toEqual({
      kind: 'merge_group',
      baseSha: BASE,
      headSha: HEAD,
      baseRef: 'refs/heads/main',
      headRef
    })
    expect(context.pullNumber).toBeUndefined()
  })

  it('reads before and after of a push, zeros included for a new branch', async () => {
    const context = await contextFor('push', {
      ref: 'refs/heads/feature',
      before: ZEROS,
      after: HEAD
    })
    expect(context.event).toEqual({
      kind: 'push',
      ref: 'refs/heads/feature',
      before: ZEROS,
      after: HEAD
    })
  })

  it('needs no payload for workflow_dispatch: the pull request comes from the input', async () => {
    const context = readRunContext({
      GITHUB_REPOSITORY: 'acme/shop',
      GITHUB_EVENT_NAME: 'workflow_dispatch'
    })
    expect(context.event).toEqual({ kind: 'workflow_dispatch' })
  })
})

describe('payloads and events it refuses', () => {
  it('lists the supported events for any other event', async () => {
    await expect(contextFor('schedule', {})).rejects.toThrow(
      `the event "schedule" is not supported. Trigger agent-audit on one of: ${SUPPORTED}`
    )
  })

  it('names the missing field of a pull request payload', async () => {
    await expect(contextFor('pull_request_target', { pull_request: {} })).rejects.toThrow(
      'the pull_request_target event payload has no pull_request.number. ' +
        'Run agent-audit on pull request events'
    )
  })

  it('refuses a merge_group payload whose head is not a full sha', async () => {
    const payload = {
      merge_group: { head_sha: 'main', head_ref: 'x', base_sha: BASE, base_ref: 'refs/heads/main' }
    }
    await expect(contextFor('merge_group', payload)).rejects.toThrow(
      'the merge_group event payload has no merge_group.head_sha (expected a full commit sha). ' +
        'Run agent-audit in a workflow triggered by merge_group, as a step of the job the event started'
    )
  })

  it('refuses an all-zero merge group base, which only a push may have', async () => {
    const payload = {
      merge_group: { head_sha: HEAD, head_ref: 'x', base_sha: ZEROS, base_ref: 'refs/heads/main' }
    }
    await expect(contextFor('merge_group', payload)).rejects.toThrow(
      'the merge_group event payload has no merge_group.base_sha (expected a full commit sha)'
    )
  })

  it('refuses a push payload without before', async () => {
    await expect(contextFor('push', { ref: 'refs/heads/x', after: HEAD })).rejects.toThrow(
      'the push event payload has no before (expected a full commit sha)'
    )
  })

  it('says which payload file it could not read', async () => {
    const path = join(dir, 'broken.json')
    await writeFile(path, '{not json')
    expect(() =>
      readRunContext({
        GITHUB_REPOSITORY: 'acme/shop',
        GITHUB_EVENT_NAME: 'push',
        GITHUB_EVENT_PATH: path
      })
    ).toThrow(`cannot read the event payload at ${path}: `)
  })
})
