import { describe, expect, it } from '@jest/globals'
import { loadPolicy } from '../../src/policy/load.js'
import {
  added,
  copilotCommit,
  factsOf,
  humanCommit,
  modified,
  policyFrom,
  recordingJudge,
  run,
  sha,
  verdicts
} from './builders.js'

/**
 * The governance area protects the rules themselves: a policy that lets agents
 * edit `.github/` still cannot let them change the policy, CODEOWNERS or workflows
 * without a human's approval.
 */

const LOOSE = policyFrom(`version: 1
can_edit: [.github/, src/, ./CODEOWNERS]
requires_human_review: []
`)

const governance = (path: string, pattern: string) => ({
  kind: 'requires_human_review',
  status: 'needs_approval',
  blocking: true,
  area: 'governance',
  pattern,
  path,
  previousPath: undefined,
  commits: [sha('c1')]
})

describe('self-protection', () => {
  it('needs review for agent changes to the policy, CODEOWNERS and workflows even inside can_edit', () => {
    const result = run(
      [
        copilotCommit('c1', [
          modified('.github/agent-policy.yml'),
          modified('CODEOWNERS'),
          added('.github/workflows/x.yml'),
          modified('.github/ISSUE_TEMPLATE/bug.md')
        ])
      ],
      LOOSE
    )
    expect(factsOf(result)).toEqual([
      governance('.github/agent-policy.yml', '.github/agent-policy.yml'),
      governance('.github/workflows/x.yml', '.github/workflows/'),
      governance('CODEOWNERS', './CODEOWNERS')
    ])
    expect(verdicts(result)).toEqual({
      '.github/ISSUE_TEMPLATE/bug.md': 'allowed',
      '.github/agent-policy.yml': 'needs_approval',
      '.github/workflows/x.yml': 'needs_approval',
      CODEOWNERS: 'needs_approval'
    })
    expect(result.approvals.map(a => [a.area, a.required, a.satisfied])).toEqual([
      ['governance', 1, false]
    ])
    expect(result.decision).toBe('fail')
    expect(result.reason).toBe('3 changes need approval in agent-made changes')
  })

  it('protects a policy file kept at another path, at that path', () => {
    const policy = loadPolicy('version: 1\ncan_edit: [config/]\n', {
      path: 'config/agent-policy.yml'
    })
    const result = run([copilotCommit('c1', [modified('config/agent-policy.yml')])], policy)
    expect(factsOf(result)).toEqual([
      governance('config/agent-policy.yml', 'config/agent-policy.yml')
    ])
  })

  it('protects .github/agent-policy.yaml before it exists, so an agent cannot add one', () => {
    const result = run([copilotCommit('c1', [added('.github/agent-policy.yaml')])], LOOSE)
    expect(result.findings.map(f => [f.kind, f.area, f.path])).toEqual([
      ['requires_human_review', 'governance', '.github/agent-policy.yaml']
    ])
  })

  it('is satisfied by the governance approval like any review area', () => {
    const { judge, asked } = recordingJudge(true)
    const result = run([copilotCommit('c1', [modified('.github/agent-policy.yml')])], LOOSE, judge)
    expect(asked.map(a => [a.area.name, a.area.mandatory, a.paths])).toEqual([
      ['governance', true, ['.github/agent-policy.yml']]
    ])
    expect(result.findings.map(f => [f.status, f.blocking])).toEqual([['approved', false]])
    expect(result.decision).toBe('pass')
  })

  it('does not judge a human change to the policy file', () => {
    const result = run([humanCommit('h1', [modified('.github/agent-policy.yml')])], LOOSE)
    expect(result.findings).toEqual([])
    expect(verdicts(result)).toEqual({ '.github/agent-policy.yml': 'not_agent' })
    expect(result.decision).toBe('pass')
  })
})
