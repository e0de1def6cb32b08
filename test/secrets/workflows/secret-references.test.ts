import { describe, expect, it } from '@jest/globals'
import { findingsOf, PATH, yaml } from './workflow-text.js'

const newReferences = (before: string | undefined, after: string | undefined) =>
  findingsOf('new-secret-reference', before, after)

const publish = (...stepLines: string[]) =>
  yaml(
    'on: push',
    'jobs:',
    '  publish:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - uses: actions/checkout@v4',
    ...stepLines
  )

describe('new secret references', () => {
  it('reports each secret the workflow did not read before, at its line', () => {
    const before = publish('      - run: npm test')
    const after = publish(
      '      - run: npm publish',
      '        env:',
      '          NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}',
      "          OTHER: ${{ secrets['Deploy_Key'] }}"
    )
    expect(newReferences(before, after)).toEqual([
      {
        rule: 'new-secret-reference',
        path: PATH,
        line: 9,
        message: 'the workflow now reads "NPM_TOKEN", which it did not before'
      },
      {
        rule: 'new-secret-reference',
        path: PATH,
        line: 10,
        message: 'the workflow now reads "Deploy_Key", which it did not before'
      }
    ])
  })

  it('does not report a secret the workflow already read, whatever its case or form', () => {
    const before = publish('      - run: echo ${{ secrets.NPM_TOKEN }}')
    const after = publish(
      '      - run: echo ${{ secrets.NPM_TOKEN }}',
      "      - run: echo ${{ secrets['npm_token'] }} ${{ Secrets.Npm_Token }}"
    )
    expect(newReferences(before, after)).toEqual([])
  })

  it('counts each distinct secret once, at its first occurrence', () => {
    const after = publish(
      '      - run: |',
      '          echo one',
      '          echo ${{ secrets.TOKEN }}',
      '      - run: echo ${{ secrets.TOKEN }} ${{ secrets.TOKEN }}'
    )
    expect(newReferences(publish(), after).map(finding => [finding.line, finding.message])).toEqual(
      [[9, 'the workflow now reads "TOKEN", which it did not before']]
    )
  })

  it('counts GITHUB_TOKEN, written either way, as one secret', () => {
    const after = publish(
      '      - run: gh pr list',
      '        env:',
      '          GH_TOKEN: ${{ github.token }}'
    )
    expect(newReferences(publish(), after).map(finding => finding.message)).toEqual([
      'the workflow now reads "GITHUB_TOKEN" (as github.token), which it did not before'
    ])
    const before = publish('      - run: echo ${{ secrets.GITHUB_TOKEN }}')
    expect(newReferences(before, after)).toEqual([])
  })

  it('reports reading the whole secrets context and passing every secret on', () => {
    const after = yaml(
      'on: push',
      'jobs:',
      '  dump:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      "      - run: echo '${{ toJSON(secrets) }}'",
      '  call:',
      '    uses: ./.github/workflows/deploy.yml',
      '    secrets: inherit'
    )
    expect(newReferences(undefined, after).map(finding => [finding.line, finding.message])).toEqual(
      [
        [
          6,
          'the workflow now reads every secret (the whole secrets context), which it did not before'
        ],
        [
          9,
          'the workflow now reads every secret (job "call" has "secrets: inherit"), which it did not before'
        ]
      ]
    )
  })

  it('reports a secret in an if: condition, which is an expression without ${{ }}', () => {
    const after = publish("      - if: secrets.DEPLOY_KEY != ''", '        run: ./deploy')
    expect(newReferences(publish(), after).map(finding => finding.line)).toEqual([7])
  })

  it('treats every secret of an added workflow as new', () => {
    const after = publish('      - run: echo ${{ secrets.A }}')
    expect(newReferences(undefined, after).map(finding => finding.message)).toEqual([
      'the workflow now reads "A", which it did not before'
    ])
  })

  it('ignores comments, plain text and other contexts that merely contain the word', () => {
    const after = yaml(
      '# uses ${{ secrets.IN_A_COMMENT }}',
      'on: push',
      'jobs:',
      '  build:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - run: echo secrets.NOT_AN_EXPRESSION ${{ inputs.secrets }} ${{ steps.secrets.outputs.x }}'
    )
    expect(newReferences(undefined, after)).toEqual([])
  })

  it('reports nothing for a deleted workflow', () => {
    expect(newReferences(publish('      - run: echo ${{ secrets.A }}'), undefined)).toEqual([])
  })
})
