/**
 * Bypass 8, injection: everything a pusher controls (file names, commit
 * messages, the head branch, the PR title and body, labels, a reviewer's
 * login) carries HTML, Markdown, mentions, `<!--`, workflow commands at line
 * starts and terminal escapes. One run of the bundle on that pull request is
 * compared with one run on a clean twin of the same shape (same number of
 * files, commits, reviews and evidence, the same verdict): the summary, the
 * log, the outputs, the check run and the comment must come out with the same
 * structure, show the hostile text only as inert text, and keep it verbatim
 * in the audit record.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startFakeGitHub, type FakeGitHub } from '../fakes/github-api.js'
import type { GitRepo } from '../helpers/git-repo.js'
import { removeRun, runAction, type ActionRun } from '../action/harness.js'
import {
  BASE_FILES,
  COPILOT,
  MONA,
  OWNER,
  PULL,
  REPO,
  REVIEWER,
  createScenario
} from '../action/scenario.js'
import { plainText } from '../faults/helpers.js'

const POLICY = `version: 1
can_edit: [docs/, tests/]
cannot_access: [.env]
requires_human_review: [migrations, auth]
`

const HTML = '<img src=x onerror=alert(1)>'
const BREAKOUT = '</table></td></tr><details open><!--'
const MARKDOWN = '| a | b | [click](javascript:alert(1)) `x`'
const ANSI = '\u001b[31mred\u001b[0m \u001b]8;;https:evil.test\u0007link\u001b]8;;\u0007'
const COMMANDS = [
  '::set-output name=decision::pass',
  '::add-mask::mask-me',
  '::error::injected',
  '::stop-commands::x'
].join('\n')
/** Copilot's marker in a PR body: it puts the body's evidence into the report. */
const COPILOT_MARKER = 'Share your thoughts on Copilot coding agent'

/** What the pusher writes; the clean twin has the same shape with plain text. */
interface PullRequestTexts {
  /** Files the first (agent) commit adds under docs/ (free to change). */
  docs: string[]
  /** A migration, the one change needing approval. */
  migration: string
  /** The file the second, last agent commit adds. */
  lastDoc: string
  firstMessage: string
  lastMessage: string
  headRef: string
  title: string
  body: string
  label: string
  /** Approves before the last agent commit, so the approval is ignored and named. */
  reviewer: string
}

const HOSTILE: PullRequestTexts = {
  docs: [
    `docs/${HTML}.md`,
    `docs/${BREAKOUT}.md`,
    `docs/${MARKDOWN}.md`,
    'docs/# owned\n::set-output name=decision::pass\n::add-mask::mask-me.md',
    'docs/@acme/security @mona.md',
    `docs/${ANSI}.md`
  ],
  migration: `database/migrations/${HTML}\n::error::injected.php`,
  lastDoc: 'docs/x\n::stop-commands::x\n::error::injected.md',
  firstMessage: [
    `::set-output name=decision::pass ${HTML} @mona`,
    COMMANDS,
    BREAKOUT,
    `# owned ${MARKDOWN} @acme/security`,
    ANSI,
    '',
    `Co-authored-by: ${HTML} @mona ::set-output name=decision::pass <mona@acme.test>`,
    ''
  ].join('\n'),
  lastMessage: `${ANSI} @mona\n::add-mask::mask-me`,
  headRef: `copilot/${HTML}|@mona|::set-output name=decision::pass`,
  title: `${HTML} @mona\n::set-output name=decision::pass`,
  body: `${COPILOT_MARKER}\n${COMMANDS}\n${HTML} @acme/security <!--`,
  label: `${HTML}@mona`,
  reviewer: `${HTML}@mona`
}

const CLEAN: PullRequestTexts = {
  docs: ['docs/a.md', 'docs/b.md', 'docs/c.md', 'docs/d.md', 'docs/team/security.md', 'docs/e.md'],
  migration: 'database/migrations/2026_02_01_add_discount.php',
  lastDoc: 'docs/f.md',
  firstMessage: 'Add the docs\n\nAnd a migration.\n\nCo-authored-by: Mona Lisa <mona@acme.test>\n',
  lastMessage: 'Add a note',
  headRef: 'copilot/add-docs',
  title: 'Add the docs',
  body: `${COPILOT_MARKER}\nThanks`,
  label: 'docs',
  reviewer: 'hubot-human'
}

interface Outcome {
  run: ActionRun
  github: FakeGitHub
  repo: GitRepo
  head: string
}

/** Builds the pull request from `texts`, with its own fake GitHub, and runs the bundle once. */
async function audit(texts: PullRequestTexts): Promise<Outcome> {
  const github = await startFakeGitHub()
  const s = await createScenario(github, { ...BASE_FILES, '.github/agent-policy.yml': POLICY })
  const write = Object.fromEntries(texts.docs.map(path => [path, 'docs\n']))
  const first = await s.commit(COPILOT, texts.firstMessage, {
    ...write,
    [texts.migration]: '<?php // discount\n'
  })
  const head = await s.commit(COPILOT, texts.lastMessage, { [texts.lastDoc]: 'note\n' })
  github.addPullRequest({
    owner: OWNER,
    repo: REPO,
    number: PULL,
    base: 'main',
    head: 'feature',
    author: MONA,
    headRef: texts.headRef,
    title: texts.title,
    body: texts.body,
    labels: [texts.label]
  })
  github.addReview(OWNER, REPO, PULL, {
    login: texts.reviewer,
    id: REVIEWER.id,
    state: 'APPROVED',
    commitId: first
  })
  const run = await runAction({
    github,
    owner: OWNER,
    repo: REPO,
    pullNumber: PULL,
    inputs: { 'upload-artifact': 'false', comment: 'always' }
  })
  return { run, github, repo: s.repo, head }
}

let hostile: Outcome
let clean: Outcome

beforeAll(async () => {
  ;[hostile, clean] = await Promise.all([audit(HOSTILE), audit(CLEAN)])
})

afterAll(async () => {
  for (const outcome of [hostile, clean]) {
    if (!outcome) continue
    await outcome.github.close()
    await Promise.all([outcome.repo.cleanup(), removeRun(outcome.run)])
  }
})

/** Every HTML tag in order, as written: the skeleton of a rendered report. */
const tags = (markdown: string): string[] => markdown.match(/<\/?[a-zA-Z][^>]*>/g) ?? []

/** The tags a report may contain; none carries an attribute. */
const REPORT_TAGS = /^<\/?(table|tr|th|td|code|br|details|summary|sub|p)>$/

/** Lines the Actions runner would read as a workflow command (after leading white space). */
const commandLines = (log: string): string[] =>
  log.split(/\r\n|\r|\n/).filter(line => /^[\s\u0085]*::/.test(line))

/**
 * The only commands the action prints on this pull request: one warning
 * annotation for the migration (its path in the escaped `file` property)
 * and the final error.
 */
const OWN_COMMANDS = [
  /^::warning title=agent-audit%3A needs approval \(migrations\),file=[^:\n]+::An agent changed a path in the review area "migrations" in commits [0-9a-f]{7}, [0-9a-f]{7}$/,
  /^::error::agent-audit: fail — 1 change needs approval in agent-made changes$/
]

/** A workflow-command property value decoded the way the runner decodes it. */
const decodeProperty = (value: string): string =>
  value.replace(/%(0D|0A|3A|2C|25)/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))

interface AuditRecord {
  decision: string
  pullRequest: { title: string; headRef: string }
  files: { path: string }[]
  commits: { subject: string; requester?: { name: string } }[]
  approvals: { ignored: { login: string; reason: string }[] }[]
  requesters: { name: string }[]
}

const record = (outcome: Outcome): AuditRecord => outcome.run.audit as unknown as AuditRecord

/** The outputs but the audit file's path, which differs per run. */
function withoutAuditFile(outputs: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(outputs).filter(([name]) => name !== 'audit-file'))
}

function expectNoLiveMarkup(markdown: string): void {
  for (const tag of tags(markdown)) expect(tag).toMatch(REPORT_TAGS)
  expect(markdown).not.toMatch(/<img|<!--|<details open/i)
  // GitHub links @name and #123 in rendered text: every @ is followed by a zero-width space.
  expect(markdown).not.toMatch(/@/)
  expect(markdown.match(/&#64;(?!&#8203;)/g)).toBeNull()
  expect(markdown).not.toMatch(/javascript:|\]\(/)
  expect(markdown).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/)
}

describe('a pull request full of markup, mentions, commands and escapes', () => {
  it('gets the verdict of its clean twin: the injected set-output does not reach the outputs', () => {
    const outputs = withoutAuditFile(hostile.run.outputs)
    const cleanOutputs = withoutAuditFile(clean.run.outputs)
    expect(outputs).toEqual({
      decision: 'fail',
      'agent-commits': '2',
      'agent-files': '8',
      findings: '1',
      'blocking-findings': '1'
    })
    expect(outputs).toEqual(cleanOutputs)
    expect(hostile.run.exitCode).toBe(1)
    expect(record(hostile).decision).toBe('fail')
  })

  it('prints no workflow command but the action’s own annotation and error', () => {
    for (const outcome of [hostile, clean]) {
      const commands = commandLines(`${outcome.run.stdout}\n${outcome.run.stderr}`)
      expect(commands).toHaveLength(OWN_COMMANDS.length)
      commands.forEach((line, index) => expect(line).toMatch(OWN_COMMANDS[index] as RegExp))
      expect(outcome.run.stdout + outcome.run.stderr).not.toContain('##[')
      expect(outcome.run.stdout + outcome.run.stderr).not.toMatch(/[\u001b\u0007]/)
    }
    const [warning] = commandLines(hostile.run.stdout)
    const file = /,file=([^:]+)::/.exec(warning ?? '')?.[1] ?? ''
    expect(decodeProperty(file)).toBe(HOSTILE.migration)
  })

  it('keeps the job summary’s structure: the same tags and lines as the clean twin', () => {
    const summary = hostile.run.summary
    expect(tags(summary)).toEqual(tags(clean.run.summary))
    expect(tags(summary).filter(tag => tag === '<tr>')).toHaveLength(1 + 1 + (1 + 2) + (1 + 8))
    expect(summary.split('\n')).toHaveLength(clean.run.summary.split('\n').length)
    const headings = (markdown: string) => markdown.split('\n').filter(line => /^#/.test(line))
    expect(headings(summary)).toEqual(headings(clean.run.summary))
  })

  it('shows the hostile text in the summary only as inert text', () => {
    const summary = hostile.run.summary
    expectNoLiveMarkup(summary)
    const text = plainText(summary)
    expect(text).toContain(`<code>docs/${HTML}.md</code>`)
    expect(text).toContain(
      `ignored: @${HOSTILE.reviewer} (approved before ${hostile.head.slice(0, 7)})`
    )
    expect(text).toContain('\\x1b[31mred\\x1b[0m')
    expect(text).toContain('# owned\\n::set-output')
  })

  it('keeps every hostile string verbatim in the audit record', () => {
    const audit = record(hostile)
    expect(audit.files.map(file => file.path).sort()).toEqual(
      [...HOSTILE.docs, HOSTILE.migration, HOSTILE.lastDoc].sort()
    )
    expect(audit.commits.map(commit => commit.subject)).toEqual([
      HOSTILE.firstMessage.split('\n')[0],
      HOSTILE.lastMessage.split('\n')[0]
    ])
    expect(audit.requesters.map(requester => requester.name)).toEqual([
      `${HTML} @mona ::set-output name=decision::pass`
    ])
    expect(audit.approvals[0]?.ignored.map(ignored => ignored.login)).toEqual([HOSTILE.reviewer])
    expect(audit.pullRequest).toMatchObject({ title: HOSTILE.title, headRef: HOSTILE.headRef })
    expect(JSON.parse(hostile.run.auditText ?? '')).toEqual(hostile.run.audit)
  })

  it('publishes a check run and a comment with the clean twin’s structure and no live markup', () => {
    const [check] = hostile.github.checkRuns()
    const [cleanCheck] = clean.github.checkRuns()
    expect(check?.conclusion).toBe('failure')
    expect(tags(check?.output?.summary ?? '')).toEqual(tags(cleanCheck?.output?.summary ?? ''))
    expectNoLiveMarkup(check?.output?.summary ?? '')
    expect(check?.annotations.map(annotation => annotation.path)).toEqual([HOSTILE.migration])

    const [comment] = hostile.github.comments()
    const [cleanComment] = clean.github.comments()
    // The comment's own hidden markers are its only HTML comments.
    const markers = (body: string) => body.split('\n').filter(line => line.includes('<!--'))
    expect(markers(comment?.body ?? '')).toEqual([
      '<!-- agent-audit:report -->',
      '<!-- agent-audit:state=fail -->'
    ])
    const withoutMarkers = (body: string) =>
      body
        .split('\n')
        .filter(line => !line.startsWith('<!-- agent-audit:'))
        .join('\n')
    expect(tags(withoutMarkers(comment?.body ?? ''))).toEqual(
      tags(withoutMarkers(cleanComment?.body ?? ''))
    )
    expectNoLiveMarkup(withoutMarkers(comment?.body ?? ''))
  })
})
