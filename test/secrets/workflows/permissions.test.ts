import { describe, expect, it } from '@jest/globals'
import { findingsOf, yaml } from './workflow-text.js'

const widened = (before: string | undefined, after: string) =>
  findingsOf('widened-permissions', before, after).map(finding => [finding.line, finding.message])

/** A workflow with optional workflow-level and job-level permissions lines. */
function workflow(top: string[], job: string[] = []): string {
  return yaml(
    'on: push',
    ...top,
    'jobs:',
    '  build:',
    '    runs-on: ubuntu-latest',
    ...job.map(line => `    ${line}`),
    '    steps:',
    '      - run: make'
  )
}

describe('widened permissions', () => {
  it('reports each scope that becomes write, with its line and what it was', () => {
    const before = workflow(['permissions:', '  contents: read', '  issues: write'])
    const after = workflow([
      'permissions:',
      '  contents: write',
      '  issues: write',
      '  pull-requests: write',
      '  id-token: write'
    ])
    expect(widened(before, after)).toEqual([
      [3, 'token permissions widened at the workflow level: "contents: write" (was read)'],
      [5, 'token permissions widened at the workflow level: "pull-requests: write" (was none)'],
      [
        6,
        'token permissions widened at the workflow level: "id-token: write", which lets the workflow request OIDC tokens for cloud credentials, (was none)'
      ]
    ])
  })

  it('reports write-all', () => {
    const before = workflow(['permissions: read-all'])
    expect(widened(before, workflow(['permissions: write-all']))).toEqual([
      [2, 'token permissions widened at the workflow level: write-all (was read-all)']
    ])
  })

  it('reports removing an explicit block: the repository default may be read/write', () => {
    const before = workflow(['permissions:', '  contents: read'])
    expect(widened(before, workflow([]))).toEqual([
      [
        undefined,
        'token permissions widened at the workflow level: the permissions block was removed, so the token falls back to the repository default, which may be read/write for every scope'
      ]
    ])
  })

  it('reports an explicit write where the repository default applied before', () => {
    expect(widened(workflow([]), workflow(['permissions:', '  packages: write']))).toEqual([
      [
        3,
        'token permissions widened at the workflow level: "packages: write" (was not set: the repository default)'
      ]
    ])
  })

  it('does not report narrowing, unchanged or read-only permissions', () => {
    const wide = workflow(['permissions: write-all'])
    expect(widened(wide, workflow(['permissions:', '  contents: read']))).toEqual([])
    expect(widened(wide, workflow(['permissions: {}']))).toEqual([])
    expect(widened(workflow([]), workflow(['permissions:', '  contents: read']))).toEqual([])
    const same = workflow(['permissions:', '  contents: write'])
    expect(widened(same, same)).toEqual([])
    expect(widened(workflow([]), workflow([]))).toEqual([])
  })

  it('compares a job by its effective permissions: its own block, else the workflow block', () => {
    const before = workflow(['permissions:', '  contents: read'])
    const after = workflow(
      ['permissions:', '  contents: read'],
      ['permissions:', '  deployments: write']
    )
    expect(widened(before, after)).toEqual([
      [8, 'token permissions widened at job "build": "deployments: write" (was none)']
    ])
  })

  it('reports a job block that is removed when the job then inherits wider permissions', () => {
    const before = workflow(['permissions: write-all'], ['permissions:', '  contents: read'])
    const after = workflow(['permissions: write-all'])
    expect(widened(before, after)).toEqual([
      [2, 'token permissions widened at job "build": write-all (was contents: read)']
    ])
  })

  it('reports a job block removed when no workflow block is left to inherit', () => {
    const before = workflow([], ['permissions: read-all'])
    expect(widened(before, workflow([]))).toEqual([
      [
        3,
        'token permissions widened at job "build": the permissions block was removed, so the token falls back to the repository default, which may be read/write for every scope'
      ]
    ])
  })

  it('does not report a job that keeps its own narrow block under a widened workflow block', () => {
    const before = workflow(['permissions: read-all'], ['permissions:', '  contents: read'])
    const after = workflow(['permissions: write-all'], ['permissions:', '  contents: read'])
    expect(widened(before, after)).toEqual([
      [2, 'token permissions widened at the workflow level: write-all (was read-all)']
    ])
  })

  it('treats an added workflow as having had no permissions, and an absent block there as no widening', () => {
    expect(widened(undefined, workflow([]))).toEqual([])
    expect(widened(undefined, workflow(['permissions:', '  contents: write']))).toEqual([
      [
        3,
        'token permissions widened at the workflow level: "contents: write" (was absent: the workflow is new)'
      ]
    ])
    expect(widened(undefined, workflow([], ['permissions: write-all']))).toEqual([
      [5, 'token permissions widened at job "build": write-all (was absent: the workflow is new)']
    ])
  })

  it('counts a level GitHub does not know as write (fail closed)', () => {
    const before = workflow(['permissions:', '  contents: read'])
    expect(widened(before, workflow(['permissions:', '  contents: admin']))).toEqual([
      [3, 'token permissions widened at the workflow level: "contents: write" (was read)']
    ])
  })
})
