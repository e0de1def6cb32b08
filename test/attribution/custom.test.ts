import { describe, expect, it } from '@jest/globals'
import {
  agentsConfig,
  attributeCommits,
  classifyOne,
  commit,
  message,
  NO_EXTRA,
  pullRequest,
  signalsOf,
  who
} from './builders.js'

const CLAUDE_CO_AUTHORED = commit({
  message: message('Agent work', 'Co-Authored-By: Claude <noreply@anthropic.com>')
})

describe('custom agent identities from the policy', () => {
  const agents = agentsConfig({
    extra: {
      logins: ['acme-coder[bot]'],
      emails: ['*@agents.acme.test'],
      trailers: ['AI-Agent'],
      branches: ['ai/**'],
      labels: ['ai-generated'],
      prBodyMarkers: ['<!-- acme-agent -->']
    }
  })

  it.each([
    [
      'an email glob',
      commit({ author: who('Acme Coder', 'run-42@agents.acme.test') }),
      'author-email'
    ],
    [
      'a login in a noreply address',
      commit({ author: who('acme', '777+acme-coder[bot]@users.noreply.github.com') }),
      'author-email'
    ],
    [
      'a trailer key, case-insensitively',
      commit({ message: message('Work', 'ai-agent: acme v2') }),
      'trailer'
    ],
    [
      'a co-author email',
      commit({ message: message('Work', 'Co-authored-by: Acme <bot@agents.acme.test>') }),
      'co-author'
    ]
  ])('attributes a commit matched by %s to the custom agent', (_name, one, signal) => {
    const result = classifyOne(one, agents)
    expect(result).toMatchObject({
      kind: 'agent',
      agent: 'custom',
      agentName: 'Custom agent (policy)'
    })
    expect(signalsOf(result)).toEqual([{ agent: 'custom', signal, binding: 'declared' }])
  })

  it('reads custom branch globs, labels and body markers on the PR', () => {
    const pr = pullRequest({
      headRef: 'ai/fix/paging',
      labels: ['AI-Generated'],
      body: 'Done.\n<!-- acme-agent -->'
    })
    const result = attributeCommits([commit()], { agents, pr })
    expect(signalsOf({ evidence: result.pullRequestEvidence })).toEqual([
      { agent: 'custom', signal: 'head-branch', binding: 'declared' },
      { agent: 'custom', signal: 'pr-label', binding: 'declared' },
      { agent: 'custom', signal: 'pr-body', binding: 'declared' }
    ])
  })

  it('binds a custom login opener to the platform and claims the PR commits', () => {
    const pr = pullRequest({
      author: { name: '', email: '', login: 'acme-coder[bot]', id: 4242, type: 'Bot' }
    })
    const result = attributeCommits([commit()], { agents, pr })
    expect(result.commits[0]).toMatchObject({ kind: 'agent', agent: 'custom' })
    expect(signalsOf(result.commits[0] ?? { evidence: [] })).toEqual([
      { agent: 'custom', signal: 'pr-opened-by-agent', binding: 'platform' }
    ])
  })

  it("does not let a '*' branch glob cross a '/'", () => {
    const single = agentsConfig({ extra: { ...NO_EXTRA, branches: ['ai/*'] } })
    const pr = pullRequest({ headRef: 'ai/fix/paging' })
    expect(attributeCommits([commit()], { agents: single, pr }).pullRequestEvidence).toEqual([])
  })
})

describe('builtin: false', () => {
  const customOnly = agentsConfig({
    builtin: false,
    extra: { ...NO_EXTRA, trailers: ['AI-Agent'] }
  })

  it('ignores the built-in agent catalogue', () => {
    expect(classifyOne(CLAUDE_CO_AUTHORED, customOnly)).toMatchObject({
      kind: 'human',
      evidence: []
    })
  })

  it('still applies the custom identities', () => {
    const one = commit({ message: message('Work', 'AI-Agent: in-house') })
    expect(classifyOne(one, customOnly)).toMatchObject({ kind: 'agent', agent: 'custom' })
  })

  it('still knows dependency bots as automation', () => {
    const bump = commit({
      author: who('dependabot[bot]', '49699333+dependabot[bot]@users.noreply.github.com'),
      message: message('Bump x', 'AI-Agent: quoted in release notes')
    })
    expect(classifyOne(bump, customOnly)).toMatchObject({
      kind: 'automation',
      automation: 'dependabot'
    })
  })
})

describe('ignoreBots', () => {
  const agents = agentsConfig({ ignoreBots: ['Release-Bot[bot]'] })

  it('treats an ignored bot as automation and does not read its message', () => {
    const release = commit({
      author: who('release-bot[bot]', '31337+release-bot[bot]@users.noreply.github.com'),
      message: message('Release 1.2.0', 'Co-Authored-By: Claude <noreply@anthropic.com>')
    })
    expect(classifyOne(release, agents)).toMatchObject({
      kind: 'automation',
      automation: 'release-bot[bot]'
    })
  })

  it('leaves other commits alone', () => {
    expect(classifyOne(CLAUDE_CO_AUTHORED, agents)).toMatchObject({
      kind: 'agent',
      agent: 'claude-code'
    })
  })
})
