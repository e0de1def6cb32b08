import { describe, expect, it } from '@jest/globals'
import { DEFAULT_POLICY_YAML, builtInPolicy } from '../../src/policy/default-policy.js'
import { loadPolicy } from '../../src/policy/load.js'
import { matchingEntries } from '../../src/policy/match.js'
import type { Policy } from '../../src/policy/types.js'

const labels = (policy: Policy) => ({
  canRead: policy.canRead.map(entry => entry.label),
  canEdit: policy.canEdit,
  cannotAccess: policy.cannotAccess.map(entry => entry.label),
  requiresHumanReview: policy.requiresHumanReview.map(entry => entry.label),
  outsideCanEdit: policy.outsideCanEdit,
  attribution: policy.attribution,
  approvals: policy.approvals,
  areas: [...policy.areas.keys()]
})

describe('builtInPolicy', () => {
  const policy = builtInPolicy()

  it('blocks secrets and asks for review of the risky areas and the rules themselves', () => {
    expect(labels(policy)).toEqual({
      canRead: [],
      canEdit: undefined,
      cannotAccess: ['secrets'],
      requiresHumanReview: ['migrations', 'auth', 'authorization', 'payments', 'ci', 'governance'],
      outsideCanEdit: 'review',
      attribution: 'commit',
      approvals: { required: 1, allowRequester: false },
      areas: [
        'migrations',
        'auth',
        'authorization',
        'payments',
        'ci',
        'infra',
        'dependencies',
        'secrets',
        'governance'
      ]
    })
  })

  it('says it is built in', () => {
    expect(policy.source).toEqual({
      path: '.github/agent-policy.yml',
      builtIn: true,
      shape: 'built-in'
    })
    expect(policy.cannotAccess[0]?.where).toEqual({ file: '(built-in)' })
  })

  it('is what DEFAULT_POLICY_YAML says', () => {
    const loaded = loadPolicy(DEFAULT_POLICY_YAML, { path: '.github/agent-policy.yml' })
    expect(labels(loaded)).toEqual(labels(policy))
  })

  it('protects the path a policy file would be added at', () => {
    const atConfig = builtInPolicy('config/agent-policy.yml')
    const review = (path: string): string[] =>
      matchingEntries(atConfig.requiresHumanReview, path).map(({ entry }) => entry.label)
    expect(review('config/agent-policy.yml')).toEqual(['governance'])
    expect(review('.github/agent-policy.yml')).toEqual(['governance'])
    expect(review('CODEOWNERS')).toEqual(['governance'])
    expect(review('.github/workflows/release.yml')).toEqual(['ci', 'governance'])
  })

  it('leaves ordinary code free', () => {
    const covered = (path: string): number =>
      matchingEntries([...policy.cannotAccess, ...policy.requiresHumanReview], path).length
    expect(covered('src/components/Button.tsx')).toBe(0)
    expect(covered('tests/Unit/UserTest.php')).toBe(0)
    expect(covered('.env.production')).toBe(1)
  })
})
