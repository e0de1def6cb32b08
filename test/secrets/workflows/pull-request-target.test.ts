import { describe, expect, it } from '@jest/globals'
import { findingsOf, PATH, yaml } from './workflow-text.js'

const checkouts = (before: string | undefined, after: string) =>
  findingsOf('pull-request-target-checkout', before, after)

/** A workflow with the given `on:` lines and one job with the given step lines. */
function workflow(on: string[], steps: string[]): string {
  return yaml(...on, 'jobs:', '  test:', '    runs-on: ubuntu-latest', '    steps:', ...steps)
}

const HEAD_CHECKOUT = [
  '      - uses: actions/checkout@v4',
  '        with:',
  '          ref: ${{ github.event.pull_request.head.sha }}',
  '      - run: npm ci && npm test'
]
const PLAIN_CHECKOUT = ['      - uses: actions/checkout@v4', '      - run: npm test']

describe('pull_request_target with a checkout of the pull request head', () => {
  it('reports adding the trigger to a workflow that checks out the head', () => {
    const before = workflow(['on: pull_request'], HEAD_CHECKOUT)
    const after = workflow(['on: pull_request_target'], HEAD_CHECKOUT)
    expect(checkouts(before, after)).toEqual([
      {
        rule: 'pull-request-target-checkout',
        path: PATH,
        line: 8,
        message:
          'job "test" runs on pull_request_target and checks out the pull request\'s code (actions/checkout with ref: "${{ github.event.pull_request.head.sha }}"): that code runs with the base repository\'s secrets and token'
      }
    ])
  })

  it.each([
    ['string', ['on: pull_request_target']],
    ['list', ['on: [push, pull_request_target]']],
    ['map', ['on:', '  push:', '  pull_request_target:', '    types: [opened, synchronize]']]
  ])('recognises the trigger in %s form', (_form, on) => {
    expect(checkouts(undefined, workflow(on, HEAD_CHECKOUT)).map(finding => finding.rule)).toEqual([
      'pull-request-target-checkout'
    ])
  })

  it.each([
    ['${{ github.event.pull_request.head.ref }}'],
    ['${{ github.head_ref }}'],
    ['refs/pull/${{ github.event.number }}/merge'],
    ['${{ github.event.pull_request.merge_commit_sha }}']
  ])('recognises ref: %s as the pull request head', ref => {
    const steps = ['      - uses: actions/checkout@v4', '        with:', `          ref: ${ref}`]
    expect(
      checkouts(undefined, workflow(['on: pull_request_target'], steps)).map(f => f.line)
    ).toEqual([8])
  })

  it('recognises checking out the fork repository and fetching the head in a run step', () => {
    const steps = [
      '      - uses: actions/checkout@v4',
      '        with:',
      '          repository: ${{ github.event.pull_request.head.repo.full_name }}',
      '      - run: gh pr checkout ${{ github.event.pull_request.number }}'
    ]
    expect(
      checkouts(undefined, workflow(['on: pull_request_target'], steps)).map(f => f.line)
    ).toEqual([8, 9])
  })

  it('reports adding a head checkout to a workflow that already ran on pull_request_target', () => {
    const before = workflow(['on: pull_request_target'], PLAIN_CHECKOUT)
    const after = workflow(['on: pull_request_target'], HEAD_CHECKOUT)
    expect(checkouts(before, after).map(finding => finding.line)).toEqual([8])
  })

  it('does not report a combination that was already there', () => {
    const same = workflow(['on: pull_request_target'], HEAD_CHECKOUT)
    expect(checkouts(same, same)).toEqual([])
  })

  it('does not report pull_request_target without a checkout of the head', () => {
    expect(checkouts(undefined, workflow(['on: pull_request_target'], PLAIN_CHECKOUT))).toEqual([])
    const labeler = ['      - uses: actions/labeler@v5']
    expect(checkouts(undefined, workflow(['on: pull_request_target'], labeler))).toEqual([])
  })

  it('does not report a head checkout on ordinary pull_request or push triggers', () => {
    expect(checkouts(undefined, workflow(['on: [push, pull_request]'], HEAD_CHECKOUT))).toEqual([])
    expect(checkouts(undefined, workflow(['on:', '  pull_request:'], HEAD_CHECKOUT))).toEqual([])
  })
})
