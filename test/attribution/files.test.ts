import { describe, expect, it } from '@jest/globals'
import { attribute } from '../../src/attribution/attribute.js'
import {
  added,
  attributeCommits,
  changeSet,
  commit,
  DEFAULT_AGENTS,
  deleted,
  message,
  modified,
  renamed
} from './builders.js'

const CLAUDE = message('Agent work', 'Co-Authored-By: Claude <noreply@anthropic.com>')

describe('per-file attribution', () => {
  it('counts both the old and the new path of an agent rename', () => {
    const move = commit({ message: CLAUDE, files: [renamed('src/old.ts', 'src/new.ts')] })
    const result = attributeCommits([move])
    expect(result.files).toEqual([
      {
        path: 'src/new.ts',
        agentCommits: [move.sha],
        commits: [move.sha],
        inNetDiff: true,
        renamePartner: 'src/old.ts',
        mode: '100644',
        agentTouched: true
      },
      {
        path: 'src/old.ts',
        agentCommits: [move.sha],
        commits: [move.sha],
        inNetDiff: true,
        renamePartner: 'src/new.ts',
        mode: '100644',
        agentTouched: true
      }
    ])
  })

  it('lists every commit that touched a path, and only the agent ones as agent commits', () => {
    const human = commit({ files: [modified('src/app.ts')] })
    const agent = commit({
      message: CLAUDE,
      files: [modified('src/app.ts'), deleted('src/dead.ts')]
    })
    const result = attributeCommits([human, agent])
    const app = result.files.find(file => file.path === 'src/app.ts')
    expect(app).toMatchObject({
      commits: [human.sha, agent.sha],
      agentCommits: [agent.sha],
      agentTouched: true
    })
  })

  it('marks a path the agent touched and a human reverted as agent-touched but not in the net diff', () => {
    const agent = commit({ message: CLAUDE, files: [added('scripts/deploy.sh', '100755')] })
    const revert = commit({ files: [deleted('scripts/deploy.sh', '100755')] })
    const result = attribute(changeSet([agent, revert], { files: [] }), DEFAULT_AGENTS, 'commit')
    expect(result.files).toEqual([
      {
        path: 'scripts/deploy.sh',
        agentCommits: [agent.sha],
        commits: [agent.sha, revert.sha],
        inNetDiff: false,
        mode: '100755',
        agentTouched: true
      }
    ])
  })

  it('keeps the mode of the newest change, so a path turned into a symlink shows 120000', () => {
    const first = commit({ message: CLAUDE, files: [added('config/link')] })
    const second = commit({
      message: CLAUDE,
      files: [
        { path: 'config/link', status: 'type-changed', mode: '120000', previousMode: '100644' }
      ]
    })
    expect(attributeCommits([first, second]).files[0]?.mode).toBe('120000')
  })

  it('fails closed on a net-diff path no listed commit touched: every agent commit may have', () => {
    const agent = commit({ message: CLAUDE, files: [modified('src/app.ts')] })
    const human = commit({ files: [modified('README.md')] })
    const set = changeSet([agent, human], {
      files: [modified('src/app.ts'), modified('README.md'), modified('src/unlisted.ts')]
    })
    const unlisted = attribute(set, DEFAULT_AGENTS, 'commit').files.find(
      file => file.path === 'src/unlisted.ts'
    )
    expect(unlisted).toEqual({
      path: 'src/unlisted.ts',
      agentCommits: [agent.sha],
      commits: [],
      inNetDiff: true,
      mode: '100644',
      agentTouched: true
    })
  })

  it('leaves a net-diff-only path unattributed when no agent commit exists', () => {
    const human = commit({ files: [modified('README.md')] })
    const set = changeSet([human], { files: [modified('README.md'), modified('src/unlisted.ts')] })
    const files = attribute(set, DEFAULT_AGENTS, 'commit').files
    expect(files.map(file => [file.path, file.agentTouched])).toEqual([
      ['README.md', false],
      ['src/unlisted.ts', false]
    ])
  })
})
