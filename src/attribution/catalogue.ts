/**
 * The catalogue of known identities: coding agents, AI review bots and
 * non-AI automation. Pure data. Every value comes from the research notes on
 * agent signals, agent-signals.md (section numbers in comments); the
 * `confidence` note repeats what that file says about the entry.
 *
 * Deliberately absent (the research says not to use them): `claude@anthropic.com`,
 * `claude-code@anthropic.com` and the user `claude` (id 81847), which belong to
 * unrelated people; Gemini CLI's `gemini-cli@google.com`, which only ever signs
 * its internal shadow repository; unconfirmed signals (Codex `codex` label,
 * `aider/`, `sweep/`, `v0/` branches, bolt.new).
 */
import type { KnownIdentity } from './types.js'

type Entry = Pick<KnownIdentity, 'id' | 'name' | 'kind'> & Partial<KnownIdentity>

function entry(fields: Entry): KnownIdentity {
  return {
    logins: [],
    userIds: [],
    emails: [],
    names: [],
    trailers: [],
    footers: [],
    subjectPrefixes: [],
    branches: [],
    prBodyMarkers: [],
    labels: [],
    coAuthorIsRequester: false,
    ...fields
  }
}

/** `Generated with [X](url)` at the start of a line, optionally after the robot emoji. */
function generatedWith(tool: string): RegExp {
  return new RegExp(`^[^\\S\\n]*(?:🤖[^\\S\\n]*)?Generated with ${tool}`, 'mu')
}

const CLAUDE_CODE_FOOTER = generatedWith(
  '\\[Claude Code\\]\\(https://(?:claude\\.com/claude-code|claude\\.ai/code)\\)'
)

export const AGENTS: KnownIdentity[] = [
  entry({
    id: 'copilot-coding-agent',
    name: 'GitHub Copilot coding agent',
    kind: 'agent',
    // REST spells the account `Copilot` (type Bot); GraphQL and older tooling the others.
    logins: ['Copilot', 'copilot-swe-agent[bot]', 'copilot-swe-agent'],
    userIds: [198982749],
    trailers: [{ key: 'Agent-Logs-Url' }],
    // The empty first commit the agent always makes.
    subjectPrefixes: [/^Initial plan$/],
    branches: [/^copilot\//],
    prBodyMarkers: [/Share your thoughts on Copilot coding agent/],
    coAuthorIsRequester: true,
    confidence: 'high (id, login, branch, Initial plan, Agent-Logs-Url); medium (PR body text)'
  }),
  entry({
    id: 'copilot',
    name: 'GitHub Copilot (CLI / IDE)',
    kind: 'agent',
    // 223556219: the co-author Copilot CLI, SDK and VS Code add; 167198135: copilot[bot] (chat app).
    logins: ['copilot[bot]'],
    userIds: [223556219, 167198135],
    emails: ['copilot@github.com'],
    confidence: 'high (223556219 trailer, copilot@github.com); medium (copilot[bot])'
  }),
  entry({
    id: 'agent-hq-claude',
    name: 'Claude (GitHub Agent HQ)',
    kind: 'agent',
    // The email reads `242468646+Claude@...`; the login text `Claude` is not used
    // because the user `claude` is someone else, so the id does the matching.
    logins: ['anthropic-code-agent[bot]', 'anthropic-code-agent'],
    userIds: [242468646],
    coAuthorIsRequester: true,
    confidence: 'medium'
  }),
  entry({
    id: 'agent-hq-codex',
    name: 'Codex (GitHub Agent HQ)',
    kind: 'agent',
    logins: ['openai-code-agent[bot]', 'openai-code-agent'],
    userIds: [242516109],
    coAuthorIsRequester: true,
    confidence: 'medium'
  }),
  entry({
    id: 'claude-code',
    name: 'Claude Code',
    kind: 'agent',
    // The co-author's name is the model ('Claude Opus 4.5', ...); the address is fixed.
    emails: ['noreply@anthropic.com'],
    trailers: [{ key: 'Claude-Session' }],
    footers: [CLAUDE_CODE_FOOTER],
    branches: [/^claude\//],
    prBodyMarkers: [CLAUDE_CODE_FOOTER, /https:\/\/claude\.ai\/code\/session_/],
    confidence: 'high'
  }),
  entry({
    id: 'claude-code-action',
    name: 'Claude Code GitHub Action',
    kind: 'agent',
    // The action's default email is `41898282+claude[bot]@...`: GitHub resolves the id to
    // github-actions[bot], so the login text in the email must match as well.
    logins: ['claude[bot]', 'claude-code-action[bot]', 'anthropic-claude[bot]', 'claude-code[bot]'],
    userIds: [209825114, 208546643, 215619710],
    coAuthorIsRequester: true,
    confidence: 'high (claude[bot] 209825114); low (the other Anthropic apps)'
  }),
  entry({
    id: 'codex-cloud',
    name: 'OpenAI Codex (cloud)',
    kind: 'agent',
    logins: ['chatgpt-codex-connector[bot]', 'openai-codex[bot]'],
    userIds: [199175422, 215057067],
    branches: [/^codex\//],
    prBodyMarkers: [
      /https:\/\/chatgpt\.com\/codex\/(?:cloud\/)?tasks\//,
      /Generated with \[Codex\]\(https:\/\/openai\.com\/codex\)/
    ],
    confidence: 'high (connector id); medium (task link); low (footer, openai-codex[bot])'
  }),
  entry({
    id: 'codex-cli',
    name: 'OpenAI Codex CLI',
    kind: 'agent',
    emails: ['noreply@openai.com', 'codex@openai.com'],
    confidence: 'high (noreply@openai.com); low (codex@openai.com)'
  }),
  entry({
    id: 'cursor',
    name: 'Cursor agent',
    kind: 'agent',
    // `cursoragent` is the user GitHub links cursoragent@cursor.com to. Not `*@cursor.com`:
    // Cursor's own staff commit from that domain.
    logins: ['cursoragent', 'cursoragent[bot]'],
    userIds: [199161495, 201670782],
    emails: ['cursoragent@cursor.com', 'sos@cursor.sh'],
    trailers: [{ key: 'Made-with', value: /^Cursor\b/i }],
    branches: [/^cursor\//],
    prBodyMarkers: [
      /<!--\s*CURSOR_AGENT_PR_BODY_BEGIN\s*-->/,
      /cursor\.com\/agents\?id=bc-/,
      /background-agent\?bcId=/,
      /Made with \[Cursor\]\(https:\/\/cursor\.com\)/
    ],
    confidence: 'high (email, PR body comment); medium (Made-with, branch, links)'
  }),
  entry({
    id: 'devin',
    name: 'Devin',
    kind: 'agent',
    logins: ['devin-ai-integration[bot]'],
    userIds: [158243242],
    emails: ['devin@cognition.ai'],
    branches: [/^devin\/\d{10}-/],
    prBodyMarkers: [/Link to Devin run: https:\/\/app\.devin\.ai\/sessions\//],
    coAuthorIsRequester: true,
    confidence: 'high; low (devin@cognition.ai)'
  }),
  entry({
    id: 'jules',
    name: 'Google Jules',
    kind: 'agent',
    logins: ['google-labs-jules[bot]'],
    userIds: [161369871],
    branches: [/^jules-[0-9A-Za-z]+-[0-9a-f]{8}$/],
    prBodyMarkers: [/PR created automatically by Jules for task/],
    confidence: 'high; medium (branch)'
  }),
  entry({
    id: 'amazon-q',
    name: 'Amazon Q Developer agent',
    kind: 'agent',
    logins: ['amazon-q-developer[bot]'],
    userIds: [208079219],
    branches: [/^Q-DEV-issue-\d+-\d+/],
    labels: ['Amazon Q development agent', 'Amazon Q transform agent'],
    confidence: 'high (bot, labels); low (branch)'
  }),
  entry({
    id: 'aider',
    name: 'Aider',
    kind: 'agent',
    // Code and real commits use aider@aider.chat, the docs noreply@aider.chat: match the domain.
    emails: ['*@aider.chat'],
    names: [/ \(aider\)$/],
    subjectPrefixes: [/^aider: /],
    confidence: 'high'
  }),
  entry({
    id: 'openhands',
    name: 'OpenHands',
    kind: 'agent',
    logins: ['openhands-agent', 'openhands-agent[bot]'],
    emails: ['openhands@all-hands.dev'],
    branches: [/^openhands-fix-(?:issue|pr)-\d+/],
    // Not `fix-me`: a trigger label generic enough for human PRs.
    labels: ['openhands'],
    confidence: 'high (email, branch, label); medium (account)'
  }),
  entry({
    id: 'factory',
    name: 'Factory Droid',
    kind: 'agent',
    logins: ['factory-droid[bot]', 'factory-ai[bot]'],
    userIds: [138933559],
    confidence: 'high (factory-droid[bot]); low (factory-ai[bot])'
  }),
  entry({
    id: 'amp',
    name: 'Sourcegraph Amp',
    kind: 'agent',
    emails: ['amp@ampcode.com'],
    trailers: [{ key: 'Amp-Thread-ID' }],
    confidence: 'high'
  }),
  entry({
    id: 'replit',
    name: 'Replit Agent',
    kind: 'agent',
    emails: ['agent@replit.com'],
    // Only `Agent`: `Assistant` is AI-assisted editing and `Deployment` is not AI at all.
    trailers: [{ key: 'Replit-Commit-Author', value: /^Agent$/i }],
    confidence: 'high (trailer); low (email)'
  }),
  entry({
    id: 'warp',
    name: 'Warp agent (Oz)',
    kind: 'agent',
    logins: ['warp-agent', 'oz-by-warp'],
    emails: ['agent@warp.dev', 'oz-agent@warp.dev'],
    prBodyMarkers: [
      /This PR was generated with \[Oz\]\(https:\/\/warp\.dev\/oz\)/,
      /This PR was created via Warp's AI Agent Mode/
    ],
    confidence: 'high (agent@warp.dev); medium (PR body); low (Oz identities)'
  }),
  entry({
    id: 'opencode',
    name: 'opencode',
    kind: 'agent',
    emails: ['noreply@opencode.ai'],
    footers: [generatedWith('\\[?opencode\\b')],
    confidence: 'medium'
  }),
  entry({
    id: 'roo-code',
    name: 'Roo Code / Roomote',
    kind: 'agent',
    logins: ['roomote[bot]', 'roomote-roomote[bot]'],
    userIds: [263205322, 301996811],
    emails: ['roomote@roocode.com', 'roomote@roomote.dev'],
    confidence: 'medium'
  }),
  entry({
    id: 'kiro',
    name: 'Kiro agent',
    kind: 'agent',
    logins: ['kiro-agent', 'kiro-agent[bot]'],
    userIds: [244629292, 245459735],
    names: [/^Kiro Agent$/i],
    confidence: 'medium (identity); low (ids)'
  }),
  entry({
    id: 'lovable',
    name: 'Lovable',
    kind: 'agent',
    // The ids seen come from one user's mailmap only, so the logins do the matching.
    logins: ['lovable-dev[bot]', 'gpt-engineer-app[bot]'],
    confidence: 'medium (logins)'
  }),
  entry({
    id: 'v0',
    name: 'Vercel v0',
    kind: 'agent',
    logins: ['v0[bot]'],
    confidence: 'medium'
  }),
  entry({
    id: 'windsurf',
    name: 'Windsurf / Devin Desktop',
    kind: 'agent',
    // Co-author credits name the product; the addresses vary, so the whole name matches.
    names: [/^(?:Windsurf|Cascade)$/i],
    confidence: 'low'
  }),
  entry({
    id: 'continue',
    name: 'Continue',
    kind: 'agent',
    logins: ['continue[bot]'],
    userIds: [230936708],
    emails: ['noreply@continue.dev'],
    confidence: 'low'
  }),
  entry({
    id: 'jetbrains-junie',
    name: 'JetBrains Junie / AI Assistant',
    kind: 'agent',
    logins: ['jetbrains-ai[bot]'],
    userIds: [220155983],
    emails: ['junie@jetbrains.com'],
    confidence: 'low'
  }),
  entry({
    id: 'crush',
    name: 'Crush',
    kind: 'agent',
    emails: ['crush@charm.land'],
    confidence: 'low'
  }),
  entry({
    id: 'qwen-code',
    name: 'Qwen Code',
    kind: 'agent',
    emails: ['qwen-coder@alibabacloud.com'],
    confidence: 'low'
  }),
  entry({
    id: 'mistral-vibe',
    name: 'Mistral Vibe',
    kind: 'agent',
    emails: ['vibe@mistral.ai'],
    confidence: 'low'
  }),
  entry({
    id: 'sweep',
    name: 'Sweep',
    kind: 'agent',
    logins: ['sweep-ai[bot]'],
    confidence: 'medium (product largely retired)'
  }),
  entry({
    id: 'cline',
    name: 'Cline',
    kind: 'agent',
    // Cline writes no trailer of its own; only its App account is a signal.
    logins: ['cline[bot]'],
    userIds: [205137888],
    confidence: 'medium (account exists); no commit signal'
  }),
  entry({
    id: 'augment',
    name: 'Augment Code',
    kind: 'agent',
    logins: ['augmentcode[bot]'],
    emails: ['noreply@augmentcode.com'],
    confidence: 'low'
  }),
  entry({
    id: 'sourcegraph-cody',
    name: 'Sourcegraph Cody',
    kind: 'agent',
    logins: ['sourcegraph-cody[bot]'],
    userIds: [201248094],
    confidence: 'low'
  }),
  entry({
    id: 'generic-ai',
    name: 'AI assistant (declared by trailer)',
    kind: 'agent',
    // Kernel, Fedora, LLVM, Apache, OpenInfra policies. The trailer's value names the tool,
    // and becomes the agent's display name.
    trailers: [{ key: 'Assisted-by' }, { key: 'Generated-by' }],
    confidence: 'high (kernel Assisted-by); medium (other projects)'
  })
]

/** AI review bots: their `Co-authored-by` credits come from accepted suggestions. */
export const REVIEW_BOTS: KnownIdentity[] = [
  entry({
    id: 'coderabbit',
    name: 'CodeRabbit',
    kind: 'review',
    logins: ['coderabbitai[bot]'],
    userIds: [136622811]
  }),
  entry({
    id: 'gemini-code-assist',
    name: 'Gemini Code Assist',
    kind: 'review',
    logins: ['gemini-code-assist[bot]'],
    userIds: [176961590]
  }),
  entry({
    id: 'cursor-bugbot',
    name: 'Cursor Bugbot',
    kind: 'review',
    logins: ['cursor[bot]'],
    userIds: [206951365]
  }),
  // Shares the login text `Copilot` with the coding agent: only the id tells them apart.
  entry({
    id: 'copilot-code-review',
    name: 'GitHub Copilot code review',
    kind: 'review',
    userIds: [175728472]
  }),
  entry({
    id: 'greptile',
    name: 'Greptile',
    kind: 'review',
    logins: ['greptile-apps[bot]'],
    userIds: [165735046]
  }),
  entry({
    id: 'graphite',
    name: 'Graphite',
    kind: 'review',
    logins: ['graphite-app[bot]'],
    userIds: [96075541]
  }),
  entry({
    id: 'qodo',
    name: 'Qodo',
    kind: 'review',
    logins: ['qodo-merge-pro[bot]', 'qodo-code-review[bot]']
  }),
  entry({
    id: 'windsurf-review',
    name: 'Windsurf review bot',
    kind: 'review',
    logins: ['windsurf-bot[bot]'],
    userIds: [189301087]
  })
]

/** Non-AI automation (section 2). Its commits are never scanned for agent text. */
export const AUTOMATION: KnownIdentity[] = [
  entry({
    id: 'dependabot',
    name: 'Dependabot',
    kind: 'automation',
    logins: ['dependabot[bot]'],
    userIds: [49699333]
  }),
  entry({
    id: 'renovate',
    name: 'Renovate',
    kind: 'automation',
    logins: ['renovate[bot]'],
    userIds: [29139614]
  }),
  entry({
    id: 'github-actions',
    name: 'GitHub Actions',
    kind: 'automation',
    logins: ['github-actions[bot]'],
    userIds: [41898282]
  }),
  entry({
    id: 'pre-commit-ci',
    name: 'pre-commit.ci',
    kind: 'automation',
    logins: ['pre-commit-ci[bot]'],
    userIds: [66853113]
  }),
  entry({
    id: 'allcontributors',
    name: 'All Contributors',
    kind: 'automation',
    logins: ['allcontributors[bot]']
  }),
  entry({ id: 'codecov', name: 'Codecov', kind: 'automation', logins: ['codecov[bot]'] }),
  entry({ id: 'imgbot', name: 'Imgbot', kind: 'automation', logins: ['imgbot[bot]'] }),
  entry({ id: 'mergify', name: 'Mergify', kind: 'automation', logins: ['mergify[bot]'] }),
  entry({
    id: 'release-please',
    name: 'release-please',
    kind: 'automation',
    logins: ['release-please[bot]']
  }),
  entry({
    id: 'semantic-release',
    name: 'semantic-release',
    kind: 'automation',
    logins: ['semantic-release-bot']
  }),
  entry({ id: 'snyk', name: 'Snyk', kind: 'automation', logins: ['snyk-bot'] }),
  entry({ id: 'vercel', name: 'Vercel', kind: 'automation', logins: ['vercel[bot]'] })
]

/** Every built-in identity, agents first. */
export const CATALOGUE: KnownIdentity[] = [...AGENTS, ...REVIEW_BOTS, ...AUTOMATION]

/** The agent id for identities declared by the policy (`agents.extra`). */
export const CUSTOM_AGENT_ID = 'custom'
export const CUSTOM_AGENT_NAME = 'Custom agent (policy)'
/** The agent id for generic `Assisted-by:` / `Generated-by:` trailers. */
export const GENERIC_AGENT_ID = 'generic-ai'
