/**
 * Inputs that look like agent work and are not, and agent work hidden where a
 * naive reader would miss it.
 */
import { describe, expect, it } from '@jest/globals'
import {
  added,
  agentsConfig,
  NO_EXTRA,
  attributeCommits,
  classifyOne,
  commit,
  HUMAN,
  mergeCommit,
  message,
  modified,
  OTHER_HUMAN,
  pullRequest,
  who,
  WEB_FLOW
} from './builders.js'

const COPILOT = who('copilot-swe-agent[bot]', '198982749+Copilot@users.noreply.github.com')
const DEPENDABOT = who('dependabot[bot]', '49699333+dependabot[bot]@users.noreply.github.com', {
  login: 'dependabot[bot]',
  id: 49699333,
  type: 'Bot'
})

const DEPENDABOT_MESSAGE = message(
  'Bump @openai/codex from 0.41.0 to 0.42.0',
  'Bumps [@openai/codex](https://github.com/openai/codex) from 0.41.0 to 0.42.0.\n' +
    '<details>\n<summary>Release notes</summary>\n' +
    '<blockquote>\n<h2>0.42.0</h2>\n' +
    '<p>Codex now credits itself; claude and codex sessions share a config.</p>',
  'Co-authored-by: Claude <noreply@anthropic.com>\nCo-authored-by: Codex <noreply@openai.com>',
  '</blockquote>\n</details>',
  '---\nupdated-dependencies:\n- dependency-name: "@openai/codex"\n  dependency-type: direct:development',
  'Signed-off-by: dependabot[bot] <support@github.com>'
)

describe('dependency bots quoting agents', () => {
  it('keeps a dependabot bump that mentions codex and claude as automation', () => {
    const bump = commit({
      author: DEPENDABOT,
      committer: WEB_FLOW,
      message: DEPENDABOT_MESSAGE,
      files: [modified('package.json'), modified('package-lock.json')]
    })
    const result = attributeCommits([bump])
    expect(result.commits[0]).toMatchObject({ kind: 'automation', automation: 'dependabot' })
    expect(result.commits[0]?.evidence.every(found => found.agent === 'dependabot')).toBe(true)
    expect(result.files.map(file => [file.path, file.agentTouched])).toEqual([
      ['package-lock.json', false],
      ['package.json', false]
    ])
  })

  it('does not read a dependabot message even when its last paragraph is an agent co-author', () => {
    const bump = commit({
      author: DEPENDABOT,
      committer: WEB_FLOW,
      message: message(
        'Bump claude-code from 2.1.0 to 2.2.0',
        'Co-authored-by: Claude <noreply@anthropic.com>'
      )
    })
    expect(classifyOne(bump)).toMatchObject({ kind: 'automation', automation: 'dependabot' })
  })

  it('does not take a Co-authored-by line quoted inside a human body for a trailer', () => {
    const quoted = commit({
      message: message(
        'Strip agent trailers in the commit-msg hook',
        'The hook removes lines like\nCo-authored-by: Claude <noreply@anthropic.com>\nfrom messages.',
        'Signed-off-by: Ada Lovelace <ada@example.com>'
      )
    })
    expect(classifyOne(quoted)).toMatchObject({ kind: 'human', evidence: [] })
  })
})

describe('signals that are not agent signals', () => {
  it('ignores a human co-author', () => {
    const pair = commit({
      message: message(
        'Pair on the parser',
        `Co-authored-by: ${OTHER_HUMAN.name} <${OTHER_HUMAN.email}>`
      )
    })
    expect(classifyOne(pair)).toEqual({
      sha: pair.sha,
      kind: 'human',
      evidence: [],
      cleanMerge: false
    })
  })

  it('never counts the web-flow committer', () => {
    const webEdit = commit({ author: HUMAN, committer: WEB_FLOW, message: 'Update README.md' })
    expect(classifyOne(webEdit)).toMatchObject({ kind: 'human', evidence: [] })
  })

  it('never counts web-flow, even when a policy email glob would match it', () => {
    const broad = agentsConfig({ extra: { ...NO_EXTRA, emails: ['*@github.com'] } })
    const webEdit = commit({ author: HUMAN, committer: WEB_FLOW, message: 'Update README.md' })
    expect(classifyOne(webEdit, broad)).toMatchObject({ kind: 'human', evidence: [] })
  })

  it('leaves web-flow out of an agent commit evidence', () => {
    const result = classifyOne(commit({ author: COPILOT, committer: WEB_FLOW }))
    expect(result.evidence.map(found => found.signal)).toEqual(['author-email'])
  })

  it.each([
    ['CodeRabbit', 'coderabbitai[bot] <136622811+coderabbitai[bot]@users.noreply.github.com>'],
    [
      'Gemini Code Assist',
      'gemini-code-assist[bot] <176961590+gemini-code-assist[bot]@users.noreply.github.com>'
    ],
    ['Cursor Bugbot', 'cursor[bot] <206951365+cursor[bot]@users.noreply.github.com>'],
    [
      'Copilot code review (login text Copilot)',
      'Copilot <175728472+Copilot@users.noreply.github.com>'
    ]
  ])('does not count a %s suggestion co-author as authorship', (_name, coAuthor) => {
    const accepted = commit({
      author: HUMAN,
      committer: WEB_FLOW,
      message: message('Apply suggestions from code review', `Co-authored-by: ${coAuthor}`)
    })
    expect(classifyOne(accepted)).toMatchObject({ kind: 'human', evidence: [] })
  })

  it.each([
    ['claude@anthropic.com (claimed by an unrelated user)', who('Claude', 'claude@anthropic.com')],
    ['the Gemini CLI shadow-repository author', who('Gemini CLI', 'gemini-cli@google.com')],
    ['a human named Claude', who('Claude Monet', 'claude@example.com')]
  ])('does not treat %s as an agent', (_name, author) => {
    expect(classifyOne(commit({ author, committer: author }))).toMatchObject({ kind: 'human' })
  })

  it.each(['Assistant', 'Deployment'])(
    'does not treat Replit-Commit-Author: %s as the agent',
    value => {
      const checkpoint = commit({
        message: message('Deployed your application', `Replit-Commit-Author: ${value}`)
      })
      expect(classifyOne(checkpoint)).toMatchObject({ kind: 'human', evidence: [] })
    }
  )

  it('does not read a one-line subject as a trailer', () => {
    expect(classifyOne(commit({ message: 'Assisted-by: nobody, really' }))).toMatchObject({
      kind: 'human'
    })
  })

  it('does not match an employee at an agent vendor by domain', () => {
    const staff = coAuthor('Sam Staff <sam@cursor.com>')
    expect(classifyOne(staff)).toMatchObject({ kind: 'human' })
  })
})

function coAuthor(value: string) {
  return commit({ message: message('Pair on it', `Co-authored-by: ${value}`) })
}

describe('merges', () => {
  it("keeps a clean 'Update branch' merge human and out of the files", () => {
    const work = commit({ author: COPILOT, committer: WEB_FLOW, files: [modified('src/app.ts')] })
    const update = mergeCommit({
      author: HUMAN,
      committer: WEB_FLOW,
      message: "Merge branch 'main' into copilot/fix-paging"
    })
    const result = attributeCommits([work, update], {
      pr: pullRequest({
        author: { name: '', email: '', login: 'Copilot', id: 198982749, type: 'Bot' },
        headRef: 'copilot/fix-paging'
      })
    })
    expect(result.commits[1]).toEqual({
      sha: update.sha,
      kind: 'human',
      evidence: [],
      cleanMerge: true
    })
    expect(result.files.map(file => file.path)).toEqual(['src/app.ts'])
  })

  it('keeps a clean merge human even when its message carries an agent co-author', () => {
    const update = mergeCommit({
      message: message(
        "Merge branch 'main' into feature",
        'Co-Authored-By: Claude <noreply@anthropic.com>'
      )
    })
    expect(classifyOne(update)).toMatchObject({ kind: 'human', cleanMerge: true, evidence: [] })
  })

  it('attributes a clean merge the agent made to the agent, with no files', () => {
    const sync = mergeCommit({ author: COPILOT, committer: WEB_FLOW })
    const result = attributeCommits([sync])
    expect(result.commits[0]).toMatchObject({
      kind: 'agent',
      agent: 'copilot-coding-agent',
      cleanMerge: true
    })
    expect(result.files).toEqual([])
  })

  it('catches an evil merge: an agent-authored merge with changes of its own', () => {
    const human = commit({ files: [modified('src/app.ts')] })
    const evil = mergeCommit({
      author: who('Devin AI', '158243242+devin-ai-integration[bot]@users.noreply.github.com'),
      committer: WEB_FLOW,
      message: "Merge branch 'main' into devin/1778003224-fix",
      files: [added('.github/workflows/release.yml')]
    })
    const result = attributeCommits([human, evil])
    expect(result.commits[1]).toMatchObject({ kind: 'agent', agent: 'devin', cleanMerge: false })
    expect(result.files).toEqual([
      {
        path: '.github/workflows/release.yml',
        agentCommits: [evil.sha],
        commits: [evil.sha],
        inNetDiff: true,
        mode: '100644',
        agentTouched: true
      },
      {
        path: 'src/app.ts',
        agentCommits: [],
        commits: [human.sha],
        inNetDiff: true,
        mode: '100644',
        agentTouched: false
      }
    ])
  })

  it('classifies a merge with its own files by its message like any commit', () => {
    const resolved = mergeCommit({
      message: message(
        'Merge main, resolve conflicts',
        'Co-Authored-By: Claude <noreply@anthropic.com>'
      ),
      files: [modified('src/conflict.ts')]
    })
    expect(classifyOne(resolved)).toMatchObject({
      kind: 'agent',
      agent: 'claude-code',
      cleanMerge: false
    })
  })
})

describe('requesters', () => {
  it("records Copilot's human co-author as the requester, with the login and id of the noreply address", () => {
    const result = classifyOne(
      commit({
        author: COPILOT,
        committer: WEB_FLOW,
        message: message(
          'Add pagination',
          'Co-authored-by: copilot-swe-agent[bot] <198982749+Copilot@users.noreply.github.com>\n' +
            'Co-authored-by: Ada Lovelace <1234567+ada@users.noreply.github.com>'
        )
      })
    )
    expect(result.requester).toEqual({
      name: 'Ada Lovelace',
      email: '1234567+ada@users.noreply.github.com',
      login: 'ada',
      id: 1234567
    })
    expect(result.evidence.map(found => found.signal)).toEqual(['author-email', 'co-author'])
  })

  it("records the Claude Code Action's triggering user as the requester", () => {
    const result = classifyOne(
      commit({
        author: who('claude[bot]', '41898282+claude[bot]@users.noreply.github.com'),
        message: message('Address review', 'Co-authored-by: Grace Hopper <grace@example.com>')
      })
    )
    expect(result).toMatchObject({
      agent: 'claude-code-action',
      requester: { name: 'Grace Hopper', email: 'grace@example.com' }
    })
  })

  it('does not take a Claude Code co-author credit as naming a requester', () => {
    const result = classifyOne(
      commit({
        message: message(
          'Refactor',
          'Co-Authored-By: Claude Sonnet 4.6 <noreply@anthropic.com>\nCo-authored-by: Grace Hopper <grace@example.com>'
        )
      })
    )
    expect(result.kind).toBe('agent')
    expect(result.requester).toBeUndefined()
  })
})
