/**
 * One test per identity the research file documents, with the real values
 * (ids, emails, trailers) as they appear in commits.
 */
import { describe, expect, it } from '@jest/globals'
import type { Commit } from '../../src/engine/change-set.js'
import { classifyOne, commit, HUMAN, message, who, WEB_FLOW } from './builders.js'

interface Case {
  title: string
  commit: Commit
  agent: string
  /** [agent, signal] of each piece of evidence, strongest first; all are 'declared'. */
  evidence: [string, string][]
}

const ADA_NOREPLY = 'Ada Lovelace <1234567+ada@users.noreply.github.com>'

function coAuthored(coAuthor: string, subject = 'Add the parser'): Commit {
  return commit({
    message: message(subject, 'Explains the change.', `Co-authored-by: ${coAuthor}`)
  })
}

const agentCases: Case[] = [
  {
    title: 'Copilot coding agent: 2026 author form, Agent-Logs-Url trailer',
    commit: commit({
      author: who('copilot-swe-agent[bot]', '198982749+Copilot@users.noreply.github.com'),
      committer: WEB_FLOW,
      message: message(
        'Fix isTruthy bundling',
        'Agent-Logs-Url: https://github.com/octo/app/sessions/3f2c9a1e-1111-4c2d-9e0f-5a6b7c8d9e0f\n' +
          `Co-authored-by: ${ADA_NOREPLY}`
      )
    }),
    agent: 'copilot-coding-agent',
    evidence: [
      ['copilot-coding-agent', 'author-email'],
      ['copilot-coding-agent', 'trailer']
    ]
  },
  {
    title: 'Copilot coding agent: REST author login Copilot with id 198982749',
    commit: commit({
      author: who('Copilot', '198982749+Copilot@users.noreply.github.com', {
        login: 'Copilot',
        id: 198982749,
        type: 'Bot'
      })
    }),
    agent: 'copilot-coding-agent',
    evidence: [
      ['copilot-coding-agent', 'author-login'],
      ['copilot-coding-agent', 'author-email']
    ]
  },
  {
    title: "Copilot coding agent: the empty 'Initial plan' commit",
    commit: commit({ message: 'Initial plan', files: [] }),
    agent: 'copilot-coding-agent',
    evidence: [['copilot-coding-agent', 'message-prefix']]
  },
  {
    title: 'Copilot CLI / VS Code: co-author 223556219+Copilot',
    commit: coAuthored('Copilot <223556219+Copilot@users.noreply.github.com>'),
    agent: 'copilot',
    evidence: [['copilot', 'co-author']]
  },
  {
    title: 'Copilot in older VS Code: co-author copilot@github.com',
    commit: coAuthored('Copilot <copilot@github.com>'),
    agent: 'copilot',
    evidence: [['copilot', 'co-author']]
  },
  {
    title: 'Agent HQ Claude: anthropic-code-agent[bot] 242468646+Claude',
    commit: commit({
      author: who('anthropic-code-agent[bot]', '242468646+Claude@users.noreply.github.com'),
      committer: WEB_FLOW,
      message: message(
        'Lock down the workflow permissions',
        'Agent-Logs-Url: https://github.com/octo/app/sessions/0a1b2c3d-4e5f-6071-8293-a4b5c6d7e8f9'
      )
    }),
    agent: 'agent-hq-claude',
    evidence: [
      ['agent-hq-claude', 'author-email'],
      ['copilot-coding-agent', 'trailer']
    ]
  },
  {
    title: 'Agent HQ Codex: co-author 242516109+Codex',
    commit: coAuthored('Codex <242516109+Codex@users.noreply.github.com>'),
    agent: 'agent-hq-codex',
    evidence: [['agent-hq-codex', 'co-author']]
  },
  {
    title: 'Claude Code: model co-author at noreply@anthropic.com and the footer',
    commit: commit({
      message: message(
        'Add retry to fetch',
        '🤖 Generated with [Claude Code](https://claude.com/claude-code)',
        'Co-Authored-By: Claude Opus 4.5 <noreply@anthropic.com>'
      )
    }),
    agent: 'claude-code',
    evidence: [
      ['claude-code', 'co-author'],
      ['claude-code', 'footer']
    ]
  },
  {
    title: 'Claude Code: older claude.ai/code footer alone',
    commit: commit({
      message: message('Add retry', 'Generated with [Claude Code](https://claude.ai/code)')
    }),
    agent: 'claude-code',
    evidence: [['claude-code', 'footer']]
  },
  {
    title: 'Claude Code on the web: Claude-Session trailer',
    commit: commit({
      message: message('Add retry', 'Claude-Session: https://claude.ai/code/session_01AbCdEf')
    }),
    agent: 'claude-code',
    evidence: [['claude-code', 'trailer']]
  },
  {
    title:
      'Claude Code Action: default 41898282+claude[bot] email that GitHub resolves to github-actions',
    commit: commit({
      author: who('claude[bot]', '41898282+claude[bot]@users.noreply.github.com', {
        login: 'github-actions[bot]',
        id: 41898282
      }),
      committer: who('claude[bot]', '41898282+claude[bot]@users.noreply.github.com')
    }),
    agent: 'claude-code-action',
    evidence: [
      ['claude-code-action', 'author-email'],
      ['claude-code-action', 'committer-email']
    ]
  },
  {
    title: 'Claude Code Action: claude[bot] with its own id 209825114',
    commit: commit({
      author: who('claude[bot]', '209825114+claude[bot]@users.noreply.github.com', {
        login: 'claude[bot]',
        id: 209825114
      }),
      committer: WEB_FLOW
    }),
    agent: 'claude-code-action',
    evidence: [
      ['claude-code-action', 'author-login'],
      ['claude-code-action', 'author-email']
    ]
  },
  {
    title: 'Codex cloud: chatgpt-codex-connector[bot] 199175422 as author',
    commit: commit({
      author: who(
        'chatgpt-codex-connector[bot]',
        '199175422+chatgpt-codex-connector[bot]@users.noreply.github.com'
      )
    }),
    agent: 'codex-cloud',
    evidence: [['codex-cloud', 'author-email']]
  },
  {
    title: 'Codex cloud: Codex co-author with the connector id',
    commit: coAuthored('Codex <199175422+chatgpt-codex-connector[bot]@users.noreply.github.com>'),
    agent: 'codex-cloud',
    evidence: [['codex-cloud', 'co-author']]
  },
  {
    title: 'Codex CLI: co-author Codex <noreply@openai.com>',
    commit: coAuthored('Codex <noreply@openai.com>'),
    agent: 'codex-cli',
    evidence: [['codex-cli', 'co-author']]
  },
  {
    title: 'Cursor cloud agent: author Cursor Agent <cursoragent@cursor.com>',
    commit: commit({ author: who('Cursor Agent', 'cursoragent@cursor.com') }),
    agent: 'cursor',
    evidence: [['cursor', 'author-email']]
  },
  {
    title: 'Cursor: co-author and Made-with trailer',
    commit: commit({
      message: message(
        'Fix loop end date',
        'Made-with: Cursor\nCo-authored-by: Cursor <cursoragent@cursor.com>'
      )
    }),
    agent: 'cursor',
    evidence: [
      ['cursor', 'co-author'],
      ['cursor', 'trailer']
    ]
  },
  {
    title: 'Devin: Devin AI 158243242+devin-ai-integration[bot]',
    commit: commit({
      author: who('Devin AI', '158243242+devin-ai-integration[bot]@users.noreply.github.com')
    }),
    agent: 'devin',
    evidence: [['devin', 'author-email']]
  },
  {
    title: 'Jules: google-labs-jules[bot] 161369871',
    commit: commit({
      author: who(
        'google-labs-jules[bot]',
        '161369871+google-labs-jules[bot]@users.noreply.github.com'
      )
    }),
    agent: 'jules',
    evidence: [['jules', 'author-email']]
  },
  {
    title: 'Amazon Q Developer: amazon-q-developer[bot] 208079219',
    commit: commit({
      author: who(
        'amazon-q-developer[bot]',
        '208079219+amazon-q-developer[bot]@users.noreply.github.com'
      )
    }),
    agent: 'amazon-q',
    evidence: [['amazon-q', 'author-email']]
  },
  {
    title: 'Aider: co-author aider (model) <aider@aider.chat>',
    commit: coAuthored('aider (openai/gpt-5.2) <aider@aider.chat>'),
    agent: 'aider',
    evidence: [['aider', 'co-author']]
  },
  {
    title: "Aider: '(aider)' suffix on author and committer names",
    commit: commit({
      author: who('Ada Lovelace (aider)', 'ada@example.com'),
      committer: who('Ada Lovelace (aider)', 'ada@example.com')
    }),
    agent: 'aider',
    evidence: [
      ['aider', 'author-name'],
      ['aider', 'committer-name']
    ]
  },
  {
    title: "Aider: 'aider: ' subject prefix",
    commit: commit({ message: 'aider: Fix the off-by-one in paging' }),
    agent: 'aider',
    evidence: [['aider', 'message-prefix']]
  },
  {
    title: 'OpenHands: co-author openhands@all-hands.dev',
    commit: coAuthored('openhands <openhands@all-hands.dev>'),
    agent: 'openhands',
    evidence: [['openhands', 'co-author']]
  },
  {
    title: 'Factory: co-author factory-droid[bot] 138933559',
    commit: coAuthored(
      'factory-droid[bot] <138933559+factory-droid[bot]@users.noreply.github.com>'
    ),
    agent: 'factory',
    evidence: [['factory', 'co-author']]
  },
  {
    title: 'Amp: co-author amp@ampcode.com and Amp-Thread-ID',
    commit: commit({
      message: message(
        'Speed up the renderer',
        'Amp-Thread-ID: https://ampcode.com/threads/T-5f0c1e2d-3a4b-4c5d-8e9f-0a1b2c3d4e5f\n' +
          'Co-authored-by: Amp <amp@ampcode.com>'
      )
    }),
    agent: 'amp',
    evidence: [
      ['amp', 'co-author'],
      ['amp', 'trailer']
    ]
  },
  {
    title: 'Replit Agent: Replit-Commit-Author: Agent',
    commit: commit({
      message: message(
        'Saved progress at the end of the loop',
        'Replit-Commit-Author: Agent\n' +
          'Replit-Commit-Session-Id: 9d1e0c7a-2b3c-4d5e-8f90-a1b2c3d4e5f6\n' +
          'Replit-Commit-Checkpoint-Type: full_checkpoint'
      )
    }),
    agent: 'replit',
    evidence: [['replit', 'trailer']]
  },
  {
    title: 'Warp: co-author Warp <agent@warp.dev>',
    commit: commit({
      message: message('Tidy the config', 'Co-Authored-By: Warp <agent@warp.dev>')
    }),
    agent: 'warp',
    evidence: [['warp', 'co-author']]
  },
  {
    title: 'opencode: co-author noreply@opencode.ai and footer',
    commit: commit({
      message: message(
        'Add the CLI flag',
        '🤖 Generated with [opencode](https://opencode.ai)',
        'Co-Authored-By: opencode <noreply@opencode.ai>'
      )
    }),
    agent: 'opencode',
    evidence: [
      ['opencode', 'co-author'],
      ['opencode', 'footer']
    ]
  },
  {
    title: 'Roo Code / Roomote: co-author roomote@roocode.com',
    commit: coAuthored('Roomote <roomote@roocode.com>'),
    agent: 'roo-code',
    evidence: [['roo-code', 'co-author']]
  },
  {
    title: "Kiro: the fixed 'Kiro Agent' identity",
    commit: commit({ author: who('Kiro Agent', 'dev@example.com') }),
    agent: 'kiro',
    evidence: [['kiro', 'author-name']]
  },
  {
    title: 'Lovable: id-less lovable-dev[bot] noreply author',
    commit: commit({
      author: who('lovable-dev[bot]', 'lovable-dev[bot]@users.noreply.github.com')
    }),
    agent: 'lovable',
    evidence: [['lovable', 'author-email']]
  },
  {
    title: 'v0: co-author v0[bot]',
    commit: coAuthored('v0[bot] <v0[bot]@users.noreply.github.com>'),
    agent: 'v0',
    evidence: [['v0', 'co-author']]
  },
  {
    title: 'Windsurf: Cascade co-author',
    commit: coAuthored('Cascade <cascade@windsurf.com>'),
    agent: 'windsurf',
    evidence: [['windsurf', 'co-author']]
  },
  {
    title: 'Continue: co-author noreply@continue.dev',
    commit: coAuthored('Continue <noreply@continue.dev>'),
    agent: 'continue',
    evidence: [['continue', 'co-author']]
  },
  {
    title: 'JetBrains Junie: co-author junie@jetbrains.com',
    commit: coAuthored('Junie <junie@jetbrains.com>'),
    agent: 'jetbrains-junie',
    evidence: [['jetbrains-junie', 'co-author']]
  }
]

describe('known agent identities', () => {
  it.each(agentCases)('$title', ({ commit: one, agent, evidence }) => {
    const result = classifyOne(one)
    expect(result.kind).toBe('agent')
    expect(result.agent).toBe(agent)
    expect(result.evidence.map(found => [found.agent, found.signal, found.binding])).toEqual(
      evidence.map(([id, signal]) => [id, signal, 'declared'])
    )
  })

  it('names the agent after the catalogue entry', () => {
    const result = classifyOne(coAuthored('Codex <noreply@openai.com>'))
    expect(result.agentName).toBe('OpenAI Codex CLI')
  })
})

describe('generic AI trailers', () => {
  it('maps the kernel Assisted-by trailer to generic-ai, named by its value', () => {
    const result = classifyOne(
      commit({
        message: message(
          'mm: fix a leak in the slab allocator',
          'Assisted-by: Claude:claude-3-opus coccinelle sparse\n' +
            'Signed-off-by: Ada Lovelace <ada@example.com>'
        )
      })
    )
    expect(result).toMatchObject({
      kind: 'agent',
      agent: 'generic-ai',
      agentName: 'Claude:claude-3-opus coccinelle sparse'
    })
    expect(result.evidence).toEqual([
      {
        agent: 'generic-ai',
        signal: 'trailer',
        value: 'Assisted-by: Claude:claude-3-opus coccinelle sparse',
        binding: 'declared',
        detail: 'Assisted-by trailer (AI assistant (declared by trailer))'
      }
    ])
  })

  it('maps Generated-by, whatever its case, to generic-ai', () => {
    const result = classifyOne(
      commit({ message: message('Generate the bindings', 'generated-by: ChatGPT (gpt-5)') })
    )
    expect(result).toMatchObject({
      kind: 'agent',
      agent: 'generic-ai',
      agentName: 'ChatGPT (gpt-5)'
    })
  })
})

describe('automation identities', () => {
  it('classifies a dependabot commit as automation, from its REST login and noreply id', () => {
    const result = classifyOne(
      commit({
        author: who('dependabot[bot]', '49699333+dependabot[bot]@users.noreply.github.com', {
          login: 'dependabot[bot]',
          id: 49699333,
          type: 'Bot'
        }),
        committer: WEB_FLOW,
        message: 'Bump yaml from 2.8.0 to 2.9.1'
      })
    )
    expect(result.kind).toBe('automation')
    expect(result.automation).toBe('dependabot')
    expect(result.agent).toBeUndefined()
    expect(result.evidence.map(found => [found.agent, found.signal])).toEqual([
      ['dependabot', 'author-login'],
      ['dependabot', 'author-email']
    ])
  })

  it.each([
    ['renovate', 'renovate[bot]', '29139614+renovate[bot]@users.noreply.github.com'],
    [
      'github-actions',
      'github-actions[bot]',
      '41898282+github-actions[bot]@users.noreply.github.com'
    ],
    ['pre-commit-ci', 'pre-commit-ci[bot]', '66853113+pre-commit-ci[bot]@users.noreply.github.com']
  ])('classifies %s as automation from its noreply address', (id, name, email) => {
    const result = classifyOne(commit({ author: who(name, email), committer: HUMAN }))
    expect(result).toMatchObject({ kind: 'automation', automation: id })
  })
})
