import { describe, expect, it } from '@jest/globals'
import {
  isWorkflowPath,
  reviewWorkflowChange
} from '../../../src/secrets/workflows/workflow-changes.js'
import { PATH, yaml } from './workflow-text.js'

describe('isWorkflowPath', () => {
  it.each([
    '.github/workflows/ci.yml',
    '.github/workflows/release.yaml',
    '.github/actions/setup/action.yml',
    '.github/actions/deploy/aws/action.yaml',
    '.github/actions/action.yml'
  ])('includes %s', path => {
    expect(isWorkflowPath(path)).toBe(true)
  })

  it.each([
    '.github/workflows/README.md',
    '.github/workflows/nested/ci.yml',
    '.github/dependabot.yml',
    'action.yml',
    'docs/.github/workflows/ci.yml'
  ])('excludes %s', path => {
    expect(isWorkflowPath(path)).toBe(false)
  })
})

describe('reviewWorkflowChange: parsing', () => {
  it('reports an AFTER text that does not parse, at the line of the error (fail closed)', () => {
    const broken = yaml('on: push', 'jobs:', '  build:', '    steps: [', '      - run: make')
    expect(reviewWorkflowChange(PATH, undefined, broken)).toEqual([
      {
        rule: 'unparseable-workflow',
        path: PATH,
        line: 5,
        message:
          'the workflow no longer parses as YAML (Block collections are not allowed within flow collections), so what it does cannot be checked'
      }
    ])
  })

  it('reports duplicate keys and a top level that is not a mapping', () => {
    const duplicate = yaml('on: push', 'on: pull_request_target', 'jobs: {}')
    expect(reviewWorkflowChange(PATH, undefined, duplicate).map(f => [f.rule, f.line])).toEqual([
      ['unparseable-workflow', 2]
    ])
    expect(reviewWorkflowChange(PATH, undefined, '- just\n- a list\n').map(f => f.rule)).toEqual([
      'unparseable-workflow'
    ])
  })

  it('treats a BEFORE that did not parse as no workflow, so everything in AFTER is new', () => {
    const after = yaml(
      'on: push',
      'jobs:',
      '  a:',
      '    steps:',
      '      - run: echo ${{ secrets.X }}'
    )
    expect(reviewWorkflowChange(PATH, 'on: [\n', after).map(f => [f.rule, f.line])).toEqual([
      ['new-secret-reference', 5]
    ])
  })

  it('reports nothing for a deleted or emptied workflow', () => {
    const before = yaml('on: push', 'permissions: read-all', 'jobs: {}')
    expect(reviewWorkflowChange(PATH, before, undefined)).toEqual([])
    expect(reviewWorkflowChange(PATH, before, '')).toEqual([])
  })

  it('resolves YAML aliases, as GitHub does', () => {
    const after = yaml(
      'on: push',
      'x-perms: &perms',
      '  contents: write',
      'jobs:',
      '  build:',
      '    permissions: *perms',
      '    steps:',
      '      - run: make'
    )
    const before = yaml(
      'on: push',
      'permissions: read-all',
      'jobs:',
      '  build:',
      '    steps:',
      '      - run: make'
    )
    expect(reviewWorkflowChange(PATH, before, after).map(f => [f.rule, f.line, f.message])).toEqual(
      [
        [
          'widened-permissions',
          undefined,
          'token permissions widened at the workflow level: the permissions block was removed, so the token falls back to the repository default, which may be read/write for every scope'
        ],
        [
          'widened-permissions',
          3,
          'token permissions widened at job "build": "contents: write" (was read-all)'
        ]
      ]
    )
  })

  it('checks a composite action for new secret references', () => {
    const before = yaml(
      'runs:',
      '  using: composite',
      '  steps:',
      '    - run: make',
      '      shell: bash'
    )
    const after = yaml(
      'runs:',
      '  using: composite',
      '  steps:',
      '    - run: make ${{ secrets.DEPLOY }}',
      '      shell: bash'
    )
    expect(reviewWorkflowChange('.github/actions/build/action.yml', before, after)).toEqual([
      {
        rule: 'new-secret-reference',
        path: '.github/actions/build/action.yml',
        line: 4,
        message: 'the workflow now reads "DEPLOY", which it did not before'
      }
    ])
  })
})
