import { describe, expect, it } from '@jest/globals'
import {
  attributeCommits,
  commit,
  HUMAN,
  message,
  modified,
  pullRequest,
  signalsOf,
  who,
  WEB_FLOW
} from './builders.js'

const COPILOT_ACCOUNT = { name: '', email: '', login: 'Copilot', id: 198982749, type: 'Bot' }
const DEPENDABOT = who('dependabot[bot]', '49699333+dependabot[bot]@users.noreply.github.com')

describe('pull request evidence', () => {
  it('binds the opener to the platform when GitHub gave its id and type', () => {
    const pr = pullRequest({ author: COPILOT_ACCOUNT, headRef: 'copilot/fix-paging' })
    const result = attributeCommits([commit()], { pr })
    expect(signalsOf({ evidence: result.pullRequestEvidence })).toEqual([
      { agent: 'copilot-coding-agent', signal: 'pr-opener', binding: 'platform' },
      { agent: 'copilot-coding-agent', signal: 'head-branch', binding: 'declared' }
    ])
  })

  it('attributes commits without signals of their own to the agent that opened the PR', () => {
    const disguised = commit({ author: HUMAN, committer: HUMAN, files: [modified('src/app.ts')] })
    const bump = commit({
      author: DEPENDABOT,
      committer: WEB_FLOW,
      files: [modified('package.json')],
      verification: { verified: true, reason: 'valid' }
    })
    const result = attributeCommits([disguised, bump], {
      pr: pullRequest({ author: COPILOT_ACCOUNT, headRef: 'copilot/fix-paging' })
    })
    expect(result.commits[0]).toMatchObject({
      kind: 'agent',
      agent: 'copilot-coding-agent',
      agentName: 'GitHub Copilot coding agent'
    })
    expect(signalsOf(result.commits[0] ?? { evidence: [] })).toEqual([
      { agent: 'copilot-coding-agent', signal: 'pr-opened-by-agent', binding: 'platform' }
    ])
    expect(result.commits[1]).toMatchObject({ kind: 'automation', automation: 'dependabot' })
    expect(result.files.map(file => [file.path, file.agentTouched])).toEqual([
      ['package.json', false],
      ['src/app.ts', true]
    ])
  })

  it('claims an unsigned bot-authored commit in a PR an agent opened: the agent can write that author', () => {
    const forged = commit({
      author: DEPENDABOT,
      committer: WEB_FLOW,
      files: [modified('db/migrations/001.sql')]
    })
    const result = attributeCommits([forged], {
      pr: pullRequest({ author: COPILOT_ACCOUNT, headRef: 'copilot/fix-paging' })
    })
    expect(result.commits[0]).toMatchObject({ kind: 'agent', agent: 'copilot-coding-agent' })
    expect(signalsOf(result.commits[0] ?? { evidence: [] })).toEqual([
      { agent: 'copilot-coding-agent', signal: 'pr-opened-by-agent', binding: 'platform' }
    ])
    expect(result.files.map(file => [file.path, file.agentTouched])).toEqual([
      ['db/migrations/001.sql', true]
    ])
  })

  it('keeps an opener without platform data declared, and claims no commits with it', () => {
    const pr = pullRequest({ author: { name: '', email: '', login: 'Copilot' } })
    const result = attributeCommits([commit()], { pr })
    expect(signalsOf({ evidence: result.pullRequestEvidence })).toEqual([
      { agent: 'copilot-coding-agent', signal: 'pr-opener', binding: 'declared' }
    ])
    expect(result.commits[0]?.kind).toBe('human')
  })

  it('matches an opener by id, not login text: Copilot with a foreign id is nobody', () => {
    const pr = pullRequest({
      author: { name: '', email: '', login: 'Copilot', id: 99, type: 'User' }
    })
    expect(attributeCommits([commit()], { pr }).pullRequestEvidence).toEqual([])
  })

  it('recognises an App opener by its [bot] login when the catalogue has no id for it', () => {
    const pr = pullRequest({
      author: { name: '', email: '', login: 'lovable-dev[bot]', id: 555, type: 'Bot' }
    })
    const result = attributeCommits([commit()], { pr })
    expect(result.commits[0]).toMatchObject({ kind: 'agent', agent: 'lovable' })
  })

  it.each([
    [
      'Cursor body marker',
      {
        body: '<!-- CURSOR_AGENT_PR_BODY_BEGIN -->\nFixes the loop\n<!-- CURSOR_AGENT_PR_BODY_END -->'
      },
      'cursor',
      'pr-body'
    ],
    [
      'Codex task link',
      { body: 'Codex task: https://chatgpt.com/codex/tasks/task_e_68a0c1f2' },
      'codex-cloud',
      'pr-body'
    ],
    ['Amazon Q label', { labels: ['Amazon Q development agent'] }, 'amazon-q', 'pr-label'],
    ['OpenHands branch', { headRef: 'openhands-fix-issue-42-try2' }, 'openhands', 'head-branch'],
    ['Devin branch', { headRef: 'devin/1778003224-pr-e-quote-rotation' }, 'devin', 'head-branch'],
    [
      'Claude Code branch',
      { headRef: 'claude/issue-11-20251026-1529' },
      'claude-code',
      'head-branch'
    ],
    [
      'Jules body',
      {
        body: '*PR created automatically by Jules for task [123](https://jules.google.com/task/123) started by @ada*'
      },
      'jules',
      'pr-body'
    ]
  ])('reads the %s as declared evidence', (_name, fields, agent, signal) => {
    const result = attributeCommits([commit()], { pr: pullRequest(fields) })
    expect(signalsOf({ evidence: result.pullRequestEvidence })).toEqual([
      { agent, signal, binding: 'declared' }
    ])
    expect(result.commits[0]?.kind).toBe('human')
  })
})

describe("'pull_request' mode", () => {
  const human = commit({ files: [modified('README.md')] })
  const bump = commit({
    author: DEPENDABOT,
    committer: WEB_FLOW,
    files: [modified('package.json')]
  })
  const pr = pullRequest({ headRef: 'codex/validate-generated-pr-actor' })

  it('makes every file agent-touched on a declared PR signal, and keeps commit kinds', () => {
    const result = attributeCommits([human, bump], { pr, mode: 'pull_request' })
    expect(result.mode).toBe('pull_request')
    expect(result.commits.map(one => one.kind)).toEqual(['human', 'automation'])
    expect(result.files.map(file => [file.path, file.agentTouched, file.agentCommits])).toEqual([
      ['README.md', true, [human.sha]],
      ['package.json', true, []]
    ])
  })

  it('uses only the agent commits of a file when an agent commit touched it', () => {
    const agent = commit({
      message: message('Agent edit', 'Co-authored-by: Codex <noreply@openai.com>'),
      files: [modified('README.md')]
    })
    const result = attributeCommits([human, agent], { mode: 'pull_request' })
    expect(result.files).toEqual([
      {
        path: 'README.md',
        agentCommits: [agent.sha],
        commits: [human.sha, agent.sha],
        inNetDiff: true,
        mode: '100644',
        agentTouched: true
      }
    ])
  })

  it('changes nothing when nothing anywhere points at an agent', () => {
    const result = attributeCommits([human], { pr: pullRequest(), mode: 'pull_request' })
    expect(result.files.map(file => file.agentTouched)).toEqual([false])
  })

  it("leaves files alone in 'commit' mode on the same declared PR signal", () => {
    const result = attributeCommits([human, bump], { pr, mode: 'commit' })
    expect(result.files.map(file => file.agentTouched)).toEqual([false, false])
    expect(result.pullRequestEvidence.map(found => found.agent)).toEqual(['codex-cloud'])
  })
})

describe('requesters named by the PR', () => {
  it("reads Devin's 'Requested by:' line and gives it to Devin's commits", () => {
    const devin = commit({
      author: who('Devin AI', '158243242+devin-ai-integration[bot]@users.noreply.github.com')
    })
    const pr = pullRequest({
      body:
        'Adds quote rotation.\n\nLink to Devin run: https://app.devin.ai/sessions/0123456789abcdef0123456789abcdef\n' +
        'Requested by: Ada Lovelace (@ada)'
    })
    const result = attributeCommits([devin], { pr })
    const ada = { name: 'Ada Lovelace', email: '', login: 'ada' }
    expect(result.commits[0]?.requester).toEqual(ada)
    expect(result.requesters).toEqual([ada])
  })

  it("reads Jules's 'started by @user'", () => {
    const pr = pullRequest({
      author: { name: '', email: '', login: 'google-labs-jules[bot]', id: 161369871, type: 'Bot' },
      body: '*PR created automatically by Jules for task [42](https://jules.google.com/task/42) started by @grace*'
    })
    const result = attributeCommits([commit()], { pr })
    expect(result.requesters).toEqual([{ name: '', email: '', login: 'grace' }])
    expect(result.commits[0]).toMatchObject({ agent: 'jules', requester: { login: 'grace' } })
  })

  it("ignores 'Requested by:' in a PR no Devin signal points at", () => {
    const pr = pullRequest({ body: 'Requested by: Ada Lovelace' })
    expect(attributeCommits([commit()], { pr }).requesters).toEqual([])
  })

  it('lists each requester once across commits', () => {
    const copilot = who('copilot-swe-agent[bot]', '198982749+Copilot@users.noreply.github.com')
    const asked = 'Co-authored-by: Ada Lovelace <1234567+ada@users.noreply.github.com>'
    const commits = [1, 2].map(n =>
      commit({ author: copilot, message: message(`Step ${n}`, asked) })
    )
    expect(attributeCommits(commits).requesters).toEqual([
      {
        name: 'Ada Lovelace',
        email: '1234567+ada@users.noreply.github.com',
        login: 'ada',
        id: 1234567
      }
    ])
  })
})
