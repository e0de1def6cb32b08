/**
 * `npm run render:summary`: a picture of the job summary, to check by eye
 * what unit tests cannot: that the tables read well, the collapsed sections
 * are collapsed and escaped names look like names. Audits the demo
 * repository with the real engine (plus one commit with a hostile file name
 * and a leaked token, a policy file and two reviews), renders the Markdown
 * report, turns it into the HTML GitHub would show
 * (test/render/github-html.ts), styles it like a GitHub page and has
 * headless Chromium take a full-page screenshot.
 *
 * Options: `--open` expands every collapsed section (to check what they
 * hold), `--out FILE` writes elsewhere than docs/images/summary.png.
 */
import { execFile } from 'node:child_process'
import { access, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { parseArgs, promisify } from 'node:util'
import { isAgentIdentity } from '../src/attribution/attribute.js'
import { audit } from '../src/engine/audit.js'
import type { ChangeSet, Person } from '../src/engine/change-set.js'
import type { Review } from '../src/engine/review.js'
import { reviewJudge } from '../src/evaluation/approvals.js'
import type { AuditResult } from '../src/evaluation/result.js'
import { readLocalChangeSet } from '../src/git/git-source.js'
import { loadPolicy } from '../src/policy/load.js'
import type { Policy } from '../src/policy/types.js'
import { renderMarkdown } from '../src/render/markdown.js'
import { GitRepo } from '../test/helpers/git-repo.js'
import { githubHtml } from '../test/render/github-html.js'
import { buildDemoRepo, DEMO_HEAD } from './demo-repo.js'

const execFileAsync = promisify(execFile)

const DEFAULT_OUTPUT = fileURLToPath(new URL('../docs/images/summary.png', import.meta.url))
const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser']
const PAGE_WIDTH = 1000

const jane: Person = { name: 'Jane Doe', email: 'jane@acme.example', login: 'janedoe', id: 4561234 }
const dba: Person = { name: 'Dana Lee', email: 'dana@acme.example', login: 'dana-dba', id: 777 }

/**
 * An agent commit that tries to break the report: a file name with markup
 * and a mention, a commit subject with a script tag, and a GitHub token in
 * the shape of a real one (made up; it opens no account).
 */
async function addHostileCommit(repo: GitRepo): Promise<void> {
  await repo.commit({
    author: { name: 'Jane Doe', email: 'jane@acme.example', date: '2026-03-06T11:00:00+01:00' },
    message:
      'Add <script>alert(1)</script> promo banner for @octocat\n\n' +
      'Co-Authored-By: Claude Opus 4.5 <noreply@anthropic.com>',
    write: {
      'app/Http/Controllers/Auth/<img src=x onerror=alert(1)> @octocat.php': '<?php\n',
      'config/services.php':
        "<?php\n\nreturn ['github' => 'ghp_Zq7Vw9Lm2Xk4Rt8Yp3Nb6Hc1Jd5Fg0Ks2QuE'];\n"
    }
  })
}

/** What the repository's .github/agent-policy.yml would say at the base commit. */
const POLICY_YAML = `version: 1
can_read: [app/, database/, tests/, docs/]
can_edit: [app/, database/, tests/, docs/]
cannot_access: [secrets]
requires_human_review: [migrations, auth, payments]
areas:
  auth:
    reviewers: ['@acme/security']
  migrations:
    reviewers: ['@dana-dba']
`

/** Reviews as GitHub would report them: one from the PR's own author, one from the DBA. */
function reviewsOf(changeSet: ChangeSet): Review[] {
  const at = (id: number, reviewer: Person, minute: number): Review => ({
    id,
    reviewer,
    state: 'APPROVED',
    commitId: changeSet.headSha,
    submittedAt: `2026-03-06T12:${String(minute).padStart(2, '0')}:00Z`
  })
  return [at(1, jane, 0), at(2, dba, 5)]
}

function auditWithReviews(changeSet: ChangeSet, policy: Policy): AuditResult {
  return audit(changeSet, policy, {
    today: '2026-03-07',
    judge: attribution =>
      reviewJudge({
        reviews: reviewsOf(changeSet),
        pullRequestAuthor: jane,
        commits: changeSet.commits.map(({ sha, parents }) => ({ sha, parents })),
        agentCommitAuthors: [],
        requesters: attribution.requesters.flatMap(p => (p.login ? [p.login] : [])),
        allowRequester: policy.approvals.allowRequester,
        isAgentAccount: person => isAgentIdentity(person, policy.agents),
        isTeamMember: () => false
      })
  })
}

/** The demo repository's feature branch as a pull request, audited with POLICY_YAML. */
async function demoResult(): Promise<AuditResult> {
  const demo = await buildDemoRepo()
  const repo = await GitRepo.clone(demo.dir, { branch: DEMO_HEAD })
  try {
    await addHostileCommit(repo)
    const local = await readLocalChangeSet({ repo: repo.dir, base: `origin/${demo.base}` })
    const pullRequest = {
      number: 7,
      title: 'Discount codes',
      body: '',
      author: jane,
      headRef: DEMO_HEAD,
      baseRef: demo.base,
      labels: []
    }
    const policy = loadPolicy(POLICY_YAML, { path: '.github/agent-policy.yml', ref: local.baseSha })
    return auditWithReviews({ ...local, pullRequest }, policy)
  } finally {
    await Promise.all([repo.cleanup(), demo.cleanup()])
  }
}

/**
 * A hand-written approximation of GitHub's markdown-body style: system
 * fonts, bordered tables that scroll rather than squeeze, grey code
 * background. Nothing is loaded from the network.
 */
const GITHUB_CSS = `
body { margin: 0; background: #fff; color: #1f2328; }
.markdown-body {
  box-sizing: border-box; max-width: ${PAGE_WIDTH}px; padding: 24px 32px;
  font-family: -apple-system, "Segoe UI", "Noto Sans", "Liberation Sans", "DejaVu Sans",
    Helvetica, Arial, sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Noto Color Emoji";
  font-size: 14px; line-height: 1.5; word-wrap: break-word;
}
.markdown-body h2 { font-size: 1.5em; font-weight: 600; margin: 0 0 16px;
  padding-bottom: .3em; border-bottom: 1px solid #d1d9e0; }
.markdown-body h3 { font-size: 1.25em; font-weight: 600; margin: 24px 0 16px; }
.markdown-body p, .markdown-body ul, .markdown-body table, .markdown-body details { margin: 0 0 16px; }
.markdown-body ul { padding-left: 2em; }
.markdown-body sub { font-size: 75%; color: #59636e; }
.markdown-body code {
  font-family: ui-monospace, SFMono-Regular, "Liberation Mono", "DejaVu Sans Mono", monospace;
  font-size: 85%; padding: .2em .4em; border-radius: 6px; background: rgba(129, 139, 152, .12);
}
.markdown-body table {
  display: block; width: max-content; max-width: 100%; overflow: auto;
  border-spacing: 0; border-collapse: collapse;
}
.markdown-body th, .markdown-body td { padding: 6px 13px; border: 1px solid #d1d9e0; vertical-align: top; }
.markdown-body th { font-weight: 600; text-align: left; }
.markdown-body tr { background: #fff; border-top: 1px solid #d1d9e0; }
.markdown-body tr:nth-child(2n) { background: #f6f8fa; }
.markdown-body summary { cursor: pointer; display: list-item; }
.markdown-body details[open] > summary { margin-bottom: 8px; }
`

function summaryPage(bodyHtml: string): string {
  return (
    '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">' +
    `<title>agent-audit job summary</title><style>${GITHUB_CSS}</style></head>\n` +
    `<body><article class="markdown-body">\n${bodyHtml}</article>\n` +
    // Ours, not the report's: lets the first Chromium run tell how tall the page is.
    '<script>document.body.dataset.height = document.documentElement.scrollHeight</script>' +
    '</body></html>\n'
  )
}

async function findChromium(): Promise<string> {
  const candidates = [process.env.CHROMIUM, ...CHROMIUM_CANDIDATES].filter(
    (candidate): candidate is string => Boolean(candidate)
  )
  for (const candidate of candidates) {
    if (
      await access(candidate).then(
        () => true,
        () => false
      )
    )
      return candidate
  }
  throw new Error(
    `Chromium is needed for the screenshot and was not found (looked at ${candidates.join(', ')}).\n` +
      'Install it with: apt-get update && apt-get install -y chromium fonts-noto-color-emoji\n' +
      '(or set CHROMIUM to the path of a Chromium or Chrome binary)'
  )
}

/** Runs headless Chromium with the flags that work without a network, in a fresh profile. */
async function runChromium(chromium: string, args: string[]): Promise<string> {
  const profile = await mkdtemp(path.join(os.tmpdir(), 'agent-audit-chromium-'))
  try {
    const flags = [
      ...['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run'],
      ...['--disable-background-networking', '--disable-component-update', '--disable-sync'],
      ...['--hide-scrollbars', '--force-device-scale-factor=1', `--user-data-dir=${profile}`]
    ]
    const { stdout } = await execFileAsync(chromium, [...flags, ...args], {
      maxBuffer: 64 * 1024 * 1024,
      timeout: 60_000
    })
    return stdout
  } finally {
    await rm(profile, { recursive: true, force: true })
  }
}

/** A window exactly as tall as the page, so the screenshot holds all of it and nothing more. */
async function screenshot(chromium: string, pageUrl: string, output: string): Promise<void> {
  const dom = await runChromium(chromium, [
    `--window-size=${PAGE_WIDTH},800`,
    '--dump-dom',
    pageUrl
  ])
  const height = Number(/data-height="(\d+)"/.exec(dom)?.[1])
  if (!Number.isInteger(height) || height <= 0) throw new Error('Chromium did not lay out the page')
  await runChromium(chromium, [
    `--window-size=${PAGE_WIDTH},${height}`,
    `--screenshot=${output}`,
    pageUrl
  ])
}

function readOptions(argv: string[]): { open: boolean; output: string } {
  const { values } = parseArgs({
    args: argv,
    options: { open: { type: 'boolean', default: false }, out: { type: 'string' } }
  })
  return { open: values.open, output: path.resolve(values.out ?? DEFAULT_OUTPUT) }
}

/** Every <details> expanded; only the attribute-less tags the report writes. */
function expandAll(html: string): string {
  return html.replaceAll('<details>', '<details open>')
}

async function main(): Promise<void> {
  const { open, output } = readOptions(process.argv.slice(2))
  const chromium = await findChromium()
  const html = githubHtml(renderMarkdown(await demoResult()))
  const dir = await mkdtemp(path.join(os.tmpdir(), 'agent-audit-summary-'))
  try {
    const page = path.join(dir, 'summary.html')
    await writeFile(page, summaryPage(open ? expandAll(html) : html))
    await mkdir(path.dirname(output), { recursive: true })
    await screenshot(chromium, pathToFileURL(page).href, output)
    console.log(output)
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

try {
  await main()
} catch (error) {
  console.error(`render:summary: ${error instanceof Error ? error.message : String(error)}`)
  process.exitCode = 1
}
