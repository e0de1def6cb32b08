// Drives the fake results service with the REAL @actions/artifact client, in-process, so the fake
// is proven against the same protocol the bundled action speaks.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startResultsService, TWIRP_PATH, type ResultsService } from './results-service.js'
import { extractAllZipFiles, listZipEntries } from './zip.js'

const REPORT_JSON = '{"verdict":"pass","changes":3}\n'
const NOTES_TXT = 'line of audit notes that compresses well\n'.repeat(500)
const DAY_MS = 24 * 60 * 60 * 1000

let service: ResultsService
let workDir: string

beforeEach(async () => {
  service = await startResultsService()
  // The client reads these per call, but the module must be imported only after they are set.
  Object.assign(process.env, service.env())
  delete process.env.GITHUB_SERVER_URL
  delete process.env.GITHUB_RETENTION_DAYS
  workDir = mkdtempSync(join(tmpdir(), 'results-service-'))
})

afterEach(async () => {
  await service.close()
  rmSync(workDir, { recursive: true, force: true })
})

async function artifactClient() {
  const { DefaultArtifactClient } = await import('@actions/artifact')
  return new DefaultArtifactClient()
}

function writeInputFiles(root: string, notes = NOTES_TXT): string[] {
  mkdirSync(join(root, 'sub'), { recursive: true })
  writeFileSync(join(root, 'report.json'), REPORT_JSON)
  writeFileSync(join(root, 'sub', 'notes.txt'), notes)
  return [join(root, 'report.json'), join(root, 'sub', 'notes.txt')]
}

async function uploadInputs(name: string, notes = NOTES_TXT, compressionLevel?: number) {
  const root = join(workDir, `in-${service.requests.length}`)
  const files = writeInputFiles(root, notes)
  const client = await artifactClient()
  return client.uploadArtifact(name, files, root, { retentionDays: 5, compressionLevel })
}

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex')
}

function calls(): string[] {
  return service.requests.map(r => r.call)
}

async function twirp(method: string, body: Record<string, unknown>): Promise<unknown> {
  const response = await fetch(`${service.url}${TWIRP_PATH}${method}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${service.runtimeToken}`
    },
    body: JSON.stringify(body)
  })
  expect(response.status).toBe(200)
  return response.json()
}

function decodeJwtPayload(token: string): Record<string, unknown> {
  const payload = token.split('.')[1] ?? ''
  return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>
}

describe('fake results service', () => {
  it('provides exactly the runner env the artifact client needs, with a scoped far-future token', () => {
    expect(service.env()).toEqual({
      ACTIONS_RUNTIME_TOKEN: service.runtimeToken,
      ACTIONS_RESULTS_URL: `${service.url}/`
    })
    expect(service.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    const claims = decodeJwtPayload(service.runtimeToken)
    expect(String(claims.scp).split(' ')).toContain(
      `Actions.Results:${service.runId}:${service.jobId}`
    )
    expect(claims.exp).toBe(4102444800)
  })

  it('accepts an upload and stores the exact zip the client committed', async () => {
    const result = await uploadInputs('audit-report')

    expect(calls()).toEqual(['CreateArtifact', 'block', 'blocklist', 'FinalizeArtifact'])
    expect(service.requests.map(r => r.status)).toEqual([200, 201, 201, 200])
    expect(service.artifacts).toHaveLength(1)
    const artifact = service.artifacts[0]!
    expect(result).toEqual({ id: 1000, size: artifact.blob.length, digest: sha256(artifact.blob) })
    expect(artifact).toMatchObject({
      id: 1000,
      name: 'audit-report',
      size: artifact.blob.length,
      hash: `sha256:${sha256(artifact.blob)}`,
      contentType: 'application/zip',
      verified: true
    })
    const files = extractAllZipFiles(artifact.blob)
    expect([...files.keys()].sort()).toEqual(['report.json', 'sub/notes.txt'])
    expect(files.get('report.json')?.toString('utf8')).toBe(REPORT_JSON)
    expect(files.get('sub/notes.txt')?.toString('utf8')).toBe(NOTES_TXT)
  })

  it('records the create request and the expiry derived from retentionDays', async () => {
    const before = Date.now()
    await uploadInputs('audit-report')

    const create = service.requests[0]!.body!
    expect(create).toMatchObject({
      workflow_run_backend_id: service.runId,
      workflow_job_run_backend_id: service.jobId,
      name: 'audit-report',
      version: 7,
      mime_type: 'application/zip'
    })
    const expiresAt = service.artifacts[0]!.expiresAt!
    expect(expiresAt).toBe(create.expires_at)
    const daysAhead = (Date.parse(expiresAt) - before) / DAY_MS
    expect(daysAhead).toBeGreaterThan(4.9)
    expect(daysAhead).toBeLessThan(5.1)
  })

  it('rejects a second upload under the same name with a 409 already_exists', async () => {
    await uploadInputs('audit-report')

    await expect(uploadInputs('audit-report')).rejects.toThrow(
      'Failed to CreateArtifact: Received non-retryable error: Failed request: (409) Conflict: ' +
        'an artifact with this name already exists on the workflow run'
    )
    expect(calls().slice(4)).toEqual(['CreateArtifact'])
    expect(service.requests[4]!.status).toBe(409)
    expect(service.artifacts.map(a => a.id)).toEqual([1000])
  })

  it('lets a re-run delete the artifact and upload the same name again', async () => {
    await uploadInputs('audit-report', 'first run\n')
    const client = await artifactClient()

    expect(await client.deleteArtifact('audit-report')).toEqual({ id: 1000 })
    expect(await client.listArtifacts()).toEqual({ artifacts: [] })
    const second = await uploadInputs('audit-report', 'second run\n')

    expect(second.id).toBe(1001)
    expect(calls().slice(4)).toEqual([
      'ListArtifacts',
      'DeleteArtifact',
      'ListArtifacts',
      'CreateArtifact',
      'block',
      'blocklist',
      'FinalizeArtifact'
    ])
    expect(service.artifacts.map(a => [a.id, a.name, a.verified])).toEqual([
      [1001, 'audit-report', true]
    ])
    const notes = extractAllZipFiles(service.artifacts[0]!.blob).get('sub/notes.txt')
    expect(notes?.toString('utf8')).toBe('second run\n')
  })

  it('lists artifacts by name and id, and serves the zip for download', async () => {
    await uploadInputs('audit-report')
    const { digest } = await uploadInputs('other-report', 'other notes\n')
    const client = await artifactClient()

    // The client picks the newest match, so an ignored name_filter would return 1001 here.
    const found = await client.getArtifact('audit-report')
    expect(found.artifact).toMatchObject({ id: 1000, name: 'audit-report' })
    const downloadDir = join(workDir, 'download')
    const download = await client.downloadArtifact(1001, {
      path: downloadDir,
      expectedHash: `sha256:${digest}`
    })

    expect(download).toEqual({ downloadPath: downloadDir, digestMismatch: false })
    expect(calls().slice(8)).toEqual([
      'ListArtifacts',
      'ListArtifacts',
      'GetSignedArtifactURL',
      'download'
    ])
    expect(service.requests[8]!.body).toMatchObject({ name_filter: 'audit-report' })
    expect(service.requests[9]!.body).toMatchObject({ id_filter: '1001' })
    expect(readFileSync(join(downloadDir, 'report.json'), 'utf8')).toBe(REPORT_JSON)
    expect(readFileSync(join(downloadDir, 'sub', 'notes.txt'), 'utf8')).toBe('other notes\n')
  })

  it('fails the next matching call on request, leaving no artifact, then recovers', async () => {
    service.failNext('FinalizeArtifact', 403)

    await expect(uploadInputs('audit-report')).rejects.toThrow(
      'Failed to FinalizeArtifact: Received non-retryable error: Failed request: (403) Forbidden: ' +
        'injected failure'
    )
    expect(service.artifacts).toEqual([])
    const retried = await uploadInputs('audit-report')
    expect(retried.id).toBe(1001)
    expect(service.artifacts.map(a => a.id)).toEqual([1001])
  })

  it('fails a block upload when told to, without retrying a 4xx', async () => {
    service.failNext('block', 403)

    await expect(uploadInputs('audit-report')).rejects.toThrow('injected failure')
    expect(calls()).toEqual(['CreateArtifact', 'block'])
    expect(service.artifacts).toEqual([])
  })

  it('keeps entries stored (uncompressed) when the client uploads with compression level 0', async () => {
    await uploadInputs('audit-report', NOTES_TXT, 0)

    const zip = service.artifacts[0]!.blob
    const entries = listZipEntries(zip).filter(e => !e.isDirectory)
    expect(entries.map(e => e.method)).toEqual([0, 0])
    expect(extractAllZipFiles(zip).get('sub/notes.txt')?.toString('utf8')).toBe(NOTES_TXT)
  })

  it('flags an artifact whose declared hash does not match the committed bytes', async () => {
    const ids = {
      workflow_run_backend_id: service.runId,
      workflow_job_run_backend_id: service.jobId
    }
    const created = (await twirp('CreateArtifact', { ...ids, name: 'raw', version: 7 })) as {
      signed_upload_url: string
    }
    const block = await fetch(`${created.signed_upload_url}&comp=block&blockid=QUFB`, {
      method: 'PUT',
      body: 'abc'
    })
    const commit = await fetch(`${created.signed_upload_url}&comp=blocklist`, {
      method: 'PUT',
      body: '<?xml version="1.0"?><BlockList><Latest>QUFB</Latest></BlockList>'
    })
    await twirp('FinalizeArtifact', { ...ids, name: 'raw', size: '3', hash: 'sha256:00' })

    expect([block.status, commit.status]).toEqual([201, 201])
    expect(service.artifacts.map(a => [a.blob.toString('utf8'), a.hash, a.verified])).toEqual([
      ['abc', 'sha256:00', false]
    ])
  })

  it('refuses twirp calls without the runtime token', async () => {
    const response = await fetch(`${service.url}${TWIRP_PATH}ListArtifacts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ workflow_run_backend_id: service.runId })
    })

    expect(response.status).toBe(401)
    expect(await response.json()).toEqual({
      code: 'unauthenticated',
      msg: 'missing or wrong runtime token'
    })
  })
})
