import { describe, expect, it } from '@jest/globals'
import { describeAgent, isAgentIdentity } from '../../src/attribution/attribute.js'
import { agentsConfig, NO_EXTRA } from './builders.js'

describe('isAgentIdentity', () => {
  it.each([
    'Copilot',
    'copilot-swe-agent[bot]',
    'claude[bot]',
    'Devin-AI-Integration[bot]',
    'coderabbitai[bot]'
  ])('is true for the agent or AI review login %s', login =>
    expect(isAgentIdentity(login)).toBe(true)
  )

  it.each(['octocat', 'dependabot[bot]', 'github-actions[bot]', 'web-flow', 'claude'])(
    'is false for %s',
    login => expect(isAgentIdentity(login)).toBe(false)
  )

  it('recognises an account by its numeric id', () => {
    expect(isAgentIdentity({ name: '', email: '', login: 'renamed-account', id: 158243242 })).toBe(
      true
    )
  })

  it('recognises an agent noreply email', () => {
    expect(
      isAgentIdentity({
        name: 'x',
        email: '161369871+google-labs-jules[bot]@users.noreply.github.com'
      })
    ).toBe(true)
  })

  it('is false for a human whose display name an agent would write', () => {
    expect(
      isAgentIdentity({ name: 'Ada Lovelace (aider)', email: 'ada@example.com', login: 'ada' })
    ).toBe(false)
  })

  it('adds the policy logins, and keeps the catalogue even when builtin is off', () => {
    const agents = agentsConfig({
      builtin: false,
      extra: { ...NO_EXTRA, logins: ['acme-coder[bot]'] }
    })
    expect(isAgentIdentity('acme-coder[bot]', agents)).toBe(true)
    expect(isAgentIdentity('Copilot', agents)).toBe(true)
    expect(isAgentIdentity('acme-coder[bot]')).toBe(false)
  })
})

describe('describeAgent', () => {
  it.each([
    ['copilot-coding-agent', 'GitHub Copilot coding agent'],
    ['claude-code', 'Claude Code'],
    ['custom', 'Custom agent (policy)'],
    ['generic-ai', 'AI assistant (declared by trailer)'],
    ['dependabot', 'Dependabot'],
    ['no-such-agent', 'no-such-agent']
  ])('describes %s as %s', (id, name) => expect(describeAgent(id)).toBe(name))
})
