import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 486:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6472);

// The bundled CLI's entry point (dist/cli/index.js); bin/agent-audit.js loads it.
process.exitCode = await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .runCli */ .a)(process.argv.slice(2), {
    stdout: text => process.stdout.write(text),
    stderr: text => process.stderr.write(text),
    isTty: Boolean(process.stdout.isTTY)
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 6472:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  a: () => (/* binding */ runCli)
});

// UNUSED EXPORTS: EXIT

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: ./src/attribution/catalogue.ts
function entry(fields) {
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
    };
}
/** `Generated with [X](url)` at the start of a line, optionally after the robot emoji. */
function generatedWith(tool) {
    return new RegExp(`^[^\\S\\n]*(?:🤖[^\\S\\n]*)?Generated with ${tool}`, 'mu');
}
const CLAUDE_CODE_FOOTER = generatedWith('\\[Claude Code\\]\\(https://(?:claude\\.com/claude-code|claude\\.ai/code)\\)');
const AGENTS = [
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
];
/** AI review bots: their `Co-authored-by` credits come from accepted suggestions. */
const REVIEW_BOTS = [
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
];
/** Non-AI automation (section 2). Its commits are never scanned for agent text. */
const AUTOMATION = [
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
];
/** Every built-in identity, agents first. */
const catalogue_CATALOGUE = [...AGENTS, ...REVIEW_BOTS, ...AUTOMATION];
/** The agent id for identities declared by the policy (`agents.extra`). */
const catalogue_CUSTOM_AGENT_ID = 'custom';
const catalogue_CUSTOM_AGENT_NAME = 'Custom agent (policy)';
/** The agent id for generic `Assisted-by:` / `Generated-by:` trailers. */
const catalogue_GENERIC_AGENT_ID = 'generic-ai';

;// CONCATENATED MODULE: ./src/attribution/patterns.ts
/**
 * Small matchers shared by the attribution module. Inputs are untrusted text
 * from commits and PRs, so every pattern here is anchored or literal.
 */
const compiledGlobs = new Map();
/**
 * An email glob (`*` = any run of characters, `?` = one) as a case-insensitive,
 * fully anchored expression. Emails hold no `/`, so path-glob rules do not apply.
 */
function emailGlob(glob) {
    const cached = compiledGlobs.get(glob);
    if (cached)
        return cached;
    const body = [...glob]
        .map(char => (char === '*' ? '.*' : char === '?' ? '.' : escapeRegExp(char)))
        .join('');
    const compiled = new RegExp(`^${body}$`, 'i');
    compiledGlobs.set(glob, compiled);
    return compiled;
}
function emailMatches(glob, email) {
    return email !== '' && emailGlob(glob).test(email.trim());
}
/**
 * A branch glob with path semantics, like the policy's path globs: `*` and `?`
 * stop at `/`, `**` crosses it. Everything else is literal.
 */
function branchGlob(glob) {
    const body = glob
        .split('**')
        .map(part => [...part]
        .map(char => (char === '*' ? '[^/]*' : char === '?' ? '[^/]' : escapeRegExp(char)))
        .join(''))
        .join('.*');
    return new RegExp(`^${body}$`);
}
/** A plain substring as an expression. */
function literal(text) {
    return new RegExp(escapeRegExp(text));
}
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
function sameLogin(a, b) {
    return a !== undefined && b !== undefined && a.toLowerCase() === b.toLowerCase();
}
/** Keeps untrusted values short enough for one line of a report. */
function clip(text, max = 200) {
    return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

;// CONCATENATED MODULE: ./src/attribution/evidence.ts
/** Building and ordering Evidence. */

/** Strongest first: who the platform says acted, then identities, then message text, then PR text. */
const SIGNAL_RANK = [
    'pr-opener',
    'pr-opened-by-agent',
    'author-login',
    'author-email',
    'committer-login',
    'committer-email',
    'author-name',
    'committer-name',
    'co-author',
    'trailer',
    'footer',
    'message-prefix',
    'head-branch',
    'pr-label',
    'pr-body'
];
function evidence(agent, signal, value, detail, binding = 'declared') {
    return { agent, signal, value: clip(value), binding, detail: clip(detail, 300) };
}
/** Platform-bound before declared, then by signal strength; stable otherwise. */
function strongestFirst(items) {
    return [...items].sort((a, b) => bindingRank(a.binding) - bindingRank(b.binding) ||
        SIGNAL_RANK.indexOf(a.signal) - SIGNAL_RANK.indexOf(b.signal));
}
function bindingRank(binding) {
    return binding === 'platform' ? 0 : 1;
}

;// CONCATENATED MODULE: ./src/attribution/requester.ts

/** For agents that credit the human who assigned them: the first co-author that is no known identity. */
function coAuthorRequester(signals, agent) {
    if (!agent?.coAuthorIsRequester)
        return undefined;
    return signals.coAuthors.find(coAuthor => !coAuthor.known)?.person;
}
/** Devin's `Requested by:` line and Jules's `started by @user`, read only for PRs those agents made. */
function pullRequestRequesters(pr, agentsSeen) {
    const found = [];
    const devin = /^[ \t>*_]*Requested by:?[*_]*[ \t]*(.+)$/im.exec(pr.body);
    if (agentsSeen.has('devin') && devin?.[1]) {
        found.push({ agent: 'devin', person: parseRequestedBy(devin[1]) });
    }
    const jules = /started by @([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))/.exec(pr.body);
    if (agentsSeen.has('jules') && jules?.[1]) {
        found.push({ agent: 'jules', person: { name: '', email: '', login: jules[1] } });
    }
    return found;
}
/** `Jane Doe (jane@example.com)`, `@jane`, `Jane Doe (@jane)`: whatever parts are there. */
function parseRequestedBy(text) {
    const value = clip(text.replace(/[*_`]/g, '').trim());
    const email = /[^\s<>()@]+@[^\s<>()@]+\.[^\s<>()@]+/.exec(value)?.[0];
    const login = /(?:^|[\s(])@([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))/.exec(value)?.[1];
    const name = value
        .replace(email ?? '\u0000', '')
        .replace(login === undefined ? '\u0000' : `@${login}`, '')
        .replace(/[()<>]/g, '')
        .trim();
    const person = { name, email: email ?? '' };
    if (login !== undefined)
        person.login = login;
    return person;
}
/** Distinct people, by login, else email, else name. */
function distinctPeople(people) {
    const seen = new Set();
    return people.filter(person => {
        const key = (person.login ?? (person.email || person.name)).toLowerCase();
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}

;// CONCATENATED MODULE: ./src/attribution/person.ts
const NOREPLY = /^(?:(\d+)\+)?([^@\s]+)@users\.noreply\.github\.com$/i;
/** GitHub's noreply address `ID+login@users.noreply.github.com`, taken apart. */
function parseNoreply(email) {
    const match = NOREPLY.exec(email.trim());
    if (!match)
        return undefined;
    const login = match[2] ?? '';
    return match[1] === undefined ? { login } : { id: Number(match[1]), login };
}
/**
 * GitHub's own committer for web UI edits, merges, squashes and API commits.
 * It says how a commit was created, never who (or what) wrote it.
 */
function isWebFlow(person) {
    if (person.login?.toLowerCase() === 'web-flow' || person.id === 19864447)
        return true;
    return person.email.trim().toLowerCase() === 'noreply@github.com';
}
/** A Person with the login and id a noreply address carries, for requesters. */
function withNoreplyAccount(person) {
    const noreply = parseNoreply(person.email);
    if (!noreply)
        return person;
    const account = { ...person, login: person.login ?? noreply.login };
    if (person.id === undefined && noreply.id !== undefined)
        account.id = noreply.id;
    return account;
}

;// CONCATENATED MODULE: ./src/attribution/match-person.ts


function match_person_matchPerson(person, set) {
    if (isWebFlow(person))
        return [];
    const noreply = parseNoreply(person.email);
    const ignored = ignoredBotMatch(person, noreply, set);
    if (ignored)
        return [ignored];
    const byId = idMatches(person, noreply, set);
    // Login text only speaks when no id names an agent or review bot. An id naming automation
    // does not silence it: claude-code-action's default `41898282+claude[bot]@...` carries the
    // github-actions[bot] id but is the Claude action.
    const idNamesAgent = byId.some(match => match.identity.kind !== 'automation');
    const byLogin = idNamesAgent ? [] : loginMatches(person, noreply, set);
    return unique([...byId, ...byLogin, ...emailMatchesOf(person, set), ...nameMatches(person, set)]);
}
function idMatches(person, noreply, set) {
    const matches = [];
    for (const identity of set.identities) {
        if (person.id !== undefined && identity.userIds.includes(person.id)) {
            const value = person.login ?? String(person.id);
            const detail = `account id ${person.id} is ${identity.name}`;
            matches.push({ identity, via: 'login', value, detail });
        }
        if (noreply?.id !== undefined && identity.userIds.includes(noreply.id)) {
            const detail = `noreply address carries account id ${noreply.id} (${identity.name})`;
            matches.push({ identity, via: 'email', value: person.email, detail });
        }
    }
    return matches;
}
function loginMatches(person, noreply, set) {
    const matches = [];
    for (const identity of set.identities) {
        if (identity.logins.some(login => sameLogin(login, person.login))) {
            const detail = `login ${person.login} is ${identity.name}`;
            matches.push({ identity, via: 'login', value: person.login ?? '', detail });
        }
        if (identity.logins.some(login => sameLogin(login, noreply?.login))) {
            const detail = `noreply address names the login ${noreply?.login} (${identity.name})`;
            matches.push({ identity, via: 'email', value: person.email, detail });
        }
    }
    return matches;
}
function emailMatchesOf(person, set) {
    return set.identities
        .filter(identity => identity.emails.some(glob => emailMatches(glob, person.email)))
        .map(identity => ({
        identity,
        via: 'email',
        value: person.email,
        detail: `email ${person.email} belongs to ${identity.name}`
    }));
}
function nameMatches(person, set) {
    return set.identities
        .filter(identity => identity.names.some(pattern => pattern.test(person.name)))
        .map(identity => ({
        identity,
        via: 'name',
        value: person.name,
        detail: `name "${person.name}" is the form ${identity.name} writes`
    }));
}
function ignoredBotMatch(person, noreply, set) {
    const login = [person.login, noreply?.login].find(candidate => candidate !== undefined && set.ignoredBots.has(candidate.toLowerCase()));
    if (login === undefined)
        return undefined;
    const id = login.toLowerCase();
    const identity = {
        id,
        name: login,
        kind: 'automation',
        logins: [login],
        userIds: [],
        emails: [],
        names: [],
        trailers: [],
        footers: [],
        subjectPrefixes: [],
        branches: [],
        prBodyMarkers: [],
        labels: [],
        coAuthorIsRequester: false
    };
    return {
        identity,
        via: 'login',
        value: login,
        detail: `${login} is a bot the policy says to ignore`
    };
}
function unique(matches) {
    const seen = new Set();
    return matches.filter(match => {
        const key = `${match.identity.id}\u0000${match.via}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}

;// CONCATENATED MODULE: ./src/attribution/message.ts
const TRAILER_LINE = /^([A-Za-z0-9][A-Za-z0-9_-]*)[ \t]*:[ \t]*(.*)$/;
const CO_AUTHOR_KEY = 'co-authored-by';
function paragraphs(message) {
    return message
        .replace(/\r\n?/g, '\n')
        .trim()
        .split(/\n[ \t]*\n/)
        .filter(paragraph => paragraph.trim() !== '');
}
function parseTrailers(message) {
    const parts = paragraphs(message);
    // The subject paragraph is never a trailer block, as in git.
    if (parts.length < 2)
        return [];
    const trailers = [];
    for (const line of (parts[parts.length - 1] ?? '').split('\n')) {
        const previous = trailers[trailers.length - 1];
        if (/^[ \t]/.test(line) && previous) {
            previous.value = `${previous.value} ${line.trim()}`;
            continue;
        }
        const match = TRAILER_LINE.exec(line);
        if (!match)
            return [];
        trailers.push({ key: match[1] ?? '', value: (match[2] ?? '').trim() });
    }
    return trailers;
}
function isCoAuthorTrailer(trailer) {
    return trailer.key.toLowerCase() === CO_AUTHOR_KEY;
}
/** `Name <email>` as a Person; a value without `<...>` is all name. */
function parseCoAuthor(value) {
    const match = /^(.*?)\s*<([^<>]*)>\s*$/.exec(value);
    if (!match)
        return { name: value.trim(), email: '' };
    return { name: (match[1] ?? '').trim(), email: (match[2] ?? '').trim() };
}
function messageSubject(message) {
    return message.replace(/\r\n?/g, '\n').split('\n', 1)[0] ?? '';
}
/** Everything after the subject line. */
function messageBody(message) {
    const normalised = message.replace(/\r\n?/g, '\n');
    const newline = normalised.indexOf('\n');
    return newline === -1 ? '' : normalised.slice(newline + 1);
}

;// CONCATENATED MODULE: ./src/attribution/signals.ts





function commitSignals(commit, set) {
    const trailers = parseTrailers(commit.message);
    const coAuthors = trailers.filter(isCoAuthorTrailer).map(trailer => coAuthorOf(trailer, set));
    return {
        ...identitySignals(commit, set),
        message: [
            ...coAuthorEvidence(trailers, set),
            ...trailerEvidence(trailers, set),
            ...footerEvidence(commit.message, set),
            ...prefixEvidence(commit.message, set)
        ],
        coAuthors
    };
}
function identitySignals(commit, set) {
    const agent = [];
    const automation = [];
    const roles = [
        ['author', commit.author],
        ['committer', commit.committer]
    ];
    for (const [role, person] of roles) {
        for (const match of match_person_matchPerson(person, set)) {
            const item = evidence(match.identity.id, `${role}-${match.via}`, match.value, `${role} ${match.detail}`);
            // Only the author makes a commit automation: bots also commit humans' work (rebases, merges).
            if (match.identity.kind !== 'automation')
                agent.push(item);
            else if (role === 'author')
                automation.push(item);
        }
    }
    const first = automation[0];
    return first
        ? { identity: agent, automation: { id: first.agent, evidence: automation } }
        : { identity: agent };
}
function coAuthorOf(trailer, set) {
    const person = withNoreplyAccount(parseCoAuthor(trailer.value));
    return { person, known: match_person_matchPerson(person, set).length > 0 };
}
/** Only agents count: review bots' and automation's co-author credits are not authorship. */
function coAuthorEvidence(trailers, set) {
    return trailers.filter(isCoAuthorTrailer).flatMap(trailer => match_person_matchPerson(parseCoAuthor(trailer.value), set)
        .filter(match => match.identity.kind === 'agent')
        .map(match => evidence(match.identity.id, 'co-author', trailer.value, `${trailer.key} trailer: ${match.detail}`)));
}
function trailerEvidence(trailers, set) {
    return trailers.flatMap(trailer => agentsOf(set)
        .filter(identity => identity.trailers.some(spec => trailerMatches(spec, trailer)))
        .map(identity => evidence(identity.id, 'trailer', `${trailer.key}: ${trailer.value}`, `${trailer.key} trailer (${identity.name})`)));
}
function trailerMatches(spec, trailer) {
    if (spec.key.toLowerCase() !== trailer.key.toLowerCase())
        return false;
    return spec.value === undefined || spec.value.test(trailer.value);
}
function footerEvidence(message, set) {
    const body = messageBody(message);
    return agentsOf(set).flatMap(identity => firstMatches(identity.footers, body).map(found => evidence(identity.id, 'footer', found.trim(), `message footer written by ${identity.name}`)));
}
function prefixEvidence(message, set) {
    const subject = messageSubject(message);
    return agentsOf(set).flatMap(identity => firstMatches(identity.subjectPrefixes, subject).map(found => evidence(identity.id, 'message-prefix', found, `subject starts the way ${identity.name} writes it`)));
}
/** The PR's own evidence: opener, head branch, labels and body markers. */
function pullRequestSignals(pr, set) {
    const agents = agentsOf(set);
    return [
        ...openerEvidence(pr.author, set),
        ...agents
            .filter(identity => identity.branches.some(pattern => pattern.test(pr.headRef)))
            .map(identity => evidence(identity.id, 'head-branch', pr.headRef, `head branch is named the way ${identity.name} names it`)),
        ...agents.flatMap(identity => pr.labels
            .filter(label => identity.labels.some(known => sameLogin(known, label)))
            .map(label => evidence(identity.id, 'pr-label', label, `PR label used by ${identity.name}`))),
        ...agents.flatMap(identity => firstMatches(identity.prBodyMarkers, pr.body).map(found => evidence(identity.id, 'pr-body', found, `PR body contains a marker written by ${identity.name}`)))
    ];
}
/**
 * The opener is the account whose token opened the PR. When the platform gave its
 * id or type, a pusher cannot forge it: binding 'platform'. Matching prefers the
 * numeric id; a login alone is enough only when no id can decide, or for App
 * logins (`...[bot]`), which no user can register.
 */
function openerEvidence(author, set) {
    if (author.login !== undefined && set.ignoredBots.has(author.login.toLowerCase()))
        return [];
    const fromPlatform = author.id !== undefined || author.type !== undefined;
    const account = `${author.login ?? '(unknown login)'}${author.id === undefined ? '' : ` (id ${author.id})`}`;
    return set.identities
        .filter(identity => identity.kind !== 'automation' && openedBy(identity, author))
        .map(identity => evidence(identity.id, 'pr-opener', author.login ?? String(author.id), `PR opened by the account ${account} of ${identity.name}`, fromPlatform ? 'platform' : 'declared'));
}
function openedBy(identity, author) {
    if (author.id !== undefined && identity.userIds.includes(author.id))
        return true;
    if (!identity.logins.some(login => sameLogin(login, author.login)))
        return false;
    return (author.id === undefined || identity.userIds.length === 0 || /\[bot\]$/i.test(author.login ?? ''));
}
/** Agents and review bots: review bots act as agents when they author work themselves. */
function agentsOf(set) {
    return set.identities.filter(identity => identity.kind !== 'automation');
}
/** The first match of each pattern, as found. */
function firstMatches(patterns, text) {
    return patterns.flatMap(pattern => {
        const found = pattern.exec(text);
        return found ? [found[0]] : [];
    });
}

;// CONCATENATED MODULE: ./src/attribution/classify.ts




/**
 * @param opener platform-bound 'pr-opener' evidence naming an agent, when the PR was opened
 *   by one. The agent chose every commit's declared identity (it can write any author name,
 *   email or message), so a commit without agent signals in its PR may still be the agent's:
 *   fail closed and count it as the agent's.
 */
function classifyCommit(commit, set, opener) {
    const cleanMerge = commit.parents.length > 1 && commit.files.length === 0;
    const signals = commitSignals(commit, set);
    if (signals.identity.length > 0) {
        return agentCommit(commit, signals, [...signals.identity, ...signals.message], set, cleanMerge);
    }
    if (signals.automation) {
        if (opener && !commit.verification?.verified)
            return openedByAgentCommit(commit, opener, set);
        const { id, evidence: found } = signals.automation;
        return { sha: commit.sha, kind: 'automation', automation: id, evidence: found, cleanMerge };
    }
    if (cleanMerge)
        return humanCommit(commit, cleanMerge);
    if (signals.message.length > 0) {
        return agentCommit(commit, signals, signals.message, set, cleanMerge);
    }
    if (opener)
        return openedByAgentCommit(commit, opener, set);
    return humanCommit(commit, cleanMerge);
}
function agentCommit(commit, signals, found, set, cleanMerge) {
    const ordered = strongestFirst(found);
    const primary = ordered[0];
    const identity = set.identities.find(known => known.id === primary.agent);
    const attribution = {
        sha: commit.sha,
        kind: 'agent',
        agent: primary.agent,
        agentName: agentName(primary, identity?.name),
        evidence: ordered,
        cleanMerge
    };
    const requester = coAuthorRequester(signals, identity);
    if (requester)
        attribution.requester = requester;
    return attribution;
}
function openedByAgentCommit(commit, opener, set) {
    const name = set.identities.find(known => known.id === opener.agent)?.name ?? opener.agent;
    const claim = evidence(opener.agent, 'pr-opened-by-agent', opener.value, `no signals of its own, in a PR opened by ${name}, which can write any commit identity`, 'platform');
    return {
        sha: commit.sha,
        kind: 'agent',
        agent: opener.agent,
        agentName: name,
        evidence: [claim],
        cleanMerge: false
    };
}
function humanCommit(commit, cleanMerge) {
    return { sha: commit.sha, kind: 'human', evidence: [], cleanMerge };
}
/** A generic `Assisted-by: Tool:model` trailer names the tool itself. */
function agentName(primary, catalogueName) {
    if (primary.agent !== catalogue_GENERIC_AGENT_ID || primary.signal !== 'trailer') {
        return catalogueName ?? primary.agent;
    }
    const declared = primary.value.slice(primary.value.indexOf(':') + 1).trim();
    return declared || (catalogueName ?? primary.agent);
}

;// CONCATENATED MODULE: ./src/attribution/files.ts
function touchesOf(change) {
    const touched = [withOptional({ path: change.path }, change.mode || change.previousMode)];
    if (change.status !== 'renamed' || !change.previousPath)
        return touched;
    const [renamedTo] = touched;
    renamedTo.partner = change.previousPath;
    const renamedFrom = { path: change.previousPath, partner: change.path };
    return [renamedTo, withOptional(renamedFrom, change.previousMode || change.mode)];
}
function withOptional(touch, mode) {
    return mode ? { ...touch, mode } : touch;
}
/**
 * @param agentSignal whether anything, in a commit or on the PR, points at an agent:
 *   in 'pull_request' mode that makes every path agent-touched.
 */
function attributeFiles(changeSet, commits, mode, agentSignal) {
    const kinds = new Map(commits.map(commit => [commit.sha, commit.kind]));
    const shasOf = (wanted) => (shas) => shas.filter(sha => wanted(kinds.get(sha)));
    const agentOnly = shasOf(kind => kind === 'agent');
    const notAutomation = shasOf(kind => kind !== 'automation');
    const everyCommit = commits.map(commit => commit.sha);
    const wholePr = mode === 'pull_request' && agentSignal;
    return [...pathRecords(changeSet).values()]
        .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
        .map(record => {
        // A path in the net diff that no listed commit touched (a truncated commit list):
        // which commit changed it is unknown, so every candidate counts (fail closed).
        const touching = record.commits.length > 0 ? record.commits : everyCommit;
        let agentCommits = agentOnly(touching);
        if (wholePr && agentCommits.length === 0)
            agentCommits = notAutomation(touching);
        return fileAttribution(record, agentCommits, wholePr || agentCommits.length > 0);
    });
}
function fileAttribution(record, agentCommits, agentTouched) {
    const file = {
        path: record.path,
        agentCommits,
        commits: record.commits,
        inNetDiff: record.inNetDiff,
        agentTouched
    };
    if (record.renamePartner !== undefined)
        file.renamePartner = record.renamePartner;
    if (record.mode !== undefined)
        file.mode = record.mode;
    return file;
}
/** Every path any commit touched, oldest commit first, plus the paths of the net diff. */
function pathRecords(changeSet) {
    const records = new Map();
    const recordOf = (path) => {
        const existing = records.get(path);
        if (existing)
            return existing;
        const created = { path, commits: [], inNetDiff: false };
        records.set(path, created);
        return created;
    };
    for (const commit of changeSet.commits) {
        for (const touch of commit.files.flatMap(touchesOf)) {
            const record = recordOf(touch.path);
            if (!record.commits.includes(commit.sha))
                record.commits.push(commit.sha);
            if (touch.partner !== undefined)
                record.renamePartner = touch.partner;
            if (touch.mode !== undefined)
                record.mode = touch.mode;
        }
    }
    for (const touch of changeSet.files.flatMap(touchesOf)) {
        const record = recordOf(touch.path);
        record.inNetDiff = true;
        if (record.commits.length > 0)
            continue;
        if (touch.partner !== undefined)
            record.renamePartner = touch.partner;
        if (touch.mode !== undefined)
            record.mode = touch.mode;
    }
    return records;
}

;// CONCATENATED MODULE: ./src/attribution/identity-set.ts


/**
 * `builtin: false` drops the built-in agents and review bots. The automation
 * entries stay: they can only stop dependency-bot text from looking like an
 * agent, never make anything an agent.
 */
function identitySet(agents) {
    const builtIn = agents.builtin ? [...AGENTS, ...REVIEW_BOTS] : [];
    const custom = customIdentity(agents.extra);
    return {
        identities: [...builtIn, ...(custom ? [custom] : []), ...AUTOMATION],
        ignoredBots: new Set(agents.ignoreBots.map(login => login.toLowerCase()))
    };
}
/** The full catalogue plus any policy identities, for questions like "may this account approve?". */
function identity_set_fullIdentitySet(agents) {
    const custom = agents ? customIdentity(agents.extra) : undefined;
    return { identities: [...CATALOGUE, ...(custom ? [custom] : [])], ignoredBots: new Set() };
}
function customIdentity(extra) {
    const { logins, emails, trailers, branches, labels, prBodyMarkers } = extra;
    const total = logins.length + emails.length + trailers.length + branches.length;
    if (total + labels.length + prBodyMarkers.length === 0)
        return undefined;
    return {
        id: catalogue_CUSTOM_AGENT_ID,
        name: catalogue_CUSTOM_AGENT_NAME,
        kind: 'agent',
        logins,
        userIds: [],
        emails,
        names: [],
        trailers: trailers.map(key => ({ key })),
        footers: [],
        subjectPrefixes: [],
        branches: branches.map(branchGlob),
        prBodyMarkers: prBodyMarkers.map(literal),
        labels,
        coAuthorIsRequester: false
    };
}

;// CONCATENATED MODULE: ./src/attribution/identity.ts



/**
 * Whether an account (a login, or a person with login, id or email) is an AI agent
 * or AI review bot, e.g. to refuse its approval. The whole built-in catalogue
 * applies even when the policy turns it off for attribution, so that no agent's
 * approval ever counts as a human's; the policy's own agent logins and emails add
 * to it. Display names are not consulted: approvals come from accounts.
 */
function isAgentIdentity(who, agents) {
    const person = typeof who === 'string' ? { name: '', email: '', login: who } : who;
    return matchPerson({ ...person, name: '' }, fullIdentitySet(agents)).some(match => match.identity.kind !== 'automation');
}
/** The display name of an agent (or automation) id; the id itself when unknown. */
function describeAgent(id) {
    if (id === CUSTOM_AGENT_ID)
        return CUSTOM_AGENT_NAME;
    if (id === GENERIC_AGENT_ID)
        return 'AI assistant (declared by trailer)';
    return CATALOGUE.find(identity => identity.id === id)?.name ?? id;
}

;// CONCATENATED MODULE: ./src/attribution/attribute.ts






function attribute_attribute(changeSet, agents, mode) {
    const set = identitySet(agents);
    const pr = changeSet.pullRequest;
    const pullRequestEvidence = pr ? pullRequestSignals(pr, set) : [];
    const opener = pullRequestEvidence.find(found => found.signal === 'pr-opener' && found.binding === 'platform');
    const commits = changeSet.commits.map(commit => classifyCommit(commit, set, opener));
    const fromPr = pr ? pullRequestRequesters(pr, agentsSeen(commits, pullRequestEvidence)) : [];
    assignPullRequestRequesters(commits, fromPr);
    const agentSignal = commits.some(isAgentCommit) || pullRequestEvidence.length > 0;
    return {
        commits,
        files: attributeFiles(changeSet, commits, mode, agentSignal),
        pullRequestEvidence,
        mode,
        requesters: distinctPeople([
            ...commits.flatMap(commit => (commit.requester ? [commit.requester] : [])),
            ...fromPr.map(found => found.person)
        ])
    };
}
function isAgentCommit(commit) {
    return commit.kind === 'agent';
}
function agentsSeen(commits, prEvidence) {
    const fromCommits = commits.flatMap(commit => (commit.agent ? [commit.agent] : []));
    return new Set([...fromCommits, ...prEvidence.map(found => found.agent)]);
}
/** A requester named in the PR body also asked for that agent's commits that name none. */
function assignPullRequestRequesters(commits, requesters) {
    for (const commit of commits) {
        const named = requesters.find(found => found.agent === commit.agent)?.person;
        if (commit.kind === 'agent' && !commit.requester && named)
            commit.requester = named;
    }
}

;// CONCATENATED MODULE: ./src/evaluation/approval-judge.ts
/** Who may approve an area, in words, for reports. */
function describeEligible(area) {
    const { users, teams, codeowners } = area.reviewers;
    const names = [...users.map(u => `@${u}`), ...teams.map(t => `@${t}`)];
    if (codeowners)
        names.push('code owners of the files');
    return names.length > 0 ? names.join(', ') : 'any human reviewer';
}
/** The judge for runs without review data (the CLI): nothing is approved yet. */
const noReviewsJudge = ({ area, agentCommits }) => ({
    area: area.name,
    required: area.approvals,
    counted: [],
    ignored: [],
    changesRequestedBy: [],
    satisfied: false,
    eligible: describeEligible(area),
    lastAgentCommit: agentCommits.at(-1)
});

;// CONCATENATED MODULE: ./src/engine/change-set.ts
/**
 * The plain data the engine audits. A change source (local git now, the
 * GitHub REST API in the action) fills these in; the engine never talks to
 * git or GitHub itself.
 */
/** git's file modes, as the octal strings git prints them. */
const FILE_MODE = {
    regular: '100644',
    executable: '100755',
    symlink: '120000',
    submodule: '160000'
};
function shortSha(sha) {
    return sha.slice(0, 7);
}
/** The first line of a commit message. */
function commitSubject(message) {
    return message.split('\n', 1)[0] ?? '';
}

;// CONCATENATED MODULE: ./node_modules/balanced-match/dist/esm/index.js
const balanced = (a, b, str) => {
    const ma = a instanceof RegExp ? maybeMatch(a, str) : a;
    const mb = b instanceof RegExp ? maybeMatch(b, str) : b;
    const r = ma !== null && mb != null && range(ma, mb, str);
    return (r && {
        start: r[0],
        end: r[1],
        pre: str.slice(0, r[0]),
        body: str.slice(r[0] + ma.length, r[1]),
        post: str.slice(r[1] + mb.length),
    });
};
const maybeMatch = (reg, str) => {
    const m = str.match(reg);
    return m ? m[0] : null;
};
const range = (a, b, str) => {
    let begs, beg, left, right = undefined, result;
    let ai = str.indexOf(a);
    let bi = str.indexOf(b, ai + 1);
    let i = ai;
    if (ai >= 0 && bi > 0) {
        if (a === b) {
            return [ai, bi];
        }
        begs = [];
        left = str.length;
        while (i >= 0 && !result) {
            if (i === ai) {
                begs.push(i);
                ai = str.indexOf(a, i + 1);
            }
            else if (begs.length === 1) {
                const r = begs.pop();
                if (r !== undefined)
                    result = [r, bi];
            }
            else {
                beg = begs.pop();
                if (beg !== undefined && beg < left) {
                    left = beg;
                    right = bi;
                }
                bi = str.indexOf(b, i + 1);
            }
            i = ai < bi && ai >= 0 ? ai : bi;
        }
        if (begs.length && right !== undefined) {
            result = [left, right];
        }
    }
    return result;
};
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/brace-expansion/dist/esm/index.js

const escSlash = '\0SLASH' + Math.random().toFixed(16) + '\0';
const escOpen = '\0OPEN' + Math.random().toFixed(16) + '\0';
const escClose = '\0CLOSE' + Math.random().toFixed(16) + '\0';
const escComma = '\0COMMA' + Math.random().toFixed(16) + '\0';
const escPeriod = '\0PERIOD' + Math.random().toFixed(16) + '\0';
const escSlashPattern = new RegExp(escSlash, 'g');
const escOpenPattern = new RegExp(escOpen, 'g');
const escClosePattern = new RegExp(escClose, 'g');
const escCommaPattern = new RegExp(escComma, 'g');
const escPeriodPattern = new RegExp(escPeriod, 'g');
const slashPattern = /\\\\/g;
const openPattern = /\\{/g;
const closePattern = /\\}/g;
const commaPattern = /\\,/g;
const periodPattern = /\\\./g;
const EXPANSION_MAX = 100_000;
// `EXPANSION_MAX` caps the *number* of expansions, but not their length. An
// input like `'{a,b}'.repeat(1500)` stays under that count - its output is
// truncated to 100k results - while making every result ~1500 characters
// long. The result set, and the intermediate arrays built while combining
// brace sets, then grow large enough to exhaust memory and crash the process
// (CVE-2026-14257). `EXPANSION_MAX_LENGTH` bounds the total number of
// characters the accumulator may hold at any point, so memory stays flat no
// matter how many brace groups are chained. The limit sits well above any
// realistic expansion (100k results hitting `EXPANSION_MAX` measure ~1M
// characters) so legitimate input is unaffected.
const EXPANSION_MAX_LENGTH = 4_000_000;
// `expand_` recurses once per level of brace *nesting* - both when expanding a
// set's comma members and when re-wrapping a set whose body is a single part.
// The CVE-2026-14257 fix made the *tail* iterative (recursion on `m.post`, one
// level per chained group), which left nesting depth unbounded: about 3,100
// levels of `{{{...a,b...}}}` - only ~6KB of input - exhausted the native stack
// and crashed the process. `EXPANSION_MAX_DEPTH` bounds how deep the parser
// will follow nesting. It sits far above any realistic pattern and well below
// the depth at which the stack runs out.
const EXPANSION_MAX_DEPTH = 1_000;
// Bash keeps a quirk where a brace group followed by a comma set still expands
// (`{a},b}`). The parser implements it by rewriting the string and restarting
// the scan, absorbing one `}` per pass. `n` trailing braces therefore cost `n`
// full passes over a string that itself grows by one `escClose` sentinel each
// time - quadratic in `n`, with a ~26x constant from the sentinel's length.
// 128KB of `'{a}' + '}'.repeat(n) + ',z}'` blocked the event loop for 27
// seconds to produce two results. `EXPANSION_MAX_REWRITES` bounds how many
// times the scan may restart. Real `{a},b}` input needs a handful.
const EXPANSION_MAX_REWRITES = 1_000;
// `EXPANSION_MAX_STEPS` bounds the work one `expand` call does, which `max`,
// `maxLength` and `maxDepth` don't: nested sets are rescanned at every level
// and chained groups each rebuild up to `max` results, so 2KB of input could
// block the event loop for over 30 seconds. Each character scanned, result
// built and sequence value generated is a step, and each `expand_` call costs
// `CALL_STEPS` more. Past the budget, the set being expanded and everything
// after it stay literal. A glob needs a few hundred steps, and nesting all the
// way to `EXPANSION_MAX_DEPTH` about 4M.
const EXPANSION_MAX_STEPS = 20_000_000;
// What one `expand_` call costs on top of what it scans and builds. Setting
// one up takes about as long as scanning 16 characters, and a set whose
// results are wrapped to be expanded again makes one call per result, each
// scanning and building next to nothing: 64KB of
// `('{{' + ','.repeat(316) + '}{' + ','.repeat(316) + '}}').repeat(n)` made
// 4M such calls, which spent the budget three times as slowly as anything
// else.
const CALL_STEPS = 16;
function numeric(str) {
    return !isNaN(str) ? parseInt(str, 10) : str.charCodeAt(0);
}
function escapeBraces(str) {
    return str
        .replace(slashPattern, escSlash)
        .replace(openPattern, escOpen)
        .replace(closePattern, escClose)
        .replace(commaPattern, escComma)
        .replace(periodPattern, escPeriod);
}
function unescapeBraces(str) {
    return str
        .replace(escSlashPattern, '\\')
        .replace(escOpenPattern, '{')
        .replace(escClosePattern, '}')
        .replace(escCommaPattern, ',')
        .replace(escPeriodPattern, '.');
}
// Like `target.push(...items)` but doesn't overflow the stack
function pushAll(target, items) {
    for (let i = 0; i < items.length; i++) {
        target.push(items[i]);
    }
}
// `balanced`, run on `masked` (see `maskUnmatchedOpens`), sliced from `str`
// and charged for the characters it walks: up to the group's `}`, or the
// whole string when there is no match or unmatched `{` come first, which
// `unmatched` then flags for masking. Once a call overdraws the budget, it
// and every later one return undefined, so the rest stays literal.
function balancedWithBudget(str, masked, budget) {
    if (budget.remaining < 0) {
        return undefined;
    }
    const r = range('{', '}', masked);
    const unmatched = r !== undefined && masked.indexOf('{') < r[0];
    budget.remaining -= r && !unmatched ? r[1] + 1 : str.length;
    if (!r || budget.remaining < 0) {
        return undefined;
    }
    return {
        end: r[1],
        pre: str.slice(0, r[0]),
        body: str.slice(r[0] + 1, r[1]),
        post: str.slice(r[1] + 1),
        unmatched,
    };
}
// `masked` with every `{` that has no matching `}` swapped for a `\0`, which
// keeps the length, so a scan of it still lines up with the string it was
// made from. Such a `{` is literal either way, but `balanced` only learns that
// one is unmatched by reading to the end of the string, so with one at the
// head of every group (`'{a,{b,c}'.repeat(n)`) each scan read the rest of the
// input. That was quadratic, and once the step budget charged for it, it ran
// out partway through and left the rest literal. A scan of the masked copy
// stops at the group's `}`. It is one pass, charged as such.
function maskUnmatchedOpens(masked, budget) {
    budget.remaining -= masked.length;
    const open = [];
    for (let i = 0; i < masked.length; i++) {
        const c = masked.charCodeAt(i);
        if (c === 0x7b) {
            open.push(i);
        }
        else if (c === 0x7d && open.length) {
            open.pop();
        }
    }
    let out = '';
    let last = 0;
    for (let i = 0; i < open.length; i++) {
        const at = open[i];
        out += masked.slice(last, at) + '\0';
        last = at + 1;
    }
    return out + masked.slice(last);
}
// Whether `str` has a `,` not followed by another `,`, with a `}` after it on
// the same line - what `/,(?!,).*\}/.test(str)` asks, answered in one pass from
// the end. The regex tries every `,` and backtracks through the rest of its
// line from each, which is quadratic, and the `{a},b}` rewrite asks again on
// every pass. Like a scan, it is charged for the whole string and refused if
// that overdraws the budget.
function commaSetFollows(str, budget) {
    budget.remaining -= str.length;
    if (budget.remaining < 0) {
        return false;
    }
    // Whether a `}` follows the current position before the line ends
    let close = false;
    for (let i = str.length - 1; i >= 0; i--) {
        const c = str.charCodeAt(i);
        if (c === 0x7d) {
            close = true;
        }
        else if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029) {
            // A line terminator, which `.` does not match
            close = false;
        }
        else if (c === 0x2c && close && str.charCodeAt(i + 1) !== 0x2c) {
            return true;
        }
    }
    return false;
}
/**
 * Basically just str.split(","), but handling cases
 * where we have nested braced sections, which should be
 * treated as individual members, like {a,{b,c},d}
 *
 * Returns `undefined` if the step budget runs out before the whole set is
 * split, since splitting what is left on every comma would tear apart the
 * nested sets it still holds.
 */
function parseCommaParts(str, budget) {
    const parts = [];
    // Walk the brace groups iteratively. Recursing on `post` once per group let a
    // chain of them exhaust the stack - the parsing-side counterpart to
    // the `expand_` overflow fixed for CVE-2026-14257, and not something `max` or
    // `maxLength` can bound, since it happens before expansion.
    //
    // The part the next chunk continues
    let carry = '';
    for (;;) {
        // A set's body holds no unmatched `{`, so there is nothing to mask.
        const m = balancedWithBudget(str, str, budget);
        if (budget.remaining < 0) {
            return undefined;
        }
        if (!m) {
            const tail = str.split(',');
            tail[0] = carry + tail[0];
            pushAll(parts, tail);
            return parts;
        }
        const { pre, body, post } = m;
        const p = pre.split(',');
        p[0] = carry + p[0];
        p[p.length - 1] += '{' + body + '}';
        if (!post.length) {
            pushAll(parts, p);
            return parts;
        }
        carry = p.pop();
        pushAll(parts, p);
        str = post;
    }
}
// An option that is left out, or that is NaN, gets its default. Every
// comparison against NaN is false, so a NaN bound would never be reached:
// `{ maxSteps: NaN }` let 15KB of input block the event loop for 16 seconds,
// and `{ maxDepth: NaN }` overflowed the stack again (CVE-2026-102278). Pass
// `Infinity` to lift a bound.
function bound(value, fallback) {
    return value === undefined || isNaN(value) ? fallback : value;
}
function expand(str, options = {}) {
    if (!str) {
        return [];
    }
    const max = bound(options.max, EXPANSION_MAX);
    const maxLength = bound(options.maxLength, EXPANSION_MAX_LENGTH);
    const maxDepth = bound(options.maxDepth, EXPANSION_MAX_DEPTH);
    const maxRewrites = bound(options.maxRewrites, EXPANSION_MAX_REWRITES);
    const maxSteps = bound(options.maxSteps, EXPANSION_MAX_STEPS);
    // I don't know why Bash 4.3 does this, but it does.
    // Anything starting with {} will have the first two bytes preserved
    // but *only* at the top level, so {},a}b will not expand to anything,
    // but a{},b}c will be expanded to [a}c,abc].
    // One could argue that this is a bug in Bash, but since the goal of
    // this module is to match Bash's rules, we escape a leading {}
    if (str.slice(0, 2) === '{}') {
        str = '\\{\\}' + str.slice(2);
    }
    return expand_(escapeBraces(str), max, maxLength, maxDepth, 0, maxRewrites, { remaining: maxSteps }, true).map(unescapeBraces);
}
function embrace(str) {
    return '{' + str + '}';
}
function isPadded(el) {
    return /^-?0\d/.test(el);
}
function lte(i, y) {
    return i <= y;
}
function gte(i, y) {
    return i >= y;
}
// Build `{ acc[a] + pre + values[v] }` for every combination, capping the
// number of results at `max` and the total number of characters at `maxLength`.
// This is the one place output grows, so bounding it here keeps the single
// accumulator - and therefore memory - flat regardless of how many brace groups
// are combined (CVE-2026-14257). Each result built is a step, since `max` and
// `maxLength` bound one combination, not how many brace groups are combined.
function combine(acc, pre, values, max, maxLength, dropEmpties, budget) {
    const out = [];
    let length = 0;
    // Bash drops empty results at the top level, and they don't count against
    // `max`, so `max` bounds the number of *kept* results. Only an empty
    // `acc[a] + pre` can make one, so for those the empty values are skipped
    // without being visited. Visiting them one at a time let a set of empties
    // cost `acc.length * values.length` while keeping nothing.
    let nonEmpty;
    outer: for (let a = 0; a < acc.length; a++) {
        const prefix = acc[a] + pre;
        let vs = values;
        if (dropEmpties && !prefix) {
            if (!nonEmpty)
                nonEmpty = values.filter(v => v);
            vs = nonEmpty;
        }
        for (let v = 0; v < vs.length; v++) {
            if (out.length >= max)
                break outer;
            const expansion = prefix + vs[v];
            if (length + expansion.length > maxLength)
                break outer;
            out.push(expansion);
            length += expansion.length;
        }
    }
    budget.remaining -= out.length;
    return out;
}
// The expansion values of a single numeric (`1..5`) or alphabetic (`a..e..2`)
// sequence body, or `undefined` if the step budget runs out generating them.
function expandSequence(body, isAlphaSequence, max, maxLength, budget) {
    const n = body.split(/\.\./);
    const N = [];
    // A sequence body always splits into two or three parts, but the compiler
    // can't know that.
    /* c8 ignore start */
    if (n[0] === undefined || n[1] === undefined) {
        return N;
    }
    /* c8 ignore stop */
    const x = numeric(n[0]);
    const y = numeric(n[1]);
    const width = Math.max(n[0].length, n[1].length);
    let incr = n.length === 3 && n[2] !== undefined ?
        Math.max(Math.abs(numeric(n[2])), 1)
        : 1;
    let test = lte;
    const reverse = y < x;
    if (reverse) {
        incr *= -1;
        test = gte;
    }
    const pad = n.some(isPadded);
    // A padded value is built a character at a time to `width`, which the input
    // sets, so it costs one step per character: 64KB of
    // `('{' + '0'.repeat(100) + '..99999}').repeat(n)` took 7 seconds charged
    // one step per value.
    const cost = pad ? width : 1;
    let length = 0;
    for (let i = x; test(i, y) && N.length < max; i += incr) {
        // Each value is a step. `max` and `maxLength` bound one sequence, but a
        // chain of them still generated up to `max` values each, however few
        // combining could keep.
        budget.remaining -= cost;
        if (budget.remaining < 0) {
            return undefined;
        }
        let c;
        if (isAlphaSequence) {
            c = String.fromCharCode(i);
            if (c === '\\') {
                c = '';
            }
        }
        else {
            c = String(i);
            if (pad) {
                const need = width - c.length;
                if (need > 0) {
                    const z = new Array(need + 1).join('0');
                    if (i < 0) {
                        c = '-' + z + c.slice(1);
                    }
                    else {
                        c = z + c;
                    }
                }
            }
        }
        if (length + c.length > maxLength)
            break;
        N.push(c);
        length += c.length;
    }
    return N;
}
function expand_(str, max, maxLength, maxDepth, depth, maxRewrites, budget, isTop) {
    // An overdraft here makes the first scan refuse, so `str` stays literal.
    budget.remaining -= CALL_STEPS;
    // Too deeply nested to keep following: treat the rest as literal, the same
    // way a group that cannot expand is already handled. Truncating rather than
    // throwing keeps `expand` total, matching `max` and `maxLength`.
    if (depth > maxDepth) {
        return [str];
    }
    // Consume the string's top-level brace groups left to right, threading a
    // running set of combined prefixes (`acc`). Expanding the tail iteratively -
    // rather than recursing on `m.post` once per group - keeps the native stack
    // depth constant, so deeply chained input (`'{a,b}'.repeat(3000)`) can no
    // longer overflow the stack, and leaves a single accumulator whose size
    // `maxLength` bounds directly (CVE-2026-14257).
    let acc = [''];
    // Bash drops empty results, but only when the *first* top-level group is a
    // comma set - a sequence like `{a..\}` may legitimately yield ''. The drop
    // is on the final strings, so it is applied to whichever `combine` produces
    // them (the one with no brace set left in the tail).
    // How many times the `{a},b}` rewrite below has restarted the scan. Each pass
    // re-reads the whole string, so leaving this unbounded is quadratic.
    let rewrites = 0;
    let dropEmpties = false;
    let firstGroup = true;
    // `str` with its unmatched `{` masked, once a scan has run into them
    let masked = str;
    for (;;) {
        const m = balancedWithBudget(str, masked, budget);
        // No brace set left, or no step budget left to look for one: the rest of
        // the string is literal.
        if (!m) {
            return combine(acc, str, [''], max, maxLength, dropEmpties, budget);
        }
        if (m.unmatched) {
            masked = maskUnmatchedOpens(masked, budget);
        }
        // no need to expand pre, since it is guaranteed to be free of brace-sets
        const pre = m.pre;
        // This set and the rest of the string, literal: for a set that cannot
        // expand, and for one the step budget runs out on. Once it is overdrawn,
        // every set still being expanded, at every level, stays literal like this -
        // otherwise each level above would go on combining, and wrapping and
        // expanding again, results the budget was too small for.
        const literal = () => combine(acc, pre + '{' + m.body + '}' + m.post, [''], max, maxLength, dropEmpties, budget);
        if (/\$$/.test(pre)) {
            acc = combine(acc, pre + '{' + m.body + '}', [''], max, maxLength, dropEmpties && !m.post.length, budget);
            firstGroup = false;
            if (!m.post.length)
                break;
            str = m.post;
            masked = masked.slice(m.end + 1);
            continue;
        }
        const isNumericSequence = /^-?\d+\.\.-?\d+(?:\.\.-?\d+)?$/.test(m.body);
        const isAlphaSequence = /^[a-zA-Z]\.\.[a-zA-Z](?:\.\.-?\d+)?$/.test(m.body);
        const isSequence = isNumericSequence || isAlphaSequence;
        const isOptions = m.body.indexOf(',') >= 0;
        if (!isSequence && !isOptions) {
            // {a},b}
            if (rewrites < maxRewrites && commaSetFollows(m.post, budget)) {
                rewrites++;
                str = m.pre + '{' + m.body + escClose + m.post;
                // Taking a `}` away never gives an unmatched `{` a partner, so what
                // is masked stays unmatched. The `{` it closed can be left without
                // one, and the next scan masks it.
                masked =
                    masked.slice(0, m.end) + escClose + masked.slice(m.end + 1);
                isTop = true;
                continue;
            }
            // Nothing here expands, so the whole remaining string is literal.
            return literal();
        }
        if (firstGroup) {
            dropEmpties = isTop && !isSequence;
            firstGroup = false;
        }
        let values;
        if (isSequence) {
            values = expandSequence(m.body, isAlphaSequence, max, maxLength, budget);
            if (!values) {
                return literal();
            }
        }
        else {
            let n = parseCommaParts(m.body, budget);
            // The step budget ran out partway through the set.
            if (!n) {
                return literal();
            }
            if (n.length === 1 && n[0] !== undefined) {
                // x{{a,b}}y ==> x{a}y x{b}y
                n = expand_(n[0], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false).map(embrace);
                // The step budget ran out expanding the set's only part.
                if (budget.remaining < 0) {
                    return literal();
                }
                //XXX is this necessary? Can't seem to hit it in tests.
                /* c8 ignore start */
                if (n.length === 1) {
                    const next = combine(acc, pre + n[0], [''], max, maxLength, dropEmpties && !m.post.length, budget);
                    if (budget.remaining < 0) {
                        return literal();
                    }
                    acc = next;
                    if (!m.post.length)
                        break;
                    str = m.post;
                    masked = masked.slice(m.end + 1);
                    continue;
                }
                /* c8 ignore stop */
            }
            // Values that `combine` is going to drop as empty produce no result, so
            // they must not count against `max` - otherwise `{a,,b}` with `max: 2`
            // would stop at `['a', '']` and yield one result instead of two. Skipping
            // them outright keeps `values` bounded while leaving `max` a bound on
            // *kept* results.
            let dropsEmpties = dropEmpties && !m.post.length && !pre;
            for (let d = 0; dropsEmpties && d < acc.length; d++) {
                if (acc[d]) {
                    dropsEmpties = false;
                }
            }
            values = [];
            let valuesLength = 0;
            outer: for (let j = 0; j < n.length; j++) {
                const expanded = expand_(n[j], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false);
                // The step budget ran out expanding a member.
                if (budget.remaining < 0) {
                    return literal();
                }
                for (let k = 0; k < expanded.length; k++) {
                    const v = expanded[k];
                    if (dropsEmpties && !v)
                        continue;
                    if (values.length >= max ||
                        valuesLength + v.length > maxLength) {
                        break outer;
                    }
                    values.push(v);
                    valuesLength += v.length;
                }
            }
        }
        const next = combine(acc, pre, values, max, maxLength, dropEmpties && !m.post.length, budget);
        // The step budget ran out combining the set's values in.
        if (budget.remaining < 0) {
            return literal();
        }
        acc = next;
        if (!m.post.length)
            break;
        str = m.post;
        masked = masked.slice(m.end + 1);
    }
    return acc;
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@isaacs/nonrecursive-glob-match/dist/esm/numeric-range.js
// One digit, or a class of digits from a to b.
const digit = (a, b) => a === b ?
    { t: 'lit', ch: String(a) }
    : { t: 'class', re: new RegExp(`^[${a}-${b}]$`) };
const prefix = (d, alts) => alts.map(s => [digit(d, d), ...s]);
// The digit strings from a to b, which have the same length.
const fixed = (a, b) => {
    if (!a)
        return [[]];
    let lo = +a[0];
    let hi = +b[0];
    const ra = a.slice(1);
    const rb = b.slice(1);
    if (lo === hi)
        return prefix(lo, fixed(ra, rb));
    const zeros = '0'.repeat(ra.length);
    const nines = '9'.repeat(ra.length);
    const out = [];
    if (ra !== zeros)
        out.push(...prefix(lo++, fixed(ra, nines)));
    const last = rb === nines ? [] : prefix(hi--, fixed(zeros, rb));
    if (lo <= hi) {
        out.push([digit(lo, hi), ...Array.from(ra, () => digit(0, 9))]);
    }
    out.push(...last);
    return out;
};
// The numbers from a to b, where 0 <= a <= b. If width is set, each
// one has leading zeros to make it that many digits.
const nonneg = (a, b, width) => {
    if (width) {
        return fixed(String(a).padStart(width, '0'), String(b).padStart(width, '0'));
    }
    const out = [];
    for (let len = String(a).length; len <= String(b).length; len++) {
        const lo = Math.max(a, len === 1 ? 0 : 10 ** (len - 1));
        const hi = Math.min(b, 10 ** len - 1);
        out.push(...fixed(String(lo), String(hi)));
    }
    return out;
};
/**
 * The strings that the bash brace expansion `{lo..hi}` makes, as
 * the alternatives of an `@(...)` extglob. Each one is a sequence of
 * digits and digit classes, so there are only a few of them, even for
 * a large range.
 *
 * If either end has a leading zero, such as `{01..10}`, each number
 * has leading zeros to make it as long as the longer end, counting a
 * `-` sign. So `{-05..3}` makes `-05` to `-01`, then `000` to `003`.
 *
 * Returns undefined if either end is not a safe integer.
 */
const numericRange = (loStr, hiStr) => {
    let lo = Number(loStr);
    let hi = Number(hiStr);
    if (!Number.isSafeInteger(lo) || !Number.isSafeInteger(hi))
        return;
    if (lo > hi)
        [lo, hi] = [hi, lo];
    const padded = /^-?0\d/.test(loStr) || /^-?0\d/.test(hiStr);
    const width = padded ? Math.max(loStr.length, hiStr.length) : 0;
    const out = [];
    if (lo < 0) {
        const neg = nonneg(Math.max(-hi, 1), -lo, width && width - 1);
        out.push(...neg.map(s => [{ t: 'lit', ch: '-' }, ...s]));
    }
    if (hi >= 0)
        out.push(...nonneg(Math.max(lo, 0), hi, width));
    return out;
};
//# sourceMappingURL=numeric-range.js.map
;// CONCATENATED MODULE: ./node_modules/@isaacs/nonrecursive-glob-match/dist/esm/parse-class.js
// translate the various posix character classes into unicode properties
// this works across all unicode locales
// { <posix class>: [<translation>, negated]
const posixClasses = {
    '[:alnum:]': ['\\p{L}\\p{Nl}\\p{Nd}'],
    '[:alpha:]': ['\\p{L}\\p{Nl}'],
    '[:ascii:]': ['\\x' + '00-\\x' + '7f'],
    '[:blank:]': ['\\p{Zs}\\t'],
    '[:cntrl:]': ['\\p{Cc}'],
    '[:digit:]': ['\\p{Nd}'],
    '[:graph:]': ['\\p{Z}\\p{C}', true],
    '[:lower:]': ['\\p{Ll}'],
    '[:print:]': ['\\p{C}', true],
    '[:punct:]': ['\\p{P}\\p{S}'],
    '[:space:]': ['\\p{Z}\\t\\r\\n\\v\\f'],
    '[:upper:]': ['\\p{Lu}'],
    '[:word:]': ['\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}'],
    '[:xdigit:]': ['A-Fa-f0-9'],
};
// only need to escape a few things inside of brace expressions
// escapes: [ \ ] -
const braceEscape = (s) => s.replace(/[[\]\\-]/g, '\\$&');
const noMatch = /$./;
// Takes a glob string at a posix brace expression. Returns a RegExp
// that tests one character, and the number of glob chars consumed.
// If the class is not closed, consumed is 0, and the `[` must be
// treated as a literal character.
// Out of order ranges are removed. If nothing is left, the RegExp
// is `/$./`, and the rest of the glob is consumed, so that the
// whole glob cannot match.
const parseClass = (glob, position, nocase = false, form) => {
    // normalize one class member, if it stays one code point
    const norm = (c) => {
        const n = form ? c.normalize(form) : c;
        return [...n].length === 1 ? n : c;
    };
    const pos = position;
    /* c8 ignore start */
    if (glob.charAt(pos) !== '[') {
        throw new Error('not in a brace expression');
    }
    /* c8 ignore stop */
    const ranges = [];
    const negs = [];
    let i = pos + 1;
    let sawStart = false;
    let escaping = false;
    let negate = false;
    let endPos = pos;
    let rangeStart = '';
    WHILE: while (i < glob.length) {
        const c = String.fromCodePoint(glob.codePointAt(i));
        if ((c === '!' || c === '^') && i === pos + 1) {
            negate = true;
            i++;
            continue;
        }
        if (c === ']' && sawStart && !escaping) {
            endPos = i + 1;
            break;
        }
        sawStart = true;
        if (c === '\\') {
            if (!escaping) {
                escaping = true;
                i++;
                continue;
            }
            // escaped \ char, fall through and treat like normal char
        }
        if (c === '[' && !escaping) {
            // either a posix class, a collation equivalent, or just a [
            for (const [cls, [unip, neg]] of Object.entries(posixClasses)) {
                if (glob.startsWith(cls, i)) {
                    // invalid, [a-[] is fine, but not [a-[:alpha]]
                    if (rangeStart) {
                        return [noMatch, glob.length - pos];
                    }
                    i += cls.length;
                    if (neg)
                        negs.push(unip);
                    else
                        ranges.push(unip);
                    continue WHILE;
                }
            }
        }
        // now it's just a normal character, effectively
        escaping = false;
        const n = norm(c);
        if (rangeStart) {
            // throw this range away if it's not valid, but others
            // can still match.
            if (n.codePointAt(0) > rangeStart.codePointAt(0)) {
                ranges.push(braceEscape(rangeStart) + '-' + braceEscape(n));
            }
            else if (n === rangeStart) {
                ranges.push(braceEscape(n));
            }
            rangeStart = '';
            i += c.length;
            continue;
        }
        // now might be the start of a range.
        // can be either c-d or c-] or c<more...>] or c] at this point
        if (glob.startsWith('-]', i + c.length)) {
            ranges.push(braceEscape(n + '-'));
            i += c.length + 1;
            continue;
        }
        if (glob.startsWith('-', i + c.length)) {
            rangeStart = n;
            i += c.length + 1;
            continue;
        }
        // not the start of a range, just a single character
        ranges.push(braceEscape(n));
        i += c.length;
    }
    if (endPos < i) {
        // didn't see the end of the class, not a valid class,
        // but might still be valid as a literal match.
        return [noMatch, 0];
    }
    // if we got no ranges and no negates, then we have a range that
    // cannot possibly match anything, and that poisons the whole glob
    if (!ranges.length && !negs.length) {
        return [noMatch, glob.length - pos];
    }
    const sranges = '[' + (negate ? '^' : '') + ranges.join('') + ']';
    const snegs = '[' + (negate ? '' : '^') + negs.join('') + ']';
    const comb = '^' +
        (ranges.length && negs.length ? '(' + sranges + '|' + snegs + ')'
            : ranges.length ? sranges
                : snegs);
    return [new RegExp(comb, nocase ? 'iu' : 'u'), endPos - pos];
};
//# sourceMappingURL=parse-class.js.map
;// CONCATENATED MODULE: ./node_modules/@isaacs/nonrecursive-glob-match/dist/esm/index.js


// the end of the pattern, or of a negated sub-pattern
const MATCH = { t: 'match', id: 0 };
const extTypes = '!?+*@';
const lit = (ch) => ({ t: 'lit', ch });
const reEscape = (s) => s.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
// a RegExp that only matches `s`, with unicode case folding
const newFoldRe = (s) => new RegExp(`^${reEscape(s)}$`, 'iu');
// foldRe for one literal char. The same chars are in most patterns,
// so keep them. A RegExp without the `g` or `y` flag has no state to
// share.
const foldCache = new Map();
const foldRe = (ch) => {
    let re = foldCache.get(ch);
    if (!re) {
        re = newFoldRe(ch);
        if (foldCache.size >= 1000)
            foldCache.clear();
        foldCache.set(ch, re);
    }
    return re;
};
const litMatch = (l, c) => {
    if (c === l.ch)
        return true;
    if (!l.re)
        return false;
    const code = c.charCodeAt(0);
    if (code >= 128)
        return l.re.test(c);
    const ascii = (l.ascii ??= new Uint8Array(128));
    ascii[code] ||= l.re.test(c) ? 1 : 2;
    return ascii[code] === 1;
};
const tokenize = (p, nocase, noext, form, mark) => {
    const toks = [];
    for (let i = 0; i < p.length;) {
        const c = String.fromCodePoint(p.codePointAt(i));
        if (mark) {
            // a \ before a range would only escape its first char
            const m = c === '\\' && p.startsWith(mark, i + 1) ? 1 : 0;
            if (m || c === mark) {
                const start = i + m + mark.length;
                const end = p.indexOf(mark, start);
                const r = /^(-?\d+)\.\.(-?\d+)$/.exec(p.slice(start, end));
                const alts = end !== -1 && r && numericRange(r[1], r[2]);
                if (alts) {
                    toks.push({ t: 'ext', type: '@', alts });
                    i = end + mark.length;
                    continue;
                }
            }
        }
        if (c === '\\') {
            // a trailing \ is a literal \
            const e = p.codePointAt(i + 1);
            const ch = e === undefined ? c : String.fromCodePoint(e);
            toks.push(lit(ch));
            i += 1 + ch.length;
            continue;
        }
        if (c === '[') {
            const [re, consumed] = parseClass(p, i, nocase, form);
            if (consumed) {
                toks.push({ t: 'class', re });
                i += consumed;
                continue;
            }
        }
        if (!noext && extTypes.includes(c) && p[i + 1] === '(') {
            toks.push({ t: 'open', type: c });
            i += 2;
            continue;
        }
        toks.push(!noext && c === '|' ? { t: 'bar' }
            : !noext && c === ')' ? { t: 'close' }
                : c === '*' ? { t: 'star' }
                    : c === '?' ? { t: 'any' }
                        : lit(c));
        i += c.length;
    }
    return toks;
};
// map each open token index to the index of its close token
const pair = (toks) => {
    const pairs = new Map();
    const stack = [];
    toks.forEach((tok, i) => {
        if (tok.t === 'open')
            stack.push(i);
        else if (tok.t === 'close' && stack.length)
            pairs.set(stack.pop(), i);
    });
    return pairs;
};
// build the alternatives between start and end. An open token that
// is not closed is never inside a closed extglob, so bar and close
// tokens are only literal at the top level.
const build = (toks, pairs, start, end, top) => {
    let seq = [];
    const alts = [seq];
    for (let i = start; i < end; i++) {
        const tok = toks[i];
        const close = pairs.get(i);
        if (tok.t === 'open' && close !== undefined) {
            const sub = build(toks, pairs, i + 1, close, false);
            seq.push({ t: 'ext', type: tok.type, alts: sub });
            i = close;
        }
        else if (tok.t === 'bar' && !top) {
            alts.push((seq = []));
        }
        else if (tok.t === 'open') {
            seq.push(lit(tok.type), lit('('));
        }
        else if (tok.t === 'bar') {
            seq.push(lit('|'));
        }
        else if (tok.t === 'close') {
            seq.push(lit(')'));
        }
        else {
            seq.push(tok);
        }
    }
    return alts;
};
// normalize each run of literal chars as one string, so that a char
// and the combining marks after it compose (or decompose) together.
// Syntax is already parsed, so a char that normalizes to a syntax
// char (such as full-width `＊` in NFKC) stays a literal.
const normalize = (items, form) => {
    const out = [];
    let run = '';
    const flush = () => {
        for (const ch of run.normalize(form))
            out.push(lit(ch));
        run = '';
    };
    for (const it of items) {
        if (it.t === 'lit') {
            run += it.ch;
            continue;
        }
        flush();
        out.push(it.t === 'ext' ?
            { ...it, alts: it.alts.map(a => normalize(a, form)) }
            : it);
    }
    flush();
    return out;
};
// the start node, and the number of node ids. Ids are dense, from 0
// for the match node.
const compile = (items, nocase) => {
    let id = 1;
    const split = (out) => ({ t: 'split', id: id++, out });
    const seq = (items, next) => items.reduceRight((next, it) => item(it, next), next);
    const item = (it, next) => {
        switch (it.t) {
            case 'lit':
                const re = nocase ? foldRe(it.ch) : undefined;
                return { t: 'lit', id: id++, ch: it.ch, re, next };
            case 'any':
            case 'star':
                return { t: it.t, id: id++, next };
            case 'class':
                return { t: 'class', id: id++, re: it.re, next };
        }
        const alts = (next) => it.alts.map(a => seq(a, next));
        switch (it.type) {
            case '@':
                return split(alts(next));
            case '?':
                return split([next, ...alts(next)]);
            case '!':
                return { t: 'neg', id: id++, sub: split(alts(MATCH)), next };
        }
        // * and +, loop back after each match
        const after = split([]);
        const entry = split(alts(after));
        after.out.push(next, entry);
        return it.type === '*' ? after : entry;
    };
    const start = seq(items, MATCH);
    return [start, id];
};
// one line per node, in the order that a walk from the start
// reaches them. Edges point to node ids. The nodes of a negated
// sub-pattern are indented under their negation.
const show = (start) => {
    const lines = [];
    const seen = new Set();
    const ref = (n) => (n.t === 'match' ? 'match' : String(n.id));
    const walk = (n, indent) => {
        if (n.t === 'match' || seen.has(n))
            return;
        seen.add(n);
        const line = (desc) => lines.push(`${indent}${n.id}: ${desc}`);
        switch (n.t) {
            case 'split':
                line(`split -> ${n.out.map(ref).join(', ')}`);
                for (const o of n.out)
                    walk(o, indent);
                return;
            case 'neg':
                line(`!(${ref(n.sub)}) -> ${ref(n.next)}`);
                walk(n.sub, indent + '  ');
                return walk(n.next, indent);
            case 'lit':
                line(`${JSON.stringify(n.ch)} -> ${ref(n.next)}`);
                break;
            case 'class':
                line(`${n.re} -> ${ref(n.next)}`);
                break;
            default:
                line(`${n.t === 'any' ? '?' : '*'} -> ${ref(n.next)}`);
        }
        walk(n.next, indent);
    };
    walk(start, '');
    return [`start -> ${ref(start)}`, ...lines].join('\n');
};
// The threads at one position in the string. Each node thread is
// only kept once, and runs with the same state are only kept once,
// so that identical threads merge. The match node is not in
// `threads`, because it can not step. It sets `match` instead.
class State {
    // set by the Sim, to mark the nodes that this state has
    gen;
    threads = [];
    match = false;
    runs = [];
    // the sorted ids of the threads, with 0 for a match, once the
    // state is done
    ids = [];
    constructor(gen) {
        this.gen = gen;
    }
    // no threads, so nothing more can match
    get dead() {
        return !this.threads.length && !this.match && !this.runs.length;
    }
}
// true if the two states hold the same threads
const sameState = (a, b) => {
    if (a.ids.length !== b.ids.length)
        return false;
    if (a.runs.length !== b.runs.length)
        return false;
    if (a.ids.some((id, i) => id !== b.ids[i]))
        return false;
    return a.runs.every(r => b.runs.some(o => o.neg === r.neg && sameState(o.state, r.state)));
};
const marks = (size) => ({
    has: new Float64Array(size),
    seen: new Float64Array(size),
    gen: 0,
});
class Sim {
    // `.` and `..` only match literal dots, even with `dot:true`
    dots;
    // the string starts with `.`, and `dot:true` is not set
    dotStart;
    #marks;
    constructor(dots, dotStart, marks) {
        this.dots = dots;
        this.dotStart = dotStart;
        this.#marks = marks;
    }
    state() {
        return new State(++this.#marks.gen);
    }
    // sort the ids of a state, once it has all of its threads
    done(state) {
        state.ids = state.threads.map(n => n.id).sort((a, b) => a - b);
        if (state.match)
            state.ids.unshift(MATCH.id);
        return state;
    }
    // true the first time that the state walks through the node, so
    // that loops in the graph stop
    #visit(state, node) {
        const { seen } = this.#marks;
        if (seen[node.id] === state.gen)
            return false;
        seen[node.id] = state.gen;
        return true;
    }
    #addThread(state, node) {
        const { has } = this.#marks;
        if (has[node.id] === state.gen)
            return false;
        has[node.id] = state.gen;
        state.threads.push(node);
        return true;
    }
    // wildcards only match a leading dot if `dot:true`. In a negated
    // sub-pattern, this does not apply, because the negation itself
    // can not match a leading dot.
    restricted(i, top) {
        return top && (this.dots || (this.dotStart && i === 0));
    }
    add(state, node, i, top) {
        switch (node.t) {
            case 'split':
                if (!this.#visit(state, node))
                    return;
                for (const o of node.out)
                    this.add(state, o, i, top);
                return;
            case 'neg':
                if (!this.#visit(state, node))
                    return;
                const sub = this.state();
                this.add(sub, node.sub, i, false);
                this.done(sub);
                return this.addRun(state, { t: 'run', neg: node, state: sub }, i, top);
            case 'star':
                // a * can not start a dotfile, even if it matches nothing
                if (this.restricted(i, top))
                    return;
                if (this.#addThread(state, node))
                    this.add(state, node.next, i, top);
                return;
            case 'match':
                state.match = true;
                return;
            default:
                this.#addThread(state, node);
        }
    }
    addRun(state, run, i, top) {
        for (const r of state.runs) {
            if (r.neg === run.neg && sameState(r.state, run.state))
                return;
        }
        state.runs.push(run);
        if (!run.state.match) {
            this.add(state, run.neg.next, i, top);
        }
    }
    // the threads after char `c`, at index `i`
    step(state, c, i, top) {
        const next = this.state();
        for (const th of state.threads) {
            switch (th.t) {
                case 'lit':
                    if (litMatch(th, c)) {
                        this.add(next, th.next, i + 1, top);
                    }
                    break;
                case 'any':
                    if (!this.restricted(i, top))
                        this.add(next, th.next, i + 1, top);
                    break;
                case 'class':
                    if (!this.restricted(i, top) && th.re.test(c)) {
                        this.add(next, th.next, i + 1, top);
                    }
                    break;
                case 'star':
                    if (!this.restricted(i, top))
                        this.add(next, th, i + 1, top);
            }
        }
        if (!this.restricted(i, top)) {
            for (const run of state.runs) {
                // a sub-pattern with no threads can not match again, so the
                // run stays the same
                if (run.state.dead) {
                    this.addRun(next, run, i + 1, top);
                    continue;
                }
                const sub = this.step(run.state, c, i, false);
                this.addRun(next, { t: 'run', neg: run.neg, state: sub }, i + 1, top);
            }
        }
        return this.done(next);
    }
}
// A canonical key for the threads in a state. States with the same
// key hold the same threads, so they match the same strings.
const stateKey = (state) => {
    const ids = state.ids.join();
    if (!state.runs.length)
        return ids;
    const runs = state.runs.map(r => `${r.neg.id}(${stateKey(r.state)})`);
    return `${ids}|${runs.sort().join('|')}`;
};
// The cache can hold about this many chars of state keys and
// transitions. When it is full, it is cleared, so that a pattern
// can not use an unbounded amount of memory.
const DFA_BUDGET = 1 << 18;
// A cache of the states that the simulation reaches, built as the
// matcher is used. Each char of a string is then one Map lookup,
// once the states that it leads to are known.
//
// The dot rules only restrict the first char of a dotfile (strings
// that are only `.` or `..` do not use the cache). So a dotfile
// starts at its own state, which takes its first step with the
// restriction, and every other state takes steps without it.
class Dfa {
    #start;
    #states = new Map();
    #size = 0;
    #plain;
    #dotStart;
    #sim;
    #dotSim;
    constructor(start, marks) {
        this.#start = start;
        this.#sim = new Sim(false, false, marks);
        this.#dotSim = new Sim(false, true, marks);
    }
    #make(state) {
        return {
            state,
            match: state.match,
            dead: state.dead,
            next: new Map(),
        };
    }
    #intern(state) {
        const key = stateKey(state);
        const found = this.#states.get(key);
        if (found)
            return found;
        if (this.#size > DFA_BUDGET)
            this.#clear();
        const d = this.#make(state);
        this.#states.set(key, d);
        this.#size += key.length + 1;
        return d;
    }
    #clear() {
        this.#states.clear();
        this.#size = 0;
        this.#plain = undefined;
        this.#dotStart = undefined;
    }
    start(dotStart) {
        if (dotStart) {
            if (this.#dotStart)
                return this.#dotStart;
            const state = this.#dotSim.state();
            this.#dotSim.add(state, this.#start, 0, true);
            return (this.#dotStart = this.#make(this.#dotSim.done(state)));
        }
        if (this.#plain)
            return this.#plain;
        const state = this.#sim.state();
        this.#sim.add(state, this.#start, 0, true);
        return (this.#plain = this.#intern(this.#sim.done(state)));
    }
    // the next state, after a miss in `d.ascii`
    next(d, c) {
        const code = c.charCodeAt(0);
        const found = code < 128 ? undefined : d.next.get(c);
        if (found)
            return found;
        // the dotfile start is not in the cache, so it is never shared
        const n = d === this.#dotStart ?
            this.#intern(this.#dotSim.step(d.state, c, 0, true))
            : this.#intern(this.#sim.step(d.state, c, 1, true));
        if (code < 128) {
            if (!d.ascii) {
                d.ascii = new Array(128);
                this.#size += 128;
            }
            d.ascii[code] = n;
        }
        else {
            d.next.set(c, n);
        }
        this.#size++;
        return n;
    }
}
// the nodes in order, if the graph is a single chain
const linear = (start) => {
    const nodes = [];
    for (let n = start; n.t !== 'match'; n = n.next) {
        if (n.t === 'split' || n.t === 'neg')
            return undefined;
        nodes.push(n);
    }
    return nodes;
};
// Match a chain of nodes. Each node other than `*` matches exactly
// one char, so on a failure it is enough to go back to the last `*`
// and let it match one more char. This takes at most
// nodes.length * chars.length steps.
const testLinear = (nodes, chars, start, end) => {
    let ni = 0;
    let ci = start;
    let starNi = -1;
    let starCi = 0;
    while (ci < end) {
        const n = nodes[ni];
        if (n?.t === 'star') {
            starNi = ni++;
            starCi = ci;
            continue;
        }
        const c = chars[ci];
        if (n &&
            (n.t === 'any' ||
                (n.t === 'lit' && litMatch(n, c)) ||
                (n.t === 'class' && n.re.test(c)))) {
            ni++;
            ci++;
            continue;
        }
        if (starNi === -1)
            return false;
        ni = starNi + 1;
        ci = ++starCi;
    }
    while (nodes[ni]?.t === 'star')
        ni++;
    return ni === nodes.length;
};
// The least and most chars that the items can match. These are only
// bounds: a negation can match a string of any length, so it counts
// as 0 to Infinity.
const lengths = (items) => {
    let min = 0;
    let max = 0;
    for (const it of items) {
        const [lo, hi] = itemLengths(it);
        min += lo;
        max += hi;
    }
    return [min, max];
};
const itemLengths = (it) => {
    if (it.t === 'star')
        return [0, Infinity];
    if (it.t !== 'ext')
        return [1, 1];
    if (it.type === '!')
        return [0, Infinity];
    const alts = it.alts.map(lengths);
    const min = Math.min(...alts.map(a => a[0]));
    const max = Math.max(...alts.map(a => a[1]));
    // a loop of alternatives that only match the empty string is empty
    const loop = max === 0 ? 0 : Infinity;
    return (it.type === '@' ? [min, max]
        : it.type === '?' ? [0, max]
            : it.type === '*' ? [0, loop]
                : [min, loop]);
};
// true if the chars from `start` match the literals
const hasAffix = (lits, chars, start) => {
    for (let j = 0; j < lits.length; j++) {
        if (!litMatch(lits[j], chars[start + j]))
            return false;
    }
    return true;
};
// a `/`, or half of a surrogate pair
const slashOrSurrogate = /[/\ud800-\udfff]/;
const surrogate = /[\ud800-\udfff]/;
// a string can be indexed by code point, unless it has surrogate
// pairs
const codePoints = (s) => surrogate.test(s) ? [...s] : s;
const noSlash = (s) => {
    if (s.includes('/')) {
        throw new Error('can only match a single path portion, got: ' + s);
    }
};
class Matcher {
    pattern;
    options;
    #start;
    // the number of node ids
    #size;
    #marks;
    // the Sim for strings that are only `.` or `..`
    #dotsSim;
    // the string to compare, if the pattern has no magic. With
    // `nocase:true`, the RegExp that folds case is made when it is
    // first used.
    #literal;
    #literalFold = false;
    #literalRe;
    // the nodes between the prefix and suffix, if the graph is a
    // single chain
    #linear;
    // the linear nodes are only `*` and `?`, so the length bounds and
    // the prefix and suffix decide the match
    #wild = false;
    // the least and most chars that a match can have
    #min = 0;
    #max = Infinity;
    // the literals that a match must start and end with. Each one
    // matches exactly one char, and they are distinct items in the
    // pattern, so a string that does not have them can not match.
    #prefix = [];
    #suffix = [];
    // the prefix and suffix as strings, if they do not fold case
    #prefixStr;
    #suffixStr;
    // there is a prefix or suffix to check
    #affix = false;
    #dfa;
    #form;
    constructor(pattern, options = {}) {
        if (pattern.includes('/')) {
            throw new Error('can only match a single path portion, got pattern: ' + pattern);
        }
        this.pattern = pattern;
        this.options = options;
        const { nocase = false, noext = false, normalize: n } = options;
        this.#form = n === true ? 'NFC' : n || undefined;
        // a pattern that is only an empty extglob is a literal string,
        // except for `!()`, which matches any non-empty string
        const literal = /^[?*+@]\(\)$/.test(pattern);
        const toks = tokenize(pattern, nocase, noext || literal, this.#form, options.rangeMark);
        let [items] = build(toks, pair(toks), 0, toks.length, true);
        if (this.#form)
            items = normalize(items, this.#form);
        const [start, size] = compile(items, nocase);
        this.#start = start;
        this.#size = size;
        if (items.every(it => it.t === 'lit')) {
            this.#literal = items.map(it => it.ch).join('');
            this.#literalFold = nocase;
        }
        else {
            const lit = (it) => it.t !== 'lit' ? undefined
                : nocase ? { ch: it.ch, re: foldRe(it.ch) }
                    : { ch: it.ch };
            for (const it of items) {
                const l = lit(it);
                if (!l)
                    break;
                this.#prefix.push(l);
            }
            for (let j = items.length - 1; j >= 0; j--) {
                const l = lit(items[j]);
                if (!l)
                    break;
                this.#suffix.unshift(l);
            }
            this.#affix = !!(this.#prefix.length || this.#suffix.length);
            if (!nocase) {
                this.#prefixStr = this.#prefix.map(l => l.ch).join('');
                this.#suffixStr = this.#suffix.map(l => l.ch).join('');
            }
            this.#linear = linear(this.#start)?.slice(this.#prefix.length, -this.#suffix.length || undefined);
            this.#wild = !!this.#linear?.every(n => n.t === 'star' || n.t === 'any');
            const [min, max] = lengths(items);
            this.#min = min;
            this.#max = max;
        }
    }
    test(s) {
        // The `/` check uses the string as given, so with normalization it
        // is a separate step. Otherwise, one scan finds both a `/` and the
        // surrogate pairs that stop the string being indexed by code point.
        if (this.#form) {
            noSlash(s);
            return this.#test(s.normalize(this.#form));
        }
        if (slashOrSurrogate.test(s)) {
            noSlash(s);
            return this.#test(s, [...s]);
        }
        return this.#test(s, s);
    }
    /**
     * The same as {@link Matcher#test}, but the string is not checked
     * for `/` chars, so the result for a string that has one is not
     * defined. Only use it for a string that is known to be one path
     * portion, such as a part of a path that was split on `/`. It can
     * be faster, because some patterns do not need to look at each char
     * of the string.
     */
    testUnchecked(s) {
        return this.#test(this.#form ? s.normalize(this.#form) : s);
    }
    // Test a string that has no `/`. `chars` indexes it by code point.
    // If it is not given, it is only found if a step needs it.
    #test(s, chars) {
        if (this.#literal !== undefined) {
            return this.#literalFold ?
                (this.#literalRe ??= newFoldRe(this.#literal)).test(s)
                : s === this.#literal;
        }
        // the length check means that the prefix and suffix do not
        // overlap. Without the chars, the length in code points is from
        // half of the UTF-16 length (if each one is a surrogate pair) to
        // all of it, which is often enough to know.
        const min = this.#min;
        const max = this.#max;
        if (chars === undefined) {
            const most = s.length;
            const least = (most + 1) >> 1;
            if (most < min || least > max)
                return false;
            if (least < min || most > max)
                chars = codePoints(s);
        }
        if (chars !== undefined &&
            (chars.length < min || chars.length > max)) {
            return false;
        }
        const prefix = this.#prefix.length;
        if (this.#affix) {
            if (this.#prefixStr !== undefined && this.#suffixStr !== undefined) {
                if (!s.startsWith(this.#prefixStr) ||
                    !s.endsWith(this.#suffixStr)) {
                    return false;
                }
            }
            else {
                chars ??= codePoints(s);
                const end = chars.length - this.#suffix.length;
                if (!hasAffix(this.#prefix, chars, 0) ||
                    !hasAffix(this.#suffix, chars, end)) {
                    return false;
                }
            }
        }
        const dotStart = !this.options.dot && s.startsWith('.');
        if (this.#linear) {
            // `.` and `..` only match literal dots, even with `dot:true`
            if (s === '.' || s === '..')
                return false;
            // only a literal can match the leading dot. A `*` can not
            // start a dotfile, even if it matches nothing.
            if (dotStart && !prefix)
                return false;
            if (this.#wild)
                return true;
            chars ??= codePoints(s);
            const end = chars.length - this.#suffix.length;
            return testLinear(this.#linear, chars, prefix, end);
        }
        chars ??= codePoints(s);
        if (s === '.' || s === '..') {
            this.#marks ??= marks(this.#size);
            const sim = (this.#dotsSim ??= new Sim(true, false, this.#marks));
            const start = sim.state();
            sim.add(start, this.#start, 0, true);
            let state = sim.done(start);
            for (let i = 0; i < chars.length; i++) {
                state = sim.step(state, chars[i], i, true);
            }
            return state.match;
        }
        this.#marks ??= marks(this.#size);
        const dfa = (this.#dfa ??= new Dfa(this.#start, this.#marks));
        let d = dfa.start(dotStart);
        // read char codes from the string, so that a one-char string is
        // only made for a cache miss
        const str = chars === s;
        for (let i = 0; i < chars.length; i++) {
            if (d.dead)
                return false;
            const code = str ? s.charCodeAt(i) : chars[i].charCodeAt(0);
            d = d.ascii?.[code] ?? dfa.next(d, chars[i]);
        }
        return d.match;
    }
    /** a readable listing of the state machine */
    toString() {
        return show(this.#start);
    }
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/assert-valid-pattern.js
const MAX_PATTERN_LENGTH = 1024 * 64;
const assertValidPattern = (pattern) => {
    if (typeof pattern !== 'string') {
        throw new TypeError('invalid pattern');
    }
    if (pattern.length > MAX_PATTERN_LENGTH) {
        throw new TypeError('pattern is too long');
    }
};
//# sourceMappingURL=assert-valid-pattern.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/escape.js
/**
 * Escape all magic characters in a glob pattern.
 *
 * If the {@link MinimatchOptions.windowsPathsNoEscape}
 * option is used, then characters are escaped by wrapping in `[]`, because
 * a magic character wrapped in a character class can only be satisfied by
 * that exact character.  In this mode, `\` is _not_ escaped, because it is
 * not interpreted as a magic character, but instead as a path separator.
 *
 * If the {@link MinimatchOptions.magicalBraces} option is used,
 * then braces (`{` and `}`) will be escaped.
 *
 * A leading `#` or `!` is escaped as well, so that the result is never a
 * comment or a negated pattern. In `windowsPathsNoEscape` mode, a leading
 * `!` is written as `@(!)`, because `[!` starts a negated class.
 */
const escape_escape = (s, { windowsPathsNoEscape = false, magicalBraces = false, } = {}) => {
    // don't need to escape +@! because we escape the parens
    // that make those magic, and escaping ! as [!] isn't valid,
    // because [!]] is a valid glob class meaning not ']'.
    // However, at the start of the pattern, '!' negates the pattern and
    // '#' makes it a comment, so the first character is handled below.
    const e = magicalBraces ?
        windowsPathsNoEscape ? s.replace(/[?*()[\]{}]/g, '[$&]')
            : s.replace(/[?*()[\]\\{}]/g, '\\$&')
        : windowsPathsNoEscape ? s.replace(/[?*()[\]]/g, '[$&]')
            : s.replace(/[?*()[\]\\]/g, '\\$&');
    const c = e.charAt(0);
    if (c === '#') {
        return (windowsPathsNoEscape ? '[#]' : '\\#') + e.slice(1);
    }
    if (c === '!') {
        // '[!]' can not be used, because '[!' starts a negated class, and
        // '\' is a path separator in windowsPathsNoEscape mode. '@(!)'
        // matches only '!'. If extglobs are disabled with `noext`, it
        // matches nothing, rather than everything.
        return (windowsPathsNoEscape ? '@(!)' : '\\!') + e.slice(1);
    }
    return e;
};
//# sourceMappingURL=escape.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/unescape.js
/**
 * Un-escape a string that has been escaped with {@link escape}.
 *
 * If the {@link MinimatchOptions.windowsPathsNoEscape} option is used, then
 * square-bracket escapes are removed, but not backslash escapes.
 *
 * For example, it will turn the string `'[*]'` into `*`, but it will not
 * turn `'\\*'` into `'*'`, because `\` is a path separator in
 * `windowsPathsNoEscape` mode.
 *
 * When `windowsPathsNoEscape` is not set, then both square-bracket escapes and
 * backslash escapes are removed.
 *
 * Slashes (and backslashes in `windowsPathsNoEscape` mode) cannot be escaped
 * or unescaped.
 *
 * When `magicalBraces` is not set, escapes of braces (`{` and `}`) will not be
 * unescaped.
 */
const unescape_unescape = (s, { windowsPathsNoEscape = false, magicalBraces = true, } = {}) => {
    // escape() writes a leading '!' as '@(!)' in windowsPathsNoEscape mode
    if (windowsPathsNoEscape && s.startsWith('@(!)')) {
        return ('!' + unescape_unescape(s.slice(4), { windowsPathsNoEscape, magicalBraces }));
    }
    if (magicalBraces) {
        return windowsPathsNoEscape ?
            s.replace(/\[([^/\\])\]/g, '$1')
            : s
                .replace(/((?!\\).|^)\[([^/\\])\]/g, '$1$2')
                .replace(/\\([^/])/g, '$1');
    }
    return windowsPathsNoEscape ?
        s.replace(/\[([^/\\{}])\]/g, '$1')
        : s
            .replace(/((?!\\).|^)\[([^/\\{}])\]/g, '$1$2')
            .replace(/\\([^/{}])/g, '$1');
};
//# sourceMappingURL=unescape.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/index.js





const DEFAULT_BRACE_EXPAND_MAX = 100_000;
const DEFAULT_GLOB_STAR_RECURSION_MAX = 200;
// avoid the annoying deprecation flag lol
const AWE_KEY = ('allowWindow' + 'sEscape');
const minimatch = (p, pattern, options) => {
    assertValidPattern(pattern);
    // shortcut: comments match nothing.
    if (!options?.nocomment && pattern.charAt(0) === '#') {
        return false;
    }
    return cachedMinimatch(pattern, options).match(p);
};
// The Minimatch objects that minimatch() used most recently, by options
// and then by pattern. When the cache is full, it becomes the old one,
// and the objects used from the old one are moved back to a new one.
// So it keeps 256 to 512 objects.
// The patterns can come from users, so the cache is also bounded by
// the total weight of the objects (see cacheWeight()), and an object
// that is too heavy is never kept. Otherwise a few unique patterns
// with large brace expansions would fill the heap.
let cache = new Map();
let oldCache = new Map();
let cacheSize = 0;
let cacheTotalWeight = 0;
const cacheMax = 256;
const cacheMaxWeight = 1 << 15;
const cacheMaxEntryWeight = 1 << 12;
// About the memory that a compiled object keeps: the pattern and the
// expanded patterns, of which each row in set is made.
const cacheWeight = (mm) => {
    let w = mm.pattern.length;
    for (const s of mm.globSet) {
        w += s.length + 1;
        if (w > cacheMaxEntryWeight)
            break;
    }
    return w;
};
// tsc fails here if a new option is in neither type. Add it to
// optionsKey() too.
const allOptionsKeyed = true;
void allOptionsKeyed;
// 0, 1 or 2 for undefined, falsy or truthy.
const tri = (v) => v === undefined ? 0
    : v ? 2
        : 1;
// The weight of each boolean option's base-3 digit in the key. The
// weights below 24 are for optimizationLevel (1), platform (3) and
// windowsPathsNoEscape (12). tsc fails here if a boolean option is
// not in the list.
const booleanWeights = new Map(Object.keys({
    nobrace: 0,
    nocomment: 0,
    nonegate: 0,
    noglobstar: 0,
    noext: 0,
    nonull: 0,
    partial: 0,
    dot: 0,
    nocase: 0,
    nocaseMagicOnly: 0,
    magicalBraces: 0,
    matchBase: 0,
    flipNegate: 0,
    preserveMultipleSlashes: 0,
    windowsNoMagicRoot: 0,
}).map((k, i) => [k, 24 * 3 ** i]));
// The cache key for a set of options. It is a number, unless an
// option is set to a value that the number can not show, such as
// normalize or an uncommon platform. Then it is a JSON string.
// The defaults give 0, the same key as no options.
// It only reads the keys that are set, so that the speed does not
// depend on the shape of the options object.
const optionsKey = (o) => {
    let n = 0;
    let wpe = false;
    // inherited keys too, because Minimatch reads them
    // oxlint-disable-next-line guard-for-in
    for (const k in o) {
        const v = o[k];
        switch (k) {
            // the same test as the Minimatch constructor
            case 'windowsPathsNoEscape':
                if (v)
                    wpe = true;
                break;
            case AWE_KEY:
                if (v === false)
                    wpe = true;
                break;
            case 'platform': {
                // the same test as the Minimatch constructor
                const p = v || defaultPlatform;
                if (p === defaultPlatform)
                    break;
                if (p === 'darwin')
                    n += 3;
                else if (p === 'win32')
                    n += 6;
                else if (p === 'linux')
                    n += 9;
                else
                    return JSON.stringify(o);
                break;
            }
            case 'optimizationLevel':
                // The same tests as Minimatch: 1 when undefined, then >= 2,
                // >= 1, or else 0. The default level 1 adds 0.
                if (v === undefined)
                    break;
                n +=
                    v >= 2 ? 1
                        : v >= 1 ? 0
                            : 2;
                break;
            case 'braceExpandMax':
                if (v !== undefined && v !== DEFAULT_BRACE_EXPAND_MAX) {
                    return JSON.stringify(o);
                }
                break;
            case 'maxGlobstarRecursion':
                if (v !== undefined && v !== DEFAULT_GLOB_STAR_RECURSION_MAX) {
                    return JSON.stringify(o);
                }
                break;
            case 'normalize':
                if (v !== undefined)
                    return JSON.stringify(o);
                break;
            default:
                // unknown keys have no weight
                n += (booleanWeights.get(k) ?? 0) * tri(v);
        }
    }
    return wpe ? n + 12 : n;
};
// A copy, so a later change to the options can not change it. Unlike
// a spread, it keeps the inherited keys, which optionsKey() and the
// Minimatch constructor also read.
const copyOptions = (o) => {
    const copy = {};
    // oxlint-disable-next-line guard-for-in
    for (const k in o)
        copy[k] = o[k];
    return copy;
};
const cachedMinimatch = (pattern, options) => {
    const key = options ? optionsKey(options) : 0;
    let mm = cache.get(key)?.get(pattern);
    if (mm)
        return mm;
    mm =
        oldCache.get(key)?.get(pattern) ??
            new Minimatch(pattern, copyOptions(options));
    const weight = cacheWeight(mm);
    // too big to keep, so it is compiled again each time
    if (weight > cacheMaxEntryWeight)
        return mm;
    if (cacheSize >= cacheMax ||
        cacheTotalWeight + weight > cacheMaxWeight) {
        oldCache = cache;
        cache = new Map();
        cacheSize = 0;
        cacheTotalWeight = 0;
    }
    let byPattern = cache.get(key);
    if (!byPattern)
        cache.set(key, (byPattern = new Map()));
    byPattern.set(pattern, mm);
    cacheSize++;
    cacheTotalWeight += weight;
    return mm;
};
/* c8 ignore start */
const defaultPlatform = (typeof process === 'object' && process ?
    process.env?.__MINIMATCH_TESTING_PLATFORM__ || process.platform
    : 'posix');
const path = {
    win32: { sep: '\\' },
    posix: { sep: '/' },
};
/* c8 ignore stop */
const sep = defaultPlatform === 'win32' ? path.win32.sep : path.posix.sep;
minimatch.sep = sep;
const GLOBSTAR = Symbol('globstar **');
minimatch.GLOBSTAR = GLOBSTAR;
const filter = (pattern, options) => {
    let mm;
    return (p) => (mm ??= cachedMinimatch(pattern, options)).match(p);
};
minimatch.filter = filter;
const ext = (a, b = {}) => Object.assign({}, a, b);
const defaults = (def) => {
    if (!def || typeof def !== 'object' || !Object.keys(def).length) {
        return minimatch;
    }
    const orig = minimatch;
    const m = (p, pattern, options = {}) => orig(p, pattern, ext(def, options));
    return Object.assign(m, {
        Minimatch: class Minimatch extends orig.Minimatch {
            constructor(pattern, options = {}) {
                super(pattern, ext(def, options));
            }
            static defaults(options) {
                return orig.defaults(ext(def, options)).Minimatch;
            }
        },
        unescape: (s, options = {}) => orig.unescape(s, ext(def, options)),
        escape: (s, options = {}) => orig.escape(s, ext(def, options)),
        filter: (pattern, options = {}) => orig.filter(pattern, ext(def, options)),
        defaults: (options) => orig.defaults(ext(def, options)),
        braceExpand: (pattern, options = {}) => orig.braceExpand(pattern, ext(def, options)),
        match: (list, pattern, options = {}) => orig.match(list, pattern, ext(def, options)),
        sep: orig.sep,
        GLOBSTAR: GLOBSTAR,
    });
};
minimatch.defaults = defaults;
// Brace expansion:
// a{b,c}d -> abd acd
// a{b,}c -> abc ac
// a{0..3}d -> a0d a1d a2d a3d
// a{b,c{d,e}f}g -> abg acdfg acefg
// a{b,c}d{e,f}g -> abdeg acdeg abdeg abdfg
//
// Invalid sets are not expanded.
// a{2..}b -> a{2..}b
// a{b}c -> a{b}c
const braceExpand = (pattern, options = {}) => {
    assertValidPattern(pattern);
    // Thanks to Yeting Li <https://github.com/yetingli> for
    // improving this regexp to avoid a ReDOS vulnerability.
    if (options.nobrace || !/\{(?:(?!\{).)*\}/.test(pattern)) {
        // shortcut. no need to expand.
        return [pattern];
    }
    // brace-expansion turns each escaped backslash '\\' into a single '\',
    // which then escapes the next character instead, and can turn an
    // escaped magic character (for example '\\\*') into a live one.
    // Double every pair, so an escaped backslash comes back out still
    // escaped. The parity of each run of backslashes is unchanged.
    let p = pattern.replace(/\\\\/g, '\\\\\\\\');
    // brace-expansion does not know about [...] classes. In
    // windowsPathsNoEscape mode, escape() writes a literal brace as '[{]'
    // or '[}]'. Escape the brace for brace-expansion, which removes that
    // backslash again, leaving '[{]' or '[}]'.
    if (options.windowsPathsNoEscape || options[AWE_KEY] === false) {
        p = p.replace(/\[([{}])\]/g, '[\\$1]');
    }
    return expand(p, { max: options.braceExpandMax });
};
minimatch.braceExpand = braceExpand;
// A numeric range with at least this many values is matched as one
// pattern portion, rather than expanded. For a glob walk, that is
// one directory read, in place of a stat for each value.
const RANGE_MIN = 100;
// a {lo..hi} range that is not escaped, and not a ${...} variable
const rangeRe = /(?<![\\$])\{(-?\d+)\.\.(-?\d+)\}/g;
// true if a range mark in this portion is inside a `!(...)`,
// `*(...)` or `+(...)` extglob. Those repeat or negate their
// contents, so one Matcher for the whole range does not match the
// same strings as the union of one pattern per value. For example,
// `*({1..100})` would match `510` as `5` then `10`, and `!({1..100})`
// would not match `5`, but every expanded pattern except `!(5)` does.
// `@(...)` and `?(...)` are fine: they pick one value at most.
const inRepeatOrNegExt = (portion, mark) => {
    const stack = [];
    for (let i = 0; i < portion.length; i++) {
        const c = portion.charAt(i);
        if (c === '\\') {
            i++;
        }
        else if (c === mark) {
            if (stack.some(t => t !== '@' && t !== '?'))
                return true;
        }
        else if (portion.charAt(i + 1) === '(' && '!?+*@'.includes(c)) {
            stack.push(c);
            i++;
        }
        else if (c === ')') {
            stack.pop();
        }
    }
    return false;
};
const match = (list, pattern, options = {}) => {
    const mm = new Minimatch(pattern, options);
    list = list.filter(f => mm.match(f));
    if (mm.options.nonull && !list.length) {
        list.push(pattern);
    }
    return list;
};
minimatch.match = match;
const globMagic = /[?*]|[+@!]\(.*?\)|\[|\]/;
// Index of the `]` that closes the class that starts at `start`,
// or -1 if it is not closed. Posix classes such as `[:alpha:]` are
// not skipped, so this can find a `]` before the real end. That
// only makes a class look less like a literal.
const classEnd = (pattern, start) => {
    let i = start + 1;
    if (pattern.charAt(i) === '!' || pattern.charAt(i) === '^')
        i++;
    let sawStart = false;
    for (; i < pattern.length; i++) {
        const c = pattern.charAt(i);
        if (c === ']' && sawStart)
            return i;
        sawStart = true;
        if (c === '\\')
            i++;
    }
    return -1;
};
// If a path portion pattern has no magic, return the string it
// matches. Otherwise, return undefined. This can report magic for
// a pattern that is in fact literal (eg, `[]`), but never the
// reverse, so a string result is always safe to compare directly.
const esm_literal = (pattern, noext) => {
    if (!noext && (pattern === '+()' || pattern === '@()'))
        return pattern;
    let lit = '';
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern.charAt(i);
        if (c === '\\') {
            // a trailing \ is a literal \
            lit += pattern.charAt(++i) || c;
        }
        else if (c === '*' || c === '?') {
            return undefined;
        }
        else if (c === '[') {
            const close = classEnd(pattern, i);
            if (close === -1) {
                // not closed, so the [ is a literal
                lit += c;
                continue;
            }
            // a class of one char, such as `[*]` or `[\b]`, is a literal
            let body = pattern.slice(i + 1, close);
            if (body.startsWith('\\'))
                body = body.slice(1);
            if ([...body].length !== 1 || '!^'.includes(pattern.charAt(i + 1))) {
                return undefined;
            }
            lit += body;
            i = close;
        }
        else if (!noext &&
            '+@!'.includes(c) &&
            pattern.charAt(i + 1) === '(' &&
            pattern.includes(')', i + 2)) {
            return undefined;
        }
        else {
            lit += c;
        }
    }
    return lit;
};
// The matching engine compiles and walks extglobs recursively, so a
// path portion with very many extglobs (nested, such as `*(*(*(a)))`,
// or in a row, such as `?(a)?(a)?(a)`) can exhaust the call stack.
// Portions with more than this many extglobs are rejected.
const MAX_EXTGLOBS = 256;
// The number of extglob openers, such as `*(`, in a path portion
// pattern. Chars in a class are counted too, so this can be more than
// the number of extglobs, but never less.
const extglobCount = (pattern) => {
    let n = 0;
    for (let i = 0; i < pattern.length - 1; i++) {
        const c = pattern.charAt(i);
        if (c === '\\') {
            i++;
        }
        else if ('+@!?*'.includes(c) && pattern.charAt(i + 1) === '(') {
            n++;
            i++;
        }
    }
    return n;
};
const assertValidExtglobs = (pattern) => {
    if (extglobCount(pattern) > MAX_EXTGLOBS) {
        throw new TypeError('pattern has too many extglobs');
    }
};
// True if the portion pattern has the same meaning as an alternative
// inside `@(...)`. It must not have a `|` or `)` that is not in a
// closed extglob (those are literal at the top level), an extglob
// that is not closed (the `)` of the `@(...)` would close it), or a
// trailing `\` (it would escape the next `|`). A pattern that is
// only an empty extglob, such as `?()`, is literal on its own, but
// not in `@(...)`. Posix classes such as `[:alpha:]` can hide a `]`
// from classEnd, so patterns with them are not merged.
const extSafe = (pattern) => {
    if (/^[?*+@]\(\)$/.test(pattern) || pattern.includes('[:'))
        return false;
    let depth = 0;
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern.charAt(i);
        if (c === '\\') {
            if (++i === pattern.length)
                return false;
        }
        else if (c === '[') {
            const close = classEnd(pattern, i);
            if (close !== -1)
                i = close;
        }
        else if ('+@!?*'.includes(c) && pattern.charAt(i + 1) === '(') {
            depth++;
            i++;
        }
        else if (c === ')') {
            if (!depth--)
                return false;
        }
        else if (c === '|' && !depth) {
            return false;
        }
    }
    return !depth;
};
// The last path that Minimatch#match split, and its parts. A path is
// often tested against many patterns in a row (such as a list of
// ignore patterns), so this saves splitting it again. The parts are
// never changed, so they can be shared.
let lastSplit;
// The last path that Minimatch#match checked before splitting it. If
// the same path is checked again, it is being tested against many
// patterns, so it is split and the parts are kept for the others.
let lastChecked;
// true if a pattern portion that is not ** matches a path portion.
// An empty path portion only matches an empty pattern portion. A path
// portion never has a `/`, so the Matcher does not need to check it.
const portionMatch = (p, f) => typeof p === 'string' ? f === p : f !== '' && p.testUnchecked(f);
// Where the last portion of a row matches in a path: the start of the
// last portion of the path, or of the one before a trailing `/`. -1 if
// it matches neither.
const endIndex = (p, last, lastStart, prev, prevStart) => portionMatch(p, last) ? lastStart
    : prev !== undefined && portionMatch(p, prev) ? prevStart
        : -1;
const isDots = (p) => p === '.' || p === '..';
// a Windows drive letter portion, like `c:`
const isDrive = (p) => typeof p === 'string' && /^[a-z]:$/i.test(p);
// true for the `UNC` portion of a long UNC root, //?/UNC/host/share
const isLongUNC = (p) => typeof p === 'string' && /^unc$/i.test(p);
// The index of the host in a row or split path that starts with a
// Windows UNC root: 2 for `//host/share`, and 4 for
// `//?/UNC/host/share`. Otherwise -1. `//?/c:` is not one.
const uncHost = (p) => {
    if (p[0] !== '' || p[1] !== '')
        return -1;
    const h = p[2] !== '?' ? 2
        : isLongUNC(p[3]) ? 4
            : -1;
    const host = p[h];
    const share = p[h + 1];
    return (h !== -1 &&
        host !== undefined &&
        host !== '' &&
        host !== GLOBSTAR &&
        share !== undefined &&
        share !== '' &&
        share !== GLOBSTAR) ?
        h
        : -1;
};
// true if ** can walk the path portion: not `.` or `..`, and not a
// dotfile unless `dot` is set
const walkable = (p, dot) => !isDots(p) && (dot || !p.startsWith('.'));
// True if a portion of the path from `start` to `end` can not be
// walked by **: one that starts with `.`, or with `dot`, one that is
// `.` or `..`. `start` is the start of a portion, and `end` is the end
// of the path, or just after a separator.
const dotPortion = (f, start, end, dot, sep) => {
    for (let k = start; k < end;) {
        if (f.charCodeAt(k) === 46) {
            if (!dot)
                return true;
            const n = f.charCodeAt(k + 1) === 46 ? k + 2 : k + 1;
            if (n >= end || isSep(f.charCodeAt(n), sep))
                return true;
        }
        // the start of the next portion, after any run of separators
        const s = nextSep(f, k, sep);
        if (s === -1)
            return false;
        k = s + 1;
        while (k < end && isSep(f.charCodeAt(k), sep))
            k++;
    }
    return false;
};
const isSep = (c, sep) => sep === '/' ? c === 47
    : sep === '\\' ? c === 92
        : c === 47 || c === 92;
// the index of the first separator at or after `from`, or -1
const nextSep = (f, from, sep) => {
    if (sep !== 'both')
        return f.indexOf(sep, from);
    const s = f.indexOf('/', from);
    const b = f.indexOf('\\', from);
    return (s === -1 ? b
        : b === -1 ? s
            : Math.min(s, b));
};
// the index of the last separator at or before `from`, or -1
const lastSep = (f, from, sep) => sep !== 'both' ?
    f.lastIndexOf(sep, from)
    : Math.max(f.lastIndexOf('/', from), f.lastIndexOf('\\', from));
// What parse() returns in place of a Matcher while make() builds and
// merges the rows. Most of the Matchers in rows that are merged would
// never be used, so they are only made for the rows that are left.
const PENDING = {};
class Minimatch {
    options;
    set;
    pattern;
    windowsPathsNoEscape;
    nonegate;
    negate;
    comment;
    empty;
    preserveMultipleSlashes;
    partial;
    globSet;
    globParts;
    nocase;
    isWindows;
    platform;
    windowsNoMagicRoot;
    maxGlobstarRecursion;
    // the path can be checked against the last portion, and the string
    // portions, of each row before it is split. See #canMatch.
    #endCheck;
    #literalCheck;
    // level 2 resolves `.` and `..` portions in the path
    #level2;
    // the unicode normalization form, if any
    #form;
    // the string portions of each row in the set
    #literals = [];
    // the rows that #canMatch can match without splitting the path
    #shapes = [];
    // the rows whose last portion can be checked against the path's
    #endRows = [];
    // brace expansion can make the same portion in many rows, so they
    // share one Matcher, and the states that it caches
    #matchers = new Map();
    // parse() returns PENDING in place of a Matcher
    #pending = false;
    // the char that marks numeric ranges in globSet, if any
    #rangeMark;
    // the GlobstarParts of each pattern row, by start index and partial
    #globstarParts = new WeakMap();
    constructor(pattern, options = {}) {
        assertValidPattern(pattern);
        options = options || {};
        this.options = options;
        this.maxGlobstarRecursion =
            options.maxGlobstarRecursion ?? DEFAULT_GLOB_STAR_RECURSION_MAX;
        this.pattern = pattern;
        this.platform = options.platform || defaultPlatform;
        this.isWindows = this.platform === 'win32';
        this.windowsPathsNoEscape =
            !!options.windowsPathsNoEscape || options[AWE_KEY] === false;
        if (this.windowsPathsNoEscape) {
            this.pattern = this.pattern.replace(/\\/g, '/');
        }
        this.preserveMultipleSlashes = !!options.preserveMultipleSlashes;
        this.negate = false;
        this.nonegate = !!options.nonegate;
        this.comment = false;
        this.empty = false;
        this.partial = !!options.partial;
        this.nocase = !!this.options.nocase;
        this.windowsNoMagicRoot =
            options.windowsNoMagicRoot !== undefined ?
                options.windowsNoMagicRoot
                : !!(this.isWindows && this.nocase);
        this.globSet = [];
        this.globParts = [];
        this.set = [];
        this.#endCheck = !this.preserveMultipleSlashes;
        this.#level2 = (options.optimizationLevel ?? 1) >= 2;
        const n = options.normalize;
        this.#form = n === true ? 'NFC' : n || undefined;
        // make the set of Matchers etc.
        this.make();
        // On Windows, the portions of a row up to its drive letter or UNC
        // share are skipped or compared without case, if the path has one
        // too. So the checks only use the portions after it.
        const drives = this.set.map(row => this.#rootIndex(row));
        this.#endRows = this.set.map((row, r) => this.#endCheck && row.length - 1 > drives[r]);
        // with the end check, the last portion is already checked
        this.#literals = this.set.map((row, r) => {
            const end = this.#endRows[r] ? row.length - 1 : row.length;
            const lits = row
                .slice(drives[r] + 1, end)
                .filter((p) => typeof p === 'string' && !!p);
            return [...new Set(lits)];
        });
        this.#literalCheck = this.#literals.some(l => l.length);
        this.#shapes = this.set.map((row, r) => {
            const [p0, p1, p2] = row;
            if (this.#endRows[r] && row.length === 2) {
                if (p0 === GLOBSTAR && p1 !== GLOBSTAR)
                    return 'tail';
            }
            // the basename of a path that is split on / is its last portion,
            // or the one before a trailing /, the same as the end check
            if (this.#endRows[r] &&
                options.matchBase &&
                row.length === 1 &&
                p0 !== GLOBSTAR &&
                p0 !== '') {
                return 'base';
            }
            // the portion must not be a root, or '', which can be a
            // different portion on Windows (where //x paths get an extra '')
            if (!this.#endCheck || drives[r] !== -1)
                return undefined;
            if (row.length === 3 &&
                p0 === GLOBSTAR &&
                p2 === GLOBSTAR &&
                p1 !== GLOBSTAR &&
                p1 !== '' &&
                // the portion between is only matched below this limit
                this.maxGlobstarRecursion > 0) {
                return 'mid';
            }
            if (row.length === 2 &&
                p1 === GLOBSTAR &&
                p0 !== GLOBSTAR &&
                p0 !== '') {
                return 'head';
            }
            return undefined;
        });
    }
    // a string portion of a pattern, normalized if the option is set
    #norm(p) {
        return this.#form ? p.normalize(this.#form) : p;
    }
    // On Windows, the index of the last root portion of a row, as
    // #matchRow finds it: 0 for `c:/...`, 3 for `//?/c:/...` and
    // `//host/share/...`, and 5 for `//?/UNC/host/share/...`. Otherwise
    // -1.
    #rootIndex(row) {
        if (!this.isWindows)
            return -1;
        if (isDrive(row[0]))
            return 0;
        const uncDrive = row[0] === '' && row[1] === '' && row[2] === '?' && isDrive(row[3]);
        if (uncDrive)
            return 3;
        const h = uncHost(row);
        return h === -1 ? -1 : h + 1;
    }
    hasMagic() {
        if (this.options.magicalBraces && this.set.length > 1) {
            return true;
        }
        for (const pattern of this.set) {
            for (const part of pattern) {
                if (typeof part !== 'string')
                    return true;
            }
        }
        return false;
    }
    make() {
        const pattern = this.pattern;
        const options = this.options;
        // empty patterns and comments match nothing.
        if (!options.nocomment && pattern.charAt(0) === '#') {
            this.comment = true;
            return;
        }
        if (!pattern) {
            this.empty = true;
            return;
        }
        // step 1: figure out negation, etc.
        this.parseNegate();
        // step 2: expand braces
        this.globSet = [...new Set(this.#expandBraces())];
        // step 3: now we have a set, so turn each one into a series of
        // path-portion matching patterns.
        // These will be Matchers, except in the case of "**", which is
        // set to the GLOBSTAR object for globstar behavior,
        // and will not contain any / characters
        //
        // First, we preprocess to make the glob pattern sets a bit simpler
        // and deduped.  There are some perf-killing patterns that can cause
        // problems with a glob walk, but we can simplify them down a bit.
        const rawGlobParts = this.globSet.map(s => this.#slashSplit(s));
        this.globParts = this.preprocess(rawGlobParts);
        // glob --> Matchers
        this.#pending = true;
        let set = this.globParts.map((s, _, __) => {
            if (this.isWindows && this.windowsNoMagicRoot) {
                // check if it's a drive or unc path. The root of a long UNC
                // path, //?/UNC/host/share, is 6 portions.
                const n = s[2] === '?' && isLongUNC(s[3]) ? 6 : 4;
                const isUNC = s[0] === '' &&
                    s[1] === '' &&
                    (s[2] === '?' || !globMagic.test(s[2])) &&
                    s.slice(3, n).every(p => !globMagic.test(p));
                const isDrive = /^[a-z]:/i.test(s[0]);
                if (isUNC) {
                    return [
                        ...s.slice(0, n).map(p => this.#norm(p)),
                        ...s.slice(n).map(ss => this.parse(ss)),
                    ];
                }
                else if (isDrive) {
                    return [
                        this.#norm(s[0]),
                        ...s.slice(1).map(ss => this.parse(ss)),
                    ];
                }
            }
            return s.map(ss => this.parse(ss));
        });
        // filter out everything that didn't compile properly.
        this.set = set.filter(s => s.indexOf(false) === -1);
        // do not treat the ? in UNC paths as magic
        if (this.isWindows) {
            for (let i = 0; i < this.set.length; i++) {
                const p = this.set[i];
                if (p[0] === '' &&
                    p[1] === '' &&
                    this.globParts[i][2] === '?' &&
                    (isDrive(p[3]) || isLongUNC(this.globParts[i][3]))) {
                    if (isLongUNC(this.globParts[i][3]))
                        p[3] = 'UNC';
                    p[2] = '?';
                }
            }
        }
        // with noext, `@(...)` would be literal
        if (!options.noext)
            this.mergeRows();
        this.#pending = false;
        this.set.forEach((row, i) => {
            for (let k = 0; k < row.length; k++) {
                if (row[k] === PENDING) {
                    row[k] = this.parse(this.globParts[i][k]);
                }
            }
        });
    }
    // Merge rows that only differ in one portion, where each of them
    // is a Matcher, into one row that matches any of them with
    // `@(a|b|...)`. Then a path is only walked once for all of them,
    // for example with `**/*.{js,ts}`.
    mergeRows() {
        let merged = true;
        while (merged) {
            merged = false;
            // a single row cannot be merged with anything
            if (this.set.length < 2)
                return;
            let keys = this.#mergeKeys();
            const len = Math.max(0, ...this.set.map(r => r.length));
            for (let k = 0; k < len; k++) {
                // the rows that are the same other than at portion k, keyed
                // by the ids of the parts before k and the parts after k,
                // which are at most the number of rows
                const groups = new Map();
                const R = this.set.length + 1;
                this.set.forEach((row, i) => {
                    if (!(row[k] instanceof Matcher || row[k] === PENDING) ||
                        !extSafe(this.globParts[i][k])) {
                        return;
                    }
                    const { pre, suf } = keys[i];
                    const key = pre[k] * R + suf[k + 1];
                    const g = groups.get(key);
                    if (g)
                        g.push(i);
                    else
                        groups.set(key, [i]);
                });
                const drop = new Set();
                for (const g of groups.values()) {
                    if (g.length < 2)
                        continue;
                    const [first, ...rest] = g;
                    const alts = g.map(i => this.globParts[i][k]);
                    const glob = `@(${alts.join('|')})`;
                    // merging is only an optimization, so leave the rows as they
                    // are if the merged portion would have too many extglobs
                    if (extglobCount(glob) > MAX_EXTGLOBS)
                        continue;
                    this.globParts[first][k] = glob;
                    this.set[first][k] = this.parse(glob);
                    for (const i of rest)
                        drop.add(i);
                }
                if (drop.size) {
                    merged = true;
                    this.set = this.set.filter((_, i) => !drop.has(i));
                    this.globParts = this.globParts.filter((_, i) => !drop.has(i));
                    // every merge drops a row, so this happens at most once per row
                    if (this.set.length < 2)
                        return;
                    keys = this.#mergeKeys();
                }
            }
        }
    }
    // For each row, number ids for its prefixes and suffixes, such that
    // pre[k] identifies parts[0..k) and suf[k] identifies parts[k..n).
    // Two rows are the same other than at portion k exactly when they
    // have the same pre[k] and suf[k + 1]. This is linear in the size of
    // the rows, where joining the whole row for every k was quadratic.
    #mergeKeys() {
        const partIds = new Map();
        const ids = this.globParts.map(parts => parts.map(s => {
            let id = partIds.get(s);
            if (id === undefined)
                partIds.set(s, (id = partIds.size));
            return id;
        }));
        // ids are only compared at the same k, so they are numbered per
        // portion, with 0 for the empty prefix or suffix. Then they are
        // at most the number of rows, and id * P + part id is a safe
        // integer key for any set that fits in memory.
        const P = partIds.size;
        const len = Math.max(0, ...ids.map(r => r.length));
        const keys = ids.map(r => ({
            pre: [0],
            suf: new Array(r.length + 1).fill(0),
        }));
        for (let k = 0; k < len; k++) {
            const m = new Map();
            ids.forEach((r, i) => {
                if (k >= r.length)
                    return;
                const { pre } = keys[i];
                const key = pre[k] * P + r[k];
                let id = m.get(key);
                if (id === undefined)
                    m.set(key, (id = m.size + 1));
                pre.push(id);
            });
        }
        for (let k = len - 1; k >= 0; k--) {
            const m = new Map();
            ids.forEach((r, i) => {
                if (k >= r.length)
                    return;
                const { suf } = keys[i];
                const key = suf[k + 1] * P + r[k];
                let id = m.get(key);
                if (id === undefined)
                    m.set(key, (id = m.size + 1));
                suf[k] = id;
            });
        }
        return keys;
    }
    // various transforms to equivalent pattern sets that are
    // faster to process in a filesystem walk.  The goal is to
    // eliminate what we can, and push all ** patterns as far
    // to the right as possible, even if it increases the number
    // of patterns that we have to process.
    preprocess(globParts) {
        // if we're not in globstar mode, then turn ** into *
        if (this.options.noglobstar) {
            for (const partset of globParts) {
                for (let j = 0; j < partset.length; j++) {
                    if (partset[j] === '**') {
                        partset[j] = '*';
                    }
                }
            }
        }
        const { optimizationLevel = 1 } = this.options;
        if (optimizationLevel >= 2) {
            // aggressive optimization for the purpose of fs walking
            globParts = this.firstPhasePreProcess(globParts);
            globParts = this.secondPhasePreProcess(globParts);
        }
        else if (optimizationLevel >= 1) {
            // just basic optimizations to remove some .. parts
            globParts = this.levelOneOptimize(globParts);
        }
        else {
            // just collapse multiple ** portions into one
            globParts = this.adjascentGlobstarOptimize(globParts);
        }
        return globParts;
    }
    // just get rid of adjascent ** portions
    adjascentGlobstarOptimize(globParts) {
        return globParts.map(parts => {
            let gs = -1;
            while (-1 !== (gs = parts.indexOf('**', gs + 1))) {
                let i = gs;
                while (parts[i + 1] === '**') {
                    i++;
                }
                if (i !== gs) {
                    parts.splice(gs, i - gs);
                }
            }
            return parts;
        });
    }
    // get rid of adjascent ** and resolve .. portions
    levelOneOptimize(globParts) {
        return globParts.map(parts => {
            // .. can not remove the root of a Windows path
            const root = this.#rootIndex(parts) + 1;
            parts = parts.reduce((set, part) => {
                const prev = set[set.length - 1];
                if (part === '**' && prev === '**') {
                    return set;
                }
                if (part === '..') {
                    if (set.length > root &&
                        prev &&
                        prev !== '..' &&
                        prev !== '.' &&
                        prev !== '**') {
                        set.pop();
                        return set;
                    }
                }
                set.push(part);
                return set;
            }, []);
            return parts.length === 0 ? [''] : parts;
        });
    }
    // Check the path against each row before it is split. 'no' if no
    // row can match, so it does not need to be split. 'yes' if a row of
    // `**` and one more portion matches. 'maybe' if it must be split to
    // know. None of this applies with partial, where the path can end
    // before the row does.
    //
    // On Windows, `\` is a separator in the path too, and the portions of
    // a row up to its drive letter or UNC share are not checked (see
    // #rootIndex).
    //
    // Each string portion of a row must be a portion of the path, so the
    // path must contain it. Level 2 can only take portions out of the
    // path, so this is still true then.
    //
    // The last portion of a row must match the last portion of the path,
    // or the one before a trailing `/` (as a/* and a/**/* match a/b/).
    // This does not apply to rows that end in **, rows that end in a
    // root, or preserveMultipleSlashes (which can leave more
    // than one '' at the end). At level 2, it does not apply if that
    // portion is `.` or `..`, which can be
    // resolved away. Level 2 only takes other portions out of the
    // middle of the path.
    //
    // A row of `**/x` then matches if the ** can walk the portions
    // before the one that x matches, the same as #matchGlobstar. At
    // level 2, this is only known if none of them are `.` or `..`, so
    // that the path does not change when it is resolved.
    #canMatch(f) {
        const sep = !this.isWindows || !f.includes('\\') ? '/'
            : f.includes('/') ? 'both'
                : '\\';
        // the portions that f.split(/\/+/) would end with, and where they
        // start in f, found when a row needs them. `ends` is 0 until they
        // are found, then 1, or -1 if they can not be used.
        let ends = this.#endCheck ? 0 : -1;
        let last = '';
        let lastStart = 0;
        let prev;
        let prevStart = 0;
        const dot = !!this.options.dot;
        // A string compare is cheaper than includes(), and a Matcher test
        // costs more, so the cheaper check goes first.
        ROWS: for (let r = 0; r < this.set.length; r++) {
            const row = this.set[r];
            const p = row[row.length - 1];
            let end = ends !== -1 && this.#endRows[r] && p !== GLOBSTAR;
            if (end && ends === 0) {
                const i = lastSep(f, f.length, sep);
                lastStart = i + 1;
                last = f.slice(lastStart);
                if (last === '' && i >= 0) {
                    let j = i;
                    while (j > 0 && isSep(f.charCodeAt(j - 1), sep))
                        j--;
                    prevStart = j === 0 ? 0 : lastSep(f, j - 1, sep) + 1;
                    prev = f.slice(prevStart, j);
                }
                const resolves = this.#level2 &&
                    (isDots(last) ||
                        (last === '' && prev !== undefined && isDots(prev)));
                ends = resolves ? -1 : 1;
                end = !resolves;
            }
            let tailStart = -1;
            if (end && typeof p === 'string') {
                tailStart = endIndex(p, last, lastStart, prev, prevStart);
                if (tailStart === -1)
                    continue;
            }
            if (this.#literalCheck) {
                for (const l of this.#literals[r]) {
                    if (!f.includes(l))
                        continue ROWS;
                }
            }
            if (end && typeof p === 'object') {
                tailStart = endIndex(p, last, lastStart, prev, prevStart);
                if (tailStart === -1)
                    continue;
            }
            const shape = this.#shapes[r];
            if (shape === 'base' && end)
                return 'yes';
            if (shape === 'tail' && end) {
                if (this.#level2 && dotPortion(f, 0, tailStart, true, sep)) {
                    return 'maybe';
                }
                if (!dotPortion(f, 0, tailStart, dot, sep))
                    return 'yes';
                continue;
            }
            if (shape === 'mid' || shape === 'head') {
                const m = this.#walk(f, row, shape === 'head', dot, sep);
                if (m !== 'no')
                    return m;
                continue;
            }
            return 'maybe';
        }
        return 'no';
    }
    // Match a row of a known shape against the split path, the same as
    // #matchGlobstar and #matchGlobStarBodySections do. None of these
    // rows have a drive letter, so they start at the first portion.
    #matchShape(file, row, shape) {
        const dot = !!this.options.dot;
        const n = file.length;
        if (shape === 'head') {
            // x, then at least one portion that ** can walk
            if (n < 2 || !portionMatch(row[0], file[0])) {
                return false;
            }
            for (let i = 1; i < n; i++)
                if (!walkable(file[i], dot))
                    return false;
            return true;
        }
        const x = row[1];
        if (shape === 'tail') {
            // x is the last portion, or the one before a trailing ''
            let t = n - 1;
            if (!portionMatch(x, file[t])) {
                if (file[t] !== '' || n === 1 || !portionMatch(x, file[--t])) {
                    return false;
                }
            }
            for (let i = 0; i < t; i++)
                if (!walkable(file[i], dot))
                    return false;
            return true;
        }
        // mid: the first x that ** can walk to, with a portion after it,
        // and ** can walk all of those
        for (let k = 0; k < n; k++) {
            if (portionMatch(x, file[k]) && k + 1 < n) {
                let i = k + 1;
                while (i < n && walkable(file[i], dot))
                    i++;
                if (i === n)
                    return true;
            }
            if (!walkable(file[k], dot))
                return false;
        }
        return false;
    }
    // Match a row of `**/x/**` or `x/**` against the path, the same as
    // #matchGlobstar and #matchGlobStarBodySections do once it is split.
    // x must match a portion (the first one, for `x/**`), the ** before
    // it must be able to walk the portions before that one, and there
    // must be a portion after it, which the ** after it can walk. At
    // level 2, this is only known if no portion is `.` or `..`.
    #walk(f, row, head, dot, sep) {
        if (this.#level2 && dotPortion(f, 0, f.length, true, sep))
            return 'maybe';
        const x = row[head ? 0 : 1];
        // the last portion has none after it, so it can not be x
        let s = 0;
        for (let e = nextSep(f, s, sep); e !== -1; e = nextSep(f, s, sep)) {
            // the start of the next portion
            let next = e + 1;
            while (next < f.length && isSep(f.charCodeAt(next), sep))
                next++;
            const hit = typeof x === 'string' ?
                e - s === x.length && f.startsWith(x, s)
                : e > s && x.testUnchecked(f.slice(s, e));
            if (hit && !dotPortion(f, next, f.length, dot, sep))
                return 'yes';
            if (head || dotPortion(f, s, next, dot, sep))
                return 'no';
            s = next;
        }
        return 'no';
    }
    // the last split, if it was the same path with the same split
    // settings
    #cachedSplit(f) {
        const last = lastSplit;
        return (last?.f === f &&
            last.isWindows === this.isWindows &&
            last.preserveMultipleSlashes === this.preserveMultipleSlashes &&
            last.normalize === this.#form) ?
            last
            : undefined;
    }
    // split a path for match(), and keep the parts for the next call
    #split(f) {
        const { isWindows, preserveMultipleSlashes } = this;
        // windows: need to use /, not \
        let parts = this.#slashSplit(isWindows ? f.split('\\').join('/') : f);
        // normalize each portion, so that a char that normalizes to `/`
        // does not make a new portion
        const normalize = this.#form;
        if (normalize)
            parts = parts.map(p => p.normalize(normalize));
        lastSplit = {
            f,
            isWindows,
            preserveMultipleSlashes,
            normalize,
            parts,
        };
        return lastSplit;
    }
    // resolve `.` and `..` portions of a path, for level 2
    #levelTwoFileOptimize(file) {
        // work on a copy, so that the cached parts do not change
        const parts = [...file];
        let didSomething = false;
        do {
            didSomething = false;
            // <pre>/<e>/<rest> -> <pre>/<rest>
            if (!this.preserveMultipleSlashes) {
                for (let i = 1; i < parts.length - 1; i++) {
                    const p = parts[i];
                    // don't squeeze out UNC patterns
                    if (i === 1 && p === '' && parts[0] === '')
                        continue;
                    if (p === '.' || p === '') {
                        didSomething = true;
                        parts.splice(i, 1);
                        i--;
                    }
                }
                if (parts[0] === '.' &&
                    parts.length === 2 &&
                    (parts[1] === '.' || parts[1] === '')) {
                    didSomething = true;
                    parts.pop();
                }
            }
            // <pre>/<p>/../<rest> -> <pre>/<rest>
            // .. can not remove the root of a Windows path
            const root = this.#rootIndex(parts) + 1;
            let dd = root;
            while (-1 !== (dd = parts.indexOf('..', dd + 1))) {
                const p = parts[dd - 1];
                if (p && p !== '.' && p !== '..' && p !== '**') {
                    didSomething = true;
                    parts.splice(dd - 1, 2);
                    dd = Math.max(dd - 2, root);
                }
            }
        } while (didSomething);
        return parts.length === 0 ? [''] : parts;
    }
    // First phase: single-pattern processing
    // <pre> is 1 or more portions
    // <rest> is 1 or more portions
    // <p> is any portion other than ., .., '', or **
    // <e> is . or ''
    //
    // **/.. is *brutal* for filesystem walking performance, because
    // it effectively resets the recursive walk each time it occurs,
    // and ** cannot be reduced out by a .. pattern part like a regexp
    // or most strings (other than .., ., and '') can be.
    //
    // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
    // <pre>/<e>/<rest> -> <pre>/<rest>
    // <pre>/<p>/../<rest> -> <pre>/<rest>
    // **/**/<rest> -> **/<rest>
    //
    // **/*/<rest> -> */**/<rest> <== not valid because ** doesn't follow
    // this WOULD be allowed if ** did follow symlinks, or * didn't
    firstPhasePreProcess(globParts) {
        // each **/.. split doubles the patterns, and adds a copy of the
        // whole pattern. Throw if either gets too large. A partial split
        // would match some paths and not others, depending on which rows
        // the pass reached first.
        const { braceExpandMax = DEFAULT_BRACE_EXPAND_MAX } = this.options;
        let splitCells = 0;
        const maxSplitCells = 1_000_000;
        let didSomething = false;
        do {
            didSomething = false;
            // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
            for (let parts of globParts) {
                let gs = -1;
                while (-1 !== (gs = parts.indexOf('**', gs + 1))) {
                    let gss = gs;
                    while (parts[gss + 1] === '**') {
                        // <pre>/**/**/<rest> -> <pre>/**/<rest>
                        gss++;
                    }
                    // eg, if gs is 2 and gss is 4, that means we have 3 **
                    // parts, and can remove 2 of them.
                    if (gss > gs) {
                        parts.splice(gs + 1, gss - gs);
                    }
                    let next = parts[gs + 1];
                    const p = parts[gs + 2];
                    const p2 = parts[gs + 3];
                    if (next !== '..')
                        continue;
                    if (!p ||
                        p === '.' ||
                        p === '..' ||
                        !p2 ||
                        p2 === '.' ||
                        p2 === '..') {
                        continue;
                    }
                    // Check before changing parts or allocating the new row.
                    const addedCells = parts.length - 1;
                    if (globParts.length >= braceExpandMax ||
                        splitCells + addedCells > maxSplitCells) {
                        throw new RangeError(`optimizationLevel 2: too many patterns from '**/..'`);
                    }
                    didSomething = true;
                    // edit parts in place, and push the new one
                    parts.splice(gs, 1);
                    const other = parts.slice(0);
                    other[gs] = '**';
                    splitCells += addedCells;
                    globParts.push(other);
                    gs--;
                }
                // <pre>/<e>/<rest> -> <pre>/<rest>
                if (!this.preserveMultipleSlashes) {
                    for (let i = 1; i < parts.length - 1; i++) {
                        const p = parts[i];
                        // don't squeeze out UNC patterns
                        if (i === 1 && p === '' && parts[0] === '')
                            continue;
                        if (p === '.' || p === '') {
                            didSomething = true;
                            parts.splice(i, 1);
                            i--;
                        }
                    }
                    if (parts[0] === '.' &&
                        parts.length === 2 &&
                        (parts[1] === '.' || parts[1] === '')) {
                        didSomething = true;
                        parts.pop();
                    }
                }
                // <pre>/<p>/../<rest> -> <pre>/<rest>
                // .. can not remove the root of a Windows path
                const root = this.#rootIndex(parts) + 1;
                let dd = root;
                while (-1 !== (dd = parts.indexOf('..', dd + 1))) {
                    const p = parts[dd - 1];
                    if (p && p !== '.' && p !== '..' && p !== '**') {
                        didSomething = true;
                        const needDot = dd === 1 && parts[dd + 1] === '**';
                        const splin = needDot ? ['.'] : [];
                        parts.splice(dd - 1, 2, ...splin);
                        if (parts.length === 0)
                            parts.push('');
                        dd = Math.max(dd - 2, root);
                    }
                }
            }
        } while (didSomething);
        return globParts;
    }
    // second phase: multi-pattern dedupes
    // {<pre>/<rest>,<pre>/<rest>} -> <pre>/<rest>
    // {<pre>/*/<rest>,<pre>/<p>/<rest>} -> <pre>/*/<rest>
    secondPhasePreProcess(globParts) {
        const keys = new Set();
        const rows = globParts.filter(parts => {
            const key = parts.join('/');
            if (keys.has(key))
                return false;
            keys.add(key);
            return true;
        });
        // A row is covered by another row that has `*` at some positions,
        // and is the same at all others. Collect each distinct set of `*`
        // positions, then look up each row with `*` put at those positions.
        const stars = new Map();
        for (const parts of rows) {
            const s = [];
            for (let i = 0; i < parts.length; i++) {
                if (parts[i] === '*')
                    s.push(i);
            }
            if (s.length)
                stars.set(s.join(','), s);
        }
        // Each row is checked against each set of `*` positions, so skip
        // this if there are too many. The patterns match the same paths
        // either way.
        if (!stars.size || rows.length * stars.size > 100_000)
            return rows;
        const { dot } = this.options;
        return rows.filter(parts => {
            for (const s of stars.values()) {
                if (s[s.length - 1] >= parts.length)
                    continue;
                const c = [...parts];
                let ok = true;
                let changed = false;
                for (const i of s) {
                    const p = parts[i];
                    if (p === '*')
                        continue;
                    if (!p || p === '**' || (!dot && p.startsWith('.'))) {
                        ok = false;
                        break;
                    }
                    c[i] = '*';
                    changed = true;
                }
                if (ok && changed && keys.has(c.join('/')))
                    return false;
            }
            return true;
        });
    }
    parseNegate() {
        if (this.nonegate)
            return;
        const pattern = this.pattern;
        let negate = false;
        let negateOffset = 0;
        for (let i = 0; i < pattern.length && pattern.charAt(i) === '!'; i++) {
            negate = !negate;
            negateOffset++;
        }
        if (negateOffset)
            this.pattern = pattern.slice(negateOffset);
        this.negate = negate;
    }
    // Match the parts of a path against one row of the set. `resolved`
    // is the parts after level 2 resolves `.` and `..` in them, or the
    // same parts below level 2. Set partial to true to test if, for
    // example, "/a/b" matches the start of "/*/b/*/d". Partial means, if
    // you run out of file before you run out of pattern, then that's
    // fine, as long as all the parts match.
    #matchRow(file, resolved, pattern, partial) {
        let fileStartIndex = 0;
        let patternStartIndex = 0;
        // UNC paths like //?/X:/... can match X:/... and vice versa, and
        // //?/UNC/host/share/... can match //host/share/... and vice versa.
        // Drive letters in absolute drive or unc paths, and the host and
        // share of UNC paths, are always compared case-insensitively.
        const fh = this.isWindows ? uncHost(resolved) : -1;
        const ph = fh === -1 ? -1 : uncHost(pattern);
        if (ph !== -1) {
            const host = pattern[ph];
            const share = pattern[ph + 1];
            if (typeof host !== 'string' || typeof share !== 'string') {
                // a host or share with magic is matched as usual
                fileStartIndex = fh;
                patternStartIndex = ph;
            }
            else if (resolved[fh].toLowerCase() === host.toLowerCase() &&
                resolved[fh + 1].toLowerCase() === share.toLowerCase()) {
                fileStartIndex = fh + 2;
                patternStartIndex = ph + 2;
            }
        }
        else if (this.isWindows) {
            const fileDrive = typeof file[0] === 'string' && /^[a-z]:$/i.test(file[0]);
            const fileUNC = !fileDrive &&
                file[0] === '' &&
                file[1] === '' &&
                file[2] === '?' &&
                /^[a-z]:$/i.test(file[3]);
            const patternDrive = typeof pattern[0] === 'string' && /^[a-z]:$/i.test(pattern[0]);
            const patternUNC = !patternDrive &&
                pattern[0] === '' &&
                pattern[1] === '' &&
                pattern[2] === '?' &&
                typeof pattern[3] === 'string' &&
                /^[a-z]:$/i.test(pattern[3]);
            const fdi = fileUNC ? 3
                : fileDrive ? 0
                    : undefined;
            const pdi = patternUNC ? 3
                : patternDrive ? 0
                    : undefined;
            if (typeof fdi === 'number' && typeof pdi === 'number') {
                const [fd, pd] = [
                    file[fdi],
                    pattern[pdi],
                ];
                // the drives match, so start matching after them
                if (fd.toLowerCase() === pd.toLowerCase()) {
                    patternStartIndex = pdi + 1;
                    fileStartIndex = fdi + 1;
                }
            }
        }
        // the drive letters are found in the parts before level 2 resolves
        // them, and the match uses the resolved parts
        file = resolved;
        if (pattern.includes(GLOBSTAR)) {
            return this.#matchGlobstar(file, pattern, partial, fileStartIndex, patternStartIndex);
        }
        return this.#matchOne(file, pattern, partial, fileStartIndex, patternStartIndex);
    }
    #matchGlobstar(file, pattern, partial, fileIndex, patternIndex) {
        const { head, body, tail, segments } = this.#getGlobstarParts(pattern, partial, patternIndex);
        // check the head, from the current file/pattern index.
        if (head.length) {
            const headEnd = fileIndex + head.length;
            if (!this.#matchOne(file, head, partial, fileIndex, 0, headEnd)) {
                return false;
            }
            fileIndex += head.length;
            patternIndex += head.length;
        }
        // now we know the head matches!
        // if the last portion is not empty, it MUST match the end
        // check the tail
        let fileTailMatch = 0;
        if (tail.length) {
            // if head + tail > file, then we cannot possibly match
            if (tail.length + fileIndex > file.length)
                return false;
            // try to match the tail
            let tailStart = file.length - tail.length;
            if (this.#matchOne(file, tail, partial, tailStart, 0)) {
                fileTailMatch = tail.length;
            }
            else {
                // affordance for stuff like a/**/* matching a/b/
                // if the last file portion is '', and there's more to the pattern
                // then try without the '' bit.
                if (file[file.length - 1] !== '' ||
                    fileIndex + tail.length === file.length) {
                    return false;
                }
                tailStart--;
                if (!this.#matchOne(file, tail, partial, tailStart, 0)) {
                    return false;
                }
                fileTailMatch = tail.length + 1;
            }
        }
        // now we know the tail matches!
        // the middle is zero or more portions wrapped in **, possibly
        // containing more ** sections.
        // so a/**/b/**/c/**/d has become **/b/**/c/**
        // if it's empty, it means a/**/b, just verify we have no bad dots
        // if there's no tail, so it ends on /**, then we must have *something*
        // after the head, or it's not a matc
        if (!body.length) {
            let sawSome = !!fileTailMatch;
            for (let i = fileIndex; i < file.length - fileTailMatch; i++) {
                const f = String(file[i]);
                sawSome = true;
                if (f === '.' ||
                    f === '..' ||
                    (!this.options.dot && f.startsWith('.'))) {
                    return false;
                }
            }
            // in partial mode, we just need to get past all file parts
            return partial || sawSome;
        }
        // now we know that there's one or more body sections, which can
        // be matched anywhere from the 0 index (because the head was pruned)
        // through to the length-fileTailMatch index.
        return !!this.#matchGlobStarBodySections(file, segments, file.length - fileTailMatch, fileIndex, 0, partial, 0, !!fileTailMatch, new Set());
    }
    // Split the pattern into head, tail, and middle of ** delimited
    // parts. The tail has to be at the end, and the others just have to
    // be found in order from the head. These only depend on the pattern
    // row, so they are kept for the next path.
    #getGlobstarParts(pattern, partial, patternIndex) {
        let byStart = this.#globstarParts.get(pattern);
        if (!byStart) {
            byStart = [];
            this.#globstarParts.set(pattern, byStart);
        }
        const key = patternIndex * 2 + (partial ? 1 : 0);
        const found = byStart[key];
        if (found)
            return found;
        const firstgs = pattern.indexOf(GLOBSTAR, patternIndex);
        const lastgs = pattern.lastIndexOf(GLOBSTAR);
        const head = pattern.slice(patternIndex, firstgs);
        const body = pattern.slice(firstgs + 1, partial ? undefined : lastgs);
        const tail = partial ? [] : pattern.slice(lastgs + 1);
        // split the body up into sections, and note the number of
        // portions that must come after the start of each one
        const segments = [[[], 0]];
        let current = segments[0];
        let nonGsParts = 0;
        const nonGsPartsSums = [0];
        for (const b of body) {
            if (b === GLOBSTAR) {
                nonGsPartsSums.push(nonGsParts);
                current = [[], 0];
                segments.push(current);
            }
            else {
                current[0].push(b);
                nonGsParts++;
            }
        }
        // the portions in this section and the ones after it
        segments.forEach((b, i) => {
            b[1] = nonGsParts - nonGsPartsSums[i];
        });
        const parts = { head, body, tail, segments };
        byStart[key] = parts;
        return parts;
    }
    // return false for "nope, not matching"
    // return null for "not matching, cannot keep trying"
    #matchGlobStarBodySections(file, 
    // pattern section, and the portions that it and the rest need
    bodySegments, 
    // the end of the file portions that the body can match
    fileLength, fileIndex, bodyIndex, partial, globStarDepth, sawTail, 
    // the places that a walk has already tried, as
    // bodyIndex * (file.length + 1) + fileIndex. A walk from a place
    // does the same no matter how it got there, and it only comes back
    // if it found no match, so a walk that gets to one stops.
    tried) {
        // take the first body segment, and walk from fileIndex to its "after"
        // value at the end
        // If it doesn't match at that position, we increment, until we hit
        // that final possible position, and give up.
        // If it does match, then advance and try to rest.
        // If any of them fail we keep walking forward.
        // this is still a bit recursively painful, but it's more constrained
        // than previous implementations, because we never test something that
        // can't possibly be a valid matching condition.
        const bs = bodySegments[bodyIndex];
        if (!bs) {
            // with partial, the body is the rest of the pattern, so it
            // matches if no portions are left, or only the '' of a trailing
            // / (as a/* matches a/b/). A ** at the end walks them as its own
            // empty section.
            if (partial) {
                return (fileIndex >= fileLength ||
                    (fileIndex === fileLength - 1 && file[fileIndex] === ''));
            }
            // just make sure that there's no bad dots before the tail
            for (let i = fileIndex; i < fileLength; i++) {
                sawTail = true;
                const f = file[i];
                if (f === '.' ||
                    f === '..' ||
                    (!this.options.dot && f.startsWith('.'))) {
                    return false;
                }
            }
            return sawTail;
        }
        // have a non-globstar body section to test, up to the last index
        // where it can start
        const [body, need] = bs;
        // with partial, the path can end before the body does
        const after = partial ? fileLength : fileLength - need;
        while (fileIndex <= after) {
            const key = bodyIndex * (file.length + 1) + fileIndex;
            if (tried.has(key))
                return false;
            tried.add(key);
            const m = this.#matchOne(file, body, partial, fileIndex, 0, fileIndex + body.length);
            // if limit exceeded, no match. intentional false negative,
            // acceptable break in correctness for security.
            if (m && globStarDepth < this.maxGlobstarRecursion) {
                // match! see if the rest match. if so, we're done!
                const sub = this.#matchGlobStarBodySections(file, bodySegments, fileLength, fileIndex + body.length, bodyIndex + 1, partial, globStarDepth + 1, sawTail, tried);
                if (sub !== false) {
                    return sub;
                }
            }
            // the ** does not walk past the last place the body can start
            if (fileIndex === after)
                break;
            const f = file[fileIndex];
            if (f === '.' ||
                f === '..' ||
                (!this.options.dot && f.startsWith('.'))) {
                return false;
            }
            fileIndex++;
        }
        // walked off. no point continuing
        return partial || null;
    }
    #matchOne(file, pattern, partial, fileIndex, patternIndex, 
    // only match the file portions before this index
    fileEnd = file.length) {
        let fi;
        let pi;
        let pl;
        let fl;
        for (fi = fileIndex,
            pi = patternIndex,
            fl = Math.min(fileEnd, file.length),
            pl = pattern.length; fi < fl && pi < pl; fi++, pi++) {
            let p = pattern[pi];
            let f = file[fi];
            // should be impossible.
            /* c8 ignore start */
            if (p === false || p === GLOBSTAR) {
                return false;
            }
            /* c8 ignore stop */
            // something other than **
            // non-magic patterns just have to match exactly
            // patterns with magic have been turned into Matchers.
            if (!portionMatch(p, f))
                return false;
        }
        // Note: ending in / means that we'll get a final ""
        // at the end of the pattern.  This can only match a
        // corresponding "" at the end of the file.
        // If the file ends in /, then it can only match a
        // a pattern that ends in /, unless the pattern just
        // doesn't have any more for it. But, a/b/ should *not*
        // match "a/b/*", even though * can match "", except in
        // partial mode, where it might simply not be reached yet.
        // However, a/b/ should still satisfy a/*
        // now either we fell off the end of the pattern, or we're done.
        if (fi === fl && pi === pl) {
            // ran out of pattern and filename at the same time.
            // an exact hit!
            return true;
        }
        else if (fi === fl) {
            // ran out of file, but still had pattern left.
            // this is ok if we're doing the match as part of
            // a glob fs traversal.
            return partial;
        }
        else if (pi === pl) {
            // ran out of pattern, still have file left.
            // this is only acceptable if we're on the very last
            // empty segment of a file with a trailing slash.
            // a/* should match a/b/
            return fi === fl - 1 && file[fi] === '';
            /* c8 ignore start */
        }
        else {
            // should be unreachable.
            throw new Error('wtf?');
        }
        /* c8 ignore stop */
    }
    braceExpand() {
        return braceExpand(this.pattern, this.options);
    }
    // Expand braces, except numeric ranges such as {0..999} with at
    // least RANGE_MIN values. Each of those stays in its pattern as
    // `<mark>0..999<mark>`, for the Matcher to test. If a range might
    // be inside a [...] class, expand all of them instead.
    #expandBraces() {
        const { pattern } = this;
        if (this.options.nobrace)
            return this.braceExpand();
        let code = 0xe000;
        while (pattern.includes(String.fromCharCode(code))) {
            if (++code > 0xf8ff)
                return this.braceExpand();
        }
        const mark = String.fromCharCode(code);
        let found = false;
        const marked = pattern.replace(rangeRe, (m, lo, hi) => {
            const a = Number(lo);
            const b = Number(hi);
            if (!Number.isSafeInteger(a) ||
                !Number.isSafeInteger(b) ||
                Math.abs(a - b) + 1 < RANGE_MIN) {
                return m;
            }
            found = true;
            return `${mark}${lo}..${hi}${mark}`;
        });
        if (!found)
            return this.braceExpand();
        const set = braceExpand(marked, this.options);
        for (const p of set) {
            for (const portion of p.split('/')) {
                const c = portion.indexOf('[');
                if (c !== -1 && c < portion.lastIndexOf(mark)) {
                    return this.braceExpand();
                }
                if (!this.options.noext && inRepeatOrNegExt(portion, mark)) {
                    return this.braceExpand();
                }
            }
        }
        this.#rangeMark = mark;
        return set;
    }
    parse(pattern) {
        assertValidPattern(pattern);
        const options = this.options;
        // shortcuts
        if (pattern === '**')
            return GLOBSTAR;
        if (pattern === '')
            return '';
        const { nocase, nocaseMagicOnly, noext = false, dot, normalize, } = options;
        const rangeMark = this.#rangeMark;
        const lit = rangeMark && pattern.includes(rangeMark) ?
            undefined
            : esm_literal(pattern, noext);
        // in nocase mode, a literal with cased chars still needs a
        // Matcher, unless nocaseMagicOnly is set.
        if (lit !== undefined &&
            !(nocase &&
                !nocaseMagicOnly &&
                pattern.toUpperCase() !== pattern.toLowerCase())) {
            return this.#norm(lit);
        }
        if (this.#pending)
            return PENDING;
        let m = this.#matchers.get(pattern);
        if (!m) {
            if (!noext)
                assertValidExtglobs(pattern);
            m = new Matcher(pattern, {
                nocase,
                noext,
                dot,
                normalize,
                ...(rangeMark && { rangeMark }),
            });
            this.#matchers.set(pattern, m);
        }
        return m;
    }
    #slashSplit(p) {
        // if p starts with // on windows, we preserve that
        // so that UNC paths aren't broken.  Otherwise, any number of
        // / characters are coalesced into one, unless
        // preserveMultipleSlashes is set to true.
        if (this.preserveMultipleSlashes) {
            return p.split('/');
        }
        else if (this.isWindows && /^\/\/[^/]+/.test(p)) {
            // add an extra '' for the one we lose
            return ['', ...p.split(/\/+/)];
        }
        else {
            return p.split(/\/+/);
        }
    }
    match(f, partial = this.partial) {
        // short-circuit in the case of busted things.
        // comments, etc.
        if (this.comment) {
            return false;
        }
        if (this.empty) {
            return f === '';
        }
        if (f === '/' && partial) {
            return true;
        }
        const options = this.options;
        // treat the test path as a set of pathparts. If it was not just
        // split or checked, check that it can match before splitting it.
        let split = this.#cachedSplit(f);
        if (!split) {
            // the checks look at the path as given, so not if it is
            // normalized
            if (!partial &&
                !this.#form &&
                (this.#endCheck || this.#literalCheck) &&
                lastChecked !== f) {
                lastChecked = f;
                const can = this.#canMatch(f);
                if (can === 'no')
                    return options.flipNegate ? false : this.negate;
                if (can === 'yes')
                    return options.flipNegate ? true : !this.negate;
            }
            split = this.#split(f);
        }
        const ff = split.parts;
        // the parts after level 2 resolves them, kept for the next pattern
        // that tests the same path
        const resolved = this.#level2 ?
            (split.resolved ??= this.#levelTwoFileOptimize(ff))
            : ff;
        // just ONE of the pattern sets in this.set needs to match
        // in order for it to be valid.  If negating, then just one
        // match means that we have failed.
        // Either way, return on the first hit.
        const set = this.set;
        // Find the basename of the path by looking for the last non-empty segment
        let filename = ff[ff.length - 1];
        if (!filename) {
            for (let i = ff.length - 2; !filename && i >= 0; i--) {
                filename = ff[i];
            }
        }
        for (let r = 0; r < set.length; r++) {
            const pattern = set[r];
            const shape = partial ? undefined : this.#shapes[r];
            // level 2 does not change a path of one portion
            const hit = shape === 'base' ?
                portionMatch(pattern[0], filename)
                : shape ? this.#matchShape(resolved, pattern, shape)
                    : options.matchBase && pattern.length === 1 ?
                        this.#matchRow([filename], [filename], pattern, partial)
                        : this.#matchRow(ff, resolved, pattern, partial);
            if (hit) {
                if (options.flipNegate) {
                    return true;
                }
                return !this.negate;
            }
        }
        // didn't get any hits.  this is success if it's a negative
        // pattern, failure otherwise.
        if (options.flipNegate) {
            return false;
        }
        return this.negate;
    }
    static defaults(def) {
        return minimatch.defaults(def).Minimatch;
    }
}
/* c8 ignore start */


/* c8 ignore stop */
minimatch.Minimatch = Minimatch;
minimatch.escape = escape_escape;
minimatch.unescape = unescape_unescape;
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./src/policy/glob-regex.ts
/**
 * The dialect's globs compiled to one RegExp per pattern. minimatch splits
 * the path and walks its portions on every call, which is what made
 * matching 100,000 paths take seconds; one regex test is a fraction of that.
 *
 * Only shapes whose minimatch meaning is certain are translated. Anything
 * else (posix classes such as `[[:alpha:]]`, reversed ranges, large numeric
 * ranges, `.`/`..`/empty portions after brace expansion, many wildcards in a
 * row) gets `undefined` and stays with minimatch. The regex also only
 * applies to plain paths (see isPlainPath); the caller sends any other path
 * to minimatch. test/policy/matcher-equivalence.test.ts holds the two to the
 * same answers.
 */

/** `**` as a whole portion. */
const glob_regex_GLOBSTAR = 'globstar';
/** Past this, a pattern's regex is large and minimatch's own merging is the better tool. */
const MAX_ROWS = 1024;
/**
 * Each `*` can backtrack over a portion, so k of them cost up to length^k on
 * a crafted path; past these counts minimatch's linear-time matcher is used.
 */
const MAX_STARS_PER_PORTION = 3;
const MAX_GLOBSTARS_PER_ROW = 3;
/** Longer paths go to minimatch, which bounds the cost of a hostile name. */
const MAX_PLAIN_PATH_LENGTH = 1024;
/** minimatch keeps numeric ranges of this many values unexpanded (its RANGE_MIN). */
const UNEXPANDED_RANGE_SIZE = 100;
/** `{lo..hi}`, as minimatch finds it (not after `\\` or `$`). */
const NUMERIC_RANGE = /(?<![\\$])\{(-?\d+)\.\.(-?\d+)\}/g;
/** True for a `{lo..hi}` range that minimatch matches as it is instead of expanding it. */
function isUnexpandedRange(lo, hi) {
    const a = Number(lo);
    const b = Number(hi);
    return (Number.isSafeInteger(a) &&
        Number.isSafeInteger(b) &&
        Math.abs(a - b) + 1 >= UNEXPANDED_RANGE_SIZE);
}
/**
 * True for the paths the regexes answer for: no empty, `.` or `..` portion,
 * no leading or trailing `/`, not too long. Every other path goes to minimatch.
 */
function isPlainPath(path) {
    const length = path.length;
    if (length === 0 || length > MAX_PLAIN_PATH_LENGTH)
        return false;
    if (path.charCodeAt(0) === SLASH || path.charCodeAt(length - 1) === SLASH)
        return false;
    if (path.includes('//'))
        return false;
    // A `.` or `..` portion starts the path or follows a `/`; most paths have neither.
    if (path.charCodeAt(0) !== DOT && !path.includes('/.'))
        return true;
    return !DOT_PORTION.test(path);
}
const SLASH = 0x2f;
const DOT = 0x2e;
const DOT_PORTION = /(?:^|\/)\.{1,2}(?:\/|$)/;
/** The program for globs that minimatch would match with `options`, or undefined. */
function compileGlobs(globs, options) {
    const rows = [];
    for (const glob of globs) {
        if (hasUnexpandedRange(glob))
            return undefined;
        for (const expanded of new Set(braceExpand(glob, options))) {
            const row = parseRow(expanded);
            if (!row)
                return undefined;
            rows.push(row);
        }
        if (rows.length > MAX_ROWS)
            return undefined;
    }
    if (rows.length === 0)
        return undefined;
    const flags = options.nocase ? 'iu' : 'u';
    return { regex: new RegExp(`^${alternation(rows.map(rowAtoms))}$`, flags), rows };
}
function hasUnexpandedRange(glob) {
    return [...glob.matchAll(NUMERIC_RANGE)].some(([, lo, hi]) => isUnexpandedRange(lo ?? '', hi ?? ''));
}
/** minimatch splits on runs of `/` and folds `**` runs; the rest of its rewriting is left out. */
function parseRow(glob) {
    const row = [];
    let globstars = 0;
    for (const portion of glob.split(/\/+/)) {
        if (portion === '' || portion === '.' || portion === '..')
            return undefined;
        if (portion === '**') {
            if (row[row.length - 1] !== glob_regex_GLOBSTAR)
                row.push(glob_regex_GLOBSTAR);
            globstars++;
            continue;
        }
        const tokens = parsePortion(portion);
        if (!tokens)
            return undefined;
        row.push(tokens);
    }
    return globstars > MAX_GLOBSTARS_PER_ROW ? undefined : row;
}
function parsePortion(portion) {
    const tokens = [];
    let stars = 0;
    for (let index = 0; index < portion.length;) {
        const char = String.fromCodePoint(portion.codePointAt(index) ?? 0);
        if (char === '\\')
            return undefined;
        if (char === '[') {
            const parsed = glob_regex_parseClass(portion, index);
            if (!parsed)
                return undefined;
            tokens.push({ kind: 'class', source: parsed.source });
            index = parsed.end;
            continue;
        }
        index += char.length;
        if (char === '*') {
            // `**` inside a portion is a plain `*`; one star per run keeps backtracking down.
            if (tokens[tokens.length - 1]?.kind !== 'star') {
                tokens.push({ kind: 'star' });
                stars++;
            }
        }
        else if (char === '?')
            tokens.push({ kind: 'any' });
        else
            tokens.push({ kind: 'literal', char });
    }
    return stars > MAX_STARS_PER_PORTION ? undefined : tokens;
}
/**
 * A `[...]` class at `start`, as a regex class that never matches `/`.
 * Members are single characters and ascending ranges; `!` or `^` first
 * negates, a `]` first is a member, and `x-]` is `x` and `-`.
 */
function glob_regex_parseClass(portion, start) {
    let index = start + 1;
    let negate = false;
    const first = portion[index];
    if (first === '!' || first === '^') {
        negate = true;
        index++;
    }
    const members = [];
    let sawMember = false;
    while (index < portion.length) {
        const char = String.fromCodePoint(portion.codePointAt(index) ?? 0);
        if (char === ']' && sawMember) {
            if (members.length === 0)
                return undefined;
            return {
                source: `[${negate ? '^' : ''}${members.join('')}${negate ? '/' : ''}]`,
                end: index + 1
            };
        }
        sawMember = true;
        if (char === '\\' || char === '[')
            return undefined;
        const after = index + char.length;
        if (portion.startsWith('-]', after)) {
            members.push(escapeClassChar(char), '\\-');
            index = after + 1;
        }
        else if (portion[after] === '-') {
            const endChar = String.fromCodePoint(portion.codePointAt(after + 1) ?? 0);
            if (after + 1 >= portion.length || endChar === '\\' || endChar === '[')
                return undefined;
            const from = char.codePointAt(0) ?? 0;
            const to = endChar.codePointAt(0) ?? 0;
            if (to < from)
                return undefined;
            members.push(to === from ? escapeClassChar(char) : `${escapeClassChar(char)}-${escapeClassChar(endChar)}`);
            index = after + 1 + endChar.length;
        }
        else {
            members.push(escapeClassChar(char));
            index = after;
        }
    }
    return undefined;
}
function escapeClassChar(char) {
    return /[\\\]\[^-]/.test(char) ? `\\${char}` : char;
}
function escapeLiteral(char) {
    return /[\\^$.*+?()[\]{}|/]/.test(char) ? `\\${char}` : char;
}
function tokenSource(token) {
    switch (token.kind) {
        case 'literal':
            return escapeLiteral(token.char);
        case 'star':
            return '[^/]*';
        case 'any':
            return '[^/]';
        case 'class':
            return token.source;
    }
}
/**
 * A row as regex atoms. A `**` before more portions walks zero or more
 * portions with their `/`; a final `**` needs at least one portion (minimatch:
 * `a/**` does not match `a`). On a plain path `[^]+` is exactly that.
 */
function rowAtoms(row) {
    const atoms = [];
    row.forEach((part, index) => {
        const last = index === row.length - 1;
        if (part === glob_regex_GLOBSTAR) {
            atoms.push(last ? '[^]+' : '(?:[^/]+/)*');
            return;
        }
        atoms.push(...part.map(tokenSource));
        if (!last)
            atoms.push('/');
    });
    return atoms;
}
/** The rows as one alternation with shared prefixes merged, so a path walks each prefix once. */
function alternation(rows) {
    const root = { children: new Map(), end: false };
    for (const atoms of rows) {
        let node = root;
        for (const atom of atoms) {
            let child = node.children.get(atom);
            if (!child)
                node.children.set(atom, (child = { children: new Map(), end: false }));
            node = child;
        }
        node.end = true;
    }
    return emit(root);
}
function emit(node) {
    // Long literal runs are chains of single children: walk them in a loop, not by recursion.
    let prefix = '';
    let current = node;
    while (!current.end && current.children.size === 1) {
        const [atom, child] = current.children.entries().next().value;
        prefix += atom;
        current = child;
    }
    const branches = [...current.children].map(([atom, child]) => atom + emit(child));
    if (current.end)
        branches.push('');
    if (branches.length === 1)
        return prefix + (branches[0] ?? '');
    return `${prefix}(?:${branches.join('|')})`;
}

;// CONCATENATED MODULE: ./src/policy/pattern-keys.ts
/**
 * Cheap necessary conditions for a compiled pattern to match, so a list of
 * hundreds of patterns only runs the regexes of the few that can match a
 * path. Each portion of a glob row matches one portion of the path, so a
 * row with a literal portion `db` can only match a path that has a portion
 * `db`; a row with a portion ending `.yml` needs a portion whose extension
 * is `yml`; and so on.
 *
 * Keys are lower-case ASCII. They are only consulted for ASCII paths: under
 * Unicode case folding some non-ASCII characters match ASCII letters (the
 * Kelvin sign matches `k`), which lower-casing does not see.
 */

/** Characters compared for the prefix and suffix keys. */
const AFFIX_LENGTH = 2;
/** Literal runs shorter than this are not worth a substring check. */
const MIN_NEEDLE_LENGTH = 3;
const ASCII = /^[\x00-\x7f]*$/;
function patternKeys(program) {
    const keys = [];
    for (const row of program.rows) {
        const key = rowKey(row);
        if (!key)
            return { keys: undefined, needles: rowNeedles(program.rows) };
        if (!keys.some(known => known.kind === key.kind && known.value === key.value))
            keys.push(key);
    }
    return { keys, needles: rowNeedles(program.rows) };
}
function portions(row) {
    return row.filter((part) => part !== glob_regex_GLOBSTAR);
}
/** The most selective key of a row: a literal portion, then an extension, a prefix, a suffix, a first letter. */
function rowKey(row) {
    const parts = portions(row);
    // The last literal portion: deeper names (`migrate` in `**/db/migrate/`) are rarer than roots.
    const literal = parts
        .filter(tokens => tokens.every(token => token.kind === 'literal'))
        .map(literalText)
        .filter(text => ASCII.test(text))
        .pop();
    if (literal !== undefined)
        return { kind: 'portion', value: literal.toLowerCase() };
    for (const kind of ['extension', 'prefix', 'suffix', 'initial']) {
        for (const tokens of parts) {
            const value = affixKey(kind, tokens);
            if (value !== undefined)
                return { kind, value };
        }
    }
    return undefined;
}
function affixKey(kind, tokens) {
    const prefix = literalText(leadingLiterals(tokens));
    const suffix = literalText(leadingLiterals([...tokens].reverse()).reverse());
    const usable = (text) => ASCII.test(text) ? text.toLowerCase() : undefined;
    if (kind === 'extension') {
        const dot = suffix.lastIndexOf('.');
        return dot >= 0 && dot < suffix.length - 1 ? usable(suffix.slice(dot + 1)) : undefined;
    }
    if (kind === 'initial')
        return prefix === '' ? undefined : usable(prefix.charAt(0));
    const text = kind === 'prefix' ? prefix : suffix;
    if (text.length < AFFIX_LENGTH)
        return undefined;
    return usable(kind === 'prefix' ? text.slice(0, AFFIX_LENGTH) : text.slice(-AFFIX_LENGTH));
}
function leadingLiterals(tokens) {
    const index = tokens.findIndex(token => token.kind !== 'literal');
    return index === -1 ? tokens : tokens.slice(0, index);
}
function literalText(tokens) {
    return tokens.map(token => (token.kind === 'literal' ? token.char : '')).join('');
}
/**
 * Text every matching path contains: the longest piece of literal text
 * that every row has (`auth` for `*auth.{go,ts}`), or else each row's
 * longest run when they are few (`stripe`, `paypal`, ...).
 */
function rowNeedles(rows) {
    const runs = rows.map(literalRuns);
    const common = commonPiece(runs);
    if (common !== undefined)
        return [common];
    const longest = new Set();
    for (const rowRuns of runs) {
        const best = [...rowRuns].sort((a, b) => b.length - a.length)[0];
        if (best === undefined)
            return undefined;
        longest.add(best);
    }
    // A needle inside another already covers the paths the longer one does.
    const needles = [...longest].filter(needle => ![...longest].some(other => other !== needle && needle.includes(other)));
    return needles.length <= MAX_NEEDLES ? needles : undefined;
}
/** Bounds on the search for a common piece, so a long pattern does not make loading slow. */
const MAX_PIECE_SOURCE = 64;
const MAX_PIECE_LENGTH = 32;
/** Past this many alternatives, checking them costs about what the regex does. */
const MAX_NEEDLES = 8;
/** The longest substring (at least MIN_NEEDLE_LENGTH long) of a run of the first row found in a run of every row. */
function commonPiece(runs) {
    const [first, ...rest] = runs;
    if (!first || [...first].join('').length > MAX_PIECE_SOURCE)
        return undefined;
    const pieces = new Set();
    for (const run of first) {
        for (let start = 0; start + MIN_NEEDLE_LENGTH <= run.length; start++) {
            const last = Math.min(run.length, start + MAX_PIECE_LENGTH);
            for (let end = start + MIN_NEEDLE_LENGTH; end <= last; end++)
                pieces.add(run.slice(start, end));
        }
    }
    const inEveryRow = (piece) => rest.every(rowRuns => [...rowRuns].some(run => run.includes(piece)));
    return [...pieces].sort((a, b) => b.length - a.length).find(inEveryRow);
}
function literalRuns(row) {
    const runs = new Set();
    for (const tokens of portions(row)) {
        let run = '';
        for (const token of [...tokens, undefined]) {
            if (token?.kind === 'literal') {
                run += token.char;
                continue;
            }
            if (run.length >= MIN_NEEDLE_LENGTH && ASCII.test(run))
                runs.add(run.toLowerCase());
            run = '';
        }
    }
    return runs;
}

;// CONCATENATED MODULE: ./src/errors.ts
class UserError extends Error {
    location;
    fix;
    constructor(problem, fix, location = {}) {
        super(formatUserError(problem, fix, location));
        this.name = 'UserError';
        this.location = location;
        this.fix = fix;
    }
}
function formatUserError(problem, fix, location) {
    const where = formatLocation(location);
    const lead = where ? `${where}: ${problem}` : problem;
    return fix ? `${lead}. ${fix}` : lead;
}
/** `file:line:column`, with the parts that are known. */
function formatLocation({ file, line, column }) {
    if (!file)
        return line ? `line ${line}` : '';
    if (!line)
        return file;
    return column ? `${file}:${line}:${column}` : `${file}:${line}`;
}
function isUserError(error) {
    return error instanceof UserError;
}
/** A message for anything thrown, user error or not. */
function errorMessage(error) {
    return error instanceof Error ? error.message : String(error);
}

;// CONCATENATED MODULE: ./src/policy/text.ts
/**
 * Small helpers for the wording of policy errors: quoting what the user
 * wrote so invisible characters show, and "did you mean" suggestions so a
 * typo is named instead of silently ignored.
 */
/** `"value"` with control characters made visible (backslashes stay as written). */
function quote(value) {
    const visible = value.replace(/[\u0000-\u001f\u007f]/g, char => {
        const code = char.charCodeAt(0).toString(16).padStart(4, '0');
        return `\\u${code}`;
    });
    return `"${visible.replace(/"/g, '\\"')}"`;
}
/** A YAML snippet for a message: in double quotes, or single quotes when it has double quotes. */
function quoteExample(example) {
    return example.includes('"') ? `'${example}'` : `"${example}"`;
}
/** `"a", "b" or "c"` */
function quoteList(values, conjunction = 'or') {
    const quoted = values.map(quote);
    if (quoted.length <= 1)
        return quoted.join('');
    return `${quoted.slice(0, -1).join(', ')} ${conjunction} ${quoted[quoted.length - 1]}`;
}
/**
 * The closest candidate to `word`, when it is close enough to be a typo:
 * at most one edit for short words, about one edit in three for longer ones.
 */
function closestMatch(word, candidates) {
    const lower = word.toLowerCase();
    const limit = Math.max(1, Math.floor(lower.length / 3));
    let best;
    for (const candidate of candidates) {
        // The distance is at least the difference in length: skip the quadratic work for long words.
        if (Math.abs(candidate.length - lower.length) > limit)
            continue;
        const distance = editDistance(lower, candidate.toLowerCase());
        if (distance <= limit && (!best || distance < best.distance))
            best = { candidate, distance };
    }
    return best?.candidate;
}
/** `Did you mean "x"?`, or '' when nothing is close. */
function didYouMean(word, candidates) {
    const match = closestMatch(word, candidates);
    return match === undefined ? '' : `Did you mean ${quote(match)}?`;
}
/**
 * Edit distance where swapping two neighbouring letters counts as one edit
 * (optimal string alignment), because transpositions are the commonest typo.
 */
function editDistance(a, b) {
    const rows = [];
    for (let i = 0; i <= a.length; i++) {
        const row = [i];
        for (let j = 1; j <= b.length; j++)
            row.push(i === 0 ? j : 0);
        rows.push(row);
    }
    const at = (i, j) => rows[i]?.[j] ?? Number.POSITIVE_INFINITY;
    for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let value = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
                value = Math.min(value, at(i - 2, j - 2) + 1);
            }
            const row = rows[i];
            if (row)
                row[j] = value;
        }
    }
    return at(a.length, b.length);
}

;// CONCATENATED MODULE: ./src/policy/pattern-validation.ts
/**
 * The checks a pattern must pass before it is compiled. Each rejects
 * something that would otherwise match nothing (or something else) without
 * a word, which in a policy means a rule that silently does not apply.
 */




/** Far past any real path (PATH_MAX is 4096); minimatch throws a TypeError past 64 KiB. */
const pattern_validation_MAX_PATTERN_LENGTH = 4096;
/**
 * The most paths `{a,b}` groups may spell out. Expansion is capped (at 100,000)
 * by dropping the rest without a word, and a pattern that big costs seconds to
 * compile; the built-in areas need at most 156.
 */
const MAX_BRACE_EXPANSIONS = 1000;
/** Braces nested deeper than this are left unexpanded by brace expansion. */
const MAX_BRACE_DEPTH = 16;
/** Throws a UserError at `where` when `source` is not a valid pattern. */
function validatePatternSource(source, where) {
    const found = findProblem(source);
    if (found)
        throw new UserError(found.problem, found.fix, where);
}
function findProblem(source) {
    if (source.length > pattern_validation_MAX_PATTERN_LENGTH) {
        return {
            problem: `path pattern ${quote(`${source.slice(0, 40)}...`)} is ${source.length} characters long`,
            fix: `Patterns can be at most ${pattern_validation_MAX_PATTERN_LENGTH} characters: shorten it, or split it into several patterns`
        };
    }
    const shown = `path pattern ${quote(source)}`;
    if (source.trim() === '') {
        return {
            problem: 'empty path pattern',
            fix: 'Write a path relative to the repository root, such as "docs/" or "*.md"'
        };
    }
    if (/[\u0000-\u001f\u007f]/.test(source)) {
        return { problem: `${shown} contains a control character`, fix: 'Remove it' };
    }
    if (/^[A-Za-z]:[\\/]/.test(source) || source.startsWith('\\\\')) {
        return {
            problem: `${shown} is an absolute Windows path`,
            fix: 'Write a path relative to the repository root, with "/" between directories'
        };
    }
    if (source.includes('\\')) {
        return {
            problem: `${shown} contains a backslash`,
            fix: 'Separate directories with "/"; to match a special character literally, put it in brackets, e.g. "[*]"'
        };
    }
    return (findStructureProblem(source, shown) ??
        findBracketProblem(source, shown) ??
        findExpansionProblem(source, shown));
}
function findStructureProblem(source, shown) {
    if (source.startsWith('!')) {
        return {
            problem: `${shown} starts with "!"`,
            fix: 'Negation is not supported: define an area under "areas:" and list the paths to leave out in its "except:" list'
        };
    }
    if (source.startsWith('/')) {
        const relative = source.replace(/^\/+/, '');
        return {
            problem: `${shown} starts with "/"`,
            fix: `Patterns are relative to the repository root: write ${quote(relative || 'docs/')} (a "/" in the middle already anchors a pattern at the root; "./name" anchors a single name)`
        };
    }
    const withoutDotSlash = source.replace(/^\.\//, '');
    if (withoutDotSlash.replace(/\/+$/, '') === '') {
        return {
            problem: `${shown} names no path`,
            fix: 'Write a path relative to the repository root, such as "docs/" or "./Makefile"'
        };
    }
    const segments = withoutDotSlash.split('/');
    if (segments.includes('..')) {
        return {
            problem: `${shown} has a ".." segment`,
            fix: 'Patterns can only name paths inside the repository: remove ".."'
        };
    }
    if (segments.includes('.')) {
        return {
            problem: `${shown} has a "." segment`,
            fix: 'Remove it ("./" is only allowed at the start, to anchor a single name at the root)'
        };
    }
    return undefined;
}
/** Unbalanced `{` or `[` make minimatch treat the pattern literally, which is never what was meant. */
function findBracketProblem(source, shown) {
    let braceDepth = 0;
    for (let index = 0; index < source.length; index++) {
        const char = source[index];
        if (char === '[') {
            const close = source.indexOf(']', index + 2);
            if (close === -1) {
                return {
                    problem: `${shown} has an unclosed "["`,
                    fix: 'Close it with "]", e.g. "file[0-9].txt", or write "[[]" to match "[" literally'
                };
            }
            index = close;
        }
        else if (char === '{') {
            braceDepth++;
            if (braceDepth > MAX_BRACE_DEPTH) {
                return {
                    problem: `${shown} nests "{" more than ${MAX_BRACE_DEPTH} deep`,
                    fix: 'Write the alternatives out in fewer levels, or as several patterns'
                };
            }
        }
        else if (char === '}') {
            if (braceDepth === 0) {
                return {
                    problem: `${shown} has a "}" without a "{" before it`,
                    fix: 'Remove it, or write "[}]" to match "}" literally'
                };
            }
            braceDepth--;
        }
    }
    if (braceDepth > 0) {
        return {
            problem: `${shown} has an unclosed "{"`,
            fix: 'Close it with "}", e.g. "*.{yml,yaml}", or write "[{]" to match "{" literally'
        };
    }
    return undefined;
}
function findExpansionProblem(source, shown) {
    if (!source.includes('{'))
        return undefined;
    // minimatch matches a large numeric range as it is (one path counted), unless a class could hold it.
    const withoutLargeRanges = source.replace(NUMERIC_RANGE, (range, lo, hi) => isUnexpandedRange(lo, hi) && !source.includes('[') ? 'N' : range);
    const count = braceExpand(withoutLargeRanges, { braceExpandMax: MAX_BRACE_EXPANSIONS + 1 }).length;
    if (count <= MAX_BRACE_EXPANSIONS)
        return undefined;
    return {
        problem: `${shown} spells out more than ${MAX_BRACE_EXPANSIONS} paths with "{...}"`,
        fix: 'Use "*" or "?" for the part that varies, or split it into several patterns'
    };
}

;// CONCATENATED MODULE: ./src/policy/patterns.ts
/**
 * The one pattern dialect used by every list of a policy: gitignore-like
 * globs matched with minimatch. See docs/policy-reference.md ("Pattern
 * dialect") for the rules users rely on; the comments here say why.
 */




/**
 * The canonical form of a repository path: Unicode NFC (macOS writes NFD),
 * no leading `./`, no empty segments. Patterns and paths both go through it
 * so `café` written either way is the same file.
 */
function patterns_normalizeRepoPath(path) {
    // ASCII is already NFC, and most paths have no `//`: skip the costly steps for them.
    let normal = patterns_ASCII.test(path) ? path : path.normalize('NFC');
    if (normal.includes('//'))
        normal = normal.replace(/\/{2,}/g, '/');
    while (normal.startsWith('./'))
        normal = normal.slice(2);
    return normal;
}
const patterns_ASCII = /^[\x00-\x7f]*$/;
/** Validates and compiles one pattern; throws a UserError at `where` when it is invalid. */
function compilePattern(source, where, options = {}) {
    validatePatternSource(source, where);
    const globs = patternGlobs(source);
    const matchers = globs.map(glob => toMatcher(glob, options));
    const bySlowPath = (normal) => matchers.some(matches => matches(normal));
    const program = compileGlobs(globs, minimatchOptions(options));
    const test = program
        ? (normal) => isPlainPath(normal) ? program.regex.test(normal) : bySlowPath(normal)
        : bySlowPath;
    const pattern = {
        source,
        where,
        matches: (path) => test(patterns_normalizeRepoPath(path))
    };
    compiledForms.set(pattern, {
        test,
        regex: program?.regex,
        keys: program ? patternKeys(program) : undefined,
        reference: bySlowPath
    });
    return pattern;
}
const compiledForms = new WeakMap();
/** The compiled form of a pattern from compilePattern; undefined for any other PathPattern. */
function compiledFormOf(pattern) {
    return compiledForms.get(pattern);
}
/** `pattern.matches` for a normalised path, without normalising it again when that is known to be safe. */
function patterns_normalPathTest(pattern) {
    return compiledForms.get(pattern)?.test ?? (path => pattern.matches(path));
}
/**
 * A pattern that matches exactly one path, with no glob meaning, for paths
 * that come from configuration rather than from the user's pattern list
 * (the policy file's own path may contain `[` or `*`).
 */
function exactPathPattern(path, where, options = {}) {
    const fold = (text) => {
        const normal = patterns_normalizeRepoPath(text);
        return options.caseSensitive ? normal : normal.toLowerCase();
    };
    const expected = fold(path);
    const test = (normal) => (options.caseSensitive ? normal : normal.toLowerCase()) === expected;
    const pattern = {
        source: patterns_normalizeRepoPath(path),
        where,
        matches: candidate => fold(candidate) === expected
    };
    compiledForms.set(pattern, { test, regex: undefined, keys: exactKeys(expected), reference: test });
    return pattern;
}
/** A path equal to `expected` (lower-cased) has its last portion. */
function exactKeys(expected) {
    const last = expected.slice(expected.lastIndexOf('/') + 1);
    const usable = last !== '' && patterns_ASCII.test(last);
    return {
        keys: usable ? [{ kind: 'portion', value: last.toLowerCase() }] : undefined,
        needles: undefined
    };
}
function toMatcher(glob, options) {
    const matcher = new Minimatch(glob, minimatchOptions(options));
    return path => matcher.match(path);
}
/** The minimatch options of the dialect. */
function minimatchOptions(options) {
    return {
        dot: true,
        nocase: !options.caseSensitive,
        // `#` and `!` are ordinary characters here: comments belong to YAML, and
        // negation is rejected by validation with a pointer to `except:`.
        nocomment: true,
        nonegate: true,
        // Extglobs (`+(a|b)`) are left out to keep the dialect small; `{a,b}` covers the need.
        noext: true,
        // The same answer on every runner, whatever its OS.
        platform: 'linux'
    };
}
/** The minimatch globs a pattern of the dialect stands for (see toGlobs). */
function patternGlobs(source) {
    return toGlobs(normalizePatternText(source));
}
function normalizePatternText(source) {
    return source.normalize('NFC').replace(/\/{2,}/g, '/');
}
/**
 * Turns the gitignore-like rules into plain minimatch globs:
 * - a leading `./` or a `/` before the last character anchors at the root;
 *   otherwise the pattern may match at any depth (`**\/` is prefixed);
 * - a trailing `/` means "everything below this directory";
 * - without one, the pattern matches the path itself or, when it names a
 *   directory, everything below it.
 */
function toGlobs(pattern) {
    const subtreeOnly = pattern.endsWith('/');
    let body = subtreeOnly ? pattern.slice(0, -1) : pattern;
    const explicitlyAnchored = body.startsWith('./');
    if (explicitlyAnchored)
        body = body.slice(2);
    const anchored = explicitlyAnchored || body.includes('/');
    const rooted = anchored ? body : `**/${body}`;
    return subtreeOnly ? [`${rooted}/**`] : [rooted, `${rooted}/**`];
}

;// CONCATENATED MODULE: ./src/policy/entry-index.ts
/**
 * An index over one list of rule entries: from a path, the few patterns
 * that can match it, in list order. Built once per list; matchingEntries
 * then costs a handful of map lookups and regex tests per path instead of
 * one minimatch walk per pattern.
 */



const KINDS = ['portion', 'extension', 'prefix', 'suffix', 'initial'];
class EntryIndex {
    #slots = [];
    /** Slot ids by key id (see internKey). */
    #byKey = [];
    /** Slots no key can rule out. */
    #always = [];
    #exceptTests;
    #seen;
    #stamp = 0;
    /** Candidate slot ids, reused by every lookup: matches() is synchronous, so one buffer is enough. */
    #ids = new Int32Array(0);
    #entries;
    constructor(entries) {
        this.#entries = [...entries];
        entries.forEach((entry, index) => {
            for (const pattern of entry.area.paths)
                this.#add(index, pattern);
        });
        this.#exceptTests = entries.map(entry => entry.area.except.map(patterns_normalPathTest));
        this.#seen = new Uint32Array(this.#slots.length);
        this.#ids = new Int32Array(this.#slots.length);
    }
    #add(entry, pattern) {
        const id = this.#slots.length;
        const form = compiledFormOf(pattern);
        const keys = form?.keys?.keys;
        const needles = form?.keys?.needles;
        this.#slots.push({ entry, pattern, regex: form?.regex, test: patterns_normalPathTest(pattern), needles });
        if (!keys) {
            this.#always.push(id);
            return;
        }
        for (const { kind, value } of keys) {
            const key = internKey(kind, kind === 'portion' || kind === 'extension' ? value : charCodes(value));
            const ids = this.#byKey[key];
            if (ids)
                ids.push(id);
            else
                this.#byKey[key] = [id];
        }
    }
    /** Every entry whose area covers the path, in list order, with the first pattern that matched. */
    matches(path) {
        const matches = [];
        const candidates = path.lower === undefined ? undefined : this.#ids;
        const count = candidates ? this.#candidates(keyIdsOf(path)) : this.#slots.length;
        const { normal, lower } = path;
        let resolved = -1;
        for (let at = 0; at < count; at++) {
            const slot = this.#slots[candidates ? (candidates[at] ?? 0) : at];
            if (!slot || slot.entry === resolved)
                continue;
            const needles = slot.needles;
            if (lower !== undefined && needles !== undefined && !containsAny(lower, needles))
                continue;
            const regex = slot.regex;
            if (!(lower !== undefined && regex ? regex.test(normal) : slot.test(normal)))
                continue;
            resolved = slot.entry;
            const entry = this.#entries[slot.entry];
            if (entry && !this.#excepted(slot.entry, normal))
                matches.push({ entry, pattern: slot.pattern });
        }
        return matches;
    }
    #excepted(entry, normal) {
        const tests = this.#exceptTests[entry];
        if (!tests)
            return false;
        for (const test of tests)
            if (test(normal))
                return true;
        return false;
    }
    /**
     * Puts the slot ids that may match into #ids, ascending (so entries come in
     * list order and patterns in area order), and returns how many there are.
     */
    #candidates(keys) {
        const stamp = this.#nextStamp();
        let count = this.#take(this.#always, stamp, 0);
        const byKey = this.#byKey;
        for (const key of keys) {
            const list = byKey[key];
            if (list)
                count = this.#take(list, stamp, count);
        }
        if (count > 1)
            this.#ids.subarray(0, count).sort();
        return count;
    }
    #take(list, stamp, count) {
        const seen = this.#seen;
        const ids = this.#ids;
        let next = count;
        for (const id of list) {
            if (seen[id] === stamp)
                continue;
            seen[id] = stamp;
            ids[next++] = id;
        }
        return next;
    }
    #nextStamp() {
        if (this.#stamp === 0xffffffff) {
            this.#seen.fill(0);
            this.#stamp = 0;
        }
        return ++this.#stamp;
    }
}
function containsAny(text, needles) {
    for (const needle of needles)
        if (text.includes(needle))
            return true;
    return false;
}
function charCodes(text) {
    return text.length === 1 ? text.charCodeAt(0) : text.charCodeAt(0) * 0x10000 + text.charCodeAt(1);
}
/**
 * Every key value any index uses, numbered, per kind. A path's keys are then
 * looked up once for all four lists, and each list finds its slots by number.
 */
const keyIds = KINDS.map(() => new Map());
let keyCount = 0;
function internKey(kind, value) {
    const byValue = keyIds[KINDS.indexOf(kind)];
    const known = byValue?.get(value);
    if (known !== undefined)
        return known;
    byValue?.set(value, keyCount);
    return keyCount++;
}
const entry_index_ASCII = /^[\x00-\x7f]*$/;
function pathKeys(normal) {
    // Other paths go to minimatch (see isPlainPath), whose answers the keys were not derived from.
    const keyed = entry_index_ASCII.test(normal) && isPlainPath(normal);
    const lower = keyed ? normal.toLowerCase() : undefined;
    return { normal, lower, ids: lower === undefined ? [] : lookUpKeys(lower), known: keyCount };
}
/** The path's key ids, looked up again when an index built since then added keys. */
function keyIdsOf(path) {
    if (path.known !== keyCount && path.lower !== undefined) {
        path.ids = lookUpKeys(path.lower);
        path.known = keyCount;
    }
    return path.ids;
}
/** Only values some index uses have an id; the rest of the path's keys are not needed. */
function lookUpKeys(lower) {
    const [portions, extensions, prefixes, suffixes, initials] = keyIds;
    const found = [];
    for (const portion of lower.split('/')) {
        const length = portion.length;
        found.push(portions?.get(portion), initials?.get(portion.charCodeAt(0)));
        const dot = portion.lastIndexOf('.');
        if (extensions?.size && dot >= 0 && dot < length - 1) {
            found.push(extensions.get(portion.slice(dot + 1)));
        }
        if (length < AFFIX_LENGTH)
            continue;
        found.push(prefixes?.get(portion.charCodeAt(0) * 0x10000 + portion.charCodeAt(1)), suffixes?.get(portion.charCodeAt(length - 2) * 0x10000 + portion.charCodeAt(length - 1)));
    }
    return found.filter((id) => id !== undefined);
}

;// CONCATENATED MODULE: ./src/policy/match.ts
/**
 * Which rules of a policy cover a path. Pure functions over compiled
 * patterns; the evaluation stage decides what a match means.
 *
 * The evaluator asks for every agent-touched path against every list, so
 * each list gets an index (entry-index.ts), built on first use and kept
 * while the list, its entries and their areas' pattern lists are the same.
 */


/** The first pattern of the entry's area matching `path`, unless one of its `except` patterns does. */
function matchEntry(entry, path) {
    return matchArea(entry.area, normalizeRepoPath(path));
}
/** Every entry that covers `path`, in list order, each with the pattern that matched. */
function matchingEntries(entries, path) {
    return indexFor(entries).matches(keysFor(path));
}
/** `path` must already be normalised. */
function matchArea(area, path) {
    const pattern = area.paths.find(candidate => normalPathTest(candidate)(path));
    if (!pattern)
        return undefined;
    return area.except.some(candidate => normalPathTest(candidate)(path)) ? undefined : pattern;
}
const indexes = new WeakMap();
function indexFor(entries) {
    const cached = indexes.get(entries);
    if (cached && unchanged(cached, entries))
        return cached.index;
    const areas = entries.map(entry => entry.area);
    const built = {
        index: new EntryIndex(entries),
        entries: [...entries],
        areas,
        paths: areas.map(area => area.paths),
        pathCounts: areas.map(area => area.paths.length),
        excepts: areas.map(area => area.except),
        exceptCounts: areas.map(area => area.except.length)
    };
    indexes.set(entries, built);
    return built.index;
}
function unchanged(cached, entries) {
    const count = entries.length;
    if (cached.entries.length !== count)
        return false;
    for (let at = 0; at < count; at++) {
        const entry = entries[at];
        if (entry !== cached.entries[at])
            return false;
        const area = entry?.area;
        if (area !== cached.areas[at] || !area)
            return false;
        if (area.paths !== cached.paths[at] || area.paths.length !== cached.pathCounts[at])
            return false;
        if (area.except !== cached.excepts[at] || area.except.length !== cached.exceptCounts[at])
            return false;
    }
    return true;
}
// The evaluator asks about one path against four lists in a row: work out its keys once.
let lastPath;
let lastKeys;
function keysFor(path) {
    if (path === lastPath && lastKeys)
        return lastKeys;
    const keys = pathKeys(patterns_normalizeRepoPath(path));
    lastPath = path;
    lastKeys = keys;
    return keys;
}

;// CONCATENATED MODULE: ./src/policy/confusables.ts
/**
 * Letters of other scripts that look like ASCII letters, mapped to the
 * letter they imitate. A path such as `.еnv` (Cyrillic `е`, U+0435) reads as
 * `.env` to a reviewer and to many tools, but no pattern written in ASCII
 * matches it; restrictive rules therefore also match the path with these
 * letters read as the ASCII ones (see skeleton.ts).
 *
 * This is a short hand-written list of the look-alikes commonly used in
 * spoofing, written from the Unicode character names, not a copy of the
 * Unicode confusables data: it covers Cyrillic, Greek, Armenian and Cherokee
 * letters whose usual glyph is the ASCII letter's, Latin small capitals and
 * dotless letters. Fullwidth and mathematical letters need no entry here:
 * NFKC folds them before this table is read. Case is kept (capital to
 * capital, small to small) so `case_sensitive: true` still means what it says.
 */
const PAIRS = [
    // Cyrillic small letters: a, ve (looks like a small capital B), ie, ka, em, en, o, er, es, te, u, ha.
    ['a', '\u0430'],
    ['e', '\u0435\u0451'], // ie, io (ё read as e: the dots are easy to miss)
    ['o', '\u043e'],
    ['p', '\u0440'],
    ['c', '\u0441'],
    ['y', '\u0443'],
    ['x', '\u0445'],
    // Cyrillic: byelorussian-ukrainian i, je, dze, komi de, qa, we, shha, palochka (small).
    ['i', '\u0456\u04cf'],
    ['j', '\u0458'],
    ['s', '\u0455'],
    ['d', '\u0501'],
    ['q', '\u051b'],
    ['w', '\u051d'],
    ['h', '\u04bb'],
    // Cyrillic capitals.
    ['A', '\u0410'],
    ['B', '\u0412'],
    ['C', '\u0421'],
    ['E', '\u0415\u0401'],
    ['H', '\u041d'],
    ['I', '\u0406\u04c0'],
    ['J', '\u0408'],
    ['K', '\u041a'],
    ['M', '\u041c'],
    ['O', '\u041e'],
    ['P', '\u0420'],
    ['S', '\u0405'],
    ['T', '\u0422'],
    ['X', '\u0425'],
    ['Y', '\u04ae'],
    ['Q', '\u051a'],
    ['W', '\u051c'],
    // Cyrillic small letters that look like small capitals: ve, ka, em, en, te.
    ['b', '\u0432'],
    ['k', '\u043a'],
    ['m', '\u043c'],
    ['n', '\u043d'],
    ['t', '\u0442'],
    // Greek small letters: alpha, omicron, rho, nu, tau, iota, kappa, upsilon, epsilon, gamma.
    ['a', '\u03b1'],
    ['o', '\u03bf'],
    ['p', '\u03c1'],
    ['v', '\u03bd'],
    ['t', '\u03c4'],
    ['i', '\u03b9'],
    ['k', '\u03ba'],
    ['u', '\u03c5'],
    ['e', '\u03b5'],
    ['y', '\u03b3'],
    // Greek capitals.
    ['A', '\u0391'],
    ['B', '\u0392'],
    ['E', '\u0395'],
    ['Z', '\u0396'],
    ['H', '\u0397'],
    ['I', '\u0399'],
    ['K', '\u039a'],
    ['M', '\u039c'],
    ['N', '\u039d'],
    ['O', '\u039f'],
    ['P', '\u03a1'],
    ['T', '\u03a4'],
    ['Y', '\u03a5'],
    ['X', '\u03a7'],
    // Armenian small letters: ho, oh, seh, vo, za.
    ['h', '\u0570'],
    ['o', '\u0585'],
    ['u', '\u057d'],
    ['n', '\u0578'],
    ['q', '\u0566'],
    // Cherokee letters whose glyphs are Latin capitals.
    ['A', '\u13aa'],
    ['B', '\u13f4'],
    ['C', '\u13df'],
    ['E', '\u13ac'],
    ['H', '\u13bb'],
    ['J', '\u13ab'],
    ['K', '\u13e6'],
    ['M', '\u13b7'],
    ['P', '\u13e2'],
    ['S', '\u13da'],
    ['T', '\u13a2'],
    ['W', '\u13b3'],
    ['Z', '\u13c3'],
    // Latin: dotless i and j, small capitals, and letters with a hook or stroke that read as plain.
    ['i', '\u0131\u026a'], // dotless i, small capital I
    ['j', '\u0237'], // dotless j
    ['a', '\u1d00\u0251'], // small capital A, alpha (Latin)
    ['b', '\u0299'],
    ['c', '\u1d04'],
    ['d', '\u1d05'],
    ['e', '\u1d07'],
    ['g', '\u0261\u0262'], // script g, small capital G
    ['h', '\u029c'],
    ['k', '\u1d0b'],
    ['l', '\u029f'],
    ['m', '\u1d0d'],
    ['n', '\u0274'],
    ['o', '\u1d0f'],
    ['p', '\u1d18'],
    ['r', '\u0280'],
    ['t', '\u1d1b'],
    ['u', '\u1d1c'],
    ['v', '\u1d20'],
    ['w', '\u1d21'],
    ['y', '\u028f'],
    ['z', '\u1d22']
];
/** Look-alike character to the ASCII letter it imitates. */
const CONFUSABLES = new Map(PAIRS.flatMap(([ascii, lookAlikes]) => [...lookAlikes].map(char => [char, ascii])));

;// CONCATENATED MODULE: ./src/policy/skeleton.ts
/**
 * The "skeleton" of a repository path: how a reader, or a Windows checkout,
 * sees it. Restrictive rules (cannot_access, requires_human_review, the
 * secret-file list) match a path when its normal form OR its skeleton
 * matches, so spelling tricks cannot slip a protected file past them:
 *
 * - NFKC: fullwidth and styled letters (`．ｅｎｖ`, `𝐞`) are the plain ones;
 * - invisible characters (zero-width spaces and joiners, soft hyphens, bidi
 *   controls, the byte-order mark) are dropped: nobody sees them;
 * - look-alike letters of other scripts (confusables.ts) read as the ASCII
 *   letters they imitate;
 * - `\` is `/`: a Windows checkout writes `db\migrations\x` into `db/migrations/`;
 * - trailing dots and spaces of each name are dropped: Windows drops them,
 *   so `.env ` and `.env.` are the file `.env` there.
 *
 * Permissive rules (can_edit) never use the skeleton: a trick must not gain
 * an agent any freedom.
 */



const skeleton_ASCII = /^[\x00-\x7f]*$/;
/** What can change an ASCII path: a backslash, or a name ending in a space or a dot. */
const ASCII_WORK = /\\|[ .](?:\/|$)/;
const INVISIBLE = /[\u00ad\u034f\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
const NON_ASCII = /[^\x00-\x7f]/g;
const TRAILING_DOTS_AND_SPACES = /[ .]+$/;
/**
 * The skeleton of a path already normalised by normalizeRepoPath. Most paths
 * (ASCII, no backslash, no name ending in a dot or space) are their own
 * skeleton and cost two regex tests.
 */
function pathSkeleton(normal) {
    if (skeleton_ASCII.test(normal) && !ASCII_WORK.test(normal))
        return normal;
    return readSkeleton(normal).skeleton;
}
/** The skeleton with the readings that changed the path (none when it is its own skeleton). */
function readSkeleton(normal) {
    const readings = [];
    const step = (text, next, reading) => {
        if (next !== text)
            readings.push(reading);
        return next;
    };
    let text = normal;
    text = step(text, text.normalize('NFKC'), 'fullwidth or styled letters read as plain ones');
    text = step(text, text.replace(INVISIBLE, ''), 'invisible characters removed');
    text = step(text, text.replace(NON_ASCII, char => CONFUSABLES.get(char) ?? char), 'look-alike characters read as the letters they imitate');
    text = step(text, text.replace(/\\/g, '/'), 'backslashes read as `/`, as on a Windows checkout');
    text = step(text, text.split('/').map(dropTrailingDotsAndSpaces).join('/'), 'trailing dots and spaces dropped, as Windows drops them');
    const skeleton = patterns_normalizeRepoPath(text);
    return { skeleton, readings: skeleton === normal ? [] : readings };
}
/**
 * How `path` reads when its skeleton differs from its normal form; undefined
 * for the usual path that is its own skeleton. Restrictive matchers try the
 * path first, then this skeleton.
 */
function otherSkeleton(path) {
    const normal = patterns_normalizeRepoPath(path);
    return pathSkeleton(normal) === normal ? undefined : readSkeleton(normal);
}
/** `.env ` and `.env.` are `.env` on Windows; names made only of dots and spaces stay as they are. */
function dropTrailingDotsAndSpaces(name) {
    const stripped = name.replace(TRAILING_DOTS_AND_SPACES, '');
    return stripped === '' ? name : stripped;
}
/** One sentence for a finding: which pattern the path matched, read how. */
function skeletonNote(pattern, reading) {
    return (`The path matches ${quote(pattern)} only when read as ${quote(reading.skeleton)} ` +
        `(${reading.readings.join('; ')}), which is how a reader or a checkout may see it.`);
}

;// CONCATENATED MODULE: ./src/evaluation/file-rules.ts


/**
 * The restrictive lists (cannot_access, requires_human_review, which holds
 * the governance area) match the path's normal form or its skeleton, so a
 * look-alike or Windows spelling cannot dodge them; can_edit and can_read
 * match the normal form only, so no spelling gains an agent freedom.
 */
function rulesForPath(policy, path) {
    const hits = (rule, entries, at = path) => matchingEntries(entries, at).map(({ entry, pattern }) => ({ rule, entry, pattern }));
    const canEdit = policy.canEdit ? hits('can_edit', policy.canEdit) : [];
    const canRead = hits('can_read', policy.canRead);
    let cannotAccess = hits('cannot_access', policy.cannotAccess);
    let review = hits('requires_human_review', policy.requiresHumanReview);
    const readAs = otherSkeleton(path);
    if (readAs) {
        const more = (found, rule, entries) => [
            ...found,
            ...hits(rule, entries, readAs.skeleton)
                .filter(hit => !found.some(known => known.entry === hit.entry))
                .map(hit => ({ ...hit, readAs }))
        ];
        cannotAccess = more(cannotAccess, 'cannot_access', policy.cannotAccess);
        review = more(review, 'requires_human_review', policy.requiresHumanReview);
    }
    return {
        cannotAccess,
        review: uniqueByArea(review),
        canEdit,
        canRead,
        insideCanEdit: policy.canEdit === undefined || canEdit.length > 0
    };
}
/** An area listed twice (say, by name and by one of its paths) asks for one approval, not two. */
function uniqueByArea(hits) {
    const seen = new Set();
    return hits.filter(hit => {
        if (seen.has(hit.entry.area.name))
            return false;
        seen.add(hit.entry.area.name);
        return true;
    });
}
function summarizeHits(rules) {
    return [...rules.cannotAccess, ...rules.review, ...rules.canEdit, ...rules.canRead].map(hit => ({
        rule: hit.rule,
        area: hit.entry.label,
        pattern: hit.pattern.source
    }));
}

;// CONCATENATED MODULE: ./src/evaluation/findings.ts




/** The name the default rule (agent change outside can_edit, in no review area) reports under. */
const OUTSIDE_CAN_EDIT_AREA = 'outside-can-edit';
/** The implicit area for agent changes outside can_edit: the policy's default approval applies. */
function outsideCanEditArea(policy) {
    return {
        name: OUTSIDE_CAN_EDIT_AREA,
        description: 'Agent changes outside can_edit that no review area covers',
        paths: [],
        except: [],
        approvals: policy.approvals.required,
        reviewers: { users: [], teams: [], codeowners: false },
        origin: 'built-in',
        mandatory: false
    };
}
/** The findings one agent-touched path raises under the policy. */
function findingsForPath(file, rules, policy, rename = {}) {
    const path = { file, rename };
    const found = rules.cannotAccess.map(hit => ({
        finding: cannotAccessFinding(path, hit)
    }));
    for (const hit of rules.review) {
        found.push({ finding: reviewFinding(path, hit), area: hit.entry.area });
    }
    if (rules.cannotAccess.length === 0 && rules.review.length === 0 && !rules.insideCanEdit) {
        found.push(outsideCanEditFinding(path, policy));
    }
    return found;
}
function baseFinding({ file, rename }, kind, area) {
    return {
        id: `${kind}:${area}:${file.path}`,
        kind,
        status: 'needs_approval',
        blocking: true,
        path: file.path,
        previousPath: rename.previousPath,
        area,
        commits: file.agentCommits,
        message: '',
        resolution: ''
    };
}
function withPattern(finding, hit) {
    return {
        ...finding,
        pattern: hit.pattern.source,
        patternWhere: formatLocation(hit.pattern.where)
    };
}
/** The message, plus how the path was read when only its skeleton matched (so a reviewer sees why). */
function withReading(message, hit) {
    return hit.readAs ? `${message}. ${skeletonNote(hit.pattern.source, hit.readAs)}` : message;
}
/** What kind of entry changed: a reviewer should know a submodule pointer or a symlink from a file. */
function pathNoun(file) {
    if (file.mode === FILE_MODE.submodule)
        return 'a submodule pointer at a path';
    if (file.mode === FILE_MODE.symlink)
        return 'a symlink at a path';
    return 'a path';
}
/** "in commit abc1234", and where the path went when it was renamed away. */
function touchedBy({ file, rename }) {
    const shas = file.agentCommits.map(shortSha);
    // pull_request attribution can hold a path against the PR with no commit to name.
    const where = shas.length === 0
        ? 'this pull request'
        : shas.length === 1
            ? `commit ${shas[0]}`
            : `commits ${shas.join(', ')}`;
    return rename.renamedTo ? `${where} (renamed to ${rename.renamedTo})` : where;
}
function cannotAccessFinding(path, hit) {
    const finding = withPattern(baseFinding(path, 'cannot_access', hit.entry.label), hit);
    return {
        ...finding,
        status: 'violation',
        message: withReading(`An agent changed ${pathNoun(path.file)} agents must never change (cannot_access ${hit.entry.label}) in ${touchedBy(path)}`, hit),
        resolution: 'Remove the agent commits that touch this path from the pull request (no approval waives cannot_access); a human must make this change'
    };
}
function reviewFinding(path, hit) {
    const area = hit.entry.area;
    const finding = withPattern(baseFinding(path, 'requires_human_review', area.name), hit);
    return {
        ...finding,
        message: withReading(`An agent changed ${pathNoun(path.file)} in the review area "${area.name}" in ${touchedBy(path)}`, hit),
        resolution: approvalResolution(area)
    };
}
function outsideCanEditFinding(path, policy) {
    const area = outsideCanEditArea(policy);
    const finding = baseFinding(path, 'outside_can_edit', area.name);
    const message = `An agent changed ${pathNoun(path.file)} outside can_edit in ${touchedBy(path)}`;
    if (policy.outsideCanEdit === 'block') {
        const resolution = 'Remove the agent commits that touch this path, or add the path to can_edit in the policy on the base branch';
        return { finding: { ...finding, status: 'violation', message, resolution } };
    }
    return { finding: { ...finding, message, resolution: approvalResolution(area) }, area };
}
function approvalResolution(area) {
    const count = area.approvals === 1 ? '1 approval' : `${area.approvals} approvals`;
    return `Needs ${count} from ${describeEligible(area)} (not the PR author, the agent's requester or a bot), given on or after the latest agent commit to this area`;
}

;// CONCATENATED MODULE: ./src/evaluation/decision.ts
/** The counts, the pass/fail decision and its one-line reason, all derived from the findings. */
function decide(result) {
    const counts = countResult(result);
    const decision = counts.blockingFindings > 0 ? 'fail' : 'pass';
    // Secrets block whoever added them; only then is the change not just the agents'.
    const humanMade = result.findings.some(f => f.blocking && f.agentTouched === false);
    return { decision, reason: reasonFor(counts, humanMade), counts };
}
function countResult(result) {
    const blocking = result.findings.filter(f => f.blocking);
    return {
        commits: result.commits.length,
        agentCommits: result.commits.filter(c => c.kind === 'agent').length,
        files: result.files.length,
        agentFiles: result.files.filter(f => f.agentTouched).length,
        findings: result.findings.length,
        blockingFindings: blocking.length,
        violations: blocking.filter(f => f.status === 'violation').length,
        needsApproval: blocking.filter(f => f.status === 'needs_approval').length
    };
}
function plural(count, one, many) {
    return `${count} ${count === 1 ? one : many}`;
}
function reasonFor(counts, humanMade) {
    if (counts.violations > 0 || counts.needsApproval > 0) {
        const parts = [];
        if (counts.violations > 0)
            parts.push(plural(counts.violations, 'violation', 'violations'));
        if (counts.needsApproval > 0) {
            parts.push(`${plural(counts.needsApproval, 'change needs', 'changes need')} approval`);
        }
        return `${parts.join(' and ')} in ${humanMade ? 'this change' : 'agent-made changes'}`;
    }
    if (counts.agentCommits === 0 && counts.agentFiles === 0)
        return 'No agent-made changes found';
    // Agent commits can be empty (Copilot's "Initial plan"): say so rather than "All 0 files".
    if (counts.agentFiles === 0)
        return 'Agent commits changed no files';
    if (counts.agentFiles === 1)
        return 'The 1 agent-touched file is allowed or approved under the policy';
    return `All ${counts.agentFiles} agent-touched files are allowed or approved under the policy`;
}
/** True when every blocking finding only waits for an approval (the CLI's --pending-ok). */
function onlyPendingApproval(result) {
    return result.counts.violations === 0;
}

;// CONCATENATED MODULE: ./src/evaluation/renames.ts
/** Renames in the commits and the net diff; a later rename of the same path wins. */
function renameSides(changeSet) {
    const from = new Map();
    const to = new Map();
    const changes = [...changeSet.commits.flatMap(commit => commit.files), ...changeSet.files];
    for (const change of changes) {
        if (change.status !== 'renamed' || !change.previousPath)
            continue;
        from.set(change.path, change.previousPath);
        to.set(change.previousPath, change.path);
    }
    return path => ({ previousPath: from.get(path), renamedTo: to.get(path) });
}

;// CONCATENATED MODULE: ./src/secrets/files/content-checks.ts
/**
 * Content checks for the secret-file rules whose path alone does not decide:
 * a `.pem` may be a public certificate, an `.npmrc` may only name a registry.
 * Each check reads the text the diff shows and says what kind of credential
 * it holds, in words that never repeat the credential itself.
 */
const CLEAR = { kind: 'clear' };
const PRIVATE_PEM = /-----BEGIN ((?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?)-----/;
const ANY_PEM = /-----BEGIN [A-Z0-9 ]+-----/;
const PUTTY_KEY = /^PuTTY-User-Key-File-\d+:/m;
const SSH_PUBLIC_KEY = /^(?:ssh-(?:rsa|dss|ed25519)|ecdsa-sha2-\S+|sk-\S+@openssh\.com) AAAA/m;
/**
 * Private keys in PEM or PuTTY form. Only public material (certificates,
 * public keys, CSRs, parameters) clears a file: what cannot be recognised
 * stays undecided, and the key-file rules count undecided files.
 */
const privateKeyContent = text => {
    const privatePem = PRIVATE_PEM.exec(text);
    if (privatePem)
        return { kind: 'secret', holds: `a PEM "${privatePem[1]}" block` };
    if (PUTTY_KEY.test(text))
        return { kind: 'secret', holds: 'a PuTTY private key' };
    if (ANY_PEM.test(text) || SSH_PUBLIC_KEY.test(text))
        return CLEAR;
    return { kind: 'undecided', why: 'The diff shows no public key or certificate block.' };
};
/** OpenPGP armour: `.asc` files are mostly signatures and public keys. */
const pgpPrivateKeyContent = text => {
    if (text.includes('-----BEGIN PGP PRIVATE KEY BLOCK-----')) {
        return { kind: 'secret', holds: 'a PGP private key block' };
    }
    if (/-----BEGIN PGP [A-Z ]+-----/.test(text))
        return CLEAR;
    return { kind: 'undecided', why: 'The diff shows no PGP armour header.' };
};
/** `//registry.example.com/:_authToken=…`, `_auth=…`, `_password=…` */
const npmrcContent = text => assignments(text, /^(?:\S*:)?(_authToken|_auth|_password)\s*=\s*(.*)$/, '=');
/** `password = …` in a section of `.pypirc` (configparser also accepts `:`). */
const passwordContent = text => assignments(text, /^(password)\s*[=:]\s*(.*)$/i, '=');
/** `npmAuthToken: …` / `npmAuthIdent: …` at any level of `.yarnrc.yml`. */
const yarnrcContent = text => assignments(text, /^["']?(npmAuthToken|npmAuthIdent)["']?\s*:\s*(.*)$/, ':');
/** `.gem/credentials` is a YAML map from host (or `:rubygems_api_key`) to key: any entry is one. */
const gemCredentialsContent = text => assignments(text, /^(:?[^\s#][^\s]*?):\s+(.*)$/, ':');
/** Docker's `auths` entries: `"auth"` (base64 user:password), identity and registry tokens. */
const dockerConfigContent = text => jsonStringField(text, ['auth', 'identitytoken', 'registrytoken']);
/** Google OAuth client files and the credentials files tools download next to them. */
const googleCredentialsContent = text => jsonStringField(text, ['client_secret', 'private_key', 'refresh_token']);
/** A key file named after a service account: only its `private_key` is secret. */
const privateKeyFieldContent = text => jsonStringField(text, ['private_key']);
/** Any JSON: a cloud service-account key, recognised by its type and its private key. */
const serviceAccountContent = text => {
    const isServiceAccount = /"type"\s*:\s*"service_account"/.test(text);
    if (isServiceAccount && /"private_key"\s*:\s*"[^"]/.test(text)) {
        return { kind: 'secret', holds: 'a service-account private key ("private_key")' };
    }
    return CLEAR;
};
/**
 * The first assignment of a credential key with a real value. Lines are
 * trimmed; `#` and `;` comments are skipped; values that only point at an
 * environment variable (`${NPM_TOKEN}`) are not credentials.
 */
function assignments(text, pattern, operator) {
    for (const rawLine of text.split('\n')) {
        const line = rawLine.trim();
        if (line.startsWith('#') || line.startsWith(';'))
            continue;
        const match = pattern.exec(line);
        if (match && !isPlaceholder(match[2] ?? '')) {
            return { kind: 'secret', holds: `a value for "${match[1]}${operator}"` };
        }
    }
    return CLEAR;
}
function jsonStringField(text, fields) {
    for (const field of fields) {
        const value = new RegExp(`"${field}"\\s*:\\s*"([^"]*)"`).exec(text);
        if (value && !isPlaceholder(value[1] ?? '')) {
            return { kind: 'secret', holds: `a value for "${field}"` };
        }
    }
    return CLEAR;
}
const ENV_REFERENCE = /^\$(?:[A-Za-z_]\w*|\{[A-Za-z_]\w*(?::?[-=?+][^}]*)?\})$/;
/** Empty, or a reference to an environment variable (`$TOKEN`, `${TOKEN}`, `${TOKEN:-}`). */
function isPlaceholder(rawValue) {
    const value = rawValue
        .trim()
        .replace(/\s+#.*$/, '')
        .replace(/^(["'])(.*)\1$/, '$2')
        .trim();
    return value === '' || ENV_REFERENCE.test(value);
}

;// CONCATENATED MODULE: ./src/secrets/files/rules.ts
/**
 * The built-in list of secret-bearing files. It applies whatever the policy
 * says; a repository silences a known fixture with the policy's ignore
 * paths, never by this list guessing what looks like a test.
 *
 * Patterns are in the policy dialect (src/policy/patterns.ts), matched
 * case-insensitively, and kept consistent with the built-in `secrets` area
 * (src/policy/named-areas.ts). Where a file type is as often public as
 * secret (`.pem` certificates, `.npmrc` registry settings), a content check
 * decides from the diff; see `undecided` for what happens when it cannot.
 */

const EXAMPLE_SUFFIXES = '{example,sample,template,dist}';
const SECRET_FILE_RULES = [
    {
        id: 'dotenv',
        title: 'Environment file',
        why: 'Environment files hold the credentials an application loads at run time.',
        paths: ['.env', '.env.*', '*.env', '.envrc'],
        // `.env.defaults` is NOT left out: dotenv-defaults loads it as real values at run time.
        except: [`.env*.${EXAMPLE_SUFFIXES}`, '{example,sample,template}.env']
    },
    {
        id: 'ssh-private-key',
        title: 'SSH private key',
        why: 'SSH private keys grant shell and git access to every host that trusts them.',
        paths: ['id_{rsa,dsa,ecdsa,ecdsa_sk,ed25519,ed25519_sk}*', '*.ppk', '**/.ssh/'],
        except: [
            '*.pub',
            '**/.ssh/{known_hosts,known_hosts.old,authorized_keys,authorized_keys2,config}'
        ]
    },
    {
        id: 'pem-private-key',
        title: 'PEM private key',
        why: 'A .pem file holding a private key lets anyone impersonate its owner.',
        paths: ['*.pem'],
        content: privateKeyContent,
        undecided: 'match'
    },
    {
        id: 'key-file',
        title: 'Key file',
        // Rails' config/master.key (and config/credentials/*.key) is a bare hex key: counted.
        why: 'A .key file holds a private or symmetric key unless it is a public key or certificate.',
        paths: ['*.key'],
        content: privateKeyContent,
        undecided: 'match'
    },
    {
        id: 'pgp-private-key',
        title: 'PGP private key',
        why: 'An armoured PGP private key signs and decrypts as its owner.',
        paths: ['*.asc'],
        content: pgpPrivateKeyContent,
        undecided: 'match'
    },
    {
        id: 'pgp-private-keyring',
        title: 'GnuPG private keyring',
        why: 'GnuPG keeps private keys in secring.gpg and private-keys-v1.d.',
        paths: ['secring.gpg', '**/.gnupg/private-keys-v1.d/']
    },
    {
        id: 'keystore',
        title: 'Key store',
        why: 'PKCS#12, PKCS#8 and Java key stores hold private keys, often under a weak password.',
        paths: ['*.{p12,pfx,pkcs12,p8,jks,jceks,bks,keystore}']
    },
    {
        id: 'password-database',
        title: 'KeePass password database',
        why: 'A KeePass database holds passwords behind a single master password.',
        paths: ['*.kdbx']
    },
    {
        id: 'kerberos-keytab',
        title: 'Kerberos keytab',
        why: 'A keytab holds long-term Kerberos keys: it logs in without a password.',
        paths: ['*.keytab']
    },
    {
        id: 'vpn-profile',
        title: 'OpenVPN profile',
        why: 'OpenVPN profiles usually embed the client key and the TLS auth key.',
        paths: ['*.ovpn']
    },
    {
        id: 'aws-credentials',
        title: 'AWS credentials file',
        why: 'The AWS shared credentials file holds access keys.',
        paths: ['**/.aws/credentials']
    },
    {
        id: 'gcloud-credentials',
        title: 'Google Cloud SDK credentials',
        why: 'The gcloud configuration directory and ADC file hold OAuth refresh tokens.',
        paths: [
            '**/.config/gcloud/{credentials.db,access_tokens.db,legacy_credentials}',
            'application_default_credentials.json'
        ]
    },
    {
        id: 'kubeconfig',
        title: 'Kubernetes client configuration',
        why: 'A kubeconfig usually embeds a client key or a bearer token for a cluster.',
        paths: ['**/.kube/config', 'kubeconfig', '*.kubeconfig']
    },
    {
        id: 'vault-token',
        title: 'Vault token file',
        why: 'The Vault CLI keeps its login token in .vault-token.',
        paths: ['.vault-token']
    },
    {
        id: 'netrc',
        title: 'netrc file',
        why: '.netrc holds logins and passwords for curl, git and ftp.',
        paths: ['.netrc', '_netrc']
    },
    {
        id: 'pgpass',
        title: 'PostgreSQL password file',
        why: '.pgpass holds database passwords.',
        paths: ['.pgpass']
    },
    {
        id: 'mysql-client-password',
        title: 'MySQL option file with a password',
        why: 'A MySQL option file with a password logs in to the database.',
        paths: ['.my.cnf'],
        content: passwordContent,
        undecided: 'match'
    },
    {
        id: 'git-credentials',
        title: 'git credential store',
        why: 'git-credential-store writes tokens in plain text to .git-credentials.',
        paths: ['.git-credentials']
    },
    {
        id: 'htpasswd',
        title: 'htpasswd file',
        why: '.htpasswd holds password hashes that can be cracked offline.',
        paths: ['.htpasswd']
    },
    {
        id: 's3cmd-config',
        title: 's3cmd configuration',
        why: '.s3cfg holds an access key and secret key.',
        paths: ['.s3cfg']
    },
    {
        id: 'cargo-credentials',
        title: 'Cargo registry credentials',
        why: 'Cargo keeps crates.io tokens in ~/.cargo/credentials.',
        paths: ['**/.cargo/credentials', '**/.cargo/credentials.toml']
    },
    {
        id: 'npmrc-auth',
        title: 'npm configuration with an auth token',
        why: 'An .npmrc with _authToken, _auth or _password publishes as its owner.',
        paths: ['.npmrc'],
        content: npmrcContent,
        undecided: 'match'
    },
    {
        id: 'yarnrc-auth',
        title: 'Yarn configuration with an auth token',
        why: 'A .yarnrc.yml with npmAuthToken or npmAuthIdent publishes as its owner.',
        paths: ['.yarnrc.yml'],
        content: yarnrcContent,
        undecided: 'match'
    },
    {
        id: 'pypirc-password',
        title: 'PyPI configuration with a password',
        why: 'A .pypirc with a password (or API token) uploads packages as its owner.',
        paths: ['.pypirc'],
        content: passwordContent,
        undecided: 'match'
    },
    {
        id: 'gem-credentials',
        title: 'RubyGems credentials',
        why: 'RubyGems keeps push API keys in ~/.gem/credentials.',
        paths: ['**/.gem/credentials'],
        content: gemCredentialsContent,
        undecided: 'match'
    },
    {
        id: 'docker-config-auth',
        title: 'Docker configuration with registry credentials',
        why: 'Docker stores registry logins as base64 in "auth" unless a credential helper is used.',
        paths: ['**/.docker/config.json', '.dockercfg'],
        content: dockerConfigContent,
        undecided: 'match'
    },
    {
        id: 'composer-auth',
        title: 'Composer authentication file',
        // Only at the root (and in ~/.composer): auth.json elsewhere is usually something else.
        why: "Composer's auth.json holds registry passwords and GitHub/GitLab tokens.",
        paths: ['./auth.json', '**/.composer/auth.json']
    },
    {
        id: 'google-oauth-client',
        title: 'Google OAuth client or credentials file',
        why: 'A Google credentials file with a client secret, private key or refresh token logs in as the app.',
        paths: ['credentials.json', 'client_secret*.json'],
        content: googleCredentialsContent,
        undecided: 'match'
    },
    {
        id: 'cloud-service-account',
        title: 'Cloud service-account key',
        why: 'A service-account key file logs in to the cloud project as that account.',
        paths: ['service{-,_}account*.json'],
        content: privateKeyFieldContent,
        undecided: 'match'
    },
    {
        id: 'cloud-service-account',
        title: 'Cloud service-account key',
        why: 'A service-account key file logs in to the cloud project as that account.',
        paths: ['*.json'],
        content: serviceAccountContent,
        undecided: 'skip'
    },
    {
        id: 'terraform-variables',
        title: 'Terraform variables file',
        why: 'Terraform variable files commonly carry provider credentials and passwords.',
        paths: ['*.{tfvars,tfvars.json}']
    },
    {
        id: 'terraform-state',
        title: 'Terraform state',
        why: 'Terraform state records every resource attribute in plain text, secrets included.',
        paths: ['*.{tfstate,tfstate.backup}']
    },
    {
        id: 'secrets-config',
        title: 'Secrets configuration file',
        why: 'A file named secrets.yml (Rails, Helm, SOPS and others) exists to hold secrets.',
        paths: ['secrets.{yml,yaml,json,toml}']
    },
    {
        id: 'wordpress-config',
        title: 'WordPress configuration',
        why: 'wp-config.php holds the database password and the authentication salts.',
        paths: ['wp-config.php']
    }
];

;// CONCATENATED MODULE: ./src/secrets/files/match-rules.ts
/**
 * Matching one path (and what the diff shows of its content) against the
 * built-in secret-file rules. Compiled once, with the policy's own pattern
 * dialect, so the list reads and behaves like a policy list.
 */



const SOURCE = { file: '(built-in secret files)' };
let compiled;
function compiledRules() {
    compiled ??= SECRET_FILE_RULES.map(rule => ({
        rule,
        paths: rule.paths.map(source => compilePattern(source, SOURCE)),
        except: (rule.except ?? []).map(source => compilePattern(source, SOURCE))
    }));
    return compiled;
}
/**
 * The first rule whose paths match `path` and whose content check (if any)
 * counts the file. The list is restrictive, so a path also counts when its
 * skeleton (src/policy/skeleton.ts) matches: `.еnv` with a Cyrillic `е`, or
 * `.env.` that a Windows checkout writes as `.env`.
 */
function matchSecretFileRule(path, evidence) {
    const direct = matchAt(path, evidence);
    if (direct)
        return direct;
    const reading = otherSkeleton(path);
    const hit = reading && matchAt(reading.skeleton, evidence);
    return hit ? { ...hit, readAs: reading } : undefined;
}
function matchAt(path, evidence) {
    for (const { rule, paths, except } of compiledRules()) {
        const pattern = paths.find(candidate => candidate.matches(path));
        if (!pattern)
            continue;
        if (except.some(candidate => candidate.matches(path)))
            continue;
        const hit = judgeContent(rule, evidence);
        if (hit)
            return { ...hit, pattern: pattern.source };
    }
    return undefined;
}
function judgeContent(rule, evidence) {
    if (!rule.content)
        return { rule };
    const verdict = evidence.text === undefined
        ? { kind: 'undecided', why: 'The diff does not show its content (binary or omitted).' }
        : rule.content(evidence.text);
    if (verdict.kind === 'secret')
        return { rule, contentNote: `The diff shows ${verdict.holds}.` };
    if (verdict.kind === 'clear' || rule.undecided !== 'match')
        return undefined;
    return { rule, contentNote: `${verdict.why} Counted as secret-bearing (fail closed).` };
}

;// CONCATENATED MODULE: ./src/secrets/files/patch-text.ts
/**
 * Reading a file's unified diff as text: which lines it adds, removes and
 * keeps as context. The secret-file rules decide from every line the diff
 * shows (a token in a context line is still in the file the change touches).
 */
const HUNK_HEADER = /^(@{2,}) /;
/** The hunk lines of one file's patch, without their prefix columns. */
function readPatchLines(patch) {
    const lines = { added: [], removed: [], context: [], hasHunks: false };
    if (!patch)
        return lines;
    // A combined diff (merge) has one prefix column per parent: `@@@` means two.
    let prefixWidth = 0;
    for (const line of patch.split(/\r?\n/)) {
        const header = HUNK_HEADER.exec(line);
        if (header) {
            prefixWidth = (header[1] ?? '@@').length - 1;
            lines.hasHunks = true;
        }
        else if (prefixWidth > 0 && !line.startsWith('\\')) {
            addLine(lines, line.slice(0, prefixWidth), line.slice(prefixWidth));
        }
    }
    return lines;
}
function addLine(lines, prefix, text) {
    if (prefix.includes('+'))
        lines.added.push(text);
    else if (prefix.includes('-'))
        lines.removed.push(text);
    else
        lines.context.push(text);
}
/** Every line the patch shows (added, removed and context), one text. */
function patchText(lines) {
    return [...lines.added, ...lines.removed, ...lines.context].join('\n');
}
/**
 * The target of a symlink: git stores it as the link's content, so the
 * patch of an added or retargeted link adds exactly one line.
 */
function symlinkTarget(patch) {
    const { added } = readPatchLines(patch);
    return added.length === 1 ? added[0] : undefined;
}

;// CONCATENATED MODULE: ./src/secrets/files/symlinks.ts
/**
 * Symlinks committed to the repository. A link is harmless text in git, but
 * a checkout turns it into a path the workflow (or a web server, or an
 * artifact upload) follows: `config/app.env -> /home/runner/.aws/credentials`
 * reads the runner's credentials; `public/env.txt -> ../.env` serves the
 * deployment's environment file.
 */



/**
 * A match when `change` adds or retargets a symlink whose `target` names a
 * secret file (by the built-in list), git's own directory, or anything
 * outside the repository. `target` is the link's content: the single added
 * line of its patch (see `symlinkTarget`).
 */
function classifySymlink(change, target) {
    if (change.mode !== FILE_MODE.symlink || change.status === 'deleted')
        return undefined;
    if (target.trim() === '')
        return undefined;
    const resolved = resolveTarget(change.path, target);
    const secret = secretTargetReason(resolved.path);
    const shown = quote(target);
    if (secret) {
        return symlinkMatch(change, 'symlink-to-secret', 'Symlink to a secret file', [
            `The symlink points at ${shown}, ${secret}.`,
            resolved.inside ? '' : resolved.why
        ]);
    }
    if (!resolved.inside) {
        return symlinkMatch(change, 'symlink-outside-repo', 'Symlink outside the repository', [
            `The symlink points at ${shown}. ${resolved.why}`
        ]);
    }
    return undefined;
}
function symlinkMatch(change, rule, title, sentences) {
    const reason = sentences.filter(sentence => sentence !== '').join(' ');
    return { rule, title, path: change.path, reason };
}
/** Why the resolved target is secret, or undefined when it is not. */
function secretTargetReason(path) {
    if (path === '.git' || path.startsWith('.git/')) {
        return "inside git's own directory, whose config can hold the checkout's token";
    }
    // The target's content is never in this diff, so content rules fail closed on it.
    const hit = matchSecretFileRule(path, { text: undefined });
    if (!hit)
        return undefined;
    const reading = hit.readAs ? ` (read as ${quote(hit.readAs.skeleton)})` : '';
    return `which the secret-file list counts as ${quote(hit.rule.title)}${reading}`;
}
/** The repository path a link at `linkPath` points at, or undefined when it points outside. */
function resolveLinkTarget(linkPath, target) {
    const resolved = resolveTarget(linkPath, target);
    return resolved.inside && resolved.path !== '' ? resolved.path : undefined;
}
/**
 * The target as a repository path, resolved against the link's directory.
 * Backslashes count as separators: on a Windows checkout they are.
 */
function resolveTarget(linkPath, target) {
    const slashed = target.replace(/\\/g, '/');
    const outside = absoluteKind(slashed);
    if (outside)
        return { inside: false, path: stripRoot(slashed), why: outside };
    const segments = linkPath.split('/').slice(0, -1);
    for (const segment of slashed.split('/')) {
        if (segment === '' || segment === '.')
            continue;
        if (segment !== '..')
            segments.push(segment);
        else if (segments.pop() === undefined) {
            return { inside: false, path: stripRoot(slashed), why: 'It climbs out of the repository.' };
        }
    }
    return { inside: true, path: segments.join('/') };
}
function absoluteKind(target) {
    if (target.startsWith('/'))
        return 'It is an absolute path, outside the repository.';
    if (/^[A-Za-z]:\//.test(target))
        return 'It is an absolute Windows path, outside the repository.';
    if (target === '~' || target.startsWith('~/'))
        return "It names a home directory's file.";
    return undefined;
}
/** Enough of an outside path to match it against the list (`/home/x/.aws/credentials`). */
function stripRoot(target) {
    return target
        .replace(/^[A-Za-z]:/, '')
        .replace(/^~/, '')
        .split('/')
        .filter(segment => segment !== '' && segment !== '.' && segment !== '..')
        .join('/');
}

;// CONCATENATED MODULE: ./src/secrets/files/secret-files.ts
/**
 * Secret-bearing files: does a changed file belong to the built-in list
 * (src/secrets/files/rules.ts)? Adding, editing, deleting, renaming or
 * copying such a file all count, since each means the change touched a
 * credential; a rename or copy is judged by both of its paths. A symlink is
 * also judged by its target (src/secrets/files/symlinks.ts).
 */








/**
 * The match for `change`, or undefined when it touches no secret-bearing
 * file. For a symlink, a target that is secret or outside the repository
 * wins ('symlink-to-secret', 'symlink-outside-repo'); then its name counts.
 * `addedText` is the text the change adds (undefined when unknown); content
 * rules also read every line of `change.patch`, because a token in a
 * context or removed line is in a file the change touched.
 */
function classifySecretFile(change, addedText) {
    return linkMatch(change, addedText) ?? pathMatch(change, addedText);
}
/** A symlink is judged first by where it points: its target is its added text. */
function linkMatch(change, addedText) {
    if (change.mode !== FILE_MODE.symlink)
        return undefined;
    const target = symlinkTarget(change.patch) ?? addedText?.replace(/\r?\n$/, '');
    return target === undefined ? undefined : classifySymlink(change, target);
}
function pathMatch(change, addedText) {
    const evidence = contentEvidence(change, addedText);
    for (const path of pathsOf(change)) {
        const hit = matchSecretFileRule(path, evidence);
        if (!hit)
            continue;
        const sentences = [
            hit.rule.why,
            hit.contentNote,
            formerPathNote(change, path),
            hit.readAs && skeletonNote(hit.pattern, hit.readAs)
        ];
        return {
            rule: hit.rule.id,
            title: hit.rule.title,
            path: change.path,
            reason: sentences.filter(sentence => sentence !== undefined).join(' ')
        };
    }
    return undefined;
}
/** The new path first, then the old one of a rename or copy. */
function pathsOf(change) {
    const previous = change.previousPath;
    return previous !== undefined && previous !== change.path
        ? [change.path, previous]
        : [change.path];
}
function formerPathNote(change, matchedPath) {
    if (matchedPath === change.path)
        return undefined;
    const verb = change.status === 'copied' ? 'copied from' : 'renamed from';
    return `The file was ${verb} ${quote(matchedPath)}.`;
}
/**
 * Everything the diff shows of the file. A symlink's content is its target,
 * not the file's, so it counts as unknown. An empty result with no hunk
 * (binary, omitted, pure rename, mode change) is unknown too: content rules
 * then fail closed.
 */
function contentEvidence(change, addedText) {
    const deletedLink = change.status === 'deleted' && change.previousMode === FILE_MODE.symlink;
    if (change.mode === FILE_MODE.symlink || deletedLink)
        return { text: undefined };
    const lines = readPatchLines(change.patch);
    const parts = [addedText ?? '', lines.hasHunks ? patchText(lines) : ''];
    const text = parts.filter(part => part !== '').join('\n');
    return { text: text === '' && !lines.hasHunks ? undefined : text };
}

;// CONCATENATED MODULE: ./src/evaluation/symlink-targets.ts







/** Findings for agent-made links whose targets the restrictive lists cover (beyond the link's own). */
function symlinkTargetFindings(changeSet, attribution, policy) {
    const changes = lastChangeByPath(changeSet);
    return attribution.files
        .filter(file => file.agentTouched)
        .flatMap(file => {
        const link = linkTargetOf(file, changes.get(file.path));
        return link ? findingsForLink(link, policy) : [];
    });
}
/** The net diff's change of each path, or else the last commit's (a link added, then removed). */
function lastChangeByPath(changeSet) {
    const byPath = new Map();
    for (const commit of changeSet.commits) {
        for (const change of commit.files)
            byPath.set(change.path, change);
    }
    for (const change of changeSet.files)
        byPath.set(change.path, change);
    return byPath;
}
function linkTargetOf(file, change) {
    if (!change || change.mode !== FILE_MODE.symlink || change.status === 'deleted')
        return undefined;
    const target = symlinkTarget(change.patch);
    if (target === undefined)
        return undefined;
    const path = resolveLinkTarget(change.path, target);
    return path === undefined ? undefined : { file, target, path };
}
function findingsForLink(link, policy) {
    const own = rulesForPath(policy, link.file.path);
    const reached = targetRules(policy, link.path);
    const found = reached.cannotAccess
        .filter(hit => !own.cannotAccess.some(known => known.entry === hit.entry))
        .map(hit => ({ finding: violation(link, hit) }));
    for (const hit of reached.review) {
        if (own.review.some(known => known.entry.area.name === hit.entry.area.name))
            continue;
        found.push({ finding: symlink_targets_reviewFinding(link, hit), area: hit.entry.area });
    }
    return found;
}
/**
 * The rules of the target path; when none apply, those of a path inside it,
 * since a link to the directory `database/migrations` reaches every migration.
 */
function targetRules(policy, path) {
    const rules = rulesForPath(policy, path);
    if (rules.cannotAccess.length > 0 || rules.review.length > 0)
        return rules;
    return rulesForPath(policy, `${path}/${DIRECTORY_PROBE}`);
}
/** A file name no pattern singles out, to ask whether a directory's contents are covered. */
const DIRECTORY_PROBE = 'any-file';
function base(link, hit, kind, area) {
    return {
        id: `${kind}:${area}:${link.file.path}`,
        kind,
        status: 'needs_approval',
        blocking: true,
        path: link.file.path,
        area,
        pattern: hit.pattern.source,
        patternWhere: formatLocation(hit.pattern.where),
        commits: link.file.agentCommits,
        message: '',
        resolution: ''
    };
}
function pointsAt(link, hit, covered) {
    const shown = quote(link.target);
    const resolved = link.target === link.path ? '' : ` (the repository path ${quote(link.path)})`;
    const reading = hit.readAs ? ` ${skeletonNote(hit.pattern.source, hit.readAs)}` : '';
    return (`An agent made the symlink ${quote(link.file.path)} point at ${shown}${resolved}, ` +
        `which ${covered}, in ${touchedBy({ file: link.file, rename: {} })}: ` +
        `whatever follows the link reaches that path.${reading}`);
}
function violation(link, hit) {
    const label = hit.entry.label;
    return {
        ...base(link, hit, 'cannot_access', label),
        status: 'violation',
        message: pointsAt(link, hit, `agents must never change (cannot_access ${label})`),
        resolution: 'Remove the agent commits that add or retarget this symlink (no approval waives cannot_access); a human must make this change'
    };
}
function symlink_targets_reviewFinding(link, hit) {
    const area = hit.entry.area;
    return {
        ...base(link, hit, 'requires_human_review', area.name),
        message: pointsAt(link, hit, `is in the review area "${area.name}"`),
        resolution: approvalResolution(area)
    };
}

;// CONCATENATED MODULE: ./src/version.ts
/** agent-audit's version, recorded in every audit. A test keeps it equal to package.json's. */
const TOOL_NAME = 'agent-audit';
const TOOL_VERSION = '0.1.0';

;// CONCATENATED MODULE: ./src/evaluation/result.ts
/**
 * The one result of an audit. Every renderer (CLI text, job summary
 * Markdown, JSON artifact, annotations, outputs, exit status) reads this and
 * nothing else, so they cannot disagree.
 */
const AUDIT_SCHEMA = 'agent-audit/v1';

;// CONCATENATED MODULE: ./src/secrets/rules/build.ts
/**
 * Pattern builders shared by the category files. Every builder emits bounded
 * repeats only, with a literal or a short alternation of literals first, so
 * V8's backtracking engine stays linear on adversarial text.
 */
/** The token may not continue past its end (stops `ghp_` + 36 matching inside a longer run). */
const TAIL = '(?![A-Za-z0-9_-])';
/** A prefixed token: word boundary, the format, then a tail that ends the token. */
function prefixed(format, tail = TAIL) {
    return new RegExp(`\\b(?<secret>${format})${tail}`);
}
/**
 * A value assigned to a name that mentions the provider, for formats with no
 * prefix of their own: `DATADOG_API_KEY=...`, `"cohere_key": "..."`,
 * `mistralApiKey: '...'`, `:datadog_key => "..."`. `names` is a regex
 * alternation of the provider's names; `value` the value's format.
 */
function assigned(names, value) {
    return new RegExp(`(?:${names})[\\w.-]{0,30}[\\s'"\\]]{0,3}(?::=|=>|=|:)[\\s'"\`]{0,5}(?<secret>${value})(?![\\w+/=-])`, 'i');
}
/** RFC 4122 text form, used by several providers as a bare key. */
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

;// CONCATENATED MODULE: ./src/secrets/rules/entropy.ts
/** Shannon entropy in bits per character: how unpredictable a candidate looks. */
function shannonEntropy(value) {
    if (value.length === 0)
        return 0;
    const counts = new Map();
    for (const ch of value)
        counts.set(ch, (counts.get(ch) ?? 0) + 1);
    let bits = 0;
    for (const count of counts.values()) {
        const p = count / value.length;
        bits -= p * Math.log2(p);
    }
    return bits;
}
/** How many of lower case, upper case, digits and other characters occur: random keys mix them. */
function characterClasses(value) {
    let classes = 0;
    if (/[a-z]/.test(value))
        classes++;
    if (/[A-Z]/.test(value))
        classes++;
    if (/[0-9]/.test(value))
        classes++;
    if (/[^A-Za-z0-9]/.test(value))
        classes++;
    return classes;
}
/** True for strings made of lower-case hex only, the shape of commit ids and digests. */
function isLowerHex(value) {
    return /^[0-9a-f]+$/.test(value);
}
/**
 * Random keys mix upper case, lower case and digits. A random 16-40 character
 * key can still miss digits by chance, so two classes pass when the string is
 * near the entropy a random string of its length would have.
 */
function looksRandom(value) {
    const classes = characterClasses(value);
    if (classes >= 3)
        return true;
    return classes === 2 && shannonEntropy(value) >= Math.min(4, Math.log2(value.length) - 0.6);
}

;// CONCATENATED MODULE: ./src/secrets/rules/ai.ts


const mixed = looksRandom;
const AI_RULES = [
    {
        id: 'openai-api-key',
        title: 'OpenAI API key (project, service account or admin)',
        category: 'ai',
        keywords: ['sk-proj-', 'sk-svcacct-', 'sk-admin-', 'sk-none-'],
        pattern: prefixed('sk-(?:proj|svcacct|admin|None)-[A-Za-z0-9_-]{40,250}'),
        minEntropy: 4
    },
    {
        id: 'openai-api-key-legacy',
        title: 'OpenAI API key (legacy user key)',
        category: 'ai',
        // Every OpenAI key embeds base64 of "OpenAI" (T3BlbkFJ) between two random halves.
        keywords: ['t3blbkfj'],
        pattern: prefixed('sk-[A-Za-z0-9_-]{20,74}T3BlbkFJ[A-Za-z0-9_-]{20,74}')
    },
    {
        id: 'anthropic-api-key',
        title: 'Anthropic API key',
        category: 'ai',
        keywords: ['sk-ant-api'],
        pattern: prefixed('sk-ant-api[0-9]{2}-[A-Za-z0-9_-]{80,120}'),
        minEntropy: 4
    },
    {
        id: 'anthropic-admin-key',
        title: 'Anthropic admin API key',
        category: 'ai',
        keywords: ['sk-ant-admin'],
        pattern: prefixed('sk-ant-admin[0-9]{2}-[A-Za-z0-9_-]{80,120}'),
        minEntropy: 4
    },
    {
        id: 'anthropic-oauth-token',
        title: 'Anthropic OAuth or session token',
        category: 'ai',
        keywords: ['sk-ant-oat', 'sk-ant-ort', 'sk-ant-sid'],
        pattern: prefixed('sk-ant-(?:oat|ort|sid)[0-9]{2}-[A-Za-z0-9_-]{80,160}'),
        minEntropy: 4
    },
    {
        id: 'huggingface-token',
        title: 'Hugging Face access token',
        category: 'ai',
        keywords: ['hf_'],
        pattern: prefixed('hf_[A-Za-z0-9]{34}', '(?![A-Za-z0-9_])'),
        validate: secret => mixed(secret.slice(3)) || /[A-Z]/.test(secret.slice(3))
    },
    {
        id: 'huggingface-org-token',
        title: 'Hugging Face organization API token',
        category: 'ai',
        keywords: ['api_org_'],
        pattern: prefixed('api_org_[A-Za-z0-9]{34}', '(?![A-Za-z0-9_])'),
        validate: secret => /[A-Z]/.test(secret.slice(8))
    },
    {
        id: 'cohere-api-key',
        title: 'Cohere API key',
        category: 'ai',
        keywords: ['cohere', 'co_api_key'],
        pattern: assigned('cohere|co_api_key', '[A-Za-z0-9]{40}'),
        validate: mixed
    },
    {
        id: 'replicate-api-token',
        title: 'Replicate API token',
        category: 'ai',
        keywords: ['r8_'],
        pattern: prefixed('r8_[A-Za-z0-9]{37}', '(?![A-Za-z0-9_])'),
        minEntropy: 3.5
    },
    {
        id: 'groq-api-key',
        title: 'Groq API key',
        category: 'ai',
        keywords: ['gsk_'],
        pattern: prefixed('gsk_[A-Za-z0-9]{52}', '(?![A-Za-z0-9_])'),
        minEntropy: 3.8
    },
    {
        id: 'mistral-api-key',
        title: 'Mistral AI API key',
        category: 'ai',
        keywords: ['mistral'],
        pattern: assigned('mistral', '[A-Za-z0-9]{32}'),
        validate: mixed
    },
    {
        id: 'perplexity-api-key',
        title: 'Perplexity API key',
        category: 'ai',
        keywords: ['pplx-'],
        pattern: prefixed('pplx-[A-Za-z0-9]{48}', '(?![A-Za-z0-9_])'),
        minEntropy: 3.8
    },
    {
        id: 'xai-api-key',
        title: 'xAI (Grok) API key',
        category: 'ai',
        keywords: ['xai-'],
        pattern: prefixed('xai-[A-Za-z0-9]{80}', '(?![A-Za-z0-9_])'),
        minEntropy: 4
    },
    {
        id: 'deepseek-api-key',
        title: 'DeepSeek API key',
        category: 'ai',
        keywords: ['deepseek'],
        pattern: /\b(?<secret>sk-[a-f0-9]{32})(?![A-Za-z0-9_-])/,
        minEntropy: 3.2
    },
    {
        id: 'openrouter-api-key',
        title: 'OpenRouter API key',
        category: 'ai',
        keywords: ['sk-or-v1-'],
        pattern: prefixed('sk-or-v1-[a-f0-9]{64}', '(?![A-Za-z0-9_-])')
    },
    {
        id: 'fireworks-api-key',
        title: 'Fireworks AI API key',
        category: 'ai',
        keywords: ['fw_'],
        pattern: prefixed('fw_[A-Za-z0-9]{24}', '(?![A-Za-z0-9_])'),
        validate: secret => mixed(secret.slice(3))
    },
    {
        id: 'langsmith-api-key',
        title: 'LangSmith API key',
        category: 'ai',
        keywords: ['lsv2_'],
        pattern: prefixed('lsv2_(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10}', '(?![A-Za-z0-9_])')
    },
    {
        id: 'langfuse-secret-key',
        title: 'Langfuse secret key',
        category: 'ai',
        keywords: ['sk-lf-'],
        pattern: prefixed(`sk-lf-${UUID}`, '(?![A-Za-z0-9_-])')
    },
    {
        id: 'elevenlabs-api-key',
        title: 'ElevenLabs API key',
        category: 'ai',
        keywords: ['sk_'],
        pattern: prefixed('sk_[a-f0-9]{48}', '(?![A-Za-z0-9_])'),
        minEntropy: 3.2
    },
    {
        id: 'elevenlabs-api-key-legacy',
        title: 'ElevenLabs API key (32 hex)',
        category: 'ai',
        keywords: ['elevenlabs', 'xi-api-key', 'xi_api_key'],
        pattern: assigned('elevenlabs|xi[_-]api[_-]key', '[a-f0-9]{32}'),
        minEntropy: 3.2
    },
    {
        id: 'assemblyai-api-key',
        title: 'AssemblyAI API key',
        category: 'ai',
        keywords: ['assemblyai', 'assembly_ai'],
        pattern: assigned('assembly_?ai', '[a-f0-9]{32}'),
        minEntropy: 3.2
    },
    {
        id: 'deepgram-api-key',
        title: 'Deepgram API key',
        category: 'ai',
        keywords: ['deepgram'],
        pattern: assigned('deepgram', '[a-f0-9]{40}'),
        minEntropy: 3.2
    },
    {
        id: 'together-api-key',
        title: 'Together AI API key',
        category: 'ai',
        keywords: ['tgp_v1_'],
        pattern: prefixed('tgp_v1_[A-Za-z0-9_-]{40,50}'),
        minEntropy: 3.5
    },
    {
        id: 'together-api-key-legacy',
        title: 'Together AI API key (64 hex)',
        category: 'ai',
        keywords: ['together'],
        pattern: assigned('together', '[a-f0-9]{64}'),
        minEntropy: 3.5
    },
    {
        id: 'pinecone-api-key',
        title: 'Pinecone API key',
        category: 'ai',
        keywords: ['pcsk_'],
        pattern: prefixed('pcsk_[A-Za-z0-9]{4,8}_[A-Za-z0-9]{50,80}', '(?![A-Za-z0-9_])'),
        minEntropy: 3.8
    },
    {
        id: 'pinecone-api-key-legacy',
        title: 'Pinecone API key (UUID)',
        category: 'ai',
        keywords: ['pinecone'],
        pattern: assigned('pinecone', UUID)
    },
    {
        id: 'stability-api-key',
        title: 'Stability AI API key',
        category: 'ai',
        keywords: ['stability'],
        pattern: assigned('stability', 'sk-[A-Za-z0-9]{48}'),
        validate: secret => mixed(secret.slice(3))
    },
    {
        id: 'voyage-api-key',
        title: 'Voyage AI API key',
        category: 'ai',
        keywords: ['pa-', 'voyage'],
        pattern: /\b(?<secret>pa-[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/,
        validate: secret => mixed(secret.slice(3))
    },
    {
        id: 'tavily-api-key',
        title: 'Tavily API key',
        category: 'ai',
        keywords: ['tvly-'],
        pattern: prefixed('tvly-(?:dev-|prod-)?[A-Za-z0-9]{32}', '(?![A-Za-z0-9_])'),
        minEntropy: 3.5
    },
    {
        id: 'cerebras-api-key',
        title: 'Cerebras API key',
        category: 'ai',
        keywords: ['csk-'],
        pattern: prefixed('csk-[a-z0-9]{48}', '(?![A-Za-z0-9_])'),
        minEntropy: 3.8
    },
    {
        id: 'firecrawl-api-key',
        title: 'Firecrawl API key',
        category: 'ai',
        keywords: ['fc-'],
        pattern: prefixed('fc-[a-f0-9]{32}', '(?![A-Za-z0-9_-])'),
        minEntropy: 3.2
    },
    {
        id: 'e2b-api-key',
        title: 'E2B API key',
        category: 'ai',
        keywords: ['e2b_'],
        pattern: prefixed('e2b_[a-f0-9]{40}', '(?![A-Za-z0-9_])')
    },
    {
        id: 'nvidia-api-key',
        title: 'NVIDIA NGC / API catalog key',
        category: 'ai',
        keywords: ['nvapi-'],
        pattern: prefixed('nvapi-[A-Za-z0-9_-]{64}'),
        minEntropy: 4
    },
    {
        id: 'jina-api-key',
        title: 'Jina AI API key',
        category: 'ai',
        keywords: ['jina_'],
        pattern: prefixed('jina_[a-f0-9]{32}[A-Za-z0-9_-]{28,32}'),
        minEntropy: 3.8
    },
    {
        id: 'wandb-api-key',
        title: 'Weights & Biases API key',
        category: 'ai',
        keywords: ['wandb'],
        pattern: assigned('wandb', '[a-f0-9]{40}'),
        minEntropy: 3.2
    },
    {
        id: 'azure-openai-api-key',
        title: 'Azure OpenAI / Cognitive Services key',
        category: 'ai',
        keywords: ['azure'],
        pattern: assigned('azure[\\w.-]{0,20}(?:openai|cognitive|ai|speech|search)', '[a-f0-9]{32}|[A-Za-z0-9]{84}'),
        minEntropy: 3.2
    }
];

;// CONCATENATED MODULE: ./src/secrets/rules/structure.ts
/**
 * Structure checks we are sure of (decoding, not checksums): a wrong checksum
 * check would silently drop real secrets, a decode check only drops shapes
 * that cannot be the credential.
 */
function decodeBase64(value, encoding) {
    try {
        return Buffer.from(value, encoding).toString('utf8');
    }
    catch {
        return undefined;
    }
}
/** A JWT header is base64url JSON naming its algorithm; anything else only looks like one. */
function isJwtHeader(segment) {
    const text = decodeBase64(segment, 'base64url');
    if (text === undefined)
        return false;
    try {
        const header = JSON.parse(text);
        return typeof header === 'object' && header !== null && 'alg' in header;
    }
    catch {
        return false;
    }
}
/** Basic credentials are base64 of `user:password` in printable text. */
function isBasicCredential(encoded) {
    const text = decodeBase64(encoded, 'base64');
    if (text === undefined)
        return false;
    const colon = text.indexOf(':');
    return colon > 0 && colon < text.length - 1 && /^[\x20-\x7e]+$/.test(text);
}
/** Base64 payload of a PEM/PGP body with line breaks and escaped `\n` removed. */
function armouredPayload(body) {
    return body.replace(/\\[rn]/g, '').replace(/\s+/g, '');
}
/** Text around a match, for rules whose format needs a companion field nearby (Azure SAS). */
function surroundings(match, reach) {
    const start = Math.max(0, match.index - reach);
    return match.input.slice(start, match.index + match[0].length + reach);
}

;// CONCATENATED MODULE: ./src/secrets/rules/cloud.ts



/** Random keys mix upper, lower and digits; digests and words do not. */
const randomNotHex = (secret) => looksRandom(secret) && !isLowerHex(secret);
const CLOUD_RULES = [
    {
        id: 'aws-access-key-id',
        title: 'AWS access key ID',
        category: 'cloud',
        keywords: ['akia', 'asia', 'abia', 'acca', 'a3t'],
        pattern: prefixed('(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}', '(?![A-Za-z0-9])'),
        // AWS documentation writes many sample ids ending in EXAMPLE; none is live.
        validate: secret => !secret.includes('EXAMPLE')
    },
    {
        id: 'aws-secret-access-key',
        title: 'AWS secret access key',
        category: 'cloud',
        keywords: ['aws', 'secret', 'akia', 'asia'],
        // Either a name mentioning aws/secret, or right after the key id (credentials CSV, `id:secret`).
        pattern: /(?:(?:aws|secret)[\w.-]{0,40}[\s'"\]]{0,3}(?::=|=>|=|:)|\b(?:AKIA|ASIA)[A-Z0-9]{16}[\s,'":;|]{1,6})[\s'"`]{0,5}(?<secret>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])/i,
        minEntropy: 4,
        validate: secret => randomNotHex(secret) && !secret.includes('EXAMPLE')
    },
    {
        id: 'aws-session-token',
        title: 'AWS temporary session token',
        category: 'cloud',
        // The fixed base64 openings of STS session tokens.
        keywords: ['iqojb3jpz2lux2vj', 'fwogzxivyxdz'],
        pattern: /(?<secret>(?:IQoJb3JpZ2luX2Vj|FwoGZXIvYXdz)[A-Za-z0-9/+=]{80,2000})/
    },
    {
        id: 'aws-mws-auth-token',
        title: 'Amazon MWS auth token',
        category: 'cloud',
        keywords: ['amzn.mws.'],
        pattern: new RegExp(`\\b(?<secret>amzn\\.mws\\.${UUID})\\b`)
    },
    {
        id: 'gcp-api-key',
        title: 'Google API key',
        category: 'cloud',
        keywords: ['aiza'],
        pattern: prefixed('AIza[0-9A-Za-z_-]{35}')
    },
    {
        id: 'gcp-service-account-key',
        title: 'Google Cloud service account private key (JSON)',
        category: 'cloud',
        keywords: ['"private_key"'],
        window: 8192,
        pattern: /"private_key"\s{0,3}:\s{0,3}"(?<secret>-----BEGIN (?:RSA )?PRIVATE KEY-----(?:\\r)?\\n(?<body>[A-Za-z0-9+/=\\]{64,8000})-----END (?:RSA )?PRIVATE KEY-----(?:\\r)?(?:\\n)?)"/,
        validate: (_secret, match) => {
            const payload = armouredPayload(match.groups?.body ?? '');
            return payload.length >= 64 && shannonEntropy(payload) >= 4.5;
        }
    },
    {
        id: 'google-oauth-refresh-token',
        title: 'Google OAuth refresh token',
        category: 'cloud',
        keywords: ['1//0'],
        pattern: /(?<![\w/])(?<secret>1\/\/0[A-Za-z0-9_-]{40,300})(?![A-Za-z0-9_-])/,
        minEntropy: 4
    },
    {
        id: 'google-oauth-access-token',
        title: 'Google OAuth access token',
        category: 'cloud',
        keywords: ['ya29.'],
        pattern: prefixed('ya29\\.[A-Za-z0-9_-]{50,1000}'),
        minEntropy: 4
    },
    {
        id: 'azure-storage-account-key',
        title: 'Azure storage account key',
        category: 'cloud',
        keywords: ['accountkey', 'azure', 'storage'],
        // 64 random bytes in base64: 86 characters and `==`.
        pattern: /(?:AccountKey|(?:azure|storage)[\w.-]{0,30}key[\w.-]{0,10}[\s'"\]]{0,3})\s{0,3}(?::=|=>|=|:)[\s'"`]{0,5}(?<secret>[A-Za-z0-9+/]{86}==)/i,
        minEntropy: 4.5
    },
    {
        id: 'azure-shared-access-key',
        title: 'Azure Service Bus / Event Hubs / IoT shared access key',
        category: 'cloud',
        keywords: ['sharedaccesskey', 'primarykey', 'secondarykey'],
        // 32 random bytes in base64: 43 characters and `=`.
        pattern: /(?:SharedAccessKey|PrimaryKey|SecondaryKey)["']?\s{0,3}[=:]\s{0,3}["']?(?<secret>[A-Za-z0-9+/]{42,43}=)/i,
        minEntropy: 4
    },
    {
        id: 'azure-sas-token',
        title: 'Azure shared access signature',
        category: 'cloud',
        keywords: ['sig='],
        // The validate step looks for sv=/se= up to 400 characters around the signature.
        window: 600,
        // The signature is an HMAC-SHA256 in (often URL-encoded) base64.
        pattern: /(?:^|[?&;\s"'])sig=(?<secret>[A-Za-z0-9%+/]{40,120}(?:=|%3D){0,2})/i,
        // Only a SAS carries a version or expiry next to the signature.
        validate: (_secret, match) => /[?&;\s"'](?:sv|se|sr|spr)=/i.test(surroundings(match, 400)),
        minEntropy: 4
    },
    {
        id: 'azure-ad-client-secret',
        title: 'Microsoft Entra ID (Azure AD) client secret',
        category: 'cloud',
        keywords: ['q~'],
        // Documented shape: three characters, a digit, `Q~`, then 31-34 characters.
        pattern: /(?<![A-Za-z0-9_~.-])(?<secret>[A-Za-z0-9_~.-]{3}[0-9]Q~[A-Za-z0-9_~.-]{31,34})(?![A-Za-z0-9_~.-])/,
        minEntropy: 3.5
    },
    {
        id: 'azure-devops-pat',
        title: 'Azure DevOps personal access token',
        category: 'cloud',
        keywords: ['azdo'],
        // New 84-character tokens carry the AZDO signature at positions 76-80.
        pattern: prefixed('[A-Za-z0-9]{76}AZDO[A-Za-z0-9]{4}', '(?![A-Za-z0-9])')
    },
    {
        id: 'azure-devops-pat-legacy',
        title: 'Azure DevOps personal access token (52 characters)',
        category: 'cloud',
        keywords: ['azure', 'devops', 'ado_', 'vsts'],
        pattern: assigned('azure[\\w.-]{0,20}(?:devops|pat|token)|devops|ado_|vsts', '[a-z2-7]{52}'),
        minEntropy: 3.8
    },
    {
        id: 'digitalocean-token',
        title: 'DigitalOcean token',
        category: 'cloud',
        keywords: ['dop_v1_', 'doo_v1_', 'dor_v1_'],
        pattern: prefixed('do[opr]_v1_[a-f0-9]{64}', '(?![A-Za-z0-9])')
    },
    {
        id: 'alibaba-access-key-id',
        title: 'Alibaba Cloud AccessKey ID',
        category: 'cloud',
        keywords: ['ltai'],
        pattern: prefixed('LTAI[A-Za-z0-9]{12,20}', '(?![A-Za-z0-9])'),
        minEntropy: 3
    },
    {
        id: 'alibaba-access-key-secret',
        title: 'Alibaba Cloud AccessKey secret',
        category: 'cloud',
        keywords: ['alibaba', 'aliyun', 'alicloud'],
        pattern: assigned('alibaba|aliyun|alicloud', '[A-Za-z0-9]{30}'),
        validate: randomNotHex
    },
    {
        id: 'tencent-cloud-secret-id',
        title: 'Tencent Cloud SecretId',
        category: 'cloud',
        keywords: ['akid'],
        pattern: prefixed('AKID[A-Za-z0-9]{32}', '(?![A-Za-z0-9])'),
        minEntropy: 3.5
    },
    {
        id: 'ibm-cloud-api-key',
        title: 'IBM Cloud API key',
        category: 'cloud',
        keywords: ['ibm'],
        pattern: assigned('ibm', '[A-Za-z0-9_-]{44}'),
        validate: randomNotHex
    },
    {
        id: 'yandex-cloud-api-key',
        title: 'Yandex Cloud API key',
        category: 'cloud',
        keywords: ['aqvn'],
        pattern: prefixed('AQVN[A-Za-z0-9_-]{35,38}'),
        minEntropy: 3.5
    },
    {
        id: 'yandex-cloud-iam-token',
        title: 'Yandex Cloud IAM token',
        category: 'cloud',
        keywords: ['t1.'],
        pattern: prefixed('t1\\.[A-Za-z0-9_-]{20,200}={0,2}\\.[A-Za-z0-9_-]{86}={0,2}', '(?![A-Za-z0-9_=-])')
    },
    {
        id: 'yandex-oauth-token',
        title: 'Yandex OAuth token',
        category: 'cloud',
        keywords: ['y0_', 'y1_', 'y2_', 'y3_'],
        pattern: prefixed('y[0-3]_[A-Za-z0-9_-]{55}'),
        minEntropy: 4
    },
    {
        id: 'yandex-cloud-static-key-secret',
        title: 'Yandex Cloud static access key secret',
        category: 'cloud',
        keywords: ['yandex'],
        pattern: /\b(?<secret>YC[A-Za-z0-9_-]{38})(?![A-Za-z0-9_-])/,
        minEntropy: 4
    },
    {
        id: 'scaleway-secret-key',
        title: 'Scaleway secret key',
        category: 'cloud',
        keywords: ['scaleway', 'scw_'],
        pattern: assigned('scaleway|scw_secret', UUID)
    },
    {
        id: 'linode-token',
        title: 'Linode (Akamai) personal access token',
        category: 'cloud',
        keywords: ['linode'],
        pattern: assigned('linode', '[a-f0-9]{64}'),
        minEntropy: 3.5
    },
    {
        id: 'hetzner-cloud-token',
        title: 'Hetzner Cloud API token',
        category: 'cloud',
        keywords: ['hetzner', 'hcloud'],
        pattern: assigned('hetzner|hcloud', '[A-Za-z0-9]{64}'),
        validate: randomNotHex
    },
    {
        id: 'vultr-api-key',
        title: 'Vultr API key',
        category: 'cloud',
        keywords: ['vultr'],
        pattern: assigned('vultr', '[A-Z0-9]{36}'),
        minEntropy: 3.8
    }
];

;// CONCATENATED MODULE: ./src/secrets/rules/placeholders.ts
/**
 * Values that stand in for a secret in docs, samples and templates. The scanner
 * filters the common shapes globally; the loose rules (generic assignments,
 * URL credentials, Basic/Bearer headers) check them too because their formats
 * admit any word.
 */
const PLACEHOLDER_WORDS = /example|sample|placeholder|dummy|fake|mock|test|chang(?:e_?)?me|your|xxx|redacted|insert|replace|todo|fixme|secret|passw(?:or)?d|token|api[_-]?key|default|demo|qwerty|letmein|hunter2|admin|1234567|abcdefg|lorem|foobar|\*{3}|\.{3}/i;
/** Template and interpolation syntax of the common languages and tools. */
const TEMPLATE = /^[$%#&@!*]|^\{|\$\{|\{\{|\}\}|%\(|#\{|^<.*>$/;
function isPlaceholderValue(value) {
    if (PLACEHOLDER_WORDS.test(value) || TEMPLATE.test(value))
        return true;
    // Filler runs (`…Token000000000000`) never occur in random keys.
    if (/(.)\1{5,}/.test(value))
        return true;
    // One repeated character, or a run of it most of the way: `aaaaaaaa`, `0000-0000`.
    const first = value[0] ?? '';
    return value.split('').filter(ch => ch === first).length > value.length * 0.6;
}

;// CONCATENATED MODULE: ./src/secrets/rules/generic.ts


/** Names that hold a credential. */
const SECRET_NAME = 'passw(?:or)?d|passphrase|pwd|secret|token|api[_.-]?key|access[_.-]?key|private[_.-]?key|auth[_.-]?key|credentials?|(?:encryption|signing|master|app|service)[_.-]?key';
/** A name that merely talks about a credential: its id, length, location, kind, hash, rules… */
const DESCRIBES_NOT_HOLDS = /(?:^|[_.-]|[a-z](?=[A-Z]))(?:id|ids|type|name|names|url|uri|endpoint|path|file|dir|length|len|size|count|field|label|prompt|placeholder|header|param|policy|expiry|expires|expiration|ttl|timeout|format|pattern|regex|version|mode|provider|kind|enabled|required|min|max|hint|message|text|title|hash|digest|checksum|salt|algorithm|encoding|limit|reset|confirm|confirmation|visible|strength|validation|rules|ref|arn|prefix|usage|scope|scopes|audience|issuer|lifetime|duration|env|var|store|manager|class|index|at|date|time|key_name|keyname|source|ttl_seconds)$/i;
const NOT_A_SECRET_NAME = /tokeni[sz]|tokens$|passthrough|passage|bypass|compass|secretar/i;
function namesACredential(name) {
    return !DESCRIBES_NOT_HOLDS.test(name) && !NOT_A_SECRET_NAME.test(name);
}
/**
 * Code or prose, not a literal: `config.secret`, `opts?.key`, `os.getenv(`,
 * `Optional[str]`, `userPassword`, `MISSING_CHAR`, `bert-base-uncased`.
 */
function looksLikeCode(value, quoted) {
    if (/^[\w$]+\(|^[A-Za-z_$][\w$]*(?:\??\.[A-Za-z_$][\w$]*)+$/.test(value))
        return true;
    if (/^[A-Za-z]+(?:[-_.][A-Za-z]*)+$|^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(value))
        return true;
    if (/^[A-Za-z]+$/.test(value) && (value.length < 16 || shannonEntropy(value) < 3.7))
        return true;
    if (quoted)
        return false;
    return /[()[\]{}]/.test(value) || /^[A-Za-z_][A-Za-z_]*$/.test(value);
}
/** A path or a URL is where a secret lives, not the secret. */
function looksLikeLocation(value) {
    return /^(?:\.{0,2}\/|~\/|[A-Za-z]:\\|[a-z][a-z0-9+.-]*:\/\/)/.test(value);
}
/** Random-looking enough for its length: short values must mix more kinds of character. */
function isStrongLiteral(value) {
    const entropy = shannonEntropy(value);
    const classes = characterClasses(value);
    if (value.length < 12)
        return classes >= 3 && entropy >= 2.8;
    if (value.length < 20)
        return classes >= 2 && entropy >= 3;
    if (value.length < 24)
        return classes >= 2 && entropy >= 3.3;
    return (classes >= 2 && entropy >= 3.3) || entropy >= 3.8;
}
function isSecretValue(value, quoted) {
    if (/^(?:true|false|null|none|nil|undefined|required|optional)$/i.test(value))
        return false;
    if (looksLikeCode(value, quoted) || looksLikeLocation(value))
        return false;
    return !isPlaceholderValue(value) && isStrongLiteral(value);
}
const GENERIC_RULES = [
    {
        id: 'generic-secret-assignment',
        title: 'Secret assigned to a credential-named variable or key',
        category: 'generic',
        keywords: [
            'pass',
            'pwd',
            'secret',
            'token',
            'apikey',
            'api_key',
            'api-key',
            'api.key',
            'accesskey',
            'access_key',
            'access-key',
            'privatekey',
            'private_key',
            'private-key',
            'authkey',
            'auth_key',
            'credential',
            'encryption',
            'signing',
            'masterkey',
            'master_key',
            'appkey',
            'app_key',
            'service_key'
        ],
        // name, optional closing quote/bracket, an operator, an optionally quoted value, a terminator.
        // Only spaces and tabs around the operator: a YAML key such as `secrets:` must not take the
        // next line (`ignore_paths: [...]`) as its value.
        pattern: new RegExp(`(?<name>(?:${SECRET_NAME})[\\w.-]{0,25})["'\\]]{0,2}[ \\t]{0,3}(?::=|=>|\\?=|=|:|,(?=[ \\t]{0,3}["']))[ \\t]{0,5}` +
            `(?<q>["'\`]?)(?<secret>[^\\s"'\`;,<>]{8,200})\\k<q>(?=[\\s"'\`;,<)}\\]]|\\\\[nr]|$)`, 'i'),
        validate: (secret, match) => namesACredential(match.groups?.name ?? '') &&
            isSecretValue(secret, (match.groups?.q ?? '') !== '')
    },
    {
        id: 'generic-config-key-value',
        title: 'Secret in a key/value configuration element (<add key="..." value="..."/>)',
        category: 'generic',
        keywords: ['value'],
        pattern: /\b(?:key|name)\s{0,2}=\s{0,2}["'](?<name>[\w.:-]{1,60})["']\s{1,20}value\s{0,2}=\s{0,2}["'](?<secret>[^"'\s<>]{8,200})["']/i,
        validate: (secret, match) => {
            const name = match.groups?.name ?? '';
            return (new RegExp(SECRET_NAME, 'i').test(name) &&
                namesACredential(name) &&
                isSecretValue(secret, true));
        }
    },
    {
        id: 'generic-xml-element',
        title: 'Secret in a credential-named XML element (<password>...</password>)',
        category: 'generic',
        keywords: ['pass', 'pwd', 'secret', 'token', 'key', 'credential'],
        pattern: /<(?<name>[\w.:-]{1,60})>(?<secret>[^<>\s]{8,200})<\/\k<name>>/,
        validate: (secret, match) => {
            const name = match.groups?.name ?? '';
            return (new RegExp(SECRET_NAME, 'i').test(name) &&
                namesACredential(name) &&
                isSecretValue(secret, true));
        }
    }
];

;// CONCATENATED MODULE: ./src/secrets/rules/keys.ts


/** A line break as written in a file, or escaped inside a JSON/code string. */
const NEWLINE = '(?:\\r?\\n|\\\\r?\\\\n)';
/** RFC 1421 / OpenPGP armour headers that may precede the base64 body. */
const HEADERS = `(?:${NEWLINE}[ \\t]{0,8}(?:Proc-Type|DEK-Info|Version|Comment|Hash|Charset):[^\\r\\n\\\\]{0,200}){0,6}`;
/**
 * BEGIN..END with a body that cannot contain `-`: the match ends at the first
 * armour line, so a short placeholder block never runs on into a later key.
 */
const PRIVATE_KEY_BLOCK = new RegExp(`-----BEGIN (?<kind>(?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP |SSH2 ENCRYPTED )?PRIVATE KEY(?: BLOCK)?)-----` +
    `${HEADERS}(?<body>[A-Za-z0-9+/=\\s\\\\]{40,16000})-----END \\k<kind>-----`);
/** The body must be real base64 of some length, not `MII...` or `AAAA` filler. */
function hasKeyMaterial(body, minLength) {
    const payload = armouredPayload(body);
    return payload.length >= minLength && shannonEntropy(payload) >= 4.5;
}
const KEY_RULES = [
    {
        id: 'private-key-block',
        title: 'Private key (PEM, OpenSSH, PKCS#8, encrypted or PGP)',
        category: 'private-key',
        keywords: ['private key'],
        window: 16384,
        pattern: PRIVATE_KEY_BLOCK,
        validate: (_secret, match) => hasKeyMaterial(match.groups?.body ?? '', 40)
    },
    {
        id: 'putty-private-key',
        title: 'PuTTY private key',
        category: 'private-key',
        keywords: ['private-lines:'],
        window: 8192,
        // Lines of base64 up to the Private-MAC line that always closes the file.
        pattern: /Private-Lines: [0-9]{1,3}\r?\n(?<secret>[A-Za-z0-9+/=]{1,64}(?:\r?\n[A-Za-z0-9+/=]{1,64}){0,100})\r?\nPrivate-MAC:/,
        validate: secret => hasKeyMaterial(secret, 40)
    },
    {
        id: 'openvpn-static-key',
        title: 'OpenVPN static key',
        category: 'private-key',
        keywords: ['openvpn static key'],
        window: 4096,
        pattern: /-----BEGIN OpenVPN Static key V1-----(?<body>[a-f0-9\s\\n]{256,1400})-----END OpenVPN Static key V1-----/,
        validate: (_secret, match) => shannonEntropy(armouredPayload(match.groups?.body ?? '')) >= 3.5
    },
    {
        id: 'age-secret-key',
        title: 'age secret key',
        category: 'private-key',
        keywords: ['age-secret-key-1'],
        // Bech32 data alphabet, 58 characters of key material.
        pattern: /\b(?<secret>AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58})(?![A-Za-z0-9])/
    }
];

;// CONCATENATED MODULE: ./src/secrets/rules/messaging.ts


const MESSAGING_RULES = [
    {
        id: 'slack-bot-token',
        title: 'Slack bot token',
        category: 'messaging',
        keywords: ['xoxb-'],
        pattern: prefixed('xoxb-[0-9]{8,14}-(?:[0-9]{8,14}-)?[A-Za-z0-9]{20,40}'),
        minEntropy: 3.5
    },
    {
        id: 'slack-user-token',
        title: 'Slack user token',
        category: 'messaging',
        keywords: ['xoxp-'],
        pattern: prefixed('xoxp-[0-9]{8,14}-[0-9]{8,14}-[0-9]{8,14}-[A-Za-z0-9]{24,40}'),
        minEntropy: 3.5
    },
    {
        id: 'slack-legacy-token',
        title: 'Slack workspace, refresh or legacy token (xoxa/xoxr/xoxs/xoxo)',
        category: 'messaging',
        keywords: ['xoxa-', 'xoxr-', 'xoxs-', 'xoxo-'],
        pattern: prefixed('xox[aors]-[0-9]{1,14}-[A-Za-z0-9-]{20,250}'),
        minEntropy: 3.5
    },
    {
        id: 'slack-config-token',
        title: 'Slack configuration (refresh) token',
        category: 'messaging',
        keywords: ['xoxe.xox', 'xoxe-'],
        pattern: prefixed('xoxe(?:\\.xox[bp])?-[0-9]-[A-Za-z0-9]{100,250}'),
        minEntropy: 4
    },
    {
        id: 'slack-app-token',
        title: 'Slack app-level token',
        category: 'messaging',
        keywords: ['xapp-'],
        pattern: prefixed('xapp-[0-9]-[A-Z0-9]{8,14}-[0-9]{10,16}-[A-Za-z0-9]{32,80}'),
        minEntropy: 3.5
    },
    {
        id: 'slack-webhook-url',
        title: 'Slack incoming webhook / workflow URL',
        category: 'messaging',
        keywords: ['hooks.slack.com'],
        pattern: /(?<secret>hooks\.slack\.com\/(?:services\/T[A-Z0-9]{8,12}\/B[A-Z0-9]{8,12}\/[A-Za-z0-9]{23,34}|(?:workflows|triggers)\/T[A-Z0-9]{8,12}\/[A-Z0-9]{8,14}\/[0-9]{8,20}\/[A-Za-z0-9]{23,34}))(?![A-Za-z0-9])/
    },
    {
        id: 'twilio-api-key',
        title: 'Twilio API key SID',
        category: 'messaging',
        keywords: ['sk'],
        pattern: prefixed('SK[0-9a-f]{32}', '(?![A-Za-z0-9])'),
        minEntropy: 3
    },
    {
        id: 'twilio-auth-token',
        title: 'Twilio auth token or API secret',
        category: 'messaging',
        keywords: ['twilio'],
        pattern: assigned('twilio[\\w.-]{0,20}(?:token|secret|auth)', '[a-f0-9]{32}|[A-Za-z0-9]{32}'),
        minEntropy: 3.2
    },
    {
        id: 'twilio-credential-pair',
        title: 'Twilio account SID with its auth token',
        category: 'messaging',
        keywords: ['ac'],
        pattern: /\bAC[0-9a-f]{32}[\s:,'"|/]{1,6}(?<secret>[0-9a-f]{32})(?![A-Za-z0-9])/,
        minEntropy: 3.2
    },
    {
        id: 'sendgrid-api-key',
        title: 'SendGrid API key',
        category: 'messaging',
        keywords: ['sg.'],
        pattern: prefixed('SG\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}'),
        minEntropy: 4
    },
    {
        id: 'mailgun-api-key',
        title: 'Mailgun API key',
        category: 'messaging',
        keywords: ['key-'],
        pattern: prefixed('key-[a-z0-9]{32}', '(?![A-Za-z0-9])'),
        minEntropy: 3.2
    },
    {
        id: 'mailgun-private-key',
        title: 'Mailgun private API key (new format)',
        category: 'messaging',
        keywords: ['mailgun'],
        pattern: /\b(?<secret>[a-f0-9]{32}-[a-f0-9]{8}-[a-f0-9]{8})(?![A-Za-z0-9-])/,
        minEntropy: 3.2
    },
    {
        id: 'mailchimp-api-key',
        title: 'Mailchimp API key',
        category: 'messaging',
        keywords: ['-us'],
        pattern: /\b(?<secret>[a-f0-9]{32}-us[0-9]{1,2})(?![A-Za-z0-9])/,
        minEntropy: 3.2
    },
    {
        id: 'mandrill-api-key',
        title: 'Mailchimp Transactional (Mandrill) API key',
        category: 'messaging',
        keywords: ['mandrill'],
        pattern: assigned('mandrill', 'md-[A-Za-z0-9_-]{22}|[A-Za-z0-9_-]{22}'),
        validate: looksRandom
    },
    {
        id: 'brevo-api-key',
        title: 'Brevo (Sendinblue) API or SMTP key',
        category: 'messaging',
        keywords: ['xkeysib-', 'xsmtpsib-'],
        pattern: prefixed('x(?:keysib|smtpsib)-[a-f0-9]{64}-[A-Za-z0-9]{16}', '(?![A-Za-z0-9])')
    },
    {
        id: 'postmark-server-token',
        title: 'Postmark server or account token',
        category: 'messaging',
        keywords: ['postmark'],
        pattern: assigned('postmark', UUID)
    },
    {
        id: 'mailjet-api-secret',
        title: 'Mailjet API key or secret',
        category: 'messaging',
        keywords: ['mailjet', 'mj_apikey'],
        pattern: assigned('mailjet|mj_apikey', '[a-f0-9]{32}'),
        minEntropy: 3.2
    },
    {
        id: 'resend-api-key',
        title: 'Resend API key',
        category: 'messaging',
        keywords: ['re_'],
        pattern: prefixed('re_[A-Za-z0-9]{8}_[A-Za-z0-9]{24}', '(?![A-Za-z0-9_])'),
        validate: secret => characterClasses(secret) >= 4
    },
    {
        id: 'sparkpost-api-key',
        title: 'SparkPost API key',
        category: 'messaging',
        keywords: ['sparkpost'],
        pattern: assigned('sparkpost', '[a-f0-9]{40}'),
        minEntropy: 3.2
    },
    {
        id: 'intercom-access-token',
        title: 'Intercom access token',
        category: 'messaging',
        // base64 of "tok:".
        keywords: ['dg9ro'],
        pattern: prefixed('dG9rO[A-Za-z0-9+/_-]{50,100}={0,2}', '(?![A-Za-z0-9+/_=-])'),
        minEntropy: 4
    },
    {
        id: 'discord-bot-token',
        title: 'Discord bot token',
        category: 'messaging',
        keywords: ['discord'],
        // base64 of the bot's numeric id, a timestamp, then an HMAC.
        pattern: /\b(?<secret>[MNO][A-Za-z0-9_-]{23,27}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,40})(?![A-Za-z0-9_-])/,
        minEntropy: 4
    },
    {
        id: 'discord-webhook-url',
        title: 'Discord webhook URL',
        category: 'messaging',
        keywords: ['/api/webhooks/'],
        pattern: /(?<secret>discord(?:app)?\.com\/api\/webhooks\/[0-9]{17,20}\/[A-Za-z0-9_-]{60,72})(?![A-Za-z0-9_-])/
    },
    {
        id: 'telegram-bot-token',
        title: 'Telegram bot token',
        category: 'messaging',
        keywords: ['telegram', 'bot', ':aa'],
        pattern: /\b(?<secret>[0-9]{8,10}:[A-Za-z0-9_-]{35})(?![A-Za-z0-9_-])/,
        validate: secret => characterClasses(secret.slice(secret.indexOf(':') + 1)) >= 3
    },
    {
        id: 'microsoft-teams-webhook-url',
        title: 'Microsoft Teams incoming webhook URL',
        category: 'messaging',
        keywords: ['webhook.office.com', 'outlook.office.com/webhook'],
        // Starts at the literal host so V8 can skip ahead; the tenant subdomain is not part of the secret.
        pattern: new RegExp(`(?<secret>(?:webhook\\.office\\.com/webhookb2|outlook\\.office\\.com/webhook)/${UUID}@${UUID}/IncomingWebhook/[a-f0-9]{32}/${UUID}(?:/[A-Za-z0-9_-]{20,60})?)`)
    },
    {
        id: 'vonage-api-secret',
        title: 'Vonage (Nexmo) API secret',
        category: 'messaging',
        keywords: ['vonage', 'nexmo'],
        pattern: assigned('(?:vonage|nexmo)[\\w.-]{0,20}secret', '[A-Za-z0-9]{16}'),
        validate: looksRandom
    },
    {
        id: 'pusher-secret',
        title: 'Pusher app secret',
        category: 'messaging',
        keywords: ['pusher'],
        pattern: assigned('pusher[\\w.-]{0,20}secret', '[a-f0-9]{20}'),
        minEntropy: 3.2
    }
];

;// CONCATENATED MODULE: ./src/secrets/rules/observability.ts


const OBSERVABILITY_RULES = [
    {
        id: 'datadog-api-key',
        title: 'Datadog API key',
        category: 'observability',
        keywords: ['datadog', 'dd_', 'dd-api'],
        pattern: assigned('datadog|dd[_-]', '[a-f0-9]{32}'),
        minEntropy: 3.2
    },
    {
        id: 'datadog-app-key',
        title: 'Datadog application key',
        category: 'observability',
        keywords: ['datadog', 'dd_', 'dd-app'],
        pattern: assigned('datadog|dd[_-]', '[a-f0-9]{40}'),
        minEntropy: 3.2
    },
    {
        id: 'new-relic-user-api-key',
        title: 'New Relic user API key',
        category: 'observability',
        keywords: ['nrak-'],
        pattern: prefixed('NRAK-[A-Z0-9]{27}', '(?![A-Za-z0-9])')
    },
    {
        id: 'new-relic-admin-api-key',
        title: 'New Relic admin API key',
        category: 'observability',
        keywords: ['nraa-'],
        pattern: prefixed('NRAA-[a-f0-9]{27}', '(?![A-Za-z0-9])')
    },
    {
        id: 'new-relic-browser-api-key',
        title: 'New Relic browser API key',
        category: 'observability',
        keywords: ['nrjs-'],
        pattern: prefixed('NRJS-[a-f0-9]{19}', '(?![A-Za-z0-9])')
    },
    {
        id: 'new-relic-insights-key',
        title: 'New Relic Insights insert/query key',
        category: 'observability',
        keywords: ['nrii-', 'nriq-'],
        pattern: prefixed('NRI[IQ]-[A-Za-z0-9_-]{32}')
    },
    {
        id: 'new-relic-license-key',
        title: 'New Relic ingest license key',
        category: 'observability',
        keywords: ['nral'],
        pattern: /\b(?<secret>[a-f0-9]{36}NRAL)(?![A-Za-z0-9])/i
    },
    {
        id: 'sentry-org-token',
        title: 'Sentry organization auth token',
        category: 'observability',
        keywords: ['sntrys_'],
        pattern: prefixed('sntrys_eyJ[A-Za-z0-9+/=_-]{50,400}', '(?![A-Za-z0-9+/=_-])')
    },
    {
        id: 'sentry-user-token',
        title: 'Sentry user auth token',
        category: 'observability',
        keywords: ['sntryu_'],
        pattern: prefixed('sntryu_[a-f0-9]{64}', '(?![A-Za-z0-9])')
    },
    {
        id: 'sentry-legacy-auth-token',
        title: 'Sentry auth token (64 hex)',
        category: 'observability',
        keywords: ['sentry'],
        pattern: assigned('sentry[\\w.-]{0,20}(?:auth|token)', '[a-f0-9]{64}'),
        minEntropy: 3.2
    },
    {
        id: 'sentry-dsn',
        title: 'Sentry DSN with key',
        category: 'observability',
        keywords: ['sentry'],
        pattern: /https?:\/\/(?<secret>[a-f0-9]{32}(?::[a-f0-9]{32})?)@[a-z0-9.-]{0,80}sentry[a-z0-9.-]{0,80}(?::[0-9]{2,5})?\/[0-9]{1,12}/i,
        minEntropy: 3
    },
    {
        id: 'pagerduty-api-key',
        title: 'PagerDuty REST API key',
        category: 'observability',
        keywords: ['pagerduty', 'pd_'],
        pattern: assigned('pagerduty|pd_(?:api|token|key)', 'u\\+[A-Za-z0-9_+-]{18}|[A-Za-z0-9_+-]{20}'),
        validate: looksRandom
    },
    {
        id: 'pagerduty-integration-key',
        title: 'PagerDuty integration (routing) key',
        category: 'observability',
        keywords: ['pagerduty', 'routing_key', 'integration_key', 'service_key'],
        pattern: assigned('pagerduty|routing[_-]?key|integration[_-]?key|service[_-]?key', '[a-f0-9]{32}'),
        minEntropy: 3.2
    },
    {
        id: 'grafana-cloud-token',
        title: 'Grafana Cloud access policy token',
        category: 'observability',
        keywords: ['glc_'],
        pattern: prefixed('glc_[A-Za-z0-9+/]{32,400}={0,2}', '(?![A-Za-z0-9+/=_-])'),
        minEntropy: 4
    },
    {
        id: 'grafana-service-account-token',
        title: 'Grafana service account token',
        category: 'observability',
        keywords: ['glsa_'],
        pattern: prefixed('glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}', '(?![A-Za-z0-9_])')
    },
    {
        id: 'grafana-api-key',
        title: 'Grafana API key (legacy)',
        category: 'observability',
        // base64 of `{"k":"`.
        keywords: ['eyjrijoi'],
        pattern: prefixed('eyJrIjoi[A-Za-z0-9+/]{40,120}={0,2}', '(?![A-Za-z0-9+/=_-])'),
        minEntropy: 4
    },
    {
        id: 'honeycomb-ingest-key',
        title: 'Honeycomb ingest key',
        category: 'observability',
        keywords: ['hcaik_', 'hcxik_'],
        pattern: prefixed('hc[a-z]ik_[a-z0-9]{58}', '(?![A-Za-z0-9_])'),
        minEntropy: 3.5
    },
    {
        id: 'honeycomb-api-key',
        title: 'Honeycomb configuration API key',
        category: 'observability',
        keywords: ['honeycomb'],
        pattern: assigned('honeycomb', '[A-Za-z0-9]{22}|[a-f0-9]{32}'),
        validate: secret => characterClasses(secret) >= 2
    },
    {
        id: 'dynatrace-token',
        title: 'Dynatrace API token',
        category: 'observability',
        keywords: ['dt0c01.', 'dt0s01.', 'dt0s02.', 'dt0a01.'],
        pattern: prefixed('dt0[a-z][0-9]{2}\\.[A-Z0-9]{24}\\.[A-Z0-9]{64}', '(?![A-Za-z0-9])')
    },
    {
        id: 'splunk-hec-token',
        title: 'Splunk HTTP Event Collector token',
        category: 'observability',
        keywords: ['splunk'],
        pattern: assigned('splunk', UUID)
    },
    {
        id: 'sumologic-access-key',
        title: 'Sumo Logic access key',
        category: 'observability',
        keywords: ['sumo'],
        pattern: assigned('sumo[\\w.-]{0,20}(?:key|secret)', '[A-Za-z0-9]{64}'),
        validate: looksRandom
    },
    {
        id: 'logzio-token',
        title: 'Logz.io token',
        category: 'observability',
        keywords: ['logz'],
        pattern: assigned('logz', '[A-Za-z]{32}'),
        validate: secret => /[a-z]/.test(secret) && /[A-Z]/.test(secret)
    },
    {
        id: 'rollbar-access-token',
        title: 'Rollbar access token',
        category: 'observability',
        keywords: ['rollbar'],
        pattern: assigned('rollbar', '[a-f0-9]{32}'),
        minEntropy: 3.2
    },
    {
        id: 'bugsnag-api-key',
        title: 'Bugsnag API key',
        category: 'observability',
        keywords: ['bugsnag'],
        pattern: assigned('bugsnag', '[a-f0-9]{32}'),
        minEntropy: 3.2
    },
    {
        id: 'axiom-token',
        title: 'Axiom API or personal token',
        category: 'observability',
        keywords: ['xaat-', 'xapt-'],
        pattern: prefixed(`xa[ap]t-${UUID}`, '(?![A-Za-z0-9_-])')
    },
    {
        id: 'launchdarkly-key',
        title: 'LaunchDarkly SDK key or API access token',
        category: 'observability',
        keywords: ['sdk-', 'api-'],
        pattern: prefixed(`(?:sdk|api)-${UUID}`, '(?![A-Za-z0-9_-])')
    },
    {
        id: 'posthog-personal-api-key',
        title: 'PostHog personal API key',
        category: 'observability',
        keywords: ['phx_'],
        pattern: prefixed('phx_[A-Za-z0-9]{43}', '(?![A-Za-z0-9_])'),
        minEntropy: 3.8
    },
    {
        id: 'opsgenie-api-key',
        title: 'Opsgenie API key',
        category: 'observability',
        keywords: ['opsgenie'],
        pattern: assigned('opsgenie', UUID)
    },
    {
        id: 'elastic-api-key',
        title: 'Elastic Cloud API key',
        category: 'observability',
        keywords: ['elastic'],
        pattern: assigned('elastic[\\w.-]{0,20}(?:key|token|secret)', '[A-Za-z0-9_=-]{40,120}'),
        validate: looksRandom
    }
];

;// CONCATENATED MODULE: ./src/secrets/rules/payments.ts


const PAYMENT_RULES = [
    {
        id: 'stripe-secret-key',
        title: 'Stripe secret key',
        category: 'payments',
        keywords: ['sk_live_', 'sk_test_'],
        // Publishable pk_ keys are public by design and deliberately absent.
        pattern: prefixed('sk_(?:live|test)_[A-Za-z0-9]{20,247}', '(?![A-Za-z0-9_])'),
        minEntropy: 3.5
    },
    {
        id: 'stripe-restricted-key',
        title: 'Stripe restricted key',
        category: 'payments',
        keywords: ['rk_live_', 'rk_test_'],
        pattern: prefixed('rk_(?:live|test)_[A-Za-z0-9]{20,247}', '(?![A-Za-z0-9_])'),
        minEntropy: 3.5
    },
    {
        id: 'stripe-webhook-secret',
        title: 'Stripe webhook signing secret',
        category: 'payments',
        keywords: ['whsec_'],
        pattern: prefixed('whsec_[A-Za-z0-9+/=]{32,88}', '(?![A-Za-z0-9_+/=-])'),
        minEntropy: 3.5
    },
    {
        id: 'square-access-token',
        title: 'Square access token',
        category: 'payments',
        keywords: ['sq0atp-', 'eaaa'],
        pattern: prefixed('(?:sq0atp-[A-Za-z0-9_-]{22}|EAAA[A-Za-z0-9_-]{60})'),
        minEntropy: 3.5
    },
    {
        id: 'square-oauth-secret',
        title: 'Square application (OAuth) secret',
        category: 'payments',
        keywords: ['sq0csp-'],
        pattern: prefixed('sq0csp-[A-Za-z0-9_-]{43}'),
        minEntropy: 3.5
    },
    {
        id: 'paypal-braintree-access-token',
        title: 'PayPal / Braintree access token',
        category: 'payments',
        keywords: ['access_token$'],
        pattern: prefixed('access_token\\$(?:production|sandbox)\\$[0-9a-z]{16}\\$[0-9a-f]{32}', '(?![A-Za-z0-9])')
    },
    {
        id: 'braintree-private-key',
        title: 'Braintree private key',
        category: 'payments',
        keywords: ['braintree'],
        pattern: assigned('braintree[\\w.-]{0,20}private', '[a-f0-9]{32}'),
        minEntropy: 3.2
    },
    {
        id: 'paypal-client-secret',
        title: 'PayPal REST client secret',
        category: 'payments',
        keywords: ['paypal'],
        pattern: assigned('paypal[\\w.-]{0,20}secret', '[A-Za-z0-9_-]{80}'),
        minEntropy: 4
    },
    {
        id: 'shopify-token',
        title: 'Shopify access token or shared secret',
        category: 'payments',
        keywords: ['shpat_', 'shpca_', 'shppa_', 'shpss_'],
        pattern: prefixed('shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}', '(?![A-Za-z0-9])')
    },
    {
        id: 'razorpay-key',
        title: 'Razorpay API key id',
        category: 'payments',
        keywords: ['rzp_live_', 'rzp_test_'],
        pattern: prefixed('rzp_(?:live|test)_[A-Za-z0-9]{14}', '(?![A-Za-z0-9])')
    },
    {
        id: 'razorpay-key-secret',
        title: 'Razorpay API key secret',
        category: 'payments',
        keywords: ['razorpay'],
        pattern: assigned('razorpay[\\w.-]{0,20}secret', '[A-Za-z0-9]{24}'),
        validate: looksRandom
    },
    {
        id: 'mollie-api-key',
        title: 'Mollie API key',
        category: 'payments',
        keywords: ['live_', 'test_'],
        pattern: prefixed('(?:live|test)_[A-Za-z0-9]{30}', '(?![A-Za-z0-9_-])'),
        validate: secret => characterClasses(secret) >= 3
    },
    {
        id: 'mollie-access-token',
        title: 'Mollie organization access token',
        category: 'payments',
        keywords: ['access_'],
        pattern: prefixed('access_[A-Za-z0-9]{40}', '(?![A-Za-z0-9_-])'),
        validate: secret => characterClasses(secret) >= 3
    },
    {
        id: 'gocardless-access-token',
        title: 'GoCardless access token',
        category: 'payments',
        keywords: ['live_', 'sandbox_'],
        pattern: prefixed('(?:live|sandbox)_[A-Za-z0-9_-]{40}', '(?![A-Za-z0-9_-])'),
        validate: secret => characterClasses(secret) >= 3
    },
    {
        id: 'flutterwave-secret-key',
        title: 'Flutterwave secret key',
        category: 'payments',
        keywords: ['flwseck'],
        pattern: prefixed('FLWSECK(?:_TEST)?-[a-fA-F0-9]{32}-X', '(?![A-Za-z0-9])')
    },
    {
        id: 'flutterwave-encryption-key',
        title: 'Flutterwave encryption key',
        category: 'payments',
        keywords: ['flwseck'],
        pattern: prefixed('FLWSECK(?:_TEST)?[a-fA-F0-9]{12}', '(?![A-Za-z0-9-])')
    },
    {
        id: 'paystack-secret-key',
        title: 'Paystack secret key',
        category: 'payments',
        keywords: ['paystack'],
        pattern: assigned('paystack', 'sk_(?:live|test)_[a-f0-9]{40}')
    },
    {
        id: 'paddle-api-key',
        title: 'Paddle API key',
        category: 'payments',
        keywords: ['pdl_live_apikey_', 'pdl_sdbx_apikey_'],
        pattern: prefixed('pdl_(?:live|sdbx)_apikey_[A-Za-z0-9_]{40,80}', '(?![A-Za-z0-9_-])'),
        minEntropy: 3.5
    },
    {
        id: 'checkout-secret-key',
        title: 'Checkout.com secret key',
        category: 'payments',
        keywords: ['sk_sbox_'],
        pattern: prefixed('sk_sbox_[a-z0-9]{26}', '(?![A-Za-z0-9_])'),
        minEntropy: 3.5
    },
    {
        id: 'plaid-access-token',
        title: 'Plaid access token',
        category: 'payments',
        keywords: ['access-sandbox-', 'access-development-', 'access-production-'],
        pattern: prefixed(`access-(?:sandbox|development|production)-${UUID}`, '(?![A-Za-z0-9])')
    },
    {
        id: 'plaid-secret',
        title: 'Plaid secret',
        category: 'payments',
        keywords: ['plaid'],
        pattern: assigned('plaid[\\w.-]{0,20}secret', '[a-f0-9]{30}'),
        minEntropy: 3.2
    },
    {
        id: 'coinbase-commerce-api-key',
        title: 'Coinbase / Coinbase Commerce API key',
        category: 'payments',
        keywords: ['coinbase'],
        pattern: assigned('coinbase', `${UUID}|[A-Za-z0-9]{32}`),
        minEntropy: 3.2
    }
];

;// CONCATENATED MODULE: ./src/secrets/rules/platforms.ts


const platforms_mixed = looksRandom;
/** The random part of a prefixed token must look random; the prefix's `_` would count as a class. */
const mixedAfterPrefix = (secret) => looksRandom(secret.replace(/^[A-Za-z0-9]{1,8}[_-](?:api_)?/, ''));
/** A prefixed platform token: `id`, `title`, the keyword(s) and the format. */
function platformToken(id, title, keywords, format, { tail = TAIL, ...checks } = {}) {
    return { id, title, category: 'platform', keywords, pattern: prefixed(format, tail), ...checks };
}
/** A prefix-less platform key: only where a name mentioning the provider is assigned it. */
function platformAssigned(id, title, keywords, names, value, extra = {}) {
    return { id, title, category: 'platform', keywords, pattern: assigned(names, value), ...extra };
}
const PLATFORM_RULES = [
    platformToken('heroku-api-key', 'Heroku API key', ['hrku-'], 'HRKU-[A-Za-z0-9_-]{40,80}', {
        minEntropy: 3.8
    }),
    platformAssigned('heroku-api-key-legacy', 'Heroku API key (UUID)', ['heroku'], 'heroku', UUID),
    platformToken('vercel-token', 'Vercel access token or API key', ['vcp_', 'vci_', 'vca_', 'vcr_', 'vck_'], 'vc[pcirak]_[A-Za-z0-9]{20,100}', { validate: mixedAfterPrefix }),
    platformAssigned('vercel-token-legacy', 'Vercel access token (legacy)', ['vercel'], 'vercel', '[A-Za-z0-9]{24}', {
        validate: platforms_mixed
    }),
    platformToken('netlify-token', 'Netlify personal access token', ['nfp_'], 'nfp_[A-Za-z0-9]{36,40}', {
        validate: mixedAfterPrefix
    }),
    platformAssigned('netlify-token-legacy', 'Netlify access token (legacy)', ['netlify'], 'netlify', '[A-Za-z0-9_-]{40,46}', {
        validate: platforms_mixed
    }),
    platformToken('cloudflare-api-token', 'Cloudflare API token or global key (scannable format)', ['cfk_', 'cfut_', 'cfat_'], 'cf(?:k|ut|at)_[A-Za-z0-9]{40,56}', { validate: mixedAfterPrefix }),
    platformAssigned('cloudflare-api-token-legacy', 'Cloudflare API token (40 characters)', ['cloudflare', 'cf_api', 'cf_token'], 'cloudflare|cf_api|cf_token', '[A-Za-z0-9_-]{40}', { validate: platforms_mixed }),
    platformAssigned('cloudflare-global-api-key', 'Cloudflare global API key (legacy)', ['cloudflare', 'cf_api', 'cf_key', 'x-auth-key'], 'cloudflare|cf_api|cf_key|x-auth-key', '[a-f0-9]{37}', { minEntropy: 3.2 }),
    platformToken('cloudflare-origin-ca-key', 'Cloudflare Origin CA key', ['v1.0-'], 'v1\\.0-[a-f0-9]{24}-[a-f0-9]{146}'),
    platformAssigned('okta-api-token', 'Okta API token', ['okta'], 'okta', '00[A-Za-z0-9_-]{40}', {
        validate: platforms_mixed
    }),
    platformAssigned('auth0-client-secret', 'Auth0 client secret', ['auth0'], 'auth0', '[A-Za-z0-9_-]{64}', { validate: platforms_mixed }),
    platformToken('doppler-token', 'Doppler token', ['dp.pt.', 'dp.st.', 'dp.sa.', 'dp.ct.', 'dp.scim.', 'dp.audit.'], 'dp\\.(?:pt|st|sa|ct|scim|audit)\\.(?:[a-z0-9_-]{1,40}\\.)?[A-Za-z0-9]{40,44}', { validate: secret => platforms_mixed(secret.slice(secret.lastIndexOf('.') + 1)) }),
    platformToken('hashicorp-vault-token', 'HashiCorp Vault service, batch or recovery token', ['hvs.', 'hvb.', 'hvr.'], 'hv[sbr]\\.[A-Za-z0-9_-]{24,400}', { minEntropy: 4 }),
    platformAssigned('hashicorp-vault-token-legacy', 'HashiCorp Vault token (legacy s.)', ['vault'], 'vault', 's\\.[A-Za-z0-9]{24}', {
        validate: secret => platforms_mixed(secret.slice(2))
    }),
    {
        id: 'terraform-cloud-token',
        title: 'HCP Terraform / Terraform Enterprise API token',
        category: 'platform',
        keywords: ['atlasv1'],
        pattern: /\b(?<secret>[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_-]{60,70})(?![A-Za-z0-9_-])/,
        minEntropy: 4
    },
    platformToken('pulumi-access-token', 'Pulumi access token', ['pul-'], 'pul-[a-f0-9]{40}'),
    platformToken('postman-api-key', 'Postman API key', ['pmak-'], 'PMAK-[a-f0-9]{24}-[a-f0-9]{34}'),
    platformToken('atlassian-api-token', 'Atlassian API token', ['atatt3'], 'ATATT3[A-Za-z0-9_=-]{100,300}', {
        tail: '(?![A-Za-z0-9_=-])',
        minEntropy: 4
    }),
    platformAssigned('atlassian-api-token-legacy', 'Atlassian / Jira / Confluence API token (24 characters)', ['atlassian', 'jira', 'confluence'], 'atlassian|jira|confluence', '[A-Za-z0-9]{24}', { validate: platforms_mixed }),
    platformToken('linear-api-key', 'Linear API key', ['lin_api_'], 'lin_api_[A-Za-z0-9]{40}', {
        validate: mixedAfterPrefix
    }),
    platformToken('linear-oauth-token', 'Linear OAuth token', ['lin_oauth_'], 'lin_oauth_[a-f0-9]{64}'),
    platformToken('notion-integration-token', 'Notion integration token', ['secret_', 'ntn_'], '(?:secret_[A-Za-z0-9]{43}|ntn_[A-Za-z0-9]{40,50})', {
        validate: secret => platforms_mixed(secret.slice(secret.indexOf('_') + 1))
    }),
    platformToken('airtable-pat', 'Airtable personal access token', ['pat'], 'pat[A-Za-z0-9]{14}\\.[a-f0-9]{64}'),
    platformAssigned('airtable-api-key', 'Airtable API key (legacy)', ['airtable'], 'airtable', 'key[A-Za-z0-9]{14}', {
        validate: secret => platforms_mixed(secret.slice(3))
    }),
    platformAssigned('algolia-admin-key', 'Algolia admin / write API key', ['algolia'], 'algolia', '[a-f0-9]{32}', {
        minEntropy: 3.2
    }),
    platformToken('mapbox-secret-token', 'Mapbox secret access token', ['sk.eyj'], 'sk\\.eyJ[A-Za-z0-9_-]{50,300}\\.[A-Za-z0-9_-]{20,30}'),
    platformToken('firebase-cloud-messaging-server-key', 'Firebase Cloud Messaging server key', ['apa91b'], 'AAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{120,160}'),
    platformToken('google-oauth-client-secret', 'Google OAuth client secret', ['gocspx-'], 'GOCSPX-[A-Za-z0-9_-]{28}'),
    platformToken('onepassword-service-account-token', '1Password service account token', ['ops_eyj'], 'ops_eyJ[A-Za-z0-9+/=_-]{100,1500}', 
    // No tail: the greedy body already ends the run, and a tail check would backtrack 1500 steps.
    { tail: '', minEntropy: 4 }),
    platformToken('onepassword-secret-key', '1Password account secret key', ['a3-'], 'A3-[A-Z0-9]{6}-[A-Z0-9]{5,6}-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}', { minEntropy: 3.5 }),
    platformToken('figma-token', 'Figma personal access token', ['figd_'], 'figd_[A-Za-z0-9_-]{38,50}', { minEntropy: 3.8 }),
    platformToken('databricks-token', 'Databricks personal access token', ['dapi'], 'dapi[a-f0-9]{32}(?:-[0-9])?', {
        tail: '(?![A-Za-z0-9_-])'
    }),
    platformToken('databricks-oauth-secret', 'Databricks OAuth client secret', ['dose'], 'dose[a-f0-9]{32}'),
    platformToken('tailscale-key', 'Tailscale auth key, API key or OAuth client secret', ['tskey-'], 'tskey-(?:(?:auth|api|client|scim|webhook)-)?[A-Za-z0-9]{6,20}-[A-Za-z0-9]{20,60}', { minEntropy: 3.5 }),
    platformAssigned('fastly-api-token', 'Fastly API token', ['fastly'], 'fastly', '[A-Za-z0-9_-]{32}', { validate: platforms_mixed }),
    platformToken('dropbox-short-lived-token', 'Dropbox short-lived access token', ['sl.'], 'sl\\.(?:u\\.)?[A-Za-z0-9_-]{130,1400}', {
        minEntropy: 4
    }),
    platformToken('dropbox-long-lived-token', 'Dropbox long-lived access token', ['aaaaaaaaaa'], '[a-z0-9]{11}AAAAAAAAAA[A-Za-z0-9_=-]{43}'),
    {
        id: 'asana-personal-access-token',
        title: 'Asana personal access token',
        category: 'platform',
        keywords: ['asana'],
        pattern: /\b(?<secret>[0-9]\/[0-9]{10,20}(?:\/[0-9]{10,20})?:[a-f0-9]{32})(?![A-Za-z0-9])/
    },
    platformAssigned('twitch-token', 'Twitch API client secret or token', ['twitch'], 'twitch', '(?:oauth:)?[a-z0-9]{30}', {
        validate: secret => /[0-9]/.test(secret) && /[a-z]/.test(secret)
    }),
    platformAssigned('zendesk-api-token', 'Zendesk API token', ['zendesk'], 'zendesk', '[A-Za-z0-9]{40}', { validate: platforms_mixed }),
    platformToken('shippo-api-token', 'Shippo API token', ['shippo_live_', 'shippo_test_'], 'shippo_(?:live|test)_[a-f0-9]{40}'),
    {
        id: 'lob-api-key',
        title: 'Lob API key',
        category: 'platform',
        keywords: ['live_', 'test_'],
        pattern: prefixed('(?:live|test)_[a-f0-9]{35}', '(?![A-Za-z0-9_])'),
        minEntropy: 3.2
    },
    platformToken('sourcegraph-access-token', 'Sourcegraph access token', ['sgp_'], 'sgp_(?:[a-f0-9]{16}_|local_)?[a-f0-9]{40}'),
    platformToken('planetscale-token', 'PlanetScale password or service token', ['pscale_pw_', 'pscale_tkn_', 'pscale_oauth_'], 'pscale_(?:pw|tkn|oauth)_[A-Za-z0-9_.=-]{32,64}', { minEntropy: 3.8 }),
    platformToken('supabase-access-token', 'Supabase personal access token', ['sbp_'], 'sbp_[a-f0-9]{40}'),
    platformToken('supabase-secret-key', 'Supabase secret API key', ['sb_secret_'], 'sb_secret_[A-Za-z0-9_-]{31,64}', {
        minEntropy: 3.8
    }),
    platformToken('contentful-token', 'Contentful personal access token', ['cfpat-'], 'CFPAT-[A-Za-z0-9_-]{43}', {
        minEntropy: 3.8
    }),
    platformToken('adobe-client-secret', 'Adobe client secret', ['p8e-'], 'p8e-[A-Za-z0-9_-]{32}', {
        validate: mixedAfterPrefix
    }),
    platformToken('typeform-token', 'Typeform personal access token', ['tfp_'], 'tfp_[A-Za-z0-9_.=-]{40,64}', {
        minEntropy: 3.8
    }),
    platformToken('frameio-token', 'Frame.io developer token', ['fio-u-'], 'fio-u-[A-Za-z0-9_=-]{64}', { minEntropy: 4 }),
    platformAssigned('snyk-api-token', 'Snyk API token', ['snyk'], 'snyk', UUID),
    platformToken('sonarqube-token', 'SonarQube / SonarCloud token', ['squ_', 'sqp_', 'sqa_'], 'sq[upa]_[a-f0-9]{40}'),
    platformToken('octopus-deploy-api-key', 'Octopus Deploy API key', ['api-'], 'API-[A-Z0-9]{25,27}', {
        tail: '(?![A-Za-z0-9])',
        validate: secret => /[0-9]/.test(secret.slice(4)) && /[A-Z]/.test(secret.slice(4))
    }),
    platformToken('hubspot-private-app-token', 'HubSpot private app access token', ['pat-na', 'pat-eu', 'pat-ap'], `pat-(?:na|eu|ap)[0-9]-${UUID}`),
    platformAssigned('hubspot-api-key', 'HubSpot API key (legacy)', ['hubspot', 'hapikey'], 'hubspot|hapikey', UUID),
    platformToken('salesforce-access-token', 'Salesforce access token', ['00d'], '00D[A-Za-z0-9]{12,15}![A-Za-z0-9._]{90,120}', {
        tail: '(?![A-Za-z0-9._])'
    }),
    platformToken('facebook-access-token', 'Facebook / Meta access token', ['eaa'], 'EAA[A-Za-z0-9]{100,400}', {
        tail: '(?![A-Za-z0-9_])',
        validate: mixedAfterPrefix
    }),
    platformAssigned('facebook-app-secret', 'Facebook / Meta app secret', ['facebook', 'fb_'], '(?:facebook|fb_)[\\w.-]{0,20}secret', '[a-f0-9]{32}', { minEntropy: 3.2 }),
    platformToken('twitter-bearer-token', 'X (Twitter) bearer token', ['aaaaaaaaaaaaaaaaaaaaa'], 'A{21}[A-Za-z0-9%]{50,150}', { validate: secret => characterClasses(secret.replace(/^A+/, '')) >= 3 }),
    platformAssigned('twitter-api-secret', 'X (Twitter) API key secret or access token secret', ['twitter'], 'twitter[\\w.-]{0,20}secret', '[A-Za-z0-9]{45,50}', { validate: platforms_mixed }),
    platformToken('clickup-api-token', 'ClickUp personal API token', ['pk_'], 'pk_[0-9]{6,10}_[A-Z0-9]{32}', {
        validate: secret => /[A-Z]/.test(secret.slice(-32)) && /[0-9]/.test(secret.slice(-32))
    }),
    platformToken('trello-token', 'Trello API token', ['atta'], 'ATTA[a-f0-9]{60,72}', {
        minEntropy: 3.2
    }),
    platformToken('harness-access-token', 'Harness personal access / service account token', ['pat.', 'sat.'], '(?:pat|sat)\\.[A-Za-z0-9_-]{22}\\.[a-f0-9]{24}\\.[A-Za-z0-9]{20}'),
    platformToken('prefect-api-key', 'Prefect API key', ['pnu_'], 'pnu_[A-Za-z0-9]{36}', {
        validate: mixedAfterPrefix
    }),
    platformToken('buildkite-token', 'Buildkite API access token', ['bkua_'], 'bkua_[a-f0-9]{40}'),
    platformToken('circleci-token', 'CircleCI personal API token', ['ccipat_'], 'CCIPAT_[A-Za-z0-9]{22}_[a-f0-9]{40}'),
    platformAssigned('circleci-token-legacy', 'CircleCI API token (40 hex)', ['circle'], 'circle', '[a-f0-9]{40}', {
        minEntropy: 3.2
    }),
    platformToken('render-api-key', 'Render API key', ['rnd_'], 'rnd_[A-Za-z0-9]{32}', {
        validate: mixedAfterPrefix
    }),
    platformToken('flyio-token', 'Fly.io access token', ['fm1r_', 'fm1a_', 'fm2_', 'fo1_'], '(?:fm[12][ar]?_[A-Za-z0-9+/=_-]{60,1200}|fo1_[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-]))', 
    // No tail on the long macaroon: its greedy body ends the run without backtracking.
    { tail: '', minEntropy: 4 }),
    platformAssigned('railway-token', 'Railway API token', ['railway'], 'railway', UUID),
    platformToken('infracost-api-key', 'Infracost API key', ['ico-'], 'ico-[A-Za-z0-9]{32}', {
        validate: mixedAfterPrefix
    }),
    platformToken('readme-api-key', 'ReadMe API key', ['rdme_'], 'rdme_[a-z0-9]{70}', {
        minEntropy: 3.8
    }),
    {
        id: 'ngrok-authtoken',
        title: 'ngrok authtoken',
        category: 'platform',
        keywords: ['ngrok'],
        pattern: /\b(?<secret>[0-9][A-Za-z0-9]{26}_[A-Za-z0-9]{21})(?![A-Za-z0-9_])/,
        validate: platforms_mixed
    },
    platformToken('neon-api-key', 'Neon API key', ['napi_'], 'napi_[a-z0-9]{64}', {
        minEntropy: 3.8
    }),
    platformAssigned('codecov-token', 'Codecov upload token', ['codecov'], 'codecov', UUID),
    platformAssigned('spotify-client-secret', 'Spotify client secret', ['spotify'], 'spotify[\\w.-]{0,20}secret', '[a-f0-9]{32}', {
        minEntropy: 3.2
    }),
    {
        id: 'zapier-webhook-url',
        title: 'Zapier catch hook URL',
        category: 'platform',
        keywords: ['hooks.zapier.com'],
        pattern: /(?<secret>hooks\.zapier\.com\/hooks\/catch\/[0-9]{4,12}\/[a-z0-9]{5,10})\/?/
    },
    platformAssigned('gitpod-token', 'Gitpod access token', ['gitpod'], 'gitpod', 'gitpod_pat_[A-Za-z0-9_.-]{40,120}|[a-f0-9]{40}', {
        minEntropy: 3.2
    })
];

;// CONCATENATED MODULE: ./src/secrets/rules/registries.ts



const REGISTRY_RULES = [
    {
        id: 'npm-access-token',
        title: 'npm access token',
        category: 'registry',
        keywords: ['npm_'],
        pattern: prefixed('npm_[A-Za-z0-9]{36}', '(?![A-Za-z0-9_])'),
        minEntropy: 3.5
    },
    {
        id: 'npmrc-auth',
        title: 'Registry credential in .npmrc / .yarnrc (_authToken, _auth, _password)',
        category: 'registry',
        keywords: ['_authtoken', '_auth', '_password'],
        pattern: /(?:_authToken|_auth|_password)["']?\s{0,3}[=:]\s{0,3}["']?(?<secret>[A-Za-z0-9_.+/=-]{20,500})/,
        minEntropy: 3.5
    },
    {
        id: 'pypi-upload-token',
        title: 'PyPI upload token',
        category: 'registry',
        // Macaroon tokens: base64 of a header naming pypi.org or test.pypi.org.
        keywords: ['pypi-ageichlwas5vcmc', 'pypi-agendgvzdc5wexbplm9yz'],
        pattern: prefixed('pypi-(?:AgEIcHlwaS5vcmc|AgENdGVzdC5weXBpLm9yZw)[A-Za-z0-9_-]{50,300}')
    },
    {
        id: 'rubygems-api-key',
        title: 'RubyGems API key',
        category: 'registry',
        keywords: ['rubygems_'],
        pattern: prefixed('rubygems_[a-f0-9]{48}', '(?![A-Za-z0-9])')
    },
    {
        id: 'nuget-api-key',
        title: 'NuGet API key',
        category: 'registry',
        keywords: ['oy2'],
        pattern: prefixed('oy2[a-z0-9]{43}', '(?![A-Za-z0-9])'),
        minEntropy: 3.5
    },
    {
        id: 'dockerhub-token',
        title: 'Docker Hub personal or organization access token',
        category: 'registry',
        keywords: ['dckr_pat_', 'dckr_oat_'],
        pattern: prefixed('dckr_(?:pat|oat)_[A-Za-z0-9_-]{24,40}'),
        minEntropy: 3.5
    },
    {
        id: 'docker-config-auth',
        title: 'Registry credential in a Docker config.json',
        category: 'registry',
        keywords: ['"auth"'],
        pattern: /"auth"\s{0,3}:\s{0,3}"(?<secret>[A-Za-z0-9+/]{8,400}={0,2})"/,
        validate: secret => isBasicCredential(secret)
    },
    {
        id: 'crates-io-token',
        title: 'crates.io API token',
        category: 'registry',
        keywords: ['cio'],
        pattern: prefixed('cio[A-Za-z0-9]{32}', '(?![A-Za-z0-9])'),
        validate: secret => shannonEntropy(secret) >= 3.8 && /[0-9]/.test(secret) && /[A-Z]/.test(secret)
    },
    {
        id: 'jfrog-api-key',
        title: 'JFrog Artifactory API key',
        category: 'registry',
        keywords: ['akcp'],
        pattern: prefixed('AKCp[A-Za-z0-9]{69}', '(?![A-Za-z0-9])')
    },
    {
        id: 'jfrog-reference-token',
        title: 'JFrog reference token',
        category: 'registry',
        // base64 of "reftkn".
        keywords: ['cmvmdgtu'],
        pattern: prefixed('cmVmdGtu[A-Za-z0-9]{56,64}', '(?![A-Za-z0-9])')
    },
    {
        id: 'clojars-token',
        title: 'Clojars deploy token',
        category: 'registry',
        keywords: ['clojars_'],
        pattern: prefixed('CLOJARS_[a-z0-9]{60}', '(?![A-Za-z0-9])'),
        minEntropy: 3.5
    }
];

;// CONCATENATED MODULE: ./src/secrets/rules/tokens.ts



/** Supabase's anon key is a JWT meant to ship to browsers; every other JWT is a credential. */
function isPublicJwt(payload) {
    try {
        const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
        return (typeof claims === 'object' && claims !== null && 'role' in claims && claims.role === 'anon');
    }
    catch {
        return false;
    }
}
/** Documentation writes `user:pass`, `postgres:postgres`, `guest:guest`: not a leaked password. */
function isRealPassword(password, user) {
    if (password.length < 4 || password === user || /^[0-9]{1,6}$/.test(password))
        return false;
    return (!isPlaceholderValue(password) && !/^(?:pass|pwd|pw|user|root|guest|none|null)$/i.test(password));
}
function basicHasRealPassword(encoded) {
    const text = Buffer.from(encoded, 'base64').toString('utf8');
    const colon = text.indexOf(':');
    return isRealPassword(text.slice(colon + 1), text.slice(0, colon));
}
const TOKEN_RULES = [
    {
        id: 'jwt',
        title: 'JSON Web Token',
        category: 'jwt',
        keywords: ['eyj'],
        pattern: /\b(?<secret>(?<header>eyJ[A-Za-z0-9_-]{8,500})\.(?<payload>eyJ[A-Za-z0-9_-]{8,4000})\.[A-Za-z0-9_-]{16,1000})(?![A-Za-z0-9_-])/,
        validate: (_secret, match) => isJwtHeader(match.groups?.header ?? '') && !isPublicJwt(match.groups?.payload ?? '')
    },
    {
        id: 'url-credentials',
        title: 'Password in a URL (scheme://user:password@host)',
        category: 'url-credentials',
        keywords: ['://'],
        pattern: /\b[a-z][a-z0-9+.-]{1,20}:\/\/(?<user>[^\s:@/'"`<>{}$]{0,64}):(?<secret>[^\s:@/'"`<>]{1,128})@[A-Za-z0-9.-]{1,253}/i,
        validate: (secret, match) => isRealPassword(secret, match.groups?.user ?? '')
    },
    {
        id: 'basic-auth-header',
        title: 'HTTP Basic credentials',
        category: 'url-credentials',
        keywords: ['basic '],
        pattern: /\bBasic\s{1,3}(?<secret>[A-Za-z0-9+/]{8,400}={0,2})(?![A-Za-z0-9+/=])/,
        validate: secret => isBasicCredential(secret) && basicHasRealPassword(secret)
    },
    {
        id: 'bearer-token',
        title: 'Hard-coded bearer token',
        category: 'generic',
        keywords: ['bearer'],
        pattern: /\bBearer\s{1,3}(?<secret>[A-Za-z0-9._~+/-]{20,1000}={0,2})(?![A-Za-z0-9._~+/=-])/i,
        validate: secret => characterClasses(secret) >= 3 && shannonEntropy(secret) >= 3.5 && !isPlaceholderValue(secret)
    }
];

;// CONCATENATED MODULE: ./src/secrets/rules/vcs.ts

/** GitHub's classic token family: a type prefix and 36 base62 characters (30 random + checksum). */
function githubToken(id, prefix, title) {
    return {
        id,
        title,
        category: 'vcs',
        keywords: [prefix],
        pattern: prefixed(`${prefix}[A-Za-z0-9]{36}`, '(?![A-Za-z0-9_])'),
        // Random base62 sits near 5 bits/char; README samples like `ghp_PersonalAccessToken0000…` do not.
        minEntropy: 4
    };
}
/** GitLab prefixes one token type each; bodies are base64url-ish and newer ones carry `.vv.crc`. */
function gitlabToken(id, prefix, title) {
    return {
        id,
        title,
        category: 'vcs',
        keywords: [prefix],
        pattern: prefixed(`${prefix}[A-Za-z0-9_-]{20,80}(?:\\.[0-9a-z]{1,4}\\.[0-9a-z]{5,12})?`),
        minEntropy: 3
    };
}
const VCS_RULES = [
    githubToken('github-pat-classic', 'ghp_', 'GitHub personal access token (classic)'),
    githubToken('github-oauth-token', 'gho_', 'GitHub OAuth access token'),
    githubToken('github-user-to-server-token', 'ghu_', 'GitHub App user-to-server token'),
    githubToken('github-server-to-server-token', 'ghs_', 'GitHub App installation token'),
    githubToken('github-refresh-token', 'ghr_', 'GitHub App refresh token'),
    {
        id: 'github-pat-fine-grained',
        title: 'GitHub fine-grained personal access token',
        category: 'vcs',
        keywords: ['github_pat_'],
        pattern: prefixed('github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}', '(?![A-Za-z0-9_])')
    },
    {
        id: 'github-oauth-client-secret',
        title: 'GitHub OAuth app client secret',
        category: 'vcs',
        keywords: ['github'],
        // 40 hex like a commit id, so only when the name says it is the client secret.
        pattern: assigned('github[\\w.-]{0,20}(?:client[_.-]?)?secret', '[a-f0-9]{40}'),
        minEntropy: 3.2
    },
    gitlabToken('gitlab-pat', 'glpat-', 'GitLab personal, project or group access token'),
    gitlabToken('gitlab-deploy-token', 'gldt-', 'GitLab deploy token'),
    gitlabToken('gitlab-runner-token', 'glrt-', 'GitLab runner authentication token'),
    gitlabToken('gitlab-runner-router-token', 'glrtr-', 'GitLab runner authentication token (routable)'),
    gitlabToken('gitlab-ci-job-token', 'glcbt-', 'GitLab CI/CD job token'),
    gitlabToken('gitlab-trigger-token', 'glptt-', 'GitLab pipeline trigger token'),
    gitlabToken('gitlab-oauth-app-secret', 'gloas-', 'GitLab OAuth application secret'),
    gitlabToken('gitlab-feed-token', 'glft-', 'GitLab feed token'),
    gitlabToken('gitlab-incoming-mail-token', 'glimt-', 'GitLab incoming email token'),
    gitlabToken('gitlab-agent-token', 'glagent-', 'GitLab agent for Kubernetes token'),
    gitlabToken('gitlab-scim-token', 'glsoat-', 'GitLab SCIM OAuth token'),
    gitlabToken('gitlab-feature-flag-token', 'glffct-', 'GitLab feature flags client token'),
    {
        id: 'gitlab-runner-registration-token',
        title: 'GitLab runner registration token',
        category: 'vcs',
        keywords: ['gr1348941'],
        pattern: prefixed('GR1348941[A-Za-z0-9_-]{20,40}'),
        minEntropy: 3
    },
    {
        id: 'bitbucket-app-password',
        title: 'Bitbucket app password',
        category: 'vcs',
        keywords: ['atbb'],
        pattern: prefixed('ATBB[A-Za-z0-9_=.-]{28,40}'),
        minEntropy: 3.5
    },
    {
        id: 'bitbucket-access-token',
        title: 'Bitbucket repository/project/workspace access token',
        category: 'vcs',
        keywords: ['atctt3'],
        pattern: prefixed('ATCTT3[A-Za-z0-9_=-]{100,300}', '(?![A-Za-z0-9_=-])'),
        minEntropy: 4
    },
    {
        id: 'gitea-access-token',
        title: 'Gitea / Forgejo access token',
        category: 'vcs',
        keywords: ['gitea', 'forgejo'],
        pattern: assigned('gitea|forgejo', '[a-f0-9]{40}'),
        minEntropy: 3.2
    }
];

;// CONCATENATED MODULE: ./src/secrets/rules/examples.ts
/**
 * Example credentials printed in vendors' own documentation. They have the
 * real format, are published on purpose, and are not live: never report them.
 */
const EXAMPLE_SECRETS = new Set([
    // AWS (IAM, STS and SDK documentation)
    'AKIAIOSFODNN7EXAMPLE',
    'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    'AKIAI44QH8DHBEXAMPLE',
    'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY',
    'ASIAIOSFODNN7EXAMPLE',
    // Stripe API reference
    'sk_test_4eC39HqLyjWDarjtT1zdp7dc',
    'sk_test_BQokikJOvBiI2HlWgH4olfQ2',
    'sk_test_26PHem9AhJZvU623DfE1x4sd',
    'pk_test_TYooMQauvdEDq54NiTphI7jx',
    // Azurite / Azure Storage emulator well-known account key
    'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==',
    // Slack API documentation
    'xoxb-17653672481-19874698323-pdFZKVeTuE8sk7oOcBrzbqgy',
    // Mailgun API documentation
    'key-3ax6xnjp29jd6fds4gc373sgvjxteol0',
    // jwt.io's introduction token
    'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c'
]);

;// CONCATENATED MODULE: ./src/secrets/rules/index.ts












/** Categories a rule may belong to (SecretRule.category). */
const SECRET_CATEGORIES = (/* unused pure expression or super */ null && ([
    'cloud',
    'vcs',
    'registry',
    'payments',
    'messaging',
    'ai',
    'observability',
    'platform',
    'private-key',
    'jwt',
    'url-credentials',
    'generic'
]));
/** Rules whose secret may be a short human password, where 3 bits/char would drop real ones. */
const SHORT_SECRET_RULES = new Set([
    'url-credentials',
    'basic-auth-header',
    'docker-config-auth',
    'npmrc-auth',
    'generic-secret-assignment',
    'generic-config-key-value',
    'generic-xml-element'
]);
/**
 * Below 3 bits per character a value is filler (`ghp_000…`, `shpat_xxxx…`),
 * never a random token, so every format rule gets that floor unless it sets
 * its own.
 */
const TOKEN_ENTROPY_FLOOR = 3;
function withEntropyFloor(rule) {
    if (rule.minEntropy !== undefined || SHORT_SECRET_RULES.has(rule.id))
        return rule;
    return { ...rule, minEntropy: TOKEN_ENTROPY_FLOOR };
}
/** Formats whose real values contain long runs by design (padding, org ids). */
const RUNS_BY_DESIGN = new Set([
    'dropbox-long-lived-token',
    'twitter-bearer-token',
    'salesforce-access-token'
]);
/**
 * A run of six equal characters in a short random token is a one-in-millions
 * event, but it is how README samples are padded (`ghp_PersonalAccessToken0000…`).
 * Long values (keys, macaroons) may hold runs of `A` from binary zeros, so they keep theirs.
 */
function withoutFillerRuns(rule) {
    if (RUNS_BY_DESIGN.has(rule.id) || SHORT_SECRET_RULES.has(rule.id))
        return rule;
    const check = rule.validate;
    return {
        ...rule,
        validate: (secret, match) => (secret.length > 100 || !/(.)\1{5,}/.test(secret)) &&
            (check === undefined || check(secret, match))
    };
}
/** Every rule; provider-specific first, the loose generic rules last. */
const SECRET_RULES = [
    ...CLOUD_RULES,
    ...VCS_RULES,
    ...REGISTRY_RULES,
    ...PAYMENT_RULES,
    ...MESSAGING_RULES,
    ...AI_RULES,
    ...OBSERVABILITY_RULES,
    ...PLATFORM_RULES,
    ...KEY_RULES,
    ...TOKEN_RULES,
    ...GENERIC_RULES
].map(rule => withoutFillerRuns(withEntropyFloor(rule)));

;// CONCATENATED MODULE: ./src/secrets/scan/added-lines.ts
/**
 * Turns one file's unified diff into the runs of lines it adds, numbered as
 * in the new file. Only `+` lines are ever returned: context and removed
 * lines are old or untouched text, so a secret there is not this change's.
 */
const added_lines_HUNK_HEADER = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;
/** The added runs of one file's patch. Lines before the first hunk (git's headers) are skipped. */
function parseAddedRuns(path, patch) {
    const runs = [];
    let hunk;
    let run;
    for (const rawLine of patch.split('\n')) {
        const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
        const header = line.startsWith('@@') ? added_lines_HUNK_HEADER.exec(line) : null;
        if (header) {
            hunk = startHunk(line, header);
            run = undefined;
            continue;
        }
        if (!hunk || line.startsWith('\\'))
            continue; // `\ No newline at end of file` ends no run
        const kind = line[0];
        if (kind === '+' && hunk.newLeft > 0) {
            if (!run) {
                run = { path, startLine: hunk.nextLine, lines: [] };
                runs.push(run);
            }
            run.lines.push(line.slice(1));
            hunk.nextLine++;
            hunk.newLeft--;
        }
        else if (kind === '-' && hunk.oldLeft > 0) {
            run = undefined;
            hunk.oldLeft--;
        }
        else if ((kind === ' ' || line === '') && hunk.newLeft > 0 && hunk.oldLeft > 0) {
            // An empty line inside a hunk is a context line whose lone space was trimmed.
            run = undefined;
            hunk.nextLine++;
            hunk.newLeft--;
            hunk.oldLeft--;
        }
        else {
            // Counts exhausted (or a malformed line): whatever follows is not this hunk's.
            run = undefined;
            if (hunk.newLeft === 0 && hunk.oldLeft === 0)
                hunk = undefined;
        }
    }
    return runs;
}
function startHunk(line, header) {
    const oldCount = /^@@ -\d+,(\d+)/.exec(line)?.[1];
    return {
        nextLine: Number(header[1]),
        // `@@ -1 +1 @@`: a missing count means one line.
        newLeft: header[2] === undefined ? 1 : Number(header[2]),
        oldLeft: oldCount === undefined ? 1 : Number(oldCount)
    };
}
/** The added runs of every file that still exists after the change. */
function addedRunsOfFiles(files) {
    const runs = [];
    for (const file of files) {
        if (file.status === 'deleted' || file.patch === undefined)
            continue;
        for (const run of parseAddedRuns(file.path, file.patch))
            runs.push(run);
    }
    return runs;
}

;// CONCATENATED MODULE: ./src/secrets/scan/keyword-index.ts
/**
 * Finds every occurrence of every rule keyword in one left-to-right pass
 * (an Aho-Corasick automaton compiled to a dense table). Rules are gated on
 * these hits, so the ~99% of text that holds no keyword costs one table
 * lookup per character and no regex at all.
 *
 * Matching is case-insensitive without building a lower-cased copy: ASCII
 * letters fold in the character-class table, so offsets stay those of the
 * original text (`toLowerCase` can change a string's length).
 */
/** Keyword occurrences of one text, in order of their end offset; reused between scans. */
class KeywordHits {
    count = 0;
    keyword = new Int32Array(256);
    start = new Int32Array(256);
    clear() {
        this.count = 0;
    }
    push(keyword, start) {
        if (this.count === this.keyword.length)
            this.grow();
        this.keyword[this.count] = keyword;
        this.start[this.count] = start;
        this.count++;
    }
    grow() {
        const keyword = new Int32Array(this.keyword.length * 2);
        const start = new Int32Array(this.start.length * 2);
        keyword.set(this.keyword);
        start.set(this.start);
        this.keyword = keyword;
        this.start = start;
    }
}
class KeywordIndex {
    /** Distinct lower-case keywords; a hit's `keyword` indexes this list. */
    keywords;
    asciiClass = new Uint16Array(128);
    otherClass = new Map();
    shift;
    delta;
    outStart;
    outList;
    constructor(keywords) {
        this.keywords = [...new Set([...keywords].map(k => k.toLowerCase()))].filter(k => k !== '');
        const classCount = this.assignClasses();
        this.shift = Math.max(1, Math.ceil(Math.log2(classCount)));
        const trie = this.buildTrie();
        const { delta, outputs } = this.buildAutomaton(trie);
        this.delta = delta;
        const flat = flattenOutputs(outputs);
        this.outStart = flat.start;
        this.outList = flat.list;
    }
    /** Appends every keyword occurrence in `text` to `hits` (after clearing it). */
    scan(text, hits) {
        hits.clear();
        const { asciiClass, delta, shift, outStart, outList, keywords } = this;
        const folding = this.otherClass.size > 0;
        let state = 0;
        for (let i = 0; i < text.length; i++) {
            const c = text.charCodeAt(i);
            const cls = c < 128 ? asciiClass[c] : folding ? this.classOfOther(c) : 0;
            state = delta[(state << shift) | cls];
            const from = outStart[state];
            const to = outStart[state + 1];
            for (let o = from; o < to; o++) {
                const keyword = outList[o];
                hits.push(keyword, i + 1 - keywords[keyword].length);
            }
        }
    }
    classOfOther(c) {
        const direct = this.otherClass.get(c);
        if (direct !== undefined)
            return direct;
        return this.otherClass.get(String.fromCharCode(c).toLowerCase().charCodeAt(0)) ?? 0;
    }
    /** Class 0 is every character no keyword uses; upper-case ASCII shares its lower-case class. */
    assignClasses() {
        let next = 1;
        for (const keyword of this.keywords) {
            for (let i = 0; i < keyword.length; i++) {
                const c = keyword.charCodeAt(i);
                if (c < 128) {
                    if (this.asciiClass[c] === 0)
                        this.asciiClass[c] = next++;
                }
                else if (!this.otherClass.has(c)) {
                    this.otherClass.set(c, next++);
                }
            }
        }
        for (let c = 65; c <= 90; c++)
            this.asciiClass[c] = this.asciiClass[c + 32];
        return next;
    }
    classOf(c) {
        return c < 128 ? this.asciiClass[c] : (this.otherClass.get(c) ?? 0);
    }
    buildTrie() {
        const trie = { children: [new Map()], ends: [-1] };
        this.keywords.forEach((keyword, id) => {
            let node = 0;
            for (let i = 0; i < keyword.length; i++) {
                const cls = this.classOf(keyword.charCodeAt(i));
                let child = trie.children[node].get(cls);
                if (child === undefined) {
                    child = trie.children.length;
                    trie.children.push(new Map());
                    trie.ends.push(-1);
                    trie.children[node].set(cls, child);
                }
                node = child;
            }
            trie.ends[node] = id;
        });
        return trie;
    }
    /** Breadth-first: each state's missing transitions and outputs come from its failure state. */
    buildAutomaton(trie) {
        const width = 1 << this.shift;
        const states = trie.children.length;
        const delta = new Int32Array(states * width);
        const fail = new Int32Array(states);
        const outputs = trie.ends.map(end => (end >= 0 ? [end] : []));
        const queue = [];
        for (const [cls, child] of trie.children[0]) {
            delta[cls] = child;
            queue.push(child);
        }
        for (let head = 0; head < queue.length; head++) {
            const node = queue[head];
            outputs[node].push(...outputs[fail[node]]);
            for (let cls = 0; cls < width; cls++) {
                const child = trie.children[node].get(cls);
                const viaFail = delta[fail[node] * width + cls];
                if (child === undefined) {
                    delta[node * width + cls] = viaFail;
                }
                else {
                    delta[node * width + cls] = child;
                    fail[child] = viaFail;
                    queue.push(child);
                }
            }
        }
        return { delta, outputs };
    }
}
function flattenOutputs(outputs) {
    const start = new Int32Array(outputs.length + 1);
    let total = 0;
    outputs.forEach((out, state) => {
        start[state] = total;
        total += out.length;
    });
    start[outputs.length] = total;
    const list = new Int32Array(total);
    outputs.forEach((out, state) => list.set(out, start[state]));
    return { start, list };
}

;// CONCATENATED MODULE: ./src/secrets/scan/compile-rules.ts
/**
 * Rules in the form the scanner runs them: each pattern recompiled once
 * with the flags the window loop needs, and each keyword mapped to the
 * rules it arms.
 */

const DEFAULT_WINDOW = 200;
function compileRules(rules) {
    const compiled = rules.map(compileRule);
    const keywords = new KeywordIndex(rules.flatMap(rule => rule.keywords));
    const idOfKeyword = new Map(keywords.keywords.map((keyword, id) => [keyword, id]));
    const rulesOfKeyword = keywords.keywords.map(() => []);
    rules.forEach((rule, index) => {
        const ids = new Set(rule.keywords.map(keyword => idOfKeyword.get(keyword.toLowerCase())));
        for (const id of ids)
            if (id !== undefined)
                rulesOfKeyword[id].push(index);
    });
    return { rules: compiled, keywords, rulesOfKeyword };
}
function compileRule(rule) {
    // A rule without keywords could only run over all text, which is what the window design avoids.
    if (!rule.keywords.some(keyword => keyword !== '')) {
        throw new Error(`secret rule ${rule.id} has no keywords`);
    }
    const hasSecretGroup = rule.pattern.source.includes('(?<secret>');
    const flags = rule.pattern.flags.replace(/[gyd]/g, '') + 'g' + (hasSecretGroup ? 'd' : '');
    return {
        rule,
        regex: new RegExp(rule.pattern.source, flags),
        hasSecretGroup,
        window: rule.window ?? DEFAULT_WINDOW,
        generic: rule.category === 'generic'
    };
}

;// CONCATENATED MODULE: ./src/secrets/scan/entropy.ts
/** Shannon entropy in bits per character (UTF-16 code unit) of `value`. */
function entropy_shannonEntropy(value) {
    if (value.length === 0)
        return 0;
    const counts = new Map();
    for (let i = 0; i < value.length; i++) {
        const c = value.charCodeAt(i);
        counts.set(c, (counts.get(c) ?? 0) + 1);
    }
    let bits = 0;
    for (const count of counts.values()) {
        const p = count / value.length;
        bits -= p * Math.log2(p);
    }
    return bits;
}

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: ./src/secrets/scan/finding.ts
/**
 * The reportable face of a secret: a fingerprint that survives line moves
 * and a preview too short to be useful to anyone who reads the report.
 */

/** sha256 hex of `${ruleId}:${secret}`: the key allowlist entries refer to. */
function secretFingerprint(ruleId, secret) {
    return (0,external_node_crypto_namespaceObject.createHash)('sha256').update(`${ruleId}:${secret}`).digest('hex');
}
/**
 * The first characters of the secret: four for real-length tokens (usually
 * just the provider prefix, e.g. `ghp_`), two for short secrets where four
 * would be a large share of the value, none for very short ones.
 */
function secretPreview(secret) {
    if (secret.length >= 12)
        return secret.slice(0, 4);
    if (secret.length >= 8)
        return secret.slice(0, 2);
    return '';
}

;// CONCATENATED MODULE: ./src/secrets/scan/placeholders.ts
/**
 * Values that have the shape of a credential but are not one: template
 * variables, environment lookups, redactions and documentation examples.
 * Applied to every rule's candidate secret, after the rule's own checks,
 * so a catalogue rule never has to repeat them.
 */
/** Substitution syntaxes: `${VAR}`, `${{ secrets.X }}`, `{{ x }}`, `%VAR%`, `$VAR`, `$1`. */
const placeholders_TEMPLATE = /\$\{|\{\{|\}\}|^\$[A-Za-z_][A-Za-z0-9_]*$|^\$\d+$|^%[A-Za-z_][A-Za-z0-9_]*%$/;
/** `<your-api-key>`, `<TOKEN>`, or a value cut at the `<` of one. */
const ANGLE = /^<|<[A-Za-z_][\w .-]{0,60}>/;
/** The value is code that reads a variable rather than the secret itself. */
const ENV_LOOKUP = /process\.env|import\.meta\.env|os\.environ|getenv|\benv\s*\[|\benv\(|\$env:/i;
/** Runs of mask characters: `xxxx`, `****`, `####`, `••••`. */
const MASK_RUN = /[xX*#•…]{4}/;
/** Words that mark a value as written for documentation, not use. */
const placeholders_PLACEHOLDER_WORDS = /changeme|change_me|change-me|example|dummy|sample|placeholder|redacted|your_|your-|yourkey|yourtoken|yoursecret|insert|replace_?me|fake|notreal|not_real|qwerty|asdfgh|987654/i;
/**
 * Long values are key blocks: random base64 over ~1,600 characters holds
 * `AAAA` or `xXxX` or a case-insensitive `fake` often enough (~0.1%) to lose
 * real keys, so only mask runs and words no random text spells apply there.
 */
const LONG_SECRET = 256;
const LONG_MASK_RUN = /[xX*#•…]{8}/;
const LONG_PLACEHOLDER_WORDS = /changeme|example|placeholder|redacted|your_|your-|replace_?me/i;
function createPlaceholderFilter(exampleSecrets = []) {
    const examples = new Set(exampleSecrets);
    // A match without a `secret` group carries its surroundings; the example may sit inside it.
    const embeddable = [...examples].filter(example => example.length >= MIN_EMBEDDED_EXAMPLE);
    return {
        isPlaceholder: secret => examples.has(secret) ||
            embeddable.some(example => secret.includes(example)) ||
            looksLikePlaceholder(secret)
    };
}
/** Shorter examples could occur inside a real value by chance. */
const MIN_EMBEDDED_EXAMPLE = 16;
function looksLikePlaceholder(secret) {
    return (placeholders_TEMPLATE.test(secret) ||
        ANGLE.test(secret) ||
        ENV_LOOKUP.test(secret) ||
        hasLongRepeat(secret) ||
        hasTypedSequence(secret) ||
        (secret.length > LONG_SECRET ? looksMaskedLong(secret) : looksMaskedShort(secret)));
}
function looksMaskedShort(secret) {
    return MASK_RUN.test(secret) || placeholders_PLACEHOLDER_WORDS.test(secret);
}
function looksMaskedLong(secret) {
    return LONG_MASK_RUN.test(secret) || LONG_PLACEHOLDER_WORDS.test(secret);
}
/**
 * A character repeated back to back for at least a third of the value (and 6
 * times): `0000000000000000`, `aaaaaaaa`. Random tokens essentially never do
 * this, while base64 key bodies legitimately hold short runs like `AAAA`, so
 * the bar scales with length.
 */
function hasLongRepeat(secret) {
    const needed = Math.max(6, Math.ceil(secret.length / 3));
    let run = 1;
    for (let i = 1; i < secret.length; i++) {
        run = secret.charCodeAt(i) === secret.charCodeAt(i - 1) ? run + 1 : 1;
        if (run >= needed)
            return true;
    }
    return false;
}
/**
 * Typed sequences: one ascending run of 8 (`12345678`, `abcdefgh`) or two of
 * 5 (`abcde...12345`). A single shorter run turns up by chance in long
 * numeric ids (Slack's 12-digit segments hold a `234567` about once in
 * ten thousand), so it is not enough on its own.
 */
function hasTypedSequence(secret) {
    let run = 1;
    let runsOfFive = 0;
    for (let i = 1; i < secret.length; i++) {
        const c = secret.charCodeAt(i);
        run = c === secret.charCodeAt(i - 1) + 1 && isAlphanumeric(c) ? run + 1 : 1;
        if (run === 5)
            runsOfFive++;
        if (run >= 8 || runsOfFive >= 2)
            return true;
    }
    return false;
}
function isAlphanumeric(c) {
    return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

;// CONCATENATED MODULE: ./src/secrets/scan/windows.ts
/**
 * The stretches of a run's text a rule's pattern runs on: a window around
 * each keyword hit, widened to whole lines so a match is never cut mid-line,
 * and merged when they touch. Gating per window rather than per file keeps
 * a keyword in one place from arming a loose pattern everywhere else.
 */
/**
 * How far past its window a span may grow to reach a line boundary. Past
 * this (minified code, data blobs) the span is cut mid-line and marked so,
 * which keeps the work per hit bounded.
 */
const LINE_SLACK = 1000;
/** Offsets where each line of a run's joined text starts, for both windows and positions. */
function lineStartsOf(lines) {
    const starts = new Int32Array(lines.length);
    let offset = 0;
    for (let i = 0; i < lines.length; i++) {
        starts[i] = offset;
        offset += lines[i].length + 1;
    }
    return starts;
}
/** Index of the line holding `offset` (binary search over line starts). */
function lineIndexAt(starts, offset) {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
        const mid = (low + high + 1) >> 1;
        if (starts[mid] <= offset)
            low = mid;
        else
            high = mid - 1;
    }
    return low;
}
/** The span for one keyword hit at [hitStart, hitEnd) of a text of `length` characters. */
function spanAround(hitStart, hitEnd, window, starts, length) {
    const rawStart = Math.max(0, hitStart - window);
    const rawEnd = Math.min(length, hitEnd + window);
    const lineStart = starts[lineIndexAt(starts, rawStart)];
    const endLine = lineIndexAt(starts, rawEnd);
    const lineEnd = endLine + 1 < starts.length ? starts[endLine + 1] - 1 : length;
    const cutStart = rawStart - lineStart > LINE_SLACK;
    const cutEnd = lineEnd - rawEnd > LINE_SLACK;
    return {
        start: cutStart ? rawStart - LINE_SLACK : lineStart,
        end: cutEnd ? rawEnd + LINE_SLACK : lineEnd,
        cutStart,
        cutEnd
    };
}
/**
 * Adds a span to a rule's list, merging it into the last one when they
 * overlap or touch. Hits arrive in text order, so only the last can overlap.
 */
function addSpan(spans, next) {
    const last = spans[spans.length - 1];
    if (last === undefined || next.start > last.end) {
        spans.push(next);
        return;
    }
    if (next.start < last.start) {
        last.start = next.start;
        last.cutStart = next.cutStart;
    }
    if (next.end > last.end) {
        last.end = next.end;
        last.cutEnd = next.cutEnd;
    }
}

;// CONCATENATED MODULE: ./src/secrets/scan/scanner.ts
/**
 * The secret scanner over added lines. Per run of added lines: one keyword
 * pass, then each armed rule's pattern only inside the windows around its
 * keyword hits, then the rule's own checks and the global placeholder
 * filter. Work is linear in the text: no pattern ever runs over a whole run
 * just because its keyword occurs somewhere in it.
 */






/** Compiles `rules` once; the returned scanner can be reused for any number of scans. */
function createScanner(rules, options = {}) {
    const ruleSet = compileRules(rules);
    const placeholders = createPlaceholderFilter(options.exampleSecrets);
    const hits = new KeywordHits();
    return {
        scan(runs) {
            const findings = [];
            const values = new Set();
            let bytesScanned = 0;
            for (const run of runs) {
                const text = run.lines.join('\n');
                bytesScanned += Buffer.byteLength(text);
                const candidates = scanText(text, run.lines, ruleSet, placeholders, hits);
                if (candidates.length === 0)
                    continue;
                const starts = lineStartsOf(run.lines);
                for (const candidate of candidates) {
                    findings.push(toFinding(run, starts, ruleSet.rules[candidate.ruleIndex].rule, candidate));
                    values.add(candidate.secret);
                }
            }
            return { findings, values: [...values], bytesScanned };
        }
    };
}
function scanText(text, lines, ruleSet, placeholders, hits) {
    ruleSet.keywords.scan(text, hits);
    if (hits.count === 0)
        return [];
    const starts = lineStartsOf(lines);
    const spansOfRule = armedSpans(text, ruleSet, hits, starts);
    const candidates = [];
    for (const [ruleIndex, spans] of spansOfRule) {
        const rule = ruleSet.rules[ruleIndex];
        for (const span of spans)
            matchInSpan(text, span, rule, ruleIndex, placeholders, candidates);
    }
    return preferSpecific(dedupe(candidates)).sort((a, b) => a.secretStart - b.secretStart || a.ruleIndex - b.ruleIndex);
}
/** For each rule armed by a keyword hit, its merged spans, in order of first hit. */
function armedSpans(text, ruleSet, hits, starts) {
    const spansOfRule = new Map();
    for (let h = 0; h < hits.count; h++) {
        const keyword = hits.keyword[h];
        const hitStart = hits.start[h];
        const hitEnd = hitStart + ruleSet.keywords.keywords[keyword].length;
        for (const ruleIndex of ruleSet.rulesOfKeyword[keyword]) {
            const { window } = ruleSet.rules[ruleIndex];
            let spans = spansOfRule.get(ruleIndex);
            if (!spans)
                spansOfRule.set(ruleIndex, (spans = []));
            addSpan(spans, spanAround(hitStart, hitEnd, window, starts, text.length));
        }
    }
    return spansOfRule;
}
function matchInSpan(text, span, compiled, ruleIndex, placeholders, out) {
    const slice = text.slice(span.start, span.end);
    const { regex } = compiled;
    regex.lastIndex = 0;
    for (let match = regex.exec(slice); match !== null; match = regex.exec(slice)) {
        const matchEnd = match.index + match[0].length;
        if (match[0].length === 0) {
            regex.lastIndex++;
            continue;
        }
        // A match touching a mid-line cut may be the tail or head of something longer.
        if (span.cutStart && match.index === 0)
            continue;
        if (span.cutEnd && matchEnd === slice.length)
            continue;
        const located = secretOf(match, compiled);
        if (!located || !accepts(compiled.rule, located.secret, match, placeholders))
            continue;
        out.push({
            ruleIndex,
            generic: compiled.generic,
            secret: located.secret,
            secretStart: span.start + located.offset,
            matchStart: span.start + match.index,
            matchEnd: span.start + matchEnd
        });
    }
}
function secretOf(match, compiled) {
    if (!compiled.hasSecretGroup) {
        return match[0] === '' ? undefined : { secret: match[0], offset: match.index };
    }
    const secret = match.groups?.['secret'];
    const range = match.indices?.groups?.['secret'];
    if (!secret || !range)
        return undefined;
    return { secret, offset: range[0] };
}
function accepts(rule, secret, match, placeholders) {
    if (rule.minEntropy !== undefined && entropy_shannonEntropy(secret) < rule.minEntropy)
        return false;
    if (rule.validate && !validates(rule, secret, match))
        return false;
    return !placeholders.isPlaceholder(secret);
}
/** A validator that throws on hostile input keeps the candidate: missing a secret is worse. */
function validates(rule, secret, match) {
    try {
        return rule.validate(secret, match);
    }
    catch {
        return true;
    }
}
function dedupe(candidates) {
    const seen = new Set();
    return candidates.filter(candidate => {
        const key = `${candidate.ruleIndex}:${candidate.secretStart}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
/** Drops a generic match whose text overlaps the secret a specific rule found. */
function preferSpecific(candidates) {
    const specific = candidates
        .filter(candidate => !candidate.generic)
        .map(candidate => [candidate.secretStart, candidate.secretStart + candidate.secret.length])
        .sort((a, b) => a[0] - b[0]);
    if (specific.length === 0)
        return candidates;
    // Running maximum of ends, so "some specific secret starting before x ends after y" is one lookup.
    const maxEnd = [];
    specific.forEach(([, end], i) => maxEnd.push(Math.max(end, maxEnd[i - 1] ?? 0)));
    return candidates.filter(candidate => {
        if (!candidate.generic)
            return true;
        const before = countStartingBefore(specific, candidate.matchEnd);
        return before === 0 || maxEnd[before - 1] <= candidate.matchStart;
    });
}
function countStartingBefore(sortedRanges, offset) {
    let low = 0;
    let high = sortedRanges.length;
    while (low < high) {
        const mid = (low + high) >> 1;
        if (sortedRanges[mid][0] < offset)
            low = mid + 1;
        else
            high = mid;
    }
    return low;
}
function toFinding(run, starts, rule, candidate) {
    const lineIndex = lineIndexAt(starts, candidate.secretStart);
    return {
        ruleId: rule.id,
        title: rule.title,
        category: rule.category,
        path: run.path,
        line: run.startLine + lineIndex,
        column: candidate.secretStart - starts[lineIndex] + 1,
        fingerprint: secretFingerprint(rule.id, candidate.secret),
        preview: secretPreview(candidate.secret)
    };
}

;// CONCATENATED MODULE: ./src/secrets/scan/suppressions.ts
/**
 * Marks findings that the repository has chosen to accept. Suppressed
 * findings stay in the list (the audit JSON shows them and why) but never
 * block. An allowlist entry past its expiry date suppresses nothing and is
 * reported, so accepted risks come back for review instead of living forever.
 */
const INLINE_MARKER = 'agent-audit:allow';
function applySuppressions(findings, context) {
    const live = new Map();
    const expired = new Map();
    for (const entry of context.allow) {
        if (entry.expires !== undefined && entry.expires < context.today) {
            expired.set(entry.fingerprint, { entry, matchedFindings: 0 });
        }
        else if (!live.has(entry.fingerprint)) {
            live.set(entry.fingerprint, entry);
        }
    }
    const marked = findings.map(finding => {
        const gone = expired.get(finding.fingerprint);
        if (gone && !live.has(finding.fingerprint))
            gone.matchedFindings++;
        const suppressed = suppressionOf(finding, findings, live, context);
        return suppressed ? { ...finding, suppressed } : { ...finding };
    });
    return { findings: marked, expiredAllowEntries: [...expired.values()] };
}
/**
 * Policy-side reasons come first: the allowlist and ignore_paths are read
 * from the base branch and reviewed there, while an inline marker is part of
 * the change itself (and may have been written by the agent).
 */
function suppressionOf(finding, all, allow, context) {
    const entry = allow.get(finding.fingerprint);
    if (entry) {
        return entry.expires === undefined
            ? { kind: 'allowlist', reason: entry.reason }
            : { kind: 'allowlist', reason: entry.reason, expires: entry.expires };
    }
    const pattern = context.ignorePaths.find(p => p.matches(finding.path));
    if (pattern)
        return { kind: 'ignore_path', reason: pattern.source };
    const line = context.lineText(finding.path, finding.line);
    const markerAt = line === undefined ? -1 : line.toLowerCase().indexOf(INLINE_MARKER);
    if (line === undefined || markerAt < 0)
        return undefined;
    return { kind: 'inline', reason: markerReason(line, markerAt, finding, all) };
}
/**
 * The marker and the justification written after it, e.g.
 * `agent-audit:allow test fixture`. The rest of the line is left out when any
 * finding on the line starts after the marker: it would hold that secret.
 */
function markerReason(line, markerAt, finding, all) {
    const secretAfterMarker = all.some(other => other.path === finding.path && other.line === finding.line && other.column > markerAt);
    const note = line.slice(markerAt + INLINE_MARKER.length, markerAt + INLINE_MARKER.length + 200);
    const cleaned = note.replace(/\s*(\*\/|-->|%>|#}|}})\s*$/, '').trim();
    return secretAfterMarker || cleaned === '' ? INLINE_MARKER : `${INLINE_MARKER} ${cleaned}`;
}
/** A lookup over the scanned runs, for the inline marker. */
function lineLookupOfRuns(runs) {
    const byPath = new Map();
    for (const run of runs) {
        const list = byPath.get(run.path);
        if (list)
            list.push(run);
        else
            byPath.set(run.path, [run]);
    }
    return (path, line) => {
        const run = byPath
            .get(path)
            ?.find(r => line >= r.startLine && line < r.startLine + r.lines.length);
        return run?.lines[line - run.startLine];
    };
}
/** Today's date in UTC as YYYY-MM-DD, the form `expires` is written in. */
function utcDate(now = new Date()) {
    return now.toISOString().slice(0, 10);
}

;// CONCATENATED MODULE: ./src/evaluation/secret-scan.ts




let scanner;
/** The catalogue is compiled once per process: the CLI and the action scan once, tests many times. */
function catalogueScanner() {
    scanner ??= createScanner(SECRET_RULES, { exampleSecrets: EXAMPLE_SECRETS });
    return scanner;
}
/**
 * Scans the added lines of every file in the change (agent-made or not:
 * anyone adding a credential fails the audit), then marks suppressions.
 * Files whose added lines cannot be read are listed, not skipped silently.
 */
function scanAddedLines(changeSet, policy, agentTouched, today) {
    const scannable = changeSet.files.filter(file => file.status !== 'deleted');
    const runs = addedRunsOfFiles(scannable);
    const scanned = catalogueScanner().scan(runs);
    const { findings, expiredAllowEntries } = applySuppressions(scanned.findings, {
        lineText: lineLookupOfRuns(runs),
        ignorePaths: policy.secrets.ignorePaths,
        allow: policy.secrets.allow,
        today
    });
    return {
        values: scanned.values,
        report: {
            scannedFiles: scannable.filter(file => file.patch !== undefined).length,
            bytesScanned: scanned.bytesScanned,
            findings: findings.map(finding => ({ ...finding, agentTouched: agentTouched(finding.path) })),
            suppressed: findings.filter(finding => finding.suppressed).length,
            expiredAllowEntries: expiredAllowEntries.map(({ entry }) => ({
                fingerprint: entry.fingerprint,
                reason: entry.reason,
                expires: entry.expires ?? ''
            })),
            unscannedFiles: scannable.filter(unreadable).map(file => file.path)
        }
    };
}
/**
 * A text file with added lines but no patch: GitHub leaves the patch out of
 * very large diffs. Binary files have no added lines to read and are not
 * counted (their additions are 0).
 */
function unreadable(file) {
    return file.patch === undefined && (file.additions ?? 0) > 0;
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
;// CONCATENATED MODULE: ./src/secrets/workflows/workflow-yaml.ts
/**
 * A workflow file as a YAML node tree that keeps line numbers, with the few
 * lookups the workflow checks need. Aliases (`*anchor`) are resolved, since
 * GitHub resolves them too.
 */

function parseWorkflowYaml(text) {
    const lineCounter = new dist/* LineCounter */.HN();
    const document = (0,dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: false });
    const error = document.errors[0];
    if (error) {
        const line = lineCounter.linePos(error.pos[0]).line;
        return { ok: false, line, problem: firstLine(error.message) };
    }
    const contents = document.contents;
    if (contents !== null && !(0,dist/* isMap */.jh)(contents)) {
        return { ok: false, line: 1, problem: 'the top level is not a mapping' };
    }
    return { ok: true, workflow: { text, document, lineCounter, root: contents ?? undefined } };
}
function firstLine(message) {
    return message.split('\n', 1)[0] ?? message;
}
/** 1-based line where `node` starts, when the parser kept its position. */
function lineOf(workflow, node) {
    const offset = node?.range?.[0];
    return offset === undefined ? undefined : workflow.lineCounter.linePos(offset).line;
}
function resolve(workflow, node) {
    if ((0,dist/* isAlias */.Vj)(node))
        return node.resolve(workflow.document) ?? undefined;
    return (0,dist/* isScalar */.jn)(node) || (0,dist/* isMap */.jh)(node) || (0,dist/* isSeq */.oP)(node) ? node : undefined;
}
function asMap(workflow, node) {
    const resolved = resolve(workflow, node);
    return (0,dist/* isMap */.jh)(resolved) ? resolved : undefined;
}
function asSeq(workflow, node) {
    const resolved = resolve(workflow, node);
    return (0,dist/* isSeq */.oP)(resolved) ? resolved : undefined;
}
/** The scalar's value as a string (numbers and booleans too), else undefined. */
function asString(workflow, node) {
    const resolved = resolve(workflow, node);
    if (!(0,dist/* isScalar */.jn)(resolved) || resolved.value === null || resolved.value === undefined)
        return undefined;
    return String(resolved.value);
}
/** The entries of a mapping whose keys are scalars, values resolved. */
function entries(workflow, map) {
    if (!map)
        return [];
    const result = [];
    for (const pair of map.items) {
        const key = asString(workflow, pair.key);
        if (key === undefined)
            continue;
        const keyNode = (0,dist/* isScalar */.jn)(pair.key) ? pair.key : undefined;
        result.push({ key, keyNode, value: resolve(workflow, pair.value) });
    }
    return result;
}
/** The entry of `map` named `key` (the last one, as YAML loaders keep). */
function workflow_yaml_entry(workflow, map, key) {
    return entries(workflow, map)
        .filter(candidate => candidate.key === key)
        .pop();
}
/** `jobs:` as (job id, job mapping) entries. */
function jobsOf(workflow) {
    const jobs = asMap(workflow, workflow_yaml_entry(workflow, workflow.root, 'jobs')?.value);
    const result = [];
    for (const { key, keyNode, value } of entries(workflow, jobs)) {
        const job = asMap(workflow, value);
        if (job)
            result.push({ id: key, keyNode, job });
    }
    return result;
}

;// CONCATENATED MODULE: ./src/secrets/workflows/permissions.ts
/**
 * Widened GITHUB_TOKEN permissions. Only increases to `write` are reported
 * (a write token can push, publish, approve or mint cloud credentials; a
 * read token cannot change anything).
 *
 * A missing `permissions:` block means the repository's default, which may
 * be read-only or read/write for every scope, and this file cannot tell
 * which. Each side assumes the worse case: before, the default counted as
 * read-only (so any explicit write after it is new); after, as read/write
 * (so removing an explicit block widens).
 */


/** No workflow at all before (an added file): nothing could write. */
const NOTHING = { kind: 'all', level: 'none' };
/** Every widening from `before` (undefined: the file is new) to `after`. */
function permissionWidenings(before, after) {
    const beforeTop = before ? permissionsOf(before, before.root) : NOTHING;
    const afterTop = permissionsOf(after, after.root);
    const findings = compare(beforeTop, afterTop, 'the workflow level', undefined);
    for (const job of jobsOf(after)) {
        findings.push(...jobWidenings(before, beforeTop, after, afterTop, job));
    }
    return findings;
}
/** A job's effective permissions before and after (its own block, else the workflow's). */
function jobWidenings(before, beforeTop, after, afterTop, { id, keyNode, job }) {
    const beforeJob = before && jobsOf(before).find(candidate => candidate.id === id)?.job;
    const ownBefore = before !== undefined && workflow_yaml_entry(before, beforeJob, 'permissions') !== undefined;
    const ownAfter = workflow_yaml_entry(after, job, 'permissions') !== undefined;
    // A job inheriting the workflow-level block on both sides is covered by the workflow comparison.
    if (!ownBefore && !ownAfter)
        return [];
    const beforePermissions = before && beforeJob ? permissionsOf(before, beforeJob, beforeTop) : beforeTop;
    const afterPermissions = permissionsOf(after, job, afterTop);
    const where = `job ${JSON.stringify(id)}`;
    return compare(beforePermissions, afterPermissions, where, lineOf(after, keyNode));
}
function compare(before, after, where, fallbackLine) {
    if (after.kind === 'default') {
        if (before.kind === 'default' || before === NOTHING)
            return [];
        return [{ line: fallbackLine, message: removedMessage(where) }];
    }
    if (after.kind === 'all') {
        if (after.level !== 'write' || (before.kind === 'all' && before.level === 'write'))
            return [];
        const message = `token permissions widened at ${where}: write-all (was ${describe(before)})`;
        return [{ line: after.line, message }];
    }
    const widenings = [];
    for (const [scope, { level, line }] of after.scopes) {
        if (level !== 'write' || levelOf(before, scope) === 'write')
            continue;
        widenings.push({ line, message: scopeMessage(where, scope, before) });
    }
    return widenings;
}
function removedMessage(where) {
    return `token permissions widened at ${where}: the permissions block was removed, so the token falls back to the repository default, which may be read/write for every scope`;
}
function scopeMessage(where, scope, before) {
    const why = scope === 'id-token'
        ? ', which lets the workflow request OIDC tokens for cloud credentials,'
        : '';
    return `token permissions widened at ${where}: "${scope}: write"${why} (was ${describe(before, scope)})`;
}
function describe(permissions, scope) {
    if (permissions === NOTHING)
        return 'absent: the workflow is new';
    if (permissions.kind === 'default')
        return 'not set: the repository default';
    if (permissions.kind === 'all')
        return `${permissions.level}-all`;
    if (scope !== undefined)
        return levelOf(permissions, scope);
    const scopes = [...permissions.scopes].map(([name, { level }]) => `${name}: ${level}`);
    return scopes.length === 0 ? '{}' : scopes.join(', ');
}
function levelOf(permissions, scope) {
    if (permissions.kind === 'default')
        return 'read';
    if (permissions.kind === 'all')
        return permissions.level;
    return permissions.scopes.get(scope)?.level ?? 'none';
}
/** The `permissions:` of a workflow or job mapping; `inherited` when the job sets none. */
function permissionsOf(workflow, owner, inherited = { kind: 'default' }) {
    const found = workflow_yaml_entry(workflow, owner, 'permissions');
    if (!found)
        return inherited;
    return parsePermissions(workflow, found.value);
}
function parsePermissions(workflow, value) {
    const line = lineOf(workflow, value);
    if ((0,dist/* isMap */.jh)(value)) {
        const scopes = new Map();
        for (const { key, keyNode, value: levelNode } of entries(workflow, value)) {
            scopes.set(key, { level: parseLevel(levelNode), line: lineOf(workflow, keyNode) });
        }
        return { kind: 'scopes', scopes };
    }
    if (!(0,dist/* isScalar */.jn)(value) || value.value === null)
        return { kind: 'default' };
    if (value.value === 'read-all')
        return { kind: 'all', level: 'read', line };
    // `write-all`, and anything GitHub would not accept: fail closed.
    return { kind: 'all', level: 'write', line };
}
/** `read`, `write`, `none`; anything else counts as write (fail closed). */
function parseLevel(node) {
    const value = (0,dist/* isScalar */.jn)(node) ? node.value : undefined;
    return value === 'read' || value === 'none' ? value : 'write';
}

;// CONCATENATED MODULE: ./src/secrets/workflows/pwn-request.ts

const TRIGGER = 'pull_request_target';
const PULL_REQUEST_HEAD = /github\.event\.pull_request\.(?:head\.(?:sha|ref|repo)|merge_commit_sha)|github\.head_ref|refs\/pull\/|pull\/\$\{\{\s*github\.event\.(?:number|pull_request\.number)/i;
const CHECKOUT_ACTION = /^actions\/checkout(?:@|$)/i;
/** True when `on:` (string, list or map form) names pull_request_target. */
function hasPullRequestTarget(workflow) {
    return triggersOf(workflow).includes(TRIGGER);
}
function triggersOf(workflow) {
    const on = workflow_yaml_entry(workflow, workflow.root, 'on')?.value;
    const single = asString(workflow, on);
    if (single !== undefined)
        return [single];
    const list = asSeq(workflow, on);
    if (list)
        return list.items.flatMap(item => asString(workflow, item) ?? []);
    return entries(workflow, asMap(workflow, on)).map(({ key }) => key);
}
/** Steps that check out the pull request's head, when the workflow runs on pull_request_target. */
function headCheckouts(workflow) {
    if (!hasPullRequestTarget(workflow))
        return [];
    return jobsOf(workflow).flatMap(({ id, job }) => stepsOf(workflow, job).flatMap(step => headCheckout(workflow, id, step) ?? []));
}
function stepsOf(workflow, job) {
    const steps = asSeq(workflow, workflow_yaml_entry(workflow, job, 'steps')?.value);
    return (steps?.items ?? []).flatMap(step => asMap(workflow, step) ?? []);
}
function headCheckout(workflow, jobId, step) {
    const uses = asString(workflow, workflow_yaml_entry(workflow, step, 'uses')?.value);
    if (uses !== undefined && CHECKOUT_ACTION.test(uses.trim())) {
        return checkoutOfHead(workflow, jobId, asMap(workflow, workflow_yaml_entry(workflow, step, 'with')?.value));
    }
    const run = workflow_yaml_entry(workflow, step, 'run')?.value;
    const script = asString(workflow, run) ?? '';
    const fetchesHead = /\bgh\s+pr\s+checkout\b/.test(script) ||
        (/\bgit\b/.test(script) && PULL_REQUEST_HEAD.test(script));
    if (!fetchesHead)
        return undefined;
    return pwn_request_describe(workflow, jobId, 'run', run, 'a run step fetches or checks out the pull request head');
}
/** actions/checkout whose `ref` (or `repository`) names the pull request head (or the fork). */
function checkoutOfHead(workflow, jobId, inputs) {
    for (const input of ['ref', 'repository']) {
        const found = headReference(workflow, jobId, input, workflow_yaml_entry(workflow, inputs, input)?.value);
        if (found)
            return found;
    }
    return undefined;
}
function headReference(workflow, jobId, input, node) {
    const value = asString(workflow, node);
    if (value === undefined || !PULL_REQUEST_HEAD.test(value))
        return undefined;
    const shown = JSON.stringify(value.length > 120 ? `${value.slice(0, 117)}...` : value);
    return pwn_request_describe(workflow, jobId, input, node, `actions/checkout with ${input}: ${shown}`);
}
function pwn_request_describe(workflow, jobId, kind, node, what) {
    const text = asString(workflow, node) ?? '';
    return {
        key: `${jobId}\u0000${kind}\u0000${text.trim()}`,
        line: lineOf(workflow, node),
        message: `job ${JSON.stringify(jobId)} runs on ${TRIGGER} and checks out the pull request's code (${what}): that code runs with the base repository's secrets and token`
    };
}

;// CONCATENATED MODULE: ./src/secrets/workflows/secret-references.ts
/**
 * Which secrets a workflow reads. GitHub evaluates `${{ … }}` anywhere in a
 * string, and `if:` values as bare expressions; a reference can name one
 * secret (`secrets.NPM_TOKEN`, `secrets['NPM_TOKEN']`), the whole context
 * (`toJSON(secrets)`, `secrets[matrix.name]`), or hand every secret to a
 * called workflow (`secrets: inherit`). `github.token` is GITHUB_TOKEN.
 */


const EXPRESSION = /\$\{\{([\s\S]*?)\}\}/g;
const SECRETS = /(?<![\w.$-])secrets\b\s*(?:\.\s*([A-Za-z_][\w-]*)|\[\s*(['"])([^'"]*)\2\s*\])?/;
const GITHUB_TOKEN = /(?<![\w.$-])github\s*\.\s*token\b/;
const ANY_REFERENCE = new RegExp(`${SECRETS.source}|${GITHUB_TOKEN.source}`, 'gi');
const WHOLE_CONTEXT = '*';
const INHERIT = '*inherit';
/** Every distinct secret the workflow references, at its first occurrence, in line order. */
function secretReferences(workflow) {
    const found = new Map();
    const add = (reference) => {
        if (!found.has(reference.key))
            found.set(reference.key, reference);
    };
    (0,dist/* visit */.YR)(workflow.document, {
        Scalar(_key, node, path) {
            const parent = path[path.length - 1];
            const isCondition = (0,dist/* isPair */.tO)(parent) && (0,dist/* isScalar */.jn)(parent.key) && parent.key.value === 'if';
            for (const reference of scalarReferences(workflow, node, isCondition && parent.value === node)) {
                add(reference);
            }
        }
    });
    inheritedSecrets(workflow).forEach(add);
    return [...found.values()].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}
function scalarReferences(workflow, node, isCondition) {
    if (typeof node.value !== 'string')
        return [];
    const expressions = isCondition
        ? [node.value]
        : [...node.value.matchAll(EXPRESSION)].map(match => match[1] ?? '');
    const source = sourceOf(workflow, node);
    return expressions.flatMap(expression => referencesIn(expression).map(({ key, label }) => ({
        key,
        label,
        line: lineWithin(workflow, node, source, key)
    })));
}
function referencesIn(expression) {
    return [...expression.matchAll(ANY_REFERENCE)].map(referenceOf);
}
function referenceOf(match) {
    if (match[0].toLowerCase().startsWith('github')) {
        return { key: 'GITHUB_TOKEN', label: '"GITHUB_TOKEN" (as github.token)' };
    }
    const name = match[1] ?? match[3];
    if (name === undefined) {
        return { key: WHOLE_CONTEXT, label: 'every secret (the whole secrets context)' };
    }
    return { key: name.toUpperCase(), label: JSON.stringify(name) };
}
/** `secrets: inherit` on a job that calls a reusable workflow passes it every secret. */
function inheritedSecrets(workflow) {
    return jobsOf(workflow).flatMap(({ id, job }) => {
        const secrets = workflow_yaml_entry(workflow, job, 'secrets');
        if (!(0,dist/* isScalar */.jn)(secrets?.value) || secrets.value.value !== 'inherit')
            return [];
        const label = `every secret (job ${JSON.stringify(id)} has "secrets: inherit")`;
        return [{ key: INHERIT, label, line: lineOf(workflow, secrets.keyNode) }];
    });
}
function sourceOf(workflow, node) {
    const range = node.range;
    return range ? workflow.text.slice(range[0], range[1]) : '';
}
/** The line of the reference inside a (possibly multi-line) scalar, else the scalar's first line. */
function lineWithin(workflow, node, source, key) {
    const start = node.range?.[0];
    if (start === undefined)
        return undefined;
    const match = [...source.matchAll(ANY_REFERENCE)].find(found => referenceOf(found).key === key);
    return workflow.lineCounter.linePos(start + (match?.index ?? 0)).line;
}

;// CONCATENATED MODULE: ./src/secrets/workflows/workflow-changes.ts
/**
 * Agent edits to CI workflows: what a change to a GitHub Actions workflow
 * (or a composite action) newly exposes. Three things turn a workflow edit
 * into a way to reach the repository's credentials: reading a secret it did
 * not read before, widening the token's permissions, and running the pull
 * request's own code from a `pull_request_target` workflow. A workflow that
 * no longer parses is reported too: what it would do cannot be judged.
 */





/** Which files are workflows is the engine's call, so every stage picks the same files. */

/**
 * What the change from `before` (undefined: the file is added) to `after`
 * (undefined: deleted) newly exposes. The caller picks the files
 * (`isWorkflowPath`); this judges any text it is given as a workflow.
 */
function reviewWorkflowChange(path, before, after) {
    if (after === undefined)
        return [];
    const parsedAfter = parseWorkflowYaml(after);
    if (!parsedAfter.ok) {
        const message = `the workflow no longer parses as YAML (${parsedAfter.problem}), so what it does cannot be checked`;
        return [{ rule: 'unparseable-workflow', path, line: parsedAfter.line, message }];
    }
    // An emptied file runs nothing, so it exposes nothing.
    if (parsedAfter.workflow.root === undefined)
        return [];
    // A BEFORE that did not parse never ran: it counts as no workflow at all.
    const parsedBefore = before === undefined ? undefined : parseWorkflowYaml(before);
    const previous = parsedBefore?.ok ? parsedBefore.workflow : undefined;
    return [
        ...newSecretReferences(path, previous, parsedAfter.workflow),
        ...widenedPermissions(path, previous, parsedAfter.workflow),
        ...newHeadCheckouts(path, previous, parsedAfter.workflow)
    ];
}
function newSecretReferences(path, before, after) {
    const known = new Set(before ? secretReferences(before).map(reference => reference.key) : []);
    return secretReferences(after)
        .filter(reference => !known.has(reference.key))
        .map(reference => ({
        rule: 'new-secret-reference',
        path,
        line: reference.line,
        message: `the workflow now reads ${reference.label}, which it did not before`
    }));
}
function widenedPermissions(path, before, after) {
    return permissionWidenings(before, after).map(widening => ({
        rule: 'widened-permissions',
        path,
        line: widening.line,
        message: widening.message
    }));
}
function newHeadCheckouts(path, before, after) {
    const known = new Set(before ? headCheckouts(before).map(checkout => checkout.key) : []);
    return headCheckouts(after)
        .filter(checkout => !known.has(checkout.key))
        .map(checkout => ({
        rule: 'pull-request-target-checkout',
        path,
        line: checkout.line,
        message: checkout.message
    }));
}

;// CONCATENATED MODULE: ./src/evaluation/secret-findings.ts



/** The built-in area whose approval covers agent edits to CI workflows. */
const WORKFLOWS_AREA = 'governance';
const FETCH_DEPTH_FIX = 'Check out the full history (actions/checkout with fetch-depth: 0) so agent-audit can read the diff locally';
function finding(fields) {
    const where = fields.line ? `:${fields.line}:${fields.column ?? 1}` : '';
    return { id: `${fields.kind}:${fields.ruleId ?? fields.area}:${fields.path}${where}`, ...fields };
}
/** Looks up attribution by path: secret findings are raised for every file, agent-made or not. */
function attributionIndex(attribution) {
    const byPath = new Map(attribution.files.map(file => [file.path, file]));
    return path => byPath.get(path);
}
/**
 * Secret-bearing files: an agent change is a violation no approval waives;
 * a human's is one too unless the policy sets block_human_secret_files: false.
 */
function secretFileFindings(changeSet, attribution, policy) {
    const fileOf = attributionIndex(attribution);
    const found = [];
    for (const change of changesToJudge(changeSet, attribution)) {
        const match = classifySecretFile(change, undefined);
        if (!match)
            continue;
        const files = [
            fileOf(change.path),
            change.previousPath ? fileOf(change.previousPath) : undefined
        ];
        const agent = files.some(file => file?.agentTouched);
        found.push({ finding: secretFileFinding(match, change, agent, files, policy) });
    }
    return found;
}
/**
 * The net diff's changes, plus the last change of any path a commit touched
 * that the net diff no longer shows (added, then removed again: the
 * credential is still in the branch's history).
 */
function changesToJudge(changeSet, attribution) {
    const net = new Set(changeSet.files.flatMap(f => (f.previousPath ? [f.path, f.previousPath] : [f.path])));
    const lastChange = new Map();
    for (const commit of changeSet.commits) {
        for (const change of commit.files)
            lastChange.set(change.path, change);
    }
    const transient = attribution.files
        .filter(file => !net.has(file.path))
        .flatMap(file => lastChange.get(file.path) ?? []);
    return [...changeSet.files, ...transient];
}
function secretFileFinding(match, change, agent, files, policy) {
    const blocking = agent || policy.secrets.blockHumanSecretFiles;
    const who = agent ? 'An agent' : 'A human';
    return finding({
        kind: 'secret_file',
        status: blocking ? 'violation' : 'advisory',
        blocking,
        path: change.path,
        previousPath: change.previousPath,
        area: 'secret files',
        ruleId: match.rule,
        commits: [...new Set(files.flatMap(file => file?.commits ?? []))],
        agentTouched: agent,
        message: `${who} ${verb(change)} a secret-bearing file (${match.title}). ${match.reason}`,
        resolution: agent
            ? 'Remove the agent commits that touch this file (no approval waives it); rotate any credential it held'
            : 'Remove the file from the pull request and rotate any credential it held'
    });
}
function verb(change) {
    const verbs = {
        added: 'added',
        modified: 'changed',
        deleted: 'deleted',
        renamed: 'renamed',
        copied: 'copied',
        'type-changed': 'changed'
    };
    return verbs[change.status];
}
/** Every credential found in added lines blocks, whoever added it, unless suppressed. */
function secretValueFindings(report, attribution) {
    const fileOf = attributionIndex(attribution);
    return report.findings
        .filter(secret => !secret.suppressed)
        .map(secret => ({
        finding: finding({
            kind: 'secret',
            status: 'violation',
            blocking: true,
            path: secret.path,
            area: 'secrets in added lines',
            ruleId: secret.ruleId,
            fingerprint: secret.fingerprint,
            line: secret.line,
            column: secret.column,
            agentTouched: secret.agentTouched,
            commits: fileOf(secret.path)?.commits ?? [],
            message: `${secret.title} added at line ${secret.line}`,
            resolution: 'Remove it from the branch history and rotate it; if it is not a secret, mark the line with agent-audit:allow or allowlist its fingerprint in secrets.allow'
        })
    }));
}
/** Files that could not be scanned fail the audit: an unread diff is not a clean one. */
function unscannedFindings(report, attribution) {
    const fileOf = attributionIndex(attribution);
    return report.unscannedFiles.map(path => ({
        finding: finding({
            kind: 'secret_scan_incomplete',
            status: 'violation',
            blocking: true,
            path,
            area: 'secrets in added lines',
            agentTouched: fileOf(path)?.agentTouched ?? false,
            commits: fileOf(path)?.commits ?? [],
            message: 'The API omitted this file’s diff, so its added lines were not scanned for secrets',
            resolution: FETCH_DEPTH_FIX
        })
    }));
}
/**
 * Agent edits to CI workflows that reach the repository's secrets, widen
 * permissions or check out a fork's code in a privileged trigger. They wait
 * for the approval of the workflows (governance) area.
 */
function workflowFindings(changeSet, attribution, policy) {
    const fileOf = attributionIndex(attribution);
    const area = policy.areas.get(WORKFLOWS_AREA);
    if (!area)
        throw new Error('BUG: the mandatory governance area is missing from the policy');
    return (changeSet.workflowTexts ?? [])
        .filter(texts => fileOf(texts.path)?.agentTouched)
        .flatMap(texts => reviewWorkflowChange(texts.path, texts.before, texts.after))
        .map(found => ({
        area,
        finding: finding({
            kind: 'workflow_secrets',
            status: 'needs_approval',
            blocking: true,
            path: found.path,
            area: area.name,
            ruleId: found.rule,
            line: found.line,
            agentTouched: true,
            commits: fileOf(found.path)?.agentCommits ?? [],
            message: found.message,
            resolution: approvalResolution(area)
        })
    }));
}

;// CONCATENATED MODULE: ./src/evaluation/evaluate.ts










/** Judges every agent-touched path against the policy and returns the one result. */
function evaluate(input) {
    const { changeSet, policy, attribution } = input;
    const netFiles = new Map(changeSet.files.map(f => [f.path, f]));
    const renames = renameSides(changeSet);
    const files = [];
    const pending = [];
    for (const file of attribution.files) {
        const audited = auditFile(file, policy, renames, pending);
        const net = netFiles.get(file.path);
        files.push({ ...audited, status: net?.status, previousPath: net?.previousPath });
    }
    pending.push(...symlinkTargetFindings(changeSet, attribution, policy));
    const secrets = secretsStage(input, pending);
    const approvals = judgeAreas(pending, input.judge, oldestFirst(changeSet));
    const findings = settle(pending, approvals);
    const result = assemble(input, files, findings, [...approvals.values()], secrets);
    markVerdicts(result);
    return { ...result, ...decide(result) };
}
/** Secret files, credentials in added lines and agent edits to workflows, added to `pending`. */
function secretsStage(input, pending) {
    const { changeSet, policy, attribution } = input;
    const touched = new Set(attribution.files.filter(f => f.agentTouched).map(f => f.path));
    const scan = scanAddedLines(changeSet, policy, path => touched.has(path), input.today);
    input.onSecretValues?.(scan.values);
    pending.push(...secretValueFindings(scan.report, attribution), ...secretFileFindings(changeSet, attribution, policy), ...workflowFindings(changeSet, attribution, policy), ...unscannedFindings(scan.report, attribution));
    return scan.report;
}
function auditFile(file, policy, renames, pending) {
    const base = {
        path: file.path,
        mode: file.mode,
        agentTouched: file.agentTouched,
        inNetDiff: file.inNetDiff,
        commits: file.commits,
        agentCommits: file.agentCommits,
        matches: [],
        verdict: 'not_agent'
    };
    if (!file.agentTouched)
        return base;
    const rules = rulesForPath(policy, file.path);
    pending.push(...findingsForPath(file, rules, policy, renames(file.path)));
    return { ...base, matches: summarizeHits(rules), verdict: 'allowed' };
}
/** Sorts SHAs into the change set's commit order (oldest first), whatever order they were found in. */
function oldestFirst(changeSet) {
    const position = new Map(changeSet.commits.map((commit, index) => [commit.sha, index]));
    const at = (sha) => position.get(sha) ?? Number.MAX_SAFE_INTEGER;
    return shas => [...shas].sort((a, b) => at(a) - at(b));
}
/**
 * One approval requirement per area, covering every agent-touched path in it.
 * Its commits are oldest first: the judge takes the last as the newest agent
 * commit that approvals must come after, so path order must not leak in.
 */
function judgeAreas(pending, judge, inCommitOrder) {
    const byArea = new Map();
    for (const { finding, area } of pending) {
        if (!area)
            continue;
        const entry = byArea.get(area.name) ?? { area, paths: [], commits: new Set() };
        // One path can raise several findings in an area (a review rule and a workflow rule).
        if (!entry.paths.includes(finding.path))
            entry.paths.push(finding.path);
        finding.commits.forEach(sha => entry.commits.add(sha));
        byArea.set(area.name, entry);
    }
    const judged = new Map();
    for (const [name, { area, paths, commits }] of byArea) {
        judged.set(name, judge({ area, paths, agentCommits: inCommitOrder(commits) }));
    }
    return judged;
}
function settle(pending, approvals) {
    return pending.map(({ finding, area }) => {
        if (!area || !approvals.get(area.name)?.satisfied)
            return finding;
        return { ...finding, status: 'approved', blocking: false };
    });
}
function assemble(input, files, findings, approvals, secrets) {
    const { changeSet, policy, attribution } = input;
    const pr = changeSet.pullRequest;
    return {
        schema: AUDIT_SCHEMA,
        tool: { name: TOOL_NAME, version: TOOL_VERSION },
        decision: 'pass',
        reason: '',
        baseSha: changeSet.baseSha,
        headSha: changeSet.headSha,
        pullRequest: pr && {
            number: pr.number,
            title: pr.title,
            author: pr.author,
            headRef: pr.headRef,
            baseRef: pr.baseRef
        },
        policy: {
            ...policy.source,
            attribution: policy.attribution,
            canRead: policy.canRead.map(entry => entry.label)
        },
        reviewsAvailable: input.reviewsAvailable,
        commits: auditedCommits(changeSet, attribution),
        files,
        findings,
        approvals,
        pullRequestEvidence: attribution.pullRequestEvidence,
        requesters: attribution.requesters,
        secrets,
        advisories: advisories(policy),
        counts: {
            commits: 0,
            agentCommits: 0,
            files: 0,
            agentFiles: 0,
            findings: 0,
            blockingFindings: 0,
            violations: 0,
            needsApproval: 0
        }
    };
}
function auditedCommits(changeSet, attribution) {
    const bySha = new Map(attribution.commits.map(c => [c.sha, c]));
    return changeSet.commits.map(commit => {
        const attributed = bySha.get(commit.sha);
        if (!attributed)
            throw new Error(`BUG: commit ${commit.sha} has no attribution`);
        return {
            ...attributed,
            shortSha: shortSha(commit.sha),
            subject: commitSubject(commit.message),
            author: commit.author,
            committer: commit.committer,
            files: commit.files.flatMap(f => (f.previousPath ? [f.previousPath, f.path] : [f.path]))
        };
    });
}
function advisories(policy) {
    if (policy.canRead.length === 0)
        return [];
    return [
        'can_read is accepted but cannot be enforced at CI time: a diff shows what an agent changed, not what it read.'
    ];
}
/** A file's verdict is its strictest finding's: blocked, then needs approval, else allowed. */
function markVerdicts(result) {
    const verdicts = new Map();
    for (const finding of result.findings) {
        const verdict = finding.status === 'violation'
            ? 'blocked'
            : finding.status === 'needs_approval'
                ? 'needs_approval'
                : 'allowed';
        const current = verdicts.get(finding.path);
        if (!current || rank(verdict) > rank(current))
            verdicts.set(finding.path, verdict);
    }
    for (const file of result.files) {
        if (file.agentTouched)
            file.verdict = verdicts.get(file.path) ?? 'allowed';
    }
}
function rank(verdict) {
    return ['not_agent', 'allowed', 'needs_approval', 'blocked'].indexOf(verdict);
}

;// CONCATENATED MODULE: ./src/engine/audit.ts



/**
 * The engine in one call: attribute the commits, then judge the agent-made
 * changes against the policy. Shared by the CLI and the action.
 */
function audit(changeSet, policy, options = {}) {
    const attribution = attribute_attribute(changeSet, policy.agents, policy.attribution);
    return evaluate({
        changeSet,
        policy,
        attribution,
        judge: options.judge ? options.judge(attribution) : noReviewsJudge,
        reviewsAvailable: options.judge !== undefined,
        today: options.today ?? new Date().toISOString().slice(0, 10),
        onSecretValues: options.onSecretValues
    });
}
/**
 * Whether telling agent files from the rest needs each commit's own file
 * list (asked before any are read): when the change mixes agent and other
 * commits, or has a merge that is not already an agent's by its own
 * identity. When every commit is an agent's (or none is), the net diff
 * alone settles it, and the action saves one API call per commit. A merge
 * with no files read looks clean, and attribution leaves a clean merge's
 * message unread, so an "evil merge" would pass as an "Update branch" one.
 */
function needsPerCommitFiles(changeSet, policy) {
    const { commits } = attribute(changeSet, policy.agents, policy.attribution);
    if (commits.some(commit => commit.cleanMerge && commit.kind !== 'agent'))
        return true;
    if (policy.attribution === 'pull_request')
        return false;
    const kinds = commits.map(commit => commit.kind);
    return kinds.includes('agent') && kinds.some(kind => kind !== 'agent');
}

;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_namespaceObject);
;// CONCATENATED MODULE: ./src/git/parse-combined-patch.ts
/**
 * Reads the dense combined patch of merges (`git diff-tree --stdin --cc -p`).
 *
 * `--cc` omits every hunk in which the merge result matches one of the
 * parents, so a path that still has a hunk (or a binary difference) holds an
 * edit that no parent had: the merge's own work.
 */
const COMMIT_ID_LINE = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
const HEADER_PREFIX = 'diff --cc ';
/**
 * Paths with at least one hunk, per merge sha. Patch content lines start with
 * one marker column per parent (' ', '+' or '-'), so a line that is a bare
 * sha, or starts with "diff --cc ", "@@" or "Binary files", is always git's
 * own header and never file content.
 */
function parsePathsWithHunks(patch) {
    const pathsByCommit = new Map();
    let paths;
    let currentPath;
    for (const line of patch.split('\n')) {
        if (COMMIT_ID_LINE.test(line)) {
            paths = new Set();
            pathsByCommit.set(line, paths);
            currentPath = undefined;
        }
        else if (line.startsWith(HEADER_PREFIX)) {
            currentPath = unquoteGitPath(line.slice(HEADER_PREFIX.length));
        }
        else if (currentPath !== undefined && isDifferenceLine(line)) {
            paths?.add(currentPath);
        }
    }
    return pathsByCommit;
}
function isDifferenceLine(line) {
    return line.startsWith('@@') || line.startsWith('Binary files ');
}
const SIMPLE_ESCAPES = {
    a: 0x07,
    b: 0x08,
    t: 0x09,
    n: 0x0a,
    v: 0x0b,
    f: 0x0c,
    r: 0x0d,
    '"': 0x22,
    '\\': 0x5c
};
/**
 * Undoes git's C-style quoting of a path in a patch header: `"a\"b\nc"`.
 * Octal escapes are single bytes of a UTF-8 sequence, so the bytes are
 * collected first and decoded at the end. Unquoted paths come back as they are.
 */
function unquoteGitPath(text) {
    if (!text.startsWith('"') || !text.endsWith('"') || text.length < 2)
        return text;
    // Whole code points, so that a character outside the BMP is not split into halves.
    const chars = [...text.slice(1, -1)];
    const bytes = [];
    for (let index = 0; index < chars.length; index++) {
        const char = chars[index] ?? '';
        if (char !== '\\') {
            bytes.push(...Buffer.from(char, 'utf8'));
            continue;
        }
        const octal = chars.slice(index + 1, index + 4).join('');
        if (/^[0-7]{3}$/.test(octal)) {
            bytes.push(parseInt(octal, 8));
            index += 3;
            continue;
        }
        const escaped = chars[index + 1] ?? '';
        bytes.push(SIMPLE_ESCAPES[escaped] ?? escaped.charCodeAt(0));
        index += 1;
    }
    return Buffer.from(bytes).toString('utf8');
}

;// CONCATENATED MODULE: ./src/git/parse-raw.ts
const STATUS_BY_LETTER = {
    A: 'added',
    M: 'modified',
    D: 'deleted',
    R: 'renamed',
    C: 'copied',
    T: 'type-changed'
};
const ABSENT_MODE = '000000';
const COMMIT_ID = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
const LINE_COUNT = /^(\d+|-)\t(\d+|-)\t([\s\S]*)$/;
/** NUL-separated fields; git ends the last one with a NUL too, which leaves no extra field. */
function splitNul(text) {
    const fields = text.split('\0');
    if (fields[fields.length - 1] === '')
        fields.pop();
    return fields;
}
/** Reads every record of a `diff-tree -z` stream in order. */
function parseDiffRecords(text) {
    const fields = splitNul(text);
    const records = [];
    let index = 0;
    const next = () => {
        const field = fields[index++];
        if (field === undefined)
            throw new Error('git diff-tree output ended in the middle of a record');
        return field;
    };
    while (index < fields.length)
        records.push(readRecord(next(), next));
    return records;
}
function readRecord(head, next) {
    if (head.startsWith('::'))
        return parseCombinedRaw(head, next());
    if (head.startsWith(':'))
        return { kind: 'change', change: parseRaw(head, next) };
    const lineCount = LINE_COUNT.exec(head);
    if (lineCount)
        return parseLineCount(lineCount, next);
    if (COMMIT_ID.test(head))
        return { kind: 'commit', sha: head };
    throw new Error(`Unexpected field in git diff-tree output: ${JSON.stringify(head.slice(0, 80))}`);
}
/** `:<old mode> <new mode> <old sha> <new sha> <status>[score]` then one path, or two for R/C. */
function parseRaw(head, next) {
    const [oldMode, newMode, , , statusField] = head.slice(1).split(' ');
    const letter = statusField?.charAt(0) ?? '';
    const status = statusFromLetter(letter);
    const hasTwoPaths = status === 'renamed' || status === 'copied';
    const previousPath = hasTwoPaths ? next() : undefined;
    const path = next();
    return withModes({ path, previousPath, status }, newMode, oldMode);
}
/**
 * `::` combined record (`diff-tree -c --raw`, one colon per parent):
 * a mode per parent, the result's mode, a sha per parent, the result's sha,
 * then one status letter per parent, and the result's path.
 */
function parseCombinedRaw(head, path) {
    const parentCount = head.length - head.replace(/^:+/, '').length;
    const parts = head.slice(parentCount).split(' ');
    const modes = parts.slice(0, parentCount + 1);
    const letters = parts[2 * (parentCount + 1)] ?? '';
    if (modes.length !== parentCount + 1 || letters.length !== parentCount) {
        throw new Error(`Malformed combined diff record: ${JSON.stringify(head)}`);
    }
    const change = withModes({ path, status: combinedStatus(letters) }, modes[parentCount], modes[0]);
    return { kind: 'change', change, parentModes: modes.slice(0, parentCount) };
}
/**
 * A merge's own change to a path, from one status letter per parent. Added
 * (or deleted) only when that is true against every parent; anything mixed,
 * such as a path new to one parent but edited from the other, is a modification.
 */
function combinedStatus(letters) {
    const first = letters.charAt(0);
    const allSame = [...letters].every(letter => letter === first);
    return allSame ? statusFromLetter(first) : 'modified';
}
function statusFromLetter(letter) {
    const status = STATUS_BY_LETTER[letter];
    if (!status)
        throw new Error(`Unexpected git change status "${letter}"`);
    return status;
}
function withModes(change, mode, previousMode) {
    const result = { path: change.path, status: change.status };
    if (change.previousPath !== undefined)
        result.previousPath = change.previousPath;
    if (mode && mode !== ABSENT_MODE)
        result.mode = mode;
    if (previousMode && previousMode !== ABSENT_MODE)
        result.previousMode = previousMode;
    return result;
}
/** `<added>\t<deleted>\t<path>`, or for renames `<added>\t<deleted>\t` then old and new path. Binary files count '-'. */
function parseLineCount(match, next) {
    const [, added = '-', deleted = '-', inlinePath = ''] = match;
    let path = inlinePath;
    if (inlinePath === '') {
        next();
        path = next();
    }
    const record = { kind: 'lineCount', path };
    if (added !== '-')
        record.additions = Number(added);
    if (deleted !== '-')
        record.deletions = Number(deleted);
    return record;
}
/** The changes of one diff (no `--stdin`), with line counts attached when numstat was asked for. */
function parseDiffTree(text) {
    return collectChanges(parseDiffRecords(text));
}
/** `diff-tree --stdin` output: the changes of each commit, keyed by sha. Commits with no changes are absent. */
function parseDiffTreeStdin(text) {
    const byCommit = new Map();
    for (const [sha, records] of splitByCommit(parseDiffRecords(text))) {
        byCommit.set(sha, collectChanges(records));
    }
    return byCommit;
}
/** Groups `--stdin` records under the commit id that precedes them. */
function splitByCommit(records) {
    const byCommit = new Map();
    let current;
    for (const record of records) {
        if (record.kind === 'commit') {
            current = [];
            byCommit.set(record.sha, current);
        }
        else if (current) {
            current.push(record);
        }
        else {
            throw new Error('git diff-tree --stdin output did not start with a commit id');
        }
    }
    return byCommit;
}
/** The changes in one commit's records, with numstat line counts attached to them by path. */
function collectChanges(records) {
    const changes = [];
    const byPath = new Map();
    for (const record of records) {
        if (record.kind === 'change') {
            changes.push(record.change);
            byPath.set(record.change.path, record.change);
        }
        else if (record.kind === 'lineCount') {
            const change = byPath.get(record.path);
            if (change && record.additions !== undefined)
                change.additions = record.additions;
            if (change && record.deletions !== undefined)
                change.deletions = record.deletions;
        }
        else {
            throw new Error(`Unexpected commit id ${record.sha} inside one diff`);
        }
    }
    return changes;
}

;// CONCATENATED MODULE: ./src/git/merge-changes.ts


/**
 * Keeps, per merge, the combined-diff (`-c --raw`) paths the merge itself
 * changed: the path is new (or gone) compared with every parent, its mode
 * matches no parent, or the dense combined patch (`--cc -p`) still shows a
 * hunk for it. A file both branches edited in different places, merged
 * cleanly, is listed by `-c` but passes none of these tests, so an "Update
 * branch" merge contributes nothing.
 */
function mergeOwnChanges(combinedRaw, densePatch) {
    const hunkedPaths = parsePathsWithHunks(densePatch);
    const byCommit = new Map();
    for (const [sha, records] of splitByCommit(parseDiffRecords(combinedRaw))) {
        const hunked = hunkedPaths.get(sha) ?? new Set();
        const own = records.filter(record => isOwnChange(record, hunked));
        byCommit.set(sha, collectChanges(own));
    }
    return byCommit;
}
function isOwnChange(record, hunked) {
    if (record.kind !== 'change')
        return false;
    const { change, parentModes = [] } = record;
    if (change.status === 'added' || change.status === 'deleted')
        return true;
    if (!parentModes.includes(change.mode ?? ''))
        return true;
    return hunked.has(change.path);
}

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: ./src/git/run-git.ts


/** A git process that exited with a non-zero status. Callers decide whether it is the user's fault. */
class GitCommandError extends Error {
    args;
    exitCode;
    stderr;
    constructor(args, exitCode, stderr) {
        super(`git ${args.join(' ')} failed (exit ${exitCode}): ${stderr.trim()}`);
        this.name = 'GitCommandError';
        this.args = args;
        this.exitCode = exitCode;
        this.stderr = stderr;
    }
}
/**
 * Options that make git's output the same whatever the user's config says:
 * raw UTF-8 path names, no signature lines mixed into log output, no
 * `refs/replace` objects silently rewriting the history being audited.
 */
const STABLE_OUTPUT_ARGS = [
    '--no-replace-objects',
    '-c',
    'core.quotepath=off',
    '-c',
    'log.showSignature=false',
    '-c',
    'i18n.logOutputEncoding=UTF-8'
];
/**
 * Variables that point git at another repository. They leak in when
 * agent-audit runs from a git hook, and would make it ignore `repo`.
 */
const REPOSITORY_LOCATION_VARS = ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'GIT_COMMON_DIR'];
function gitEnvironment() {
    const env = { ...process.env, LC_ALL: 'C', GIT_TERMINAL_PROMPT: '0' };
    for (const name of REPOSITORY_LOCATION_VARS)
        delete env[name];
    return env;
}
/**
 * Runs git in `repo` with an argument array (never a shell) and returns its
 * standard output decoded as UTF-8. Rejects with GitCommandError on a
 * non-zero exit, and with a UserError when git itself cannot be started.
 */
function runGit(repo, args, options = {}) {
    const fullArgs = [...STABLE_OUTPUT_ARGS, ...args];
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_namespaceObject.spawn)('git', fullArgs, { cwd: repo, env: gitEnvironment() });
        const stdout = [];
        const stderr = [];
        child.stdout.on('data', (chunk) => stdout.push(chunk));
        child.stderr.on('data', (chunk) => stderr.push(chunk));
        child.on('error', (error) => reject(startFailure(error)));
        child.on('close', code => {
            if (code === 0)
                resolve(Buffer.concat(stdout).toString('utf8'));
            else
                reject(new GitCommandError(args, code, Buffer.concat(stderr).toString('utf8')));
        });
        // git may exit before reading all of its input (e.g. on a bad revision); the
        // exit status then tells the story, so a broken pipe here is not an error.
        child.stdin.on('error', () => undefined);
        child.stdin.end(options.input ?? '');
    });
}
function startFailure(error) {
    if (error.code === 'ENOENT') {
        return new UserError('git was not found: agent-audit needs the git command to read local commits', 'Install git and make sure it is on the PATH');
    }
    return error;
}

;// CONCATENATED MODULE: ./src/git/commit-files.ts



/** Changes per commit sha; a commit that changed nothing maps to []. */
async function readCommitFiles(repo, commits) {
    const ordinary = commits.filter(commit => commit.parents.length <= 1).map(c => c.sha);
    const merges = commits.filter(commit => commit.parents.length > 1).map(c => c.sha);
    const [ordinaryFiles, mergeFiles] = await Promise.all([
        readOrdinaryCommitFiles(repo, ordinary),
        readMergeOwnFiles(repo, merges)
    ]);
    const byCommit = new Map();
    for (const { sha } of commits) {
        byCommit.set(sha, ordinaryFiles.get(sha) ?? mergeFiles.get(sha) ?? []);
    }
    return byCommit;
}
/** Diff against the single parent, renames detected; `--root` makes a root commit list its files as added. */
async function readOrdinaryCommitFiles(repo, shas) {
    if (shas.length === 0)
        return new Map();
    const output = await runGit(repo, ['diff-tree', '--stdin', '-r', '-z', '--raw', '--numstat', '-M', '--root', '--no-color'], { input: stdinList(shas) });
    return parseDiffTreeStdin(output);
}
/** What each merge changed on its own: see mergeOwnChanges. */
async function readMergeOwnFiles(repo, shas) {
    if (shas.length === 0)
        return new Map();
    const input = stdinList(shas);
    const [combinedRaw, densePatch] = await Promise.all([
        runGit(repo, ['diff-tree', '--stdin', '-r', '-z', '-c', '--raw', '--no-color'], { input }),
        runGit(repo, ['diff-tree', '--stdin', '-r', '--cc', '-p', '--no-color'], { input })
    ]);
    return mergeOwnChanges(combinedRaw, densePatch);
}
/** The net change from base to head, with line counts unless `lineCounts` is false. */
async function readNetFiles(repo, baseSha, headSha, options = {}) {
    // --numstat diffs every file's content; leave it out when only paths and modes are wanted.
    const numstat = options.lineCounts === false ? [] : ['--numstat'];
    const output = await runGit(repo, [
        'diff-tree',
        '-r',
        '-z',
        '--raw',
        ...numstat,
        '-M',
        '--no-color',
        baseSha,
        headSha
    ]);
    return parseDiffTree(output);
}
function stdinList(shas) {
    return shas.map(sha => `${sha}\n`).join('');
}

;// CONCATENATED MODULE: ./src/git/parse-log.ts

const COMMIT_FIELDS = ['%H', '%P', '%an', '%ae', '%aI', '%cn', '%ce', '%cI', '%B'];
const COMMIT_LOG_FORMAT = COMMIT_FIELDS.join('%x00');
function parseCommitLog(text) {
    const fields = splitNul(text);
    if (fields.length % COMMIT_FIELDS.length !== 0) {
        throw new Error(`git log printed ${fields.length} fields, not a multiple of ${COMMIT_FIELDS.length}`);
    }
    const commits = [];
    for (let start = 0; start < fields.length; start += COMMIT_FIELDS.length) {
        commits.push(toCommit(fields.slice(start, start + COMMIT_FIELDS.length)));
    }
    return commits;
}
function toCommit(fields) {
    const [sha = '', parents = '', ...rest] = fields;
    const [authorName, authorEmail, authorDate, committerName, committerEmail, committerDate] = rest;
    return {
        sha,
        parents: parents === '' ? [] : parents.split(' '),
        author: person(authorName, authorEmail, authorDate),
        committer: person(committerName, committerEmail, committerDate),
        message: trimFinalNewlines(rest[6] ?? '')
    };
}
function person(name = '', email = '', date = '') {
    return { name, email, date };
}
/** git stores a message with a final newline; GitHub's API does not show it, so neither do we. */
function trimFinalNewlines(message) {
    return message.replace(/\n+$/, '');
}

;// CONCATENATED MODULE: ./src/git/patches.ts

/**
 * Adds each file's unified diff (no context lines: only what the secret
 * scanner reads) to the net file list of base..head, in one git process.
 *
 * `git diff-tree -p` prints one `diff --git` section per changed path, in
 * the same order as `--raw` listed them, so the sections are matched to the
 * files by position. A path with a newline is quoted in the header, so a
 * file name cannot forge a section boundary.
 */
async function withPatches(repo, baseSha, headSha, files) {
    if (files.length === 0)
        return files;
    const output = await runGit(repo, [
        'diff-tree',
        '-r',
        '-p',
        '-M',
        '-U0',
        '--no-color',
        '--no-ext-diff',
        '--no-textconv',
        baseSha,
        headSha
    ]);
    const sections = splitSections(output);
    // A type change (say, a file turned into a symlink) prints as a deletion and an addition.
    const expected = files.reduce((n, file) => n + (file.status === 'type-changed' ? 2 : 1), 0);
    if (sections.length !== expected) {
        throw new Error(`BUG: git printed ${sections.length} patches for ${files.length} changed files of ${baseSha}..${headSha}`);
    }
    let next = 0;
    return files.map(file => {
        const count = file.status === 'type-changed' ? 2 : 1;
        const hunks = sections.slice(next, (next += count)).flatMap(s => hunksOf(s) ?? []);
        return { ...file, patch: hunks.length > 0 ? hunks.join('\n') : undefined };
    });
}
function splitSections(output) {
    const sections = output.split(/^(?=diff --git )/m);
    return sections.filter(section => section.startsWith('diff --git '));
}
/**
 * The hunks of one section, in the form GitHub's pulls/files `patch` has
 * (starting at the first `@@`); undefined for binary files and changes with
 * no text hunks (pure renames, mode changes).
 */
function hunksOf(section) {
    const start = section.search(/^@@ /m);
    if (start < 0)
        return undefined;
    return section.slice(start).replace(/\n$/, '');
}

;// CONCATENATED MODULE: ./src/engine/workflow-files.ts
/** GitHub Actions workflows and local composite actions: the files that decide what CI can reach. */
function isWorkflowPath(path) {
    return (/^\.github\/workflows\/[^/]+\.ya?ml$/i.test(path) ||
        /^\.github\/actions\/(?:.+\/)?action\.ya?ml$/i.test(path));
}
/** The changed workflow files of a net diff, with the path each had before (renames). */
function changedWorkflows(files) {
    return files
        .filter(file => isWorkflowPath(file.path) || (file.previousPath && isWorkflowPath(file.previousPath)))
        .map(file => ({ path: file.path, previousPath: file.previousPath ?? file.path }));
}

;// CONCATENATED MODULE: ./src/git/file-at-ref.ts

/**
 * A file's text as it is at a commit, or undefined when the commit has no
 * such file. Used to read the policy at the base commit, so that a change
 * cannot loosen the rules it is judged by.
 */
async function readFileAtRef(repo, ref, path) {
    const spec = `${ref}:${path}`;
    try {
        // cat-file -e answers "does it exist" without treating absence as an error message to parse.
        await runGit(repo, ['cat-file', '-e', spec]);
    }
    catch (error) {
        if (error instanceof GitCommandError)
            return undefined;
        throw error;
    }
    return runGit(repo, ['cat-file', 'blob', spec]);
}

;// CONCATENATED MODULE: ./src/git/workflow-texts.ts


/** Adds the before and after texts of changed workflow files, read from the local repository. */
async function withWorkflowTexts(repo, changeSet) {
    const workflowTexts = [];
    for (const { path, previousPath } of changedWorkflows(changeSet.files)) {
        workflowTexts.push({
            path,
            before: await readFileAtRef(repo, changeSet.baseSha, previousPath),
            after: await readFileAtRef(repo, changeSet.headSha, path)
        });
    }
    return { ...changeSet, workflowTexts };
}

;// CONCATENATED MODULE: ./src/git/refs.ts
/**
 * Finding the commits to compare: checking the repository, resolving refs,
 * picking the default branch and the merge-base. Every problem the user can
 * fix (a typo, a shallow clone) becomes a UserError naming the ref and the fix.
 */



/** Where the default base is looked for, in order of preference. */
const DEFAULT_BASE_REFS = [
    'refs/remotes/origin/HEAD',
    'refs/remotes/origin/main',
    'refs/remotes/origin/master',
    'refs/heads/main',
    'refs/heads/master'
];
const SHALLOW_CLONE_FIX = 'Fetch the full history: in GitHub Actions set `fetch-depth: 0` on actions/checkout, ' +
    'or run `git fetch --unshallow`';
const NOT_A_REPOSITORY_FIX = 'Run agent-audit inside a git checkout, or pass --repo with the path of one';
async function assertRepository(repo) {
    const isDirectory = await (0,promises_namespaceObject.stat)(repo).then(info => info.isDirectory(), () => false);
    if (!isDirectory)
        throw new UserError(`${repo} is not a directory`, NOT_A_REPOSITORY_FIX);
    try {
        await runGit(repo, ['rev-parse', '--git-dir']);
    }
    catch (error) {
        throw repositoryError(repo, error);
    }
}
function repositoryError(repo, error) {
    if (!(error instanceof GitCommandError))
        return error;
    if (error.stderr.includes('dubious ownership')) {
        return new UserError(`git refuses to read ${repo} because another user owns it`, `Mark it as safe: git config --global --add safe.directory ${repo}`);
    }
    return new UserError(`${repo} is not a git repository`, NOT_A_REPOSITORY_FIX);
}
async function isShallow(repo) {
    const output = await runGit(repo, ['rev-parse', '--is-shallow-repository']);
    return output.trim() === 'true';
}
/** The commit a ref names; `role` is the CLI flag it came from ('base' or 'head'). */
async function resolveCommit(repo, ref, role) {
    // A leading '-' would be read as an option; no ref can start with one anyway.
    const sha = ref === '' || ref.startsWith('-') ? '' : await verifyCommit(repo, ref);
    if (sha)
        return sha;
    const fix = (await isShallow(repo))
        ? `${repo} is a shallow clone, which may not contain it. ${SHALLOW_CLONE_FIX}`
        : `Pass a branch, tag or commit SHA that exists in this clone with --${role} ` +
            '(run `git fetch` first if it is only on the remote)';
    throw new UserError(`The ${role} ref "${ref}" does not name a commit in ${repo}`, fix);
}
async function verifyCommit(repo, ref) {
    try {
        return (await runGit(repo, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])).trim();
    }
    catch (error) {
        if (error instanceof GitCommandError)
            return '';
        throw error;
    }
}
/** The first of DEFAULT_BASE_REFS that exists: the branch a change is usually measured against. */
async function findDefaultBase(repo) {
    // One line per existing ref: its name and, for origin/HEAD, the branch it points to.
    const output = await runGit(repo, [
        'for-each-ref',
        '--format=%(refname) %(symref)',
        ...DEFAULT_BASE_REFS
    ]);
    const existing = new Map(output.split('\n').map(line => splitOnce(line, ' ')));
    // for-each-ref also matches refs below a pattern (refs/heads/main/x), so look up exact names only.
    const ref = DEFAULT_BASE_REFS.find(candidate => existing.has(candidate));
    if (ref) {
        const name = shortRefName(existing.get(ref) || ref);
        return { name, sha: await resolveCommit(repo, ref, 'base') };
    }
    const shallowHint = (await isShallow(repo)) ? `. ${SHALLOW_CLONE_FIX}` : '';
    throw new UserError(`Cannot find the default branch of ${repo} to compare against ` +
        '(looked for origin/HEAD, origin/main, origin/master, main, master)', `Pass --base with the branch this change will be merged into${shallowHint}`);
}
function splitOnce(line, separator) {
    const at = line.indexOf(separator);
    return at < 0 ? [line, ''] : [line.slice(0, at), line.slice(at + 1)];
}
function shortRefName(ref) {
    return ref.replace(/^refs\/(heads|remotes)\//, '');
}
/**
 * The commit the change is measured from, like GitHub's three-dot PR diff.
 * Refuses when head is already contained in base: there would be nothing to audit.
 */
async function changeBase(repo, base, head) {
    const baseSha = await mergeBase(repo, base.sha, head.sha);
    if (!baseSha)
        throw await noCommonHistory(repo, base, head);
    if (baseSha === head.sha) {
        throw new UserError(`${head.name} is already part of ${base.name}, so there are no commits to audit`, 'Pass --base with the branch or commit to measure the change from (for example --base HEAD~3)');
    }
    return baseSha;
}
async function mergeBase(repo, baseSha, headSha) {
    try {
        return (await runGit(repo, ['merge-base', baseSha, headSha])).trim();
    }
    catch (error) {
        // Exit status 1 with no output is git's way of saying "no common ancestor".
        if (error instanceof GitCommandError && error.exitCode === 1)
            return '';
        throw error;
    }
}
async function noCommonHistory(repo, base, head) {
    if (await isShallow(repo)) {
        return new UserError(`Cannot find where ${head.name} branched from ${base.name}: ` +
            `${repo} is a shallow clone that is missing the commits in between`, SHALLOW_CLONE_FIX);
    }
    return new UserError(`${head.name} and ${base.name} have no commit in common`, 'Pass --base with the branch this change will be merged into');
}

;// CONCATENATED MODULE: ./src/git/git-source.ts
/**
 * The local git change source: reads the commits and files of a branch from
 * a checkout, the way a pull request would show them, into a ChangeSet.
 */







/**
 * Reads base...head: the commits on head that are not on base, oldest first,
 * and the net diff from their merge-base, like a pull request's diff.
 */
async function readLocalChangeSet(options) {
    const repo = external_node_path_default().resolve(options.repo);
    await assertRepository(repo);
    const headName = options.head ?? 'HEAD';
    const head = { name: headName, sha: await resolveCommit(repo, headName, 'head') };
    const base = options.base
        ? { name: options.base, sha: await resolveCommit(repo, options.base, 'base') }
        : await findDefaultBase(repo);
    const baseSha = await changeBase(repo, base, head);
    const [commits, files] = await Promise.all([
        readCommits(repo, baseSha, head.sha),
        readNetFiles(repo, baseSha, head.sha).then(net => withPatches(repo, baseSha, head.sha, net))
    ]);
    return withWorkflowTexts(repo, { baseSha, headSha: head.sha, commits, files });
}
/** Commits reachable from head but not base, oldest first, each with its own files. */
async function readCommits(repo, baseSha, headSha) {
    const log = await runGit(repo, [
        'log',
        '-z',
        '--reverse',
        '--topo-order',
        '--no-color',
        `--format=${COMMIT_LOG_FORMAT}`,
        `${baseSha}..${headSha}`
    ]);
    const metadata = parseCommitLog(log);
    const filesByCommit = await readCommitFiles(repo, metadata);
    return metadata.map(commit => ({ ...commit, files: filesByCommit.get(commit.sha) ?? [] }));
}

;// CONCATENATED MODULE: ./src/render/wording.ts
const STATUS_ORDER = ['violation', 'needs_approval', 'approved', 'advisory'];
/** A leaked credential is the most urgent thing in a report: it may already be in use. */
const KIND_ORDER = [
    'secret',
    'secret_file',
    'cannot_access',
    'workflow_secrets',
    'requires_human_review',
    'outside_can_edit',
    'secret_scan_incomplete'
];
/** Reports must never call a finding that only waits for approval a "violation". */
const STATUS_LABEL = {
    violation: 'violation',
    needs_approval: 'needs approval',
    approved: 'approved',
    advisory: 'advisory'
};
/** The policy keys as the user writes them in the policy file; the secrets checks in words. */
const KIND_LABEL = {
    secret: 'secret',
    secret_file: 'secret file',
    cannot_access: 'cannot_access',
    workflow_secrets: 'workflow secrets',
    requires_human_review: 'requires_human_review',
    outside_can_edit: 'outside can_edit',
    secret_scan_incomplete: 'secret scan incomplete'
};
/**
 * Only the policy's own rules have an area worth naming; the default rule
 * and the secrets checks have a fixed one that would only add noise.
 */
function namesArea(finding) {
    const policyRule = finding.kind === 'cannot_access' || finding.kind === 'requires_human_review';
    return policyRule && finding.area !== finding.pattern;
}
/** `path:line:column` when the finding is about a line, else the path. */
function locationOf(place) {
    if (place.line === undefined)
        return place.path;
    return place.column === undefined
        ? `${place.path}:${place.line}`
        : `${place.path}:${place.line}:${place.column}`;
}
const CAN_READ_ADVISORY = 'can_read is accepted but cannot be enforced at CI time: reads are not visible in a diff';
const NO_REVIEW_DATA = 'no review data (local run)';
function wording_plural(count, singular, pluralForm = `${singular}s`) {
    return `${count} ${count === 1 ? singular : pluralForm}`;
}
function verdictIcon(result) {
    return result.decision === 'pass' ? '✅' : '❌';
}
/** "✅ agent-audit: pass — reason": the first line of every human-readable report. */
function verdictLine(result, escape) {
    return `${verdictIcon(result)} agent-audit: ${result.decision} — ${escape(result.reason)}`;
}
/**
 * Finding counts by status, leaving out zeros:
 * "1 violation · 2 needs approval · 1 approved · 1 advisory". The counts
 * have no field for the non-blocking statuses, so those are counted here.
 */
function statusCounts(result) {
    const { violations, needsApproval } = result.counts;
    const withStatus = (status) => result.findings.filter(finding => finding.status === status).length;
    const approved = withStatus('approved');
    const advisory = withStatus('advisory');
    const parts = [
        violations > 0 ? wording_plural(violations, 'violation') : '',
        needsApproval > 0 ? `${needsApproval} needs approval` : '',
        approved > 0 ? `${approved} approved` : '',
        advisory > 0 ? wording_plural(advisory, 'advisory', 'advisories') : ''
    ].filter(part => part !== '');
    return parts.length > 0 ? parts.join(' · ') : 'no findings';
}
function scopeCounts(counts) {
    return (`agents made ${counts.agentCommits} of ${wording_plural(counts.commits, 'commit')} ` +
        `and touched ${counts.agentFiles} of ${wording_plural(counts.files, 'file')}`);
}
/** Status first (what blocks comes first), then kind, then path, then place in the file. */
function compareFindings(a, b) {
    return (STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) ||
        KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
        a.area.localeCompare(b.area) ||
        comparePaths(a.path, b.path) ||
        (a.line ?? 0) - (b.line ?? 0) ||
        (a.column ?? 0) - (b.column ?? 0));
}
/** By code unit, not locale: the same order on every machine. */
function comparePaths(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function asLogin(login) {
    return login.startsWith('@') ? login : `@${login}`;
}
function findApproval(result, area) {
    return result.approvals.find(approval => approval.area === area);
}
/**
 * What an area's approval requirement needs, or who met it, e.g.
 * "needs 1 approval from @acme/dba — ignored: @bob (PR author)".
 */
function describeApproval(approval, reviewsAvailable, escape) {
    const from = escape(approval.eligible);
    if (!reviewsAvailable) {
        return `needs ${wording_plural(approval.required, 'approval')} from ${from} — ${NO_REVIEW_DATA}`;
    }
    const logins = (list) => list.map(login => escape(asLogin(login))).join(', ');
    if (approval.satisfied) {
        return `approved by ${logins(approval.counted)} (${approval.counted.length} of ${approval.required} required)`;
    }
    const missing = Math.max(0, approval.required - approval.counted.length);
    const parts = [
        missing > 0
            ? `needs ${missing} ${approval.counted.length > 0 ? 'more ' : ''}${missing === 1 ? 'approval' : 'approvals'} from ${from}`
            : `has ${approval.counted.length} of ${wording_plural(approval.required, 'approval')} from ${from}`
    ];
    if (approval.counted.length > 0)
        parts.push(`counted: ${logins(approval.counted)}`);
    if (approval.ignored.length > 0) {
        const ignored = approval.ignored.map(item => `${escape(asLogin(item.login))} (${escape(item.reason)})`);
        parts.push(`ignored: ${ignored.join(', ')}`);
    }
    const awaiting = approval.awaitingCodeOwners ?? [];
    if (awaiting.length > 0) {
        const owners = (list) => list.length > 0
            ? list.map(owner => escape(asLogin(owner))).join(' or ')
            : 'no code owner (only a reviewer named in the policy can approve it)';
        const paths = awaiting.slice(0, 3).map(item => `${escape(item.path)} (${owners(item.owners)})`);
        const more = awaiting.length > 3 ? ` and ${awaiting.length - 3} more` : '';
        parts.push(`waiting for code owners of: ${paths.join(', ')}${more}`);
    }
    if (approval.changesRequestedBy.length > 0) {
        parts.push(`changes requested by ${logins(approval.changesRequestedBy)}: ` +
            'that review must be followed by an approval or dismissed');
    }
    return parts.join(' — ');
}
/** What makes a finding go away: the area's approval for approval findings, else the engine's sentence. */
function describeResolution(result, finding, escape) {
    const byApproval = finding.status === 'needs_approval' || finding.status === 'approved';
    const approval = byApproval ? findApproval(result, finding.area) : undefined;
    return approval
        ? describeApproval(approval, result.reviewsAvailable, escape)
        : escape(finding.resolution);
}
/**
 * The notes to show: the result's own, plus the can_read advisory when the
 * policy has can_read entries and the engine did not already say so.
 * `code` formats each can_read entry.
 */
function advisoryLines(result, escape, code) {
    const lines = result.advisories.map(escape);
    const canRead = result.policy.canRead;
    const alreadySaid = result.advisories.some(note => note.includes('can_read'));
    if (canRead.length > 0 && !alreadySaid) {
        lines.push(`${CAN_READ_ADVISORY} (${canRead.map(code).join(', ')}).`);
    }
    return lines;
}
function shortCommit(sha) {
    return sha.slice(0, 7);
}
/** Up to `limit` short SHAs, then "and N more". */
function commitList(shas, code, limit = 3) {
    const shown = shas.slice(0, limit).map(sha => code(shortCommit(sha)));
    const rest = shas.length - shown.length;
    return rest > 0 ? `${shown.join(', ')} and ${rest} more` : shown.join(', ');
}
/** Shortens untrusted free text (commit subjects, evidence values) that could be any length. */
function wording_clip(text, maxChars = 120) {
    const chars = Array.from(text);
    return chars.length > maxChars ? `${chars.slice(0, maxChars - 1).join('')}…` : text;
}
const VERDICT_LABEL = {
    blocked: 'blocked',
    needs_approval: 'needs approval',
    allowed: 'allowed',
    not_agent: 'not by an agent'
};
const VERDICT_ORDER = ['blocked', 'needs_approval', 'allowed', 'not_agent'];
/** Blocked files first, then those waiting for approval, then the rest; by path within each. */
function compareFiles(a, b) {
    return (VERDICT_ORDER.indexOf(a.verdict) - VERDICT_ORDER.indexOf(b.verdict) ||
        comparePaths(a.path, b.path));
}
function agentCommitsOf(result) {
    return result.commits.filter(commit => commit.kind === 'agent');
}
const ATTRIBUTION_LABEL = {
    commit: 'per commit',
    pull_request: 'whole pull request'
};
/**
 * Where the policy came from and what shaped the report, the same in every
 * report: "Policy: <source> · attribution: … · reviews: …".
 */
function policySummary(result, escape) {
    const policy = result.policy;
    const source = policy.builtIn
        ? `built-in default (no ${escape(policy.path)} found)`
        : [
            escape(policy.path),
            policy.ref ? `at ${escape(policy.ref)}` : '',
            policy.sha256 ? `(sha256 ${escape(policy.sha256.slice(0, 12))})` : ''
        ]
            .filter(part => part !== '')
            .join(' ');
    const reviews = result.reviewsAvailable ? 'reviews: from GitHub' : `reviews: ${NO_REVIEW_DATA}`;
    return `Policy: ${source} · attribution: ${ATTRIBUTION_LABEL[policy.attribution]} · ${reviews}`;
}

;// CONCATENATED MODULE: ./src/render/secrets-wording.ts

/**
 * Words for the secrets part of the Markdown and terminal reports. A report
 * shows at most the first four characters of a secret and the first twelve
 * of its fingerprint: enough to find the line and match an allowlist entry,
 * not enough to use the credential or to confirm a guess at it offline.
 * Both limits are applied here, whatever the scanner handed over.
 */
const PREVIEW_MAX_CHARS = 4;
const FINGERPRINT_SHOWN_CHARS = 12;
/** What makes an unscanned file scannable; `code` formats the workflow setting. */
function unscannedFix(code) {
    return (`check out the full history with ${code('fetch-depth: 0')} ` +
        'so agent-audit can read the diff locally');
}
const FULL_FINGERPRINT_HINT = 'The full fingerprint, which an allowlist entry needs, is in the audit record.';
/** At most the first four characters (code points, never half a surrogate pair). */
function clampPreview(preview) {
    return Array.from(preview).slice(0, PREVIEW_MAX_CHARS).join('');
}
/** "ghp_…": the preview, marked as the start of something longer. Unescaped. */
function previewText(preview) {
    return `${clampPreview(preview)}…`;
}
/** The first 12 characters of a fingerprint. Unescaped. */
function shortFingerprint(fingerprint) {
    return Array.from(fingerprint).slice(0, FINGERPRINT_SHOWN_CHARS).join('');
}
function activeSecrets(report) {
    return report.findings.filter(finding => !finding.suppressed);
}
function suppressedSecrets(report) {
    return report.findings.filter(finding => finding.suppressed);
}
/** Whether there is anything to say: the scanner ran on something or could not. */
function hasSecretsSection(report) {
    return (report.scannedFiles > 0 ||
        report.findings.length > 0 ||
        report.expiredAllowEntries.length > 0 ||
        report.unscannedFiles.length > 0);
}
const NUMBER = new Intl.NumberFormat('en-US');
/** "Scanned the added lines of 3 files (12,345 bytes): 1 secret found · 1 suppressed". */
function secretsSummary(report) {
    const active = activeSecrets(report).length;
    const suppressed = suppressedSecrets(report).length;
    const found = active > 0
        ? `${wording_plural(active, 'secret')} found`
        : suppressed > 0
            ? 'no unsuppressed secrets'
            : 'no secrets found';
    const parts = [found, suppressed > 0 ? `${suppressed} suppressed` : ''];
    const bytes = `${NUMBER.format(report.bytesScanned)} ${report.bytesScanned === 1 ? 'byte' : 'bytes'}`;
    return (`Scanned the added lines of ${wording_plural(report.scannedFiles, 'file')} (${bytes}): ` +
        parts.filter(part => part !== '').join(' · '));
}
/** Whether an agent touched the file, in words; undefined when the scanner's caller did not say. */
function agentTouchedText(agentTouched) {
    if (agentTouched === undefined)
        return undefined;
    return agentTouched ? 'an agent touched this file' : 'no agent touched this file';
}
/**
 * Why a finding does not block, e.g. "allowlist entry: test key (expires
 * 2026-12-31)". The reason is untrusted: an inline marker's note is written
 * in the change itself. `code` formats the marker and the ignore pattern.
 */
function suppressionText(suppression, escape, code) {
    const reason = wording_clip(suppression.reason);
    switch (suppression.kind) {
        case 'inline':
            return `inline marker ${code(reason)}`;
        case 'ignore_path':
            return `ignore_paths ${code(reason)}`;
        case 'allowlist': {
            const expiry = suppression.expires
                ? `expires ${escape(suppression.expires)}`
                : 'does not expire';
            return `allowlist entry: ${escape(reason)} (${expiry})`;
        }
    }
}
/** "old fixture — expired 2024-01-31, no longer suppresses" (the fingerprint is shown apart). */
function expiredEntryText(entry, escape) {
    return `${escape(wording_clip(entry.reason))} — expired ${escape(entry.expires)}, no longer suppresses`;
}

;// CONCATENATED MODULE: ./src/render/audit-record.ts

/**
 * A copy of the result with every object's keys in the order the types
 * declare them, whatever order the engine built them in, and with only the
 * declared fields: the audit record is compared across runs and validated
 * against schema/audit-result.schema.json, which allows no other fields.
 * Optional fields that are undefined are left out.
 */
function toAuditRecord(result) {
    return compact({
        schema: result.schema,
        tool: { name: result.tool.name, version: result.tool.version },
        run: result.run && compact({ ...result.run }),
        error: result.error && { kind: result.error.kind, message: result.error.message },
        decision: result.decision,
        reason: result.reason,
        baseSha: result.baseSha,
        headSha: result.headSha,
        pullRequest: result.pullRequest && {
            number: result.pullRequest.number,
            title: result.pullRequest.title,
            author: audit_record_person(result.pullRequest.author),
            headRef: result.pullRequest.headRef,
            baseRef: result.pullRequest.baseRef
        },
        policy: compact({
            path: result.policy.path,
            builtIn: result.policy.builtIn,
            ref: result.policy.ref,
            sha256: result.policy.sha256,
            shape: result.policy.shape,
            attribution: result.policy.attribution,
            canRead: [...result.policy.canRead]
        }),
        reviewsAvailable: result.reviewsAvailable,
        commits: result.commits.map(commit),
        files: result.files.map(file),
        findings: result.findings.map(audit_record_finding),
        approvals: result.approvals.map(approval),
        pullRequestEvidence: result.pullRequestEvidence.map(audit_record_evidence),
        requesters: result.requesters.map(audit_record_person),
        secrets: secrets(result.secrets),
        advisories: [...result.advisories],
        counts: counts(result.counts)
    });
}
/** Drops keys whose value is undefined, so the JSON has no `"x": undefined` holes to skip. */
function compact(value) {
    const entries = Object.entries(value).filter(([, item]) => item !== undefined);
    return Object.fromEntries(entries);
}
function audit_record_person(value) {
    return compact({
        name: value.name,
        email: value.email,
        login: value.login,
        id: value.id,
        type: value.type
    });
}
function audit_record_evidence(value) {
    return {
        agent: value.agent,
        signal: value.signal,
        value: value.value,
        binding: value.binding,
        detail: value.detail
    };
}
function commit(value) {
    return compact({
        sha: value.sha,
        kind: value.kind,
        agent: value.agent,
        agentName: value.agentName,
        automation: value.automation,
        evidence: value.evidence.map(audit_record_evidence),
        requester: value.requester && audit_record_person(value.requester),
        cleanMerge: value.cleanMerge,
        shortSha: value.shortSha,
        subject: value.subject,
        author: audit_record_person(value.author),
        committer: audit_record_person(value.committer),
        files: [...value.files]
    });
}
function file(value) {
    return compact({
        path: value.path,
        previousPath: value.previousPath,
        status: value.status,
        mode: value.mode,
        agentTouched: value.agentTouched,
        inNetDiff: value.inNetDiff,
        commits: [...value.commits],
        agentCommits: [...value.agentCommits],
        matches: value.matches.map(match => ({
            rule: match.rule,
            area: match.area,
            pattern: match.pattern
        })),
        verdict: value.verdict
    });
}
function audit_record_finding(value) {
    return compact({
        id: value.id,
        kind: value.kind,
        status: value.status,
        blocking: value.blocking,
        path: value.path,
        previousPath: value.previousPath,
        area: value.area,
        pattern: value.pattern,
        patternWhere: value.patternWhere,
        commits: [...value.commits],
        line: value.line,
        column: value.column,
        ruleId: value.ruleId,
        fingerprint: value.fingerprint,
        agentTouched: value.agentTouched,
        message: value.message,
        resolution: value.resolution
    });
}
function secrets(value) {
    return {
        scannedFiles: value.scannedFiles,
        bytesScanned: value.bytesScanned,
        findings: value.findings.map(secretFinding),
        suppressed: value.suppressed,
        expiredAllowEntries: value.expiredAllowEntries.map(entry => ({
            fingerprint: entry.fingerprint,
            reason: entry.reason,
            expires: entry.expires
        })),
        unscannedFiles: [...value.unscannedFiles]
    };
}
/** The preview is cut to four characters here too: the record is published as an artifact. */
function secretFinding(value) {
    return compact({
        ruleId: value.ruleId,
        title: value.title,
        category: value.category,
        path: value.path,
        line: value.line,
        column: value.column,
        fingerprint: value.fingerprint,
        preview: clampPreview(value.preview),
        agentTouched: value.agentTouched,
        suppressed: value.suppressed &&
            compact({
                kind: value.suppressed.kind,
                reason: value.suppressed.reason,
                expires: value.suppressed.expires
            })
    });
}
function approval(value) {
    return compact({
        area: value.area,
        required: value.required,
        counted: [...value.counted],
        ignored: value.ignored.map(item => ({ login: item.login, reason: item.reason })),
        changesRequestedBy: [...value.changesRequestedBy],
        awaitingCodeOwners: value.awaitingCodeOwners?.map(item => ({
            path: item.path,
            owners: [...item.owners]
        })),
        satisfied: value.satisfied,
        eligible: value.eligible,
        lastAgentCommit: value.lastAgentCommit
    });
}
function counts(value) {
    return {
        commits: value.commits,
        agentCommits: value.agentCommits,
        files: value.files,
        agentFiles: value.agentFiles,
        findings: value.findings,
        blockingFindings: value.blockingFindings,
        violations: value.violations,
        needsApproval: value.needsApproval
    };
}

;// CONCATENATED MODULE: ./src/render/json.ts


/**
 * Characters JSON.stringify leaves raw that can still act on a terminal or
 * hide text when the record is printed (DEL, C1 controls such as U+009B, line
 * separators, bidi overrides, zero-width marks).
 */
const RAW_BUT_UNSAFE = /[\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/gu;
/**
 * The audit record (schema 'agent-audit/v1') as pretty JSON with a trailing
 * newline. The output parses to exactly `toAuditRecord(result)`: the extra
 * escaping only changes how strings are spelled, so it is safe to print in a
 * CI log (no `##[` workflow commands, no terminal controls).
 */
function renderJson(result) {
    const json = JSON.stringify(toAuditRecord(result), null, 2)
        .replace(RAW_BUT_UNSAFE, char => unicodeEscape(char))
        // `#` never occurs in JSON syntax, only inside strings, where `\u0023` means the same.
        .replaceAll('##[', '#\\u0023[');
    return `${json}\n`;
}
function unicodeEscape(char) {
    return `\\u${(char.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`;
}

;// CONCATENATED MODULE: ./src/render/fit.ts
/**
 * Fits a report into a byte budget (a job summary over 1 MiB fails the step;
 * a PR comment holds 65,536 characters). Rows are cut from the least
 * important sections first, each cut replaced by a visible notice; a section
 * whose rows are all gone is then left out. Sections without a trim rank
 * (verdict, counts, footer) are always kept whole.
 */
const ARTIFACT_POINTER = 'the full report is in the audit artifact';
const SECTIONS_LEFT_OUT = `… Some sections were left out to fit the size limit: ${ARTIFACT_POINTER}.\n\n`;
function textBlock(text) {
    return { head: text, rows: [], tail: '', notice: () => '' };
}
function byteLength(text) {
    return Buffer.byteLength(text, 'utf8');
}
/**
 * Joins the sections, fitting them in `maxBytes`: rank by rank, rows are cut
 * evenly across the rank's tables, then the rank's non-essential sections are
 * left out; then essential sections; then, as a last resort, text.
 */
function fitSections(sections, maxBytes) {
    const fitter = new Fitter(sections, maxBytes);
    const order = fitter.trimOrder();
    for (const trimRank of [...new Set(order.map(fit_rank))]) {
        if (fitter.fits())
            break;
        const sameRank = order.filter(item => fit_rank(item) === trimRank);
        fitter.trimEvenly(sameRank);
        for (const item of sameRank) {
            if (fitter.fits())
                break;
            if (!item.section.essential)
                fitter.drop(item);
        }
    }
    for (const item of order) {
        if (fitter.fits())
            break;
        fitter.drop(item);
    }
    return clamp(fitter.assemble(), maxBytes);
}
class Fitter {
    maxBytes;
    sized;
    noticeBytes = byteLength(SECTIONS_LEFT_OUT);
    total;
    anyDropped = false;
    constructor(sections, maxBytes) {
        this.maxBytes = maxBytes;
        this.sized = sections.map(section => ({
            section,
            blocks: section.blocks.map(measure),
            dropped: false
        }));
        this.total = this.sized.reduce((sum, item) => sum + sectionSize(item), 0);
    }
    fits(total = this.total) {
        return total + (this.anyDropped ? this.noticeBytes : 0) <= this.maxBytes;
    }
    /** Rank ascending; within a rank, later sections first. */
    trimOrder() {
        return this.sized
            .map((item, index) => ({ item, index }))
            .filter(({ item }) => item.section.trimRank !== undefined)
            .sort((a, b) => fit_rank(a.item) - fit_rank(b.item) || b.index - a.index)
            .map(({ item }) => item);
    }
    /**
     * Keeps at most `limit` rows in every table of these sections, with the
     * largest limit that fits (0 when none does), so that no table is emptied
     * while another keeps all its rows.
     */
    trimEvenly(items) {
        const blocks = items.filter(item => !item.dropped).flatMap(item => item.blocks);
        const current = blocks.reduce((sum, block) => sum + blockSize(block), 0);
        const others = this.total - current;
        const sizeWith = (limit) => blocks.reduce((sum, block) => sum + blockSize(block, Math.min(block.kept, limit)), 0);
        let low = 0;
        let high = blocks.reduce((most, block) => Math.max(most, block.kept), 0);
        while (low < high) {
            const middle = Math.ceil((low + high) / 2);
            if (this.fits(others + sizeWith(middle)))
                low = middle;
            else
                high = middle - 1;
        }
        for (const block of blocks)
            block.kept = Math.min(block.kept, low);
        this.total = others + sizeWith(low);
    }
    drop(item) {
        const size = sectionSize(item);
        if (item.dropped || size === 0)
            return;
        item.dropped = true;
        this.anyDropped = true;
        this.total -= size;
    }
    /** The notice about left-out sections goes just before the last section (the footer). */
    assemble() {
        const parts = this.sized.filter(item => !item.dropped).map(renderSection);
        if (this.anyDropped)
            parts.splice(Math.max(0, parts.length - 1), 0, SECTIONS_LEFT_OUT);
        return parts.join('');
    }
}
function fit_rank(item) {
    return item.section.trimRank ?? Number.POSITIVE_INFINITY;
}
function measure(block) {
    const prefix = [0];
    for (const row of block.rows)
        prefix.push((prefix.at(-1) ?? 0) + byteLength(row));
    const fixed = byteLength(block.head) + byteLength(block.tail);
    return { block, fixed, prefix, kept: block.rows.length };
}
function blockSize(item, kept = item.kept) {
    const omitted = item.block.rows.length - kept;
    const notice = omitted > 0 ? byteLength(item.block.notice(omitted)) : 0;
    return item.fixed + (item.prefix[kept] ?? 0) + notice;
}
function sectionSize(item) {
    return item.dropped ? 0 : item.blocks.reduce((sum, block) => sum + blockSize(block), 0);
}
function renderSection(item) {
    return item.blocks.map(renderBlock).join('');
}
function renderBlock(item) {
    const { block, kept } = item;
    const omitted = block.rows.length - kept;
    const notice = omitted > 0 ? block.notice(omitted) : '';
    return block.head + block.rows.slice(0, kept).join('') + notice + block.tail;
}
/** Last resort when even the kept sections are too big: cut at a line end and say so. */
function clamp(text, maxBytes) {
    if (byteLength(text) <= maxBytes)
        return text;
    const notice = `\n… Cut to fit the size limit: ${ARTIFACT_POINTER}.\n`;
    const room = maxBytes - byteLength(notice);
    if (room <= 0)
        return cutAtCharBoundary(notice.trimStart(), maxBytes);
    const cut = cutAtCharBoundary(text, room);
    const lineEnd = cut.lastIndexOf('\n');
    return (lineEnd > 0 ? cut.slice(0, lineEnd) : cut) + notice;
}
/** The longest prefix of `text` within `maxBytes` that does not split a character. */
function cutAtCharBoundary(text, maxBytes) {
    const bytes = Buffer.from(text, 'utf8');
    if (bytes.length <= maxBytes)
        return text;
    let end = Math.max(0, maxBytes);
    // A UTF-8 continuation byte (10xxxxxx) at the cut means a character straddles it.
    while (end > 0 && ((bytes[end] ?? 0) & 0xc0) === 0x80)
        end--;
    return bytes.subarray(0, end).toString('utf8');
}

;// CONCATENATED MODULE: ./src/render/escape.ts
/**
 * Escaping for untrusted text: file names, branch names, commit messages,
 * logins and evidence values all come from whoever pushed to the pull
 * request. Every renderer passes such text through one of these functions
 * and never prints it raw.
 */
/**
 * Characters that act on a terminal (C0, DEL, C1), break a line, or hide and
 * reorder text (zero-width marks, bidi overrides used in "Trojan source"
 * tricks, the soft hyphen). They are shown as visible escapes instead.
 */
const HIDDEN_OR_CONTROL = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/gu;
const SHORT_ESCAPES = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
/** Replaces control and invisible characters with visible escapes (`\n`, `\x1b`, `\u202e`). */
function showInvisibles(text) {
    return text.replace(HIDDEN_OR_CONTROL, char => SHORT_ESCAPES[char] ?? codeEscape(char));
}
function codeEscape(char) {
    const code = char.codePointAt(0) ?? 0;
    const hex = code.toString(16);
    return code <= 0xff ? `\\x${hex.padStart(2, '0')}` : `\\u${hex.padStart(4, '0')}`;
}
/**
 * Entities for every character that HTML or GitHub-flavoured Markdown gives a
 * meaning to in running text. Numeric entities are literal text in both
 * contexts, so one escaping works in a paragraph, a table cell and `<code>`.
 * `@` and `#` also get a zero-width space after them: GitHub finds mentions
 * and issue references in the rendered text, where entities are already
 * decoded, and the space is what stops `@octocat` notifying anyone.
 */
const MARKDOWN_ENTITIES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;',
    '\\': '&#92;',
    '`': '&#96;',
    '*': '&#42;',
    _: '&#95;',
    '[': '&#91;',
    ']': '&#93;',
    '(': '&#40;',
    ')': '&#41;',
    '|': '&#124;',
    '~': '&#126;',
    '!': '&#33;',
    $: '&#36;',
    ':': '&#58;',
    '@': '&#64;&#8203;',
    '#': '&#35;&#8203;'
};
const MARKDOWN_SPECIAL = /[&<>"'\\`*_[\]()|~!$:@#]/g;
/**
 * Makes untrusted text safe in GitHub-flavoured Markdown with HTML (job
 * summaries, PR comments): no tags, no comments (`<!--`), no emphasis,
 * links, tables, math, emoji codes or mentions, and no line breaks.
 */
function escapeMarkdown(text) {
    return showInvisibles(text).replace(MARKDOWN_SPECIAL, char => MARKDOWN_ENTITIES[char] ?? char);
}
/**
 * A path or value as `<code>`. HTML rather than backticks, because a
 * backtick in the value would end a Markdown code span, and inside an HTML
 * table Markdown is not parsed at all. Spaces become no-break spaces so that
 * `a.md ` and `a.md` do not look alike.
 */
function markdownCode(text) {
    return `<code>${escapeMarkdown(text).replaceAll(' ', '&nbsp;')}</code>`;
}
/**
 * Makes untrusted text safe to print on a terminal or in a CI log: control
 * characters and ANSI escapes become visible (`\x1b[31m`), and the text
 * cannot start a GitHub workflow command.
 */
function escapeTerminal(text) {
    return protectWorkflowCommands(showInvisibles(text));
}
/**
 * The Actions runner reads a line of a step's output as a workflow command
 * when, after leading white space, it starts with `::` (`::add-mask::x`,
 * `::set-output ...`), or when it contains the legacy `##[` prefix anywhere.
 * This rewrites both, in every line, into a visible escape the runner ignores.
 */
function protectWorkflowCommands(text) {
    return text
        .split(/(\r\n|\r|\n)/)
        .map((part, index) => (index % 2 === 1 ? part : protectLine(part)))
        .join('');
}
// .NET's TrimStart also trims U+0085, which JavaScript's \s does not include.
const COMMAND_START = /^([\s\u0085]*):(?=:)/u;
function protectLine(line) {
    return line.replace(COMMAND_START, '$1\\x3a').replaceAll('##[', '#\\x23[');
}

;// CONCATENATED MODULE: ./src/render/markdown-html.ts
/**
 * HTML table pieces for the Markdown report. GitHub renders HTML tables in
 * job summaries and comments; unlike Markdown pipe tables, a `|` or a
 * backtick in a cell cannot break them. Cell contents must already be escaped.
 */
function htmlRow(cells, tag = 'td') {
    return `<tr>${cells.map(cell => `<${tag}>${cell}</${tag}>`).join('')}</tr>\n`;
}
/** A full-width row for notices such as "… 3 more findings". `text` is our own, not user text. */
function noticeRow(columns, text) {
    return `<tr><td colspan="${columns}"><em>${text}</em></td></tr>\n`;
}

;// CONCATENATED MODULE: ./src/render/markdown-findings.ts




/**
 * The findings part of the Markdown report: violations (each with its own
 * fix), then findings that need approval and approved ones, grouped by area
 * because one approval covers a whole area, then advisory ones.
 */
const moreFindings = (columns) => (omitted) => noticeRow(columns, `… ${wording_plural(omitted, 'more finding')}: ${ARTIFACT_POINTER}`);
/** Findings sorted for display, of one status. */
function withStatus(result, status) {
    return [...result.findings].sort(compareFindings).filter(finding => finding.status === status);
}
function violationBlocks(result) {
    const findings = withStatus(result, 'violation');
    if (findings.length === 0)
        return [];
    const head = `### ⛔ Violations (${findings.length})\n\n` +
        'These block the merge, and no approval can waive them.\n\n' +
        '<table>\n' +
        htmlRow(['Path', 'Rule', 'Why', 'To resolve'], 'th');
    const rows = findings.map(finding => htmlRow([pathCell(finding), ruleCell(finding), whyCell(finding), escapeMarkdown(finding.resolution)]));
    return [{ head, rows, tail: '</table>\n\n', notice: moreFindings(4) }];
}
function needsApprovalBlocks(result) {
    const findings = withStatus(result, 'needs_approval');
    if (findings.length === 0)
        return [];
    const heading = textBlock(`### ⏳ Needs approval (${findings.length})\n\n` +
        'These block the merge until each area below has the approvals it needs.\n\n');
    return [heading, ...areaBlocks(result, findings)];
}
/** Approved findings do not block: they are listed, collapsed, for the record. */
function approvedBlocks(result) {
    const findings = withStatus(result, 'approved');
    if (findings.length === 0)
        return [];
    const open = textBlock(`<details><summary>✅ Approved (${findings.length}): not blocking</summary>\n\n`);
    return [open, ...areaBlocks(result, findings), textBlock('</details>\n\n')];
}
/** Advisory findings never block, but are worth a look (e.g. a human committed a key file). */
function advisoryBlocks(result) {
    const findings = withStatus(result, 'advisory');
    if (findings.length === 0)
        return [];
    const head = `### ⚠️ Advisory (${findings.length}): not blocking\n\n` +
        '<table>\n' +
        htmlRow(['Path', 'Rule', 'Why', 'Note'], 'th');
    const rows = findings.map(finding => htmlRow([pathCell(finding), ruleCell(finding), whyCell(finding), escapeMarkdown(finding.resolution)]));
    return [{ head, rows, tail: '</table>\n\n', notice: moreFindings(4) }];
}
function areaBlocks(result, findings) {
    const areas = [...new Set(findings.map(finding => finding.area))];
    return areas.map(area => {
        const inArea = findings.filter(finding => finding.area === area);
        const head = `**Area ${markdownCode(area)}**: ${areaRequirement(result, inArea)}\n\n` +
            '<table>\n' +
            htmlRow(['Path', 'Rule', 'Why'], 'th');
        const rows = inArea.map(finding => htmlRow([pathCell(finding), ruleCell(finding), whyCell(finding)]));
        return { head, rows, tail: '</table>\n\n', notice: moreFindings(3) };
    });
}
function areaRequirement(result, inArea) {
    const first = inArea[0];
    if (!first)
        return '';
    const approval = findApproval(result, first.area);
    return approval ? describeApproval(approval, result.reviewsAvailable, escapeMarkdown) : escapeMarkdown(first.resolution);
}
function pathCell(finding) {
    const previous = finding.previousPath ? `<br>previously ${markdownCode(finding.previousPath)}` : '';
    return markdownCode(locationOf(finding)) + previous;
}
function ruleCell(finding) {
    const parts = [markdownCode(KIND_LABEL[finding.kind])];
    if (namesArea(finding))
        parts.push(`area ${markdownCode(finding.area)}`);
    if (finding.ruleId)
        parts.push(`rule ${markdownCode(finding.ruleId)}`);
    const rule = parts.join(' · ');
    if (!finding.pattern)
        return rule;
    const where = finding.patternWhere ? ` in ${markdownCode(finding.patternWhere)}` : '';
    return `${rule}<br>pattern ${markdownCode(finding.pattern)}${where}`;
}
function whyCell(finding) {
    if (finding.commits.length === 0)
        return escapeMarkdown(finding.message);
    return `${escapeMarkdown(finding.message)}<br>by ${commitList(finding.commits, markdownCode)}`;
}

;// CONCATENATED MODULE: ./src/render/markdown-secrets.ts





/**
 * The "🔑 Secrets" part of the Markdown report: what the scanner read, the
 * secrets that block, expired allowlist entries and files it could not
 * read; the suppressed secrets follow, collapsed, as a section of their own
 * so that they are cut first. Never more of a secret than its preview.
 */
const SECRET_COLUMNS = ['Secret', 'Where', 'Preview', 'Fingerprint'];
const moreSecrets = (omitted) => noticeRow(5, `… ${wording_plural(omitted, 'more secret')}: ${ARTIFACT_POINTER}`);
function agentTouchedCell(agentTouched) {
    return agentTouched === undefined ? 'not known' : agentTouched ? 'yes' : 'no';
}
function secretsBlocks(result) {
    const report = result.secrets;
    if (!hasSecretsSection(report))
        return [];
    const summary = `### 🔑 Secrets\n\n${secretsSummary(report)}.\n\n`;
    // The 12 characters shown identify a finding; accepting one takes the whole fingerprint.
    const hint = activeSecrets(report).length > 0 ? `<sub>${FULL_FINGERPRINT_HINT}</sub>\n\n` : '';
    return [
        activeBlock(result, summary),
        textBlock(hint),
        expiredBlock(result),
        unscannedBlock(result)
    ];
}
function activeBlock(result, summary) {
    const findings = activeSecrets(result.secrets);
    if (findings.length === 0)
        return textBlock(summary);
    const rows = findings.map(finding => htmlRow([...secretCells(finding), agentTouchedCell(finding.agentTouched)]));
    return {
        head: summary + '<table>\n' + htmlRow([...SECRET_COLUMNS, 'Agent touched the file'], 'th'),
        rows,
        tail: '</table>\n\n',
        notice: moreSecrets
    };
}
function secretCells(finding) {
    return [
        escapeMarkdown(finding.title),
        markdownCode(locationOf(finding)),
        markdownCode(previewText(finding.preview)),
        markdownCode(shortFingerprint(finding.fingerprint))
    ];
}
function expiredBlock(result) {
    const entries = result.secrets.expiredAllowEntries;
    if (entries.length === 0)
        return textBlock('');
    return {
        head: `**Expired allowlist entries (${entries.length}):**\n\n`,
        rows: entries.map(entry => `- ${markdownCode(shortFingerprint(entry.fingerprint))} ${expiredEntryText(entry, escapeMarkdown)}\n`),
        tail: '\n',
        notice: omitted => `- … ${wording_plural(omitted, 'more expired entry', 'more expired entries')}: ${ARTIFACT_POINTER}\n`
    };
}
function unscannedBlock(result) {
    const files = result.secrets.unscannedFiles;
    if (files.length === 0)
        return textBlock('');
    return {
        head: `**Not scanned (${files.length}):** ${unscannedFix(markdownCode)}.\n\n`,
        rows: files.map(path => `- ${markdownCode(path)}\n`),
        tail: '\n',
        notice: omitted => `- … ${wording_plural(omitted, 'more file')}: ${ARTIFACT_POINTER}\n`
    };
}
/** Suppressed secrets do not block: listed, collapsed, with what suppressed each. */
function suppressedSecretsBlocks(result) {
    const findings = suppressedSecrets(result.secrets);
    if (findings.length === 0)
        return [];
    const rows = findings.map(finding => {
        const why = finding.suppressed ? suppressionText(finding.suppressed, escapeMarkdown, markdownCode) : '';
        return htmlRow([...secretCells(finding), why]);
    });
    const head = `<details><summary>🔑 Suppressed secrets (${findings.length}): not blocking</summary>\n\n` +
        '<table>\n' +
        htmlRow([...SECRET_COLUMNS, 'Suppressed by'], 'th');
    return [{ head, rows, tail: '</table>\n\n</details>\n\n', notice: moreSecrets }];
}

;// CONCATENATED MODULE: ./src/render/markdown-sections.ts




/** Everything in the Markdown report except the findings. */
function headerBlock(result) {
    return textBlock(`## ${verdictLine(result, escapeMarkdown)}\n\n` +
        `**${statusCounts(result)}** — ${scopeCounts(result.counts)}.\n\n`);
}
const BINDING_LABEL = {
    platform: '🔒 platform',
    declared: '✍️ declared'
};
function evidenceText(evidence) {
    const value = evidence.value ? ` ${markdownCode(wording_clip(evidence.value))}` : '';
    return `${BINDING_LABEL[evidence.binding]}: ${escapeMarkdown(evidence.detail)}${value}`;
}
function commitsBlock(result) {
    const agentCommits = agentCommitsOf(result);
    const title = `### 🤖 Agent commits (${agentCommits.length} of ${result.counts.commits})\n\n`;
    if (agentCommits.length === 0) {
        return textBlock(`${title}No commit was attributed to an agent.\n\n`);
    }
    return {
        head: title + '<table>\n' + htmlRow(['Commit', 'Agent', 'Subject', 'Evidence'], 'th'),
        rows: agentCommits.map(commitRow),
        tail: '</table>\n\n',
        notice: omitted => noticeRow(4, `… ${wording_plural(omitted, 'more agent commit')}: ${ARTIFACT_POINTER}`)
    };
}
function commitRow(commit) {
    const agent = escapeMarkdown(commit.agentName ?? commit.agent ?? 'unknown agent');
    const evidence = commit.evidence.map(evidenceText).join('<br>');
    return htmlRow([markdownCode(commit.shortSha), agent, escapeMarkdown(wording_clip(commit.subject)), evidence]);
}
/** Pull-request evidence, requesters and the legend for the evidence bindings. */
function evidenceBlock(result) {
    const rows = result.pullRequestEvidence.map(evidence => `- ${evidenceText(evidence)}\n`);
    const requesters = result.requesters.map(person => escapeMarkdown(person.login ? asLogin(person.login) : `${person.name} <${person.email}>`));
    const requested = requesters.length > 0 ? `Requested by ${requesters.join(', ')}.\n\n` : '';
    const hasEvidence = rows.length > 0 || result.commits.some(commit => commit.evidence.length > 0);
    const legend = hasEvidence
        ? '<sub>🔒 platform: bound to a GitHub account by GitHub. ' +
            '✍️ declared: written by whoever pushed the commit or edited the pull request; it can be forged.</sub>\n\n'
        : '';
    return {
        head: rows.length > 0 ? '**Pull request evidence:**\n\n' : '',
        rows,
        tail: (rows.length > 0 ? '\n' : '') + requested + legend,
        notice: omitted => `- … ${wording_plural(omitted, 'more piece')} of evidence: ${ARTIFACT_POINTER}\n`
    };
}
function advisoriesBlock(result) {
    const rows = advisoryLines(result, escapeMarkdown, markdownCode).map(line => `- ${line}\n`);
    return {
        head: rows.length > 0 ? '### ℹ️ Notes\n\n' : '',
        rows,
        tail: rows.length > 0 ? '\n' : '',
        notice: omitted => `- … ${wording_plural(omitted, 'more note')}: ${ARTIFACT_POINTER}\n`
    };
}
const VERDICT_ICON = {
    blocked: '⛔',
    needs_approval: '⏳',
    allowed: '✅',
    not_agent: '·'
};
/** A collapsed list of every agent-touched file and what the policy said about it. */
function filesBlock(result) {
    const files = result.files.filter(file => file.agentTouched).sort(compareFiles);
    if (files.length === 0)
        return textBlock('');
    return {
        head: `<details><summary>Agent-touched files (${files.length})</summary>\n\n<table>\n` +
            htmlRow(['Path', 'Change', 'Verdict', 'Agent commits'], 'th'),
        rows: files.map(fileRow),
        tail: '</table>\n\n</details>\n\n',
        notice: omitted => noticeRow(4, `… ${wording_plural(omitted, 'more file')}: ${ARTIFACT_POINTER}`)
    };
}
function fileRow(file) {
    const previous = file.previousPath ? `<br>previously ${markdownCode(file.previousPath)}` : '';
    const change = [
        file.status ? escapeMarkdown(file.status) : '',
        file.mode === '120000' ? 'symlink' : file.mode === '160000' ? 'submodule' : '',
        file.inNetDiff ? '' : 'not in the final diff'
    ].filter(part => part !== '');
    const verdict = `${VERDICT_ICON[file.verdict]} ${VERDICT_LABEL[file.verdict]}`;
    return htmlRow([
        markdownCode(file.path) + previous,
        change.join(' · '),
        verdict,
        commitList(file.agentCommits, markdownCode)
    ]);
}
function footerBlock(result, artifactNote) {
    const note = artifactNote ? `${artifactNote}\n\n` : '';
    return textBlock(`${policyLine(result)}\n\n${note}`);
}
function policyLine(result) {
    return (`${policySummary(result, markdownCode)} · ` +
        `base ${markdownCode(result.baseSha.slice(0, 7))} → head ${markdownCode(result.headSha.slice(0, 7))}`);
}

;// CONCATENATED MODULE: ./src/render/markdown.ts




const DEFAULT_MAX_BYTES = 1_000_000;
/**
 * The report a reviewer reads on the pull request (job summary or comment):
 * the verdict, what blocks and what resolves it, then the evidence.
 *
 * When it would exceed `maxBytes`, rows are cut in the order of `trimRank`
 * (file list first, blocking findings last, evenly between violations and
 * approval findings; the secrets section after everything but those), each
 * cut shown with a notice, and emptied sections are left out; the verdict,
 * counts and footer always stay.
 */
function renderMarkdown(result, options = {}) {
    const sections = [
        { blocks: [headerBlock(result)] },
        { trimRank: 5, essential: true, blocks: violationBlocks(result) },
        { trimRank: 5, essential: true, blocks: needsApprovalBlocks(result) },
        { trimRank: 4, blocks: secretsBlocks(result) },
        { trimRank: 2, blocks: suppressedSecretsBlocks(result) },
        { trimRank: 2, blocks: approvedBlocks(result) },
        { trimRank: 2, blocks: advisoryBlocks(result) },
        { trimRank: 3, blocks: [commitsBlock(result)] },
        { trimRank: 3, blocks: [evidenceBlock(result)] },
        { trimRank: 4, blocks: [advisoriesBlock(result)] },
        { trimRank: 1, blocks: [filesBlock(result)] },
        { blocks: [footerBlock(result, options.artifactNote)] }
    ];
    const markdown = fitSections(sections, options.maxBytes ?? DEFAULT_MAX_BYTES);
    // Trimming the blank lines after the last section can only shrink the report.
    return markdown.replace(/\n+$/, '\n');
}

;// CONCATENATED MODULE: ./src/render/text-secrets.ts



const plain = (text) => text;
/**
 * The secrets part of the terminal report: what the scanner read, each
 * secret that blocks, then the suppressed ones, expired allowlist entries
 * and files it could not read. Never more of a secret than its preview.
 */
function secretsSection(result, heading) {
    const report = result.secrets;
    if (!hasSecretsSection(report))
        return [];
    const lines = [heading('Secrets'), `  ${secretsSummary(report)}`];
    const active = activeSecrets(report);
    for (const finding of active) {
        lines.push(...secretLines(finding, '  ', agentTouchedText(finding.agentTouched)));
    }
    // The 12 characters shown identify a finding; accepting one takes the whole fingerprint.
    if (active.length > 0)
        lines.push(`  ${FULL_FINGERPRINT_HINT}`);
    const suppressed = suppressedSecrets(report);
    if (suppressed.length > 0)
        lines.push(`  Suppressed (${suppressed.length})`);
    for (const finding of suppressed) {
        const why = finding.suppressed && `suppressed by ${suppressionText(finding.suppressed, escapeTerminal, escapeTerminal)}`;
        lines.push(...secretLines(finding, '    ', why));
    }
    lines.push(...expiredLines(result), ...unscannedLines(result));
    return lines;
}
function secretLines(finding, indent, note) {
    const details = [
        escapeTerminal(previewText(finding.preview)),
        `fingerprint ${escapeTerminal(shortFingerprint(finding.fingerprint))}`
    ];
    if (note)
        details.push(note);
    return [
        `${indent}${escapeTerminal(finding.title)} in ${escapeTerminal(locationOf(finding))}`,
        `${indent}    ${details.join(' · ')}`
    ];
}
function expiredLines(result) {
    const entries = result.secrets.expiredAllowEntries;
    if (entries.length === 0)
        return [];
    return [
        `  Expired allowlist entries (${entries.length})`,
        ...entries.map(entry => `    ${escapeTerminal(shortFingerprint(entry.fingerprint))}  ${expiredEntryText(entry, escapeTerminal)}`)
    ];
}
function unscannedLines(result) {
    const files = result.secrets.unscannedFiles;
    if (files.length === 0)
        return [];
    return [
        `  Not scanned (${files.length}): ${unscannedFix(plain)}`,
        ...files.map(path => `    ${escapeTerminal(path)}`)
    ];
}

;// CONCATENATED MODULE: ./src/render/text.ts



const STYLES = { red: '31', green: '32', yellow: '33', bold: '1', dim: '2' };
const STATUS_TAG = {
    violation: { label: 'VIOLATION', style: 'red' },
    needs_approval: { label: 'NEEDS APPROVAL', style: 'yellow' },
    approved: { label: 'APPROVED', style: 'green' },
    advisory: { label: 'ADVISORY', style: 'dim' }
};
/** What the last line of a finding offers: how it was resolved, how to resolve it, or a note. */
const RESOLUTION_LABEL = {
    violation: 'fix',
    needs_approval: 'fix',
    approved: 'approval',
    advisory: 'note'
};
const TAG_WIDTH = 'NEEDS APPROVAL'.length;
const DETAIL_INDENT = ' '.repeat(2 + TAG_WIDTH + 2);
/**
 * The terminal report of the CLI (also printed to the action's log). Every
 * piece of untrusted text goes through `escapeTerminal`, so a commit message
 * cannot repaint the terminal or issue a workflow command.
 */
function renderText(result, options = {}) {
    const paint = options.color
        ? (style, text) => `\u001b[${STYLES[style]}m${text}\u001b[0m`
        : (_style, text) => text;
    const sections = [
        verdictSection(result, paint),
        commitsSection(result, paint),
        findingsSection(result, paint),
        secretsSection(result, text => paint('bold', text)),
        approvalsSection(result, paint),
        notesSection(result, paint),
        [text_policyLine(result)]
    ];
    const text = sections
        .filter(lines => lines.length > 0)
        .map(lines => lines.join('\n'))
        .join('\n\n');
    return `${protectWorkflowCommands(text)}\n`;
}
function verdictSection(result, paint) {
    const line = verdictLine(result, escapeTerminal);
    return [
        paint('bold', result.decision === 'pass' ? paint('green', line) : paint('red', line)),
        `   ${statusCounts(result)} — ${scopeCounts(result.counts)}`
    ];
}
function evidenceLine(evidence, paint) {
    const value = evidence.value ? ` (${escapeTerminal(wording_clip(evidence.value))})` : '';
    const binding = evidence.binding === 'platform' ? 'platform' : 'declared';
    return `           ${paint('dim', binding.padEnd(8))}  ${escapeTerminal(evidence.detail)}${value}`;
}
function commitsSection(result, paint) {
    const agentCommits = agentCommitsOf(result);
    const lines = [
        paint('bold', `Agent commits (${agentCommits.length} of ${result.counts.commits})`)
    ];
    if (agentCommits.length === 0)
        lines.push('  No commit was attributed to an agent.');
    for (const commit of agentCommits) {
        const agent = escapeTerminal(commit.agentName ?? commit.agent ?? 'unknown agent');
        lines.push(`  ${escapeTerminal(commit.shortSha)}  ${agent}  ${escapeTerminal(wording_clip(commit.subject))}`);
        lines.push(...commit.evidence.map(evidence => evidenceLine(evidence, paint)));
    }
    if (result.pullRequestEvidence.length > 0) {
        lines.push('  Pull request evidence');
        lines.push(...result.pullRequestEvidence.map(evidence => evidenceLine(evidence, paint)));
    }
    const requesters = result.requesters.map(person => escapeTerminal(person.login ? asLogin(person.login) : `${person.name} <${person.email}>`));
    if (requesters.length > 0)
        lines.push(`  Requested by ${requesters.join(', ')}`);
    return lines;
}
function findingsSection(result, paint) {
    if (result.findings.length === 0)
        return [];
    const lines = [paint('bold', `Findings (${result.findings.length})`)];
    for (const finding of [...result.findings].sort(compareFindings)) {
        lines.push(...findingLines(result, finding, paint));
    }
    return lines;
}
function findingLines(result, finding, paint) {
    const tag = STATUS_TAG[finding.status];
    const previous = finding.previousPath ? ` (previously ${escapeTerminal(finding.previousPath)})` : '';
    const lines = [
        `  ${paint(tag.style, tag.label.padEnd(TAG_WIDTH))}  ${escapeTerminal(locationOf(finding))}${previous}`,
        `${DETAIL_INDENT}${ruleText(finding)}`,
        `${DETAIL_INDENT}why: ${escapeTerminal(finding.message)}`,
        `${DETAIL_INDENT}${RESOLUTION_LABEL[finding.status]}: ${describeResolution(result, finding, escapeTerminal)}`
    ];
    if (finding.commits.length > 0) {
        lines.push(`${DETAIL_INDENT}by: ${commitList(finding.commits, escapeTerminal)}`);
    }
    return lines;
}
function ruleText(finding) {
    const parts = [KIND_LABEL[finding.kind]];
    if (namesArea(finding))
        parts.push(`area ${escapeTerminal(finding.area)}`);
    if (finding.ruleId)
        parts.push(`rule ${escapeTerminal(finding.ruleId)}`);
    if (finding.pattern) {
        const where = finding.patternWhere ? ` in ${escapeTerminal(finding.patternWhere)}` : '';
        parts.push(`pattern ${escapeTerminal(finding.pattern)}${where}`);
    }
    return parts.join(' · ');
}
function approvalsSection(result, paint) {
    if (result.approvals.length === 0)
        return [];
    const lines = [paint('bold', 'Approvals')];
    for (const approval of result.approvals) {
        const text = describeApproval(approval, result.reviewsAvailable, escapeTerminal);
        const style = approval.satisfied ? 'green' : 'yellow';
        lines.push(`  ${escapeTerminal(approval.area)}: ${paint(style, text)}`);
    }
    return lines;
}
function notesSection(result, paint) {
    const notes = advisoryLines(result, escapeTerminal, escapeTerminal);
    if (notes.length === 0)
        return [];
    return [paint('bold', 'Notes'), ...notes.map(note => `  - ${note}`)];
}
function text_policyLine(result) {
    return policySummary(result, escapeTerminal);
}

;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: ./src/cli/args.ts


const USAGE = `Usage: agent-audit [options]

Audits the agent-made commits of a local git range against the agent policy.

Options:
  --repo DIR         repository to audit (default: current directory)
  --base REF         start of the range (default: merge-base with the default branch)
  --head REF         end of the range (default: HEAD)
  --policy FILE      policy file on disk (default: .github/agent-policy.yml read at the
                     base commit; the built-in default policy when there is none)
  --format FORMAT    text | markdown | json (default: text)
  --output FILE      write the report to FILE instead of standard output
  --pending-ok       exit 0 when the only blocking findings are awaiting approval
  -h, --help         show this help
  --version          show the version

Exit status: 0 pass, 1 fail, 2 usage or policy error.`;
const FORMATS = ['text', 'markdown', 'json'];
function parseCliArgs(argv) {
    const { values } = parseStrict(argv);
    const format = values.format ?? 'text';
    if (!FORMATS.includes(format)) {
        throw new UserError(`--format "${format}" is not a format`, `Use one of: ${FORMATS.join(', ')}`);
    }
    return {
        repo: values.repo ?? '.',
        base: values.base,
        head: values.head,
        policy: values.policy,
        format: format,
        output: values.output,
        pendingOk: values['pending-ok'] ?? false,
        help: values.help ?? false,
        version: values.version ?? false
    };
}
function parseStrict(argv) {
    try {
        return (0,external_node_util_namespaceObject.parseArgs)({
            args: argv,
            strict: true,
            allowPositionals: false,
            options: {
                repo: { type: 'string' },
                base: { type: 'string' },
                head: { type: 'string' },
                policy: { type: 'string' },
                format: { type: 'string' },
                output: { type: 'string' },
                'pending-ok': { type: 'boolean' },
                help: { type: 'boolean', short: 'h' },
                version: { type: 'boolean' }
            }
        });
    }
    catch (error) {
        // parseArgs explains the problem ("Unknown option '--bse'"); add how to get the list.
        throw new UserError(error.message, 'Run agent-audit --help for the options');
    }
}

;// CONCATENATED MODULE: ./src/policy/named-areas.ts

const BUILT_IN_SOURCE = { file: '(built-in)' };
const GOVERNANCE_AREA = 'governance';
/** Where a repository's policy is looked for by default; always protected, even before it exists. */
const DEFAULT_POLICY_PATHS = ['.github/agent-policy.yml', '.github/agent-policy.yaml'];
/** Source extensions the keyword patterns (`*jwt*.{...}`) look at, so prose and assets do not match. */
const CODE = '{go,ts,tsx,js,jsx,mjs,cjs,py,rb,php,java,kt,cs}';
/** Prose about a risky subject (an upgrade guide in `docs/migrations/`) is not the subject itself. */
const PROSE = ['*.{md,mdx,rst,adoc,txt}'];
const migrations = {
    name: 'migrations',
    description: 'Database schema changes and their history: migration directories and files of Laravel, Rails, Django, Node ORMs, Go migration tools and Spring (Flyway, Liquibase), plus schema dumps.',
    paths: [
        'database/migrations/',
        'database/schema/',
        '**/db/migrate/',
        '**/db/*_migrate/',
        '**/db/schema.rb',
        '**/db/*_schema.rb',
        '**/db/structure.sql',
        '**/db/*_structure.sql',
        '**/migrations/*.py',
        '**/alembic/versions/',
        '**/src/main/resources/db/migration/',
        '**/db/migration/',
        '**/db/changelog/',
        '**/db.changelog*.{xml,yaml,yml,json,sql}',
        'flyway.{conf,toml}',
        'liquibase.properties',
        'schema.prisma',
        'ormconfig.{json,js,ts,yml,yaml}',
        '**/drizzle/*.sql',
        '**/drizzle/meta/',
        '*.{up,down}.sql',
        'migrations/',
        'migration/'
    ],
    except: PROSE,
    mandatory: false
};
const AUTH_ROLES = '{controller,service,filter,provider,manager,handler,middleware,guard,module,config,configuration,strategy}';
const auth = {
    name: 'auth',
    description: 'Authentication: who a user is. Login, sessions, passwords, tokens, OAuth/OIDC/SAML, and the auth configuration of Laravel, Rails (Devise), Django, Passport.js/Auth.js, Go and Spring Security.',
    paths: [
        '**/app/Http/Controllers/Auth/',
        '**/app/Http/Middleware/Authenticate.php',
        '**/app/Actions/Fortify/',
        '**/config/{auth,sanctum,passport,fortify,jwt}.php',
        '**/routes/auth.php',
        '**/config/initializers/{devise,omniauth,doorkeeper,rodauth,warden}.rb',
        '**/app/controllers/**/{sessions,registrations,passwords,confirmations,unlocks,omniauth_callbacks}_controller.rb',
        '**/src/main/**/security/',
        '**/*{Security,WebSecurity}Config*.{java,kt}',
        '**/passport.{js,ts,mjs,cjs}',
        'auth/',
        'authentication/',
        'authn/',
        'oauth/',
        'oauth2/',
        'oidc/',
        'saml/',
        'sso/',
        'passport/',
        `*auth.${CODE}`,
        `*auth[._-]*.${CODE}`,
        `*auth${AUTH_ROLES}*.${CODE}`,
        `*authenticat*.${CODE}`,
        `*oauth*.${CODE}`,
        `*oidc*.${CODE}`,
        `*saml*.${CODE}`,
        `*jwt*.${CODE}`
    ],
    except: PROSE,
    mandatory: false
};
const authorization = {
    name: 'authorization',
    description: 'Authorization: what a user may do. Laravel policies and gates, Pundit/CanCanCan/Action Policy, Django REST framework permissions, NestJS guards and CASL abilities, RBAC/ACL code, and policy-as-code (OPA Rego, Cedar).',
    paths: [
        '**/app/Policies/',
        '**/app/Providers/AuthServiceProvider.php',
        '**/config/permission.php',
        '**/app/policies/',
        '**/app/models/ability.rb',
        '**/config/initializers/{pundit,rolify,action_policy}.rb',
        '**/permissions.py',
        '**/*.guard.{ts,js}',
        'authorization/',
        'authz/',
        'permissions/',
        'policies/',
        'abilities/',
        'guards/',
        'rbac/',
        'acl/',
        '*.{rego,cedar}',
        `*authoriz*.${CODE}`,
        `*authz*.${CODE}`,
        `*permission*.${CODE}`,
        `*rbac*.${CODE}`,
        `*casbin*`,
        `*access{control,_control,-control}*.${CODE}`
    ],
    except: PROSE,
    mandatory: false
};
const payments = {
    name: 'payments',
    description: 'Money: payment, billing, checkout, invoicing and refunds, and payment-provider integrations (Stripe, PayPal, Braintree, Adyen, Mollie, Razorpay, Laravel Cashier, the Rails pay gem).',
    paths: [
        '**/config/cashier.php',
        '**/config/initializers/pay.rb',
        'payments/',
        'payment/',
        'billing/',
        'checkout/',
        'invoices/',
        'invoicing/',
        'cashier/',
        'stripe/',
        'paypal/',
        'braintree/',
        'adyen/',
        'mollie/',
        'razorpay/',
        `*payment*.${CODE}`,
        `*billing*.${CODE}`,
        `*invoice*.${CODE}`,
        `*refund*.${CODE}`,
        `*payout*.${CODE}`,
        `*checkout{controller,service,session}*.${CODE}`,
        `*checkout_{controller,service,session}*.${CODE}`,
        `*{stripe,paypal,braintree,adyen,mollie,razorpay,cashier}*.${CODE}`
    ],
    except: PROSE,
    mandatory: false
};
const ci = {
    name: 'ci',
    description: 'Continuous integration and release automation: code that runs with the pipeline’s secrets and permissions (GitHub Actions, GitLab CI, CircleCI, Jenkins, Travis, Azure Pipelines, Bitbucket, Buildkite, Drone and others).',
    paths: [
        '.github/workflows/',
        '.github/actions/',
        '**/action.{yml,yaml}',
        '.gitlab-ci.yml',
        '*.gitlab-ci.yml',
        '.gitlab/ci/',
        '.circleci/',
        'Jenkinsfile*',
        '*.jenkinsfile',
        '.travis.yml',
        'azure-pipelines*.{yml,yaml}',
        '.azure-pipelines/',
        'bitbucket-pipelines.yml',
        '.buildkite/',
        '.drone.yml',
        '.woodpecker.yml',
        '.woodpecker/',
        '{appveyor,.appveyor}.yml',
        'cloudbuild.{yaml,yml,json}',
        'buildspec.{yml,yaml}',
        '.teamcity/',
        '.tekton/',
        '.semaphore/',
        'codemagic.yaml',
        'bitrise.yml',
        '.goreleaser.{yml,yaml}'
    ],
    except: [],
    mandatory: false
};
const infra = {
    name: 'infra',
    description: 'Infrastructure and deployment: containers, infrastructure as code (Terraform, Pulumi, CloudFormation, CDK), Kubernetes and Helm, hosting manifests, and deploy scripts (Laravel Envoy/Deployer, Capistrano, Kamal).',
    paths: [
        'Dockerfile',
        'Dockerfile.*',
        '*.dockerfile',
        'Containerfile',
        'docker-compose*.{yml,yaml}',
        'compose.{yml,yaml}',
        'compose.*.{yml,yaml}',
        '*.{tf,tf.json,hcl}',
        'terraform/',
        'pulumi/',
        'Pulumi*.{yml,yaml}',
        'cdk.json',
        'cloudformation/',
        '*.cfn.{yml,yaml,json}',
        'serverless.{yml,yaml,ts,js}',
        'k8s/',
        'kubernetes/',
        'helm/',
        'charts/',
        'Chart.yaml',
        'kustomization.{yml,yaml}',
        'skaffold.{yml,yaml}',
        'ansible/',
        'playbooks/',
        'Vagrantfile',
        'infra/',
        'infrastructure/',
        'deploy/',
        'deployment/',
        'deployments/',
        'nginx/',
        'nginx.conf',
        '.platform/',
        '.ebextensions/',
        'fly.toml',
        'vercel.json',
        'netlify.toml',
        'Procfile',
        'heroku.yml',
        'render.yaml',
        'railway.{json,toml}',
        'manifest.yml',
        'Envoy.blade.php',
        'deploy.php',
        'Capfile',
        '**/config/deploy.{rb,yml}',
        '.kamal/'
    ],
    except: [],
    mandatory: false
};
const dependencies = {
    name: 'dependencies',
    description: 'Third-party code and its versions: manifests and lock files of npm/Yarn/pnpm/Bun, Composer, Bundler, pip/Poetry/uv, Go modules, Maven/Gradle (including the wrapper), Cargo and NuGet, vendored code, and dependency-bot configuration.',
    paths: [
        'package.json',
        'package-lock.json',
        'npm-shrinkwrap.json',
        'yarn.lock',
        'pnpm-lock.yaml',
        'pnpm-workspace.yaml',
        'bun.lock',
        'bun.lockb',
        '.npmrc',
        '.yarnrc',
        '.yarnrc.yml',
        '.pnpmfile.cjs',
        '**/.yarn/{releases,plugins,patches}/',
        'composer.json',
        'composer.lock',
        'Gemfile',
        'Gemfile.lock',
        'gems.{rb,locked}',
        '*.gemspec',
        'requirements*.txt',
        'requirements/',
        'constraints*.txt',
        'Pipfile',
        'Pipfile.lock',
        'pyproject.toml',
        'poetry.lock',
        'uv.lock',
        'pdm.lock',
        'setup.{py,cfg}',
        'go.mod',
        'go.sum',
        'go.work',
        'go.work.sum',
        'vendor/',
        'pom.xml',
        '{build,settings}.gradle',
        '{build,settings}.gradle.kts',
        'gradle.lockfile',
        '*.versions.toml',
        'gradle/wrapper/',
        'gradlew',
        'gradlew.bat',
        '.mvn/',
        'mvnw',
        'mvnw.cmd',
        'Cargo.toml',
        'Cargo.lock',
        '*.csproj',
        'packages.lock.json',
        'Directory.Packages.props',
        '.github/dependabot.{yml,yaml}',
        '{renovate,.renovaterc}.{json,json5}',
        '.renovaterc',
        '.github/renovate.{json,json5}'
    ],
    except: [],
    mandatory: false
};
const named_areas_secrets = {
    name: 'secrets',
    description: 'Files that hold credentials: environment files, private keys and keystores, cloud/registry/database credential files, Terraform variables and state. Example and template files (.env.example, *.pub) are left out.',
    paths: [
        '.env',
        '.env.*',
        '*.env',
        '.envrc',
        'id_{rsa,dsa,ecdsa,ecdsa_sk,ed25519,ed25519_sk}*',
        '*.{key,pem,p8,p12,pfx,jks,keystore,ppk,kdbx}',
        '**/.aws/credentials',
        '**/.docker/config.json',
        '.dockercfg',
        '**/.kube/config',
        'kubeconfig',
        '*.kubeconfig',
        '.netrc',
        '_netrc',
        '.pgpass',
        '.git-credentials',
        '.htpasswd',
        '.pypirc',
        '.vault-token',
        'credentials.json',
        'client_secret*.json',
        'service{-,_}account*.json',
        'secrets.{yml,yaml,json,toml}',
        './auth.json',
        'wp-config.php',
        '*.{tfvars,tfvars.json,tfstate,tfstate.backup}'
    ],
    except: ['.env*.{example,sample,template,dist}', '{example,sample,template}.env', '*.pub'],
    mandatory: false
};
const governance = {
    name: GOVERNANCE_AREA,
    description: 'Self-protection (mandatory): the agent policy itself, CODEOWNERS and GitHub Actions workflows, so a change cannot loosen the rules that judge it. Always requires human review; a policy can only make it stricter.',
    paths: [
        ...DEFAULT_POLICY_PATHS,
        './CODEOWNERS',
        '.github/CODEOWNERS',
        'docs/CODEOWNERS',
        '.github/workflows/'
    ],
    except: [],
    mandatory: true
};
/** Every built-in area, in the order the docs list them. */
const BUILT_IN_AREA_DEFINITIONS = [
    migrations,
    auth,
    authorization,
    payments,
    ci,
    infra,
    dependencies,
    named_areas_secrets,
    governance
];
const BUILT_IN_AREA_NAMES = BUILT_IN_AREA_DEFINITIONS.map(area => area.name);
/** Fresh Area objects for every built-in area (compiled patterns are shared). */
function builtInAreas(options) {
    const areas = new Map();
    for (const definition of BUILT_IN_AREA_DEFINITIONS) {
        const compiled = compiledDefinition(definition);
        const paths = definition.name === GOVERNANCE_AREA
            ? [...compiled.paths, policyFilePattern(options.policyPath)]
            : compiled.paths;
        areas.set(definition.name, {
            name: definition.name,
            description: definition.description,
            paths,
            except: compiled.except,
            approvals: options.approvals,
            reviewers: { users: [], teams: [], codeowners: false },
            origin: 'built-in',
            mandatory: definition.mandatory
        });
    }
    return areas;
}
function policyFilePattern(policyPath) {
    return exactPathPattern(policyPath, BUILT_IN_SOURCE);
}
const compiledCache = new Map();
function compiledDefinition(definition) {
    const cached = compiledCache.get(definition.name);
    if (cached)
        return cached;
    const compile = (source) => compilePattern(source, BUILT_IN_SOURCE);
    const compiled = { paths: definition.paths.map(compile), except: definition.except.map(compile) };
    compiledCache.set(definition.name, compiled);
    return compiled;
}

;// CONCATENATED MODULE: ./src/policy/defined-areas.ts
/**
 * Applying a policy's `areas:` to the built-in ones. A defined area with a
 * built-in name overrides it field by field: `paths` and `except` replace
 * the built-in lists only when given, and approvals/reviewers apply as set.
 * The mandatory `governance` area can only grow: its paths are added to the
 * built-in ones, and nothing may narrow or loosen it.
 */




/**
 * Names the evaluator gives its own implicit areas. A defined area of the same
 * name would share their approval tally and could weaken it.
 */
const RESERVED_AREA_NAMES = ['outside-can-edit'];
function reservedName({ key, keyWhere }) {
    return new UserError(`the area name ${quote(key)} is reserved for agent changes outside can_edit`, 'Choose another name; the default approval outside can_edit is set with approvals.required', keyWhere);
}
/** Adds or overrides the policy's areas in `areas` (which holds the built-in ones). */
function applyDefinedAreas(areas, definitions, context) {
    for (const definition of definitions) {
        if (RESERVED_AREA_NAMES.includes(definition.key))
            throw reservedName(definition);
        const builtIn = areas.get(definition.key);
        areas.set(definition.key, defineArea(definition, builtIn, context));
    }
}
function defineArea({ key, keyWhere, value: document }, builtIn, context) {
    const fields = document.value;
    const compile = (list) => list?.value.map(item => compilePattern(item.value, item.where, context.patternOptions));
    const paths = compile(fields.paths);
    const except = compile(fields.except);
    const approvals = fields.approvals?.value ?? builtIn?.approvals ?? context.approvals;
    if (builtIn?.mandatory)
        checkOnlyStricter(key, fields, approvals, builtIn);
    const areaPaths = builtIn?.mandatory
        ? [...builtIn.paths, ...(paths ?? [])]
        : (paths ?? builtIn?.paths);
    if (!areaPaths)
        throw missingPaths(key, keyWhere);
    return {
        name: key,
        description: fields.description?.value ?? builtIn?.description ?? `Defined in ${context.file}`,
        paths: areaPaths,
        except: except ?? builtIn?.except ?? [],
        approvals,
        reviewers: reviewerSpec(fields),
        origin: 'policy',
        mandatory: builtIn?.mandatory ?? false
    };
}
/** A self-protection area may gain paths, approvals and reviewers, never lose coverage. */
function checkOnlyStricter(key, fields, approvals, builtIn) {
    if (fields.except) {
        throw new UserError(`${quote(`areas.${key}`)} cannot have "except"`, `${quote(key)} protects the rules themselves: a policy can add paths, approvals and reviewers to it, never leave paths out`, fields.except.where);
    }
    if (fields.approvals && approvals < builtIn.approvals) {
        throw new UserError(`${quote(`areas.${key}.approvals`)} is ${approvals}, fewer than the ${builtIn.approvals} every area needs`, `${quote(key)} can only be made stricter: remove the key or set it to ${builtIn.approvals} or more`, fields.approvals.where);
    }
}
function reviewerSpec(fields) {
    const spec = { users: [], teams: [], codeowners: fields.codeowners?.value ?? false };
    for (const { value } of fields.reviewers?.value ?? []) {
        const name = value.slice(1).toLowerCase();
        if (name.includes('/'))
            spec.teams.push(name);
        else
            spec.users.push(name);
    }
    return spec;
}
function missingPaths(key, where) {
    return new UserError(`area ${quote(key)} has no "paths"`, `List the paths it covers, e.g. ${quote(`${key}: { paths: [${key}/] }`)}`, where);
}
/**
 * A defined area that no list names, spelt like a built-in one, is a typo
 * that silently weakens the policy: `secrts: { paths: [...] }` leaves the
 * built-in `secrets` as it was, and the paths meant for it covered by nothing.
 */
function rejectMisspeltOverrides(definitions, usedNames) {
    for (const { key, keyWhere } of definitions) {
        if (usedNames.has(key) || BUILT_IN_AREA_NAMES.includes(key))
            continue;
        const builtIn = closestMatch(key, BUILT_IN_AREA_NAMES);
        if (builtIn === undefined)
            continue;
        throw new UserError(`area ${quote(key)} is defined but no list uses it`, `Did you mean ${quote(builtIn)}? A definition named ${quote(builtIn)} changes the built-in area; a new area must be listed, e.g. ${quote(`requires_human_review: [${key}]`)}`, keyWhere);
    }
}

;// CONCATENATED MODULE: ./src/policy/spec.ts
const string = (options) => ({ kind: 'string', ...options });
const integer = (options) => ({
    kind: 'integer',
    ...options
});
const spec_boolean = (options) => ({
    kind: 'boolean',
    ...options
});
function list(options) {
    return { kind: 'list', ...options };
}
function object(options) {
    return { kind: 'object', ...options, required: options.required ?? [] };
}
function map(options) {
    return { kind: 'map', ...options };
}

;// CONCATENATED MODULE: ./src/policy/schema.ts
/**
 * The policy file's structure, written once as data (see spec.ts). The
 * validator walks it, the loader's input types come from it, and
 * schema/agent-policy.schema.json is generated from it.
 */

/** Values of absent keys: written here once, read by the spec (docs, JSON Schema) and resolve.ts. */
const DEFAULTS = {
    outsideCanEdit: 'review',
    attribution: 'commit',
    approvalsRequired: 1,
    allowRequester: false,
    caseSensitive: false,
    agentsBuiltin: true,
    blockHumanSecretFiles: true
};
/** A bare lower-case word in a list names an area; everything else is a path pattern. */
const AREA_NAME = {
    regex: '^[a-z][a-z0-9_-]*$',
    expected: 'a lower-case word of letters, digits, "_" or "-", starting with a letter'
};
const GITHUB_REVIEWER = {
    regex: '^@[A-Za-z0-9][A-Za-z0-9-]*(/[A-Za-z0-9][A-Za-z0-9._-]*)?$',
    expected: 'a GitHub user "@login" or team "@org/team-slug"'
};
const ruleEntry = string({
    description: 'An area name (a bare lower-case word such as `migrations`) or a path pattern (such as `docs/` or `*.md`).',
    example: '- docs/'
});
const ruleLists = {
    can_read: list({
        description: 'Where agents may read. Advisory: reads cannot be observed in CI, so this list is reported, never enforced.',
        example: 'can_read: [app/, docs/]',
        items: ruleEntry
    }),
    can_edit: list({
        description: 'Where agents may edit freely. When present, agent edits anywhere else follow `outside_can_edit`; when absent, agents may edit anywhere no other list covers.',
        example: 'can_edit: [tests/, docs/]',
        items: ruleEntry
    }),
    cannot_access: list({
        description: 'Where agents must not change anything. An agent change here blocks the merge.',
        example: 'cannot_access: [secrets, storage/logs/]',
        items: ruleEntry
    }),
    requires_human_review: list({
        description: 'Where agent changes need approval by eligible humans before merging. `governance` is always added.',
        example: 'requires_human_review: [migrations, auth]',
        items: ruleEntry
    })
};
const patternList = (description, example) => list({
    description,
    example,
    items: string({ description: 'A path pattern.', example: '- docs/' })
});
/** A list of strings; the item example is the list example's first value as a `- value` line. */
const stringList = (description, example, item) => list({
    description,
    example,
    items: string({ description: item, example: `- ${firstValue(example)}` })
});
function firstValue(example) {
    return example.slice(example.indexOf('[') + 1, example.lastIndexOf(']')).split(', ')[0] ?? '';
}
const areaDefinition = object({
    description: 'A named area: the paths it covers and who must approve agent changes there.',
    example: 'billing: { paths: [app/Billing/], approvals: 2 }',
    fields: {
        description: string({
            description: 'What the area is, shown in reports.',
            example: 'description: Billing code'
        }),
        paths: list({
            description: 'Patterns of the paths in the area. Required for a new area; for a built-in area, replaces its patterns (for `governance`, adds to them).',
            example: 'paths: [app/Billing/]',
            minItems: 1,
            items: string({ description: 'A path pattern.', example: '- app/Billing/' })
        }),
        except: patternList('Patterns of paths left out of the area even though `paths` matches them.', 'except: [app/Billing/README.md]'),
        approvals: integer({
            description: 'Eligible human approvals needed (default: `approvals.required`).',
            example: 'approvals: 2',
            minimum: 1
        }),
        reviewers: list({
            description: 'Who may approve: GitHub users and teams. Empty means any eligible human.',
            example: 'reviewers: ["@acme/dba"]',
            items: string({
                description: 'A GitHub user `@login` or team `@org/team-slug`.',
                example: '- "@acme/dba"',
                pattern: GITHUB_REVIEWER
            })
        }),
        codeowners: spec_boolean({
            description: 'Whether the CODEOWNERS owners of the matched files may approve.',
            example: 'codeowners: true'
        })
    }
});
const agents = object({
    description: 'How agent-made changes are recognised, besides the built-in catalogue.',
    example: 'agents: { logins: ["my-agent[bot]"] }',
    fields: {
        builtin: spec_boolean({
            description: 'Whether the built-in catalogue of agent identities applies.',
            example: 'builtin: true',
            default: DEFAULTS.agentsBuiltin
        }),
        logins: stringList('GitHub logins that are agents.', 'logins: ["my-agent[bot]"]', 'A login.'),
        emails: stringList('Globs on commit author, committer and co-author emails that are agents.', 'emails: ["*@agents.example.com"]', 'An email glob.'),
        trailers: stringList('Commit trailer keys whose presence marks an agent commit.', 'trailers: [Agent-Session]', 'A trailer key.'),
        branches: stringList('Globs on the PR head branch that mark an agent PR.', 'branches: ["agent/*"]', 'A branch glob.'),
        labels: stringList('PR labels that mark an agent PR.', 'labels: [ai-generated]', 'A label.'),
        pr_body_markers: stringList('Text that marks an agent PR when found in its body.', 'pr_body_markers: ["Generated by my-agent"]', 'A plain substring.'),
        ignore_bots: stringList('Bot logins that are automation, never agents (e.g. a release bot).', 'ignore_bots: ["release-bot[bot]"]', 'A login.')
    }
});
const approvals = object({
    description: 'Approval defaults for areas that do not set their own.',
    example: 'approvals: { required: 1 }',
    fields: {
        required: integer({
            description: 'Eligible approvals needed.',
            example: 'required: 1',
            default: DEFAULTS.approvalsRequired,
            minimum: 1
        }),
        allow_requester: spec_boolean({
            description: 'Whether the human who asked the agent may approve its work.',
            example: 'allow_requester: false',
            default: DEFAULTS.allowRequester
        })
    }
});
const secretAllowance = object({
    description: 'A secret finding accepted on purpose.',
    example: '- { fingerprint: "...", reason: test fixture }',
    required: ['fingerprint', 'reason'],
    fields: {
        fingerprint: string({
            description: "The finding's full fingerprint (64 hex characters: sha256 of the rule and the value, never the value itself), from `secrets.findings[].fingerprint` in the audit record; the reports show its first 12 characters.",
            example: 'fingerprint: "<64 hex characters from the audit record>"',
            pattern: {
                regex: '^[0-9a-f]{64}$',
                expected: 'the 64 lower-case hex characters of secrets.findings[].fingerprint in the audit record'
            }
        }),
        reason: string({ description: 'Why it is accepted.', example: 'reason: test fixture' }),
        expires: string({
            description: 'Last day the allowance applies (YYYY-MM-DD).',
            example: 'expires: 2026-12-31',
            format: 'date',
            pattern: { regex: '^\\d{4}-\\d{2}-\\d{2}$', expected: 'a date written YYYY-MM-DD' }
        })
    }
});
const schema_secrets = object({
    description: 'Options for the secret scanner.',
    example: 'secrets: { block_human_secret_files: true }',
    fields: {
        block_human_secret_files: spec_boolean({
            description: 'Whether a human (not agent) change to a secret file also blocks.',
            example: 'block_human_secret_files: true',
            default: DEFAULTS.blockHumanSecretFiles
        }),
        ignore_paths: patternList('Paths whose added lines are not scanned (fixtures).', 'ignore_paths: [test/fixtures/]'),
        allow: list({
            description: 'Accepted findings, by fingerprint.',
            example: 'allow: [{ fingerprint: "...", reason: test fixture }]',
            items: secretAllowance
        })
    }
});
/** Shape (a): the article's map, verbatim. */
const MAP_POLICY_SPEC = object({
    description: 'The policy map from the article: four lists under `ai_agent_policy:`.',
    example: 'ai_agent_policy: { can_edit: [tests/] }',
    required: ['ai_agent_policy'],
    unknownKeyHint: 'Next to "ai_agent_policy:" nothing else is allowed; for more options use the full schema ("version: 1" with the lists at the top level)',
    fields: {
        ai_agent_policy: object({
            description: 'The four lists.',
            example: 'ai_agent_policy: { can_edit: [tests/] }',
            fields: ruleLists
        })
    }
});
/** Shape (b): the full, versioned schema. */
const POLICY_SPEC = object({
    description: 'An agent-audit policy (version 1).',
    example: 'version: 1',
    required: ['version'],
    missingKeyHint: 'or put the four lists under "ai_agent_policy:"',
    fields: {
        version: integer({
            description: 'The schema version. Must be 1.',
            example: 'version: 1',
            enum: [1]
        }),
        ...ruleLists,
        outside_can_edit: string({
            description: 'What happens to agent edits outside `can_edit` that no other list covers: `review` (they need approval) or `block`.',
            example: 'outside_can_edit: review',
            default: DEFAULTS.outsideCanEdit,
            enum: ['review', 'block']
        }),
        areas: map({
            description: 'Named areas, usable by name in the lists. Overrides a built-in area of the same name.',
            example: 'areas: { billing: { paths: [app/Billing/] } }',
            keys: AREA_NAME,
            values: areaDefinition
        }),
        agents,
        attribution: string({
            description: '`commit`: only changes made in agent commits are judged as agent changes. `pull_request`: every change of a PR opened by an agent is.',
            example: 'attribution: commit',
            default: DEFAULTS.attribution,
            enum: ['commit', 'pull_request']
        }),
        approvals,
        case_sensitive: spec_boolean({
            description: 'Match the policy’s own patterns with exact letter case. Built-in areas always ignore case.',
            example: 'case_sensitive: false',
            default: DEFAULTS.caseSensitive
        }),
        secrets: schema_secrets
    }
});

;// CONCATENATED MODULE: ./src/policy/rule-entries.ts
/**
 * Turning the strings of the four lists into RuleEntries: a bare word names
 * an area, anything else is a path pattern. An unknown word is an error with
 * a suggestion, never a pattern that silently matches nothing.
 */




const AREA_WORD = new RegExp(AREA_NAME.regex);
/** True when a list entry is an area name rather than a path pattern. */
function isAreaReference(text) {
    return AREA_WORD.test(text);
}
function resolveEntries(list, context) {
    return (list?.value ?? []).map(item => resolveEntry(item, context));
}
function resolveEntry({ value, where }, context) {
    if (isAreaReference(value)) {
        const area = context.areas.get(value);
        if (!area)
            throw unknownArea(value, where, context);
        return { label: value, kind: 'area', area, where };
    }
    const pattern = compilePattern(value, where, context.patternOptions);
    const area = {
        name: value,
        description: `Paths matching ${quote(value)}`,
        paths: [pattern],
        except: [],
        approvals: context.approvals,
        reviewers: { users: [], teams: [], codeowners: false },
        origin: 'policy',
        mandatory: false
    };
    return { label: value, kind: 'path', area, where };
}
function unknownArea(word, where, context) {
    const known = [...context.areas.keys()];
    const suggestion = closestMatch(word, known);
    const directory = `write ${quote(`${word}/`)} to match a directory named ${quote(word)}`;
    const fix = suggestion
        ? `Did you mean ${quote(suggestion)}? Or ${directory}`
        : `Known areas: ${known.join(', ')}. ${context.canDefineAreas ? 'Define it under "areas:", or ' : 'Or '}${directory}`;
    return new UserError(`unknown area ${quote(word)} in ${quote(context.listKey)}`, fix, where);
}

;// CONCATENATED MODULE: ./src/policy/resolve.ts
/**
 * From validated fields (either shape) to the typed Policy: defaults filled
 * in, areas built, lists resolved, and the mandatory governance area added
 * to requires_human_review whatever the file says.
 */





function resolvePolicy(fields, source) {
    const patternOptions = {
        caseSensitive: fields.case_sensitive?.value ?? DEFAULTS.caseSensitive
    };
    const approvals = approvalDefaults(fields);
    const areas = builtInAreas({ policyPath: source.path, approvals: approvals.required });
    applyDefinedAreas(areas, fields.areas?.value ?? [], {
        file: source.path,
        patternOptions,
        approvals: approvals.required
    });
    const entries = (listKey) => resolveEntries(fields[listKey], {
        listKey,
        areas,
        patternOptions,
        approvals: approvals.required,
        canDefineAreas: source.shape !== 'map'
    });
    const canRead = entries('can_read');
    const canEdit = fields.can_edit ? entries('can_edit') : undefined;
    const cannotAccess = entries('cannot_access');
    const requiresHumanReview = entries('requires_human_review');
    rejectMisspeltOverrides(fields.areas?.value ?? [], areaNames([canRead, canEdit ?? [], cannotAccess, requiresHumanReview]));
    return {
        source,
        canRead,
        canEdit,
        cannotAccess,
        requiresHumanReview: withGovernance(requiresHumanReview, areas),
        outsideCanEdit: outsideCanEdit(fields.outside_can_edit?.value),
        areas,
        agents: agentsConfig(fields),
        attribution: attribution(fields.attribution?.value),
        approvals,
        secrets: secretsConfig(fields, patternOptions)
    };
}
function areaNames(lists) {
    return new Set(lists.flat().flatMap(entry => (entry.kind === 'area' ? [entry.label] : [])));
}
/** Self-protection: the policy file, CODEOWNERS and workflows always need review. */
function withGovernance(entries, areas) {
    const governance = areas.get(GOVERNANCE_AREA);
    if (!governance || entries.some(entry => entry.area === governance))
        return entries;
    return [
        ...entries,
        { label: GOVERNANCE_AREA, kind: 'area', area: governance, where: BUILT_IN_SOURCE }
    ];
}
// The validator only lets the enum's values through; these narrow the type without a cast.
function outsideCanEdit(value) {
    return value === 'block' || value === 'review' ? value : DEFAULTS.outsideCanEdit;
}
function attribution(value) {
    return value === 'commit' || value === 'pull_request' ? value : DEFAULTS.attribution;
}
function approvalDefaults(fields) {
    const approvals = fields.approvals?.value;
    return {
        required: approvals?.required?.value ?? DEFAULTS.approvalsRequired,
        allowRequester: approvals?.allow_requester?.value ?? DEFAULTS.allowRequester
    };
}
function agentsConfig(fields) {
    const agents = fields.agents?.value;
    const strings = (list) => (list?.value ?? []).map(item => item.value);
    return {
        builtin: agents?.builtin?.value ?? DEFAULTS.agentsBuiltin,
        extra: {
            logins: strings(agents?.logins),
            emails: strings(agents?.emails),
            trailers: strings(agents?.trailers),
            branches: strings(agents?.branches),
            labels: strings(agents?.labels),
            prBodyMarkers: strings(agents?.pr_body_markers)
        },
        ignoreBots: strings(agents?.ignore_bots)
    };
}
function secretsConfig(fields, patternOptions) {
    const secrets = fields.secrets?.value;
    return {
        blockHumanSecretFiles: secrets?.block_human_secret_files?.value ?? DEFAULTS.blockHumanSecretFiles,
        ignorePaths: (secrets?.ignore_paths?.value ?? []).map(item => compilePattern(item.value, item.where, patternOptions)),
        allow: (secrets?.allow?.value ?? []).map(({ value: allowance, where }) => ({
            fingerprint: allowance.fingerprint.value,
            reason: allowance.reason.value,
            ...(allowance.expires ? { expires: allowance.expires.value } : {}),
            where
        }))
    };
}

;// CONCATENATED MODULE: ./src/policy/default-policy.ts
/**
 * The policy used when a repository has none: agents keep out of secret
 * files, and changes to migrations, auth, authorization, payments, CI and
 * the rules themselves need a human's approval. Everything else is free.
 */


const DEFAULT_POLICY_PATH = '.github/agent-policy.yml';
const DEFAULT_CANNOT_ACCESS = ['secrets'];
const DEFAULT_REQUIRES_HUMAN_REVIEW = [
    'migrations',
    'auth',
    'authorization',
    'payments',
    'ci',
    'governance'
];
/** The built-in policy written as a policy file: what to start from when writing one. */
const DEFAULT_POLICY_YAML = [
    '# agent-audit built-in default policy (used when the repository has no policy file)',
    'version: 1',
    'cannot_access:',
    ...DEFAULT_CANNOT_ACCESS.map(name => `  - ${name}`),
    'requires_human_review:',
    ...DEFAULT_REQUIRES_HUMAN_REVIEW.map(name => `  - ${name}`),
    ''
].join('\n');
/** `policyPath` is where a policy file would be: governance protects it so one cannot be slipped in. */
function builtInPolicy(policyPath = DEFAULT_POLICY_PATH) {
    const fields = {
        cannot_access: builtInList(DEFAULT_CANNOT_ACCESS),
        requires_human_review: builtInList(DEFAULT_REQUIRES_HUMAN_REVIEW)
    };
    return resolvePolicy(fields, { path: policyPath, builtIn: true, shape: 'built-in' });
}
function builtInList(names) {
    return { value: names.map(value => ({ value, where: BUILT_IN_SOURCE })), where: BUILT_IN_SOURCE };
}

;// CONCATENATED MODULE: ./src/policy/yaml-source.ts
/**
 * Parsing the policy text into a YAML node tree that keeps positions, and
 * turning every YAML problem into a UserError at `file:line:column`.
 */


function parseYamlSource(text, file) {
    const lineCounter = new dist/* LineCounter */.HN();
    // Duplicate keys are reported by the validator, which can say where the first one is.
    const document = (0,dist/* parseDocument */.Tp)(text, { lineCounter, uniqueKeys: false, prettyErrors: false });
    const source = { file, lineCounter, root: null };
    const error = document.errors[0];
    if (error) {
        const where = whereAt(source, error.pos[0]);
        throw new UserError(`invalid YAML: ${yaml_source_firstLine(error.message)}`, yamlFix(error.code), where);
    }
    return { ...source, root: document.contents ?? null };
}
/** `file:line:column` of a character offset. */
function whereAt(source, offset) {
    const { line, col } = source.lineCounter.linePos(offset);
    return { file: source.file, line, column: col };
}
/** Where a node starts. */
function whereOf(source, node) {
    return whereAt(source, node.range?.[0] ?? 0);
}
function yaml_source_firstLine(message) {
    return (message.split('\n', 1)[0] ?? message).replace(/[.:]$/, '');
}
function yamlFix(code) {
    switch (code) {
        case 'TAB_AS_INDENT':
            return 'Indent with spaces, not tabs';
        case 'MULTIPLE_DOCS':
            return 'A policy is one YAML document: remove the "---" separator and merge the parts';
        default:
            return 'Check the indentation, the quoting and the brackets on that line';
    }
}

;// CONCATENATED MODULE: ./src/policy/validate.ts
/**
 * Walks a YAML node tree against a spec (spec.ts) and returns the values
 * with their positions, or throws a UserError naming `file:line:column`,
 * what was found and the expected form. Strict on purpose: an unknown key,
 * a wrong type or an empty entry would otherwise weaken a policy silently.
 */




/** Validates `node` (a document root) against `spec`. */
function validateRoot(node, spec, context) {
    // The walk is checked against the spec at run time; this is the one place the types meet.
    return walk(node, spec, context, [], whereOf(context, node));
}
/** `owner` is where to point when the node itself has no useful position (an empty value). */
function walk(node, spec, context, path, owner) {
    if ((0,dist/* isAlias */.Vj)(node))
        throw aliasError(node.source, spec, path, whereOf(context, node));
    if (isEmpty(node)) {
        const isItem = typeof path[path.length - 1] === 'number';
        throw emptyValue(spec, path, isItem && (0,dist/* isScalar */.jn)(node) ? whereOf(context, node) : owner);
    }
    const where = whereOf(context, node);
    switch (spec.kind) {
        case 'string':
            return { value: readString(node, spec, path, where), where };
        case 'integer':
            return { value: readInteger(node, spec, path, where), where };
        case 'boolean':
            return { value: readBoolean(node, spec, path, where), where };
        case 'list':
            return { value: readList(node, spec, context, path, where), where };
        case 'object':
            return { value: readObject(node, spec, context, path, where), where };
        case 'map':
            return { value: readMap(node, spec, context, path, where), where };
    }
}
function isEmpty(node) {
    if (node === null || node === undefined)
        return true;
    if (!(0,dist/* isScalar */.jn)(node))
        return false;
    return node.value === null || (typeof node.value === 'string' && node.value.trim() === '');
}
function readString(node, spec, path, where) {
    if (!(0,dist/* isScalar */.jn)(node) || typeof node.value !== 'string') {
        const fix = (0,dist/* isScalar */.jn)(node)
            ? `Put it in quotes to make it text: '"${String(node.source ?? node.value)}"'`
            : `For example ${quoteExample(spec.example)}`;
        throw wrongType(spec, path, node, fix, where);
    }
    const value = node.value;
    if (spec.enum && !spec.enum.includes(value)) {
        const fix = didYouMean(value, spec.enum) || `For example ${quoteExample(spec.example)}`;
        throw wrongValue(spec, path, quote(value), fix, where);
    }
    if (spec.pattern && !new RegExp(spec.pattern.regex).test(value)) {
        throw wrongValue(spec, path, quote(value), `For example ${quoteExample(spec.example)}`, where);
    }
    if (spec.format === 'date' && !isCalendarDate(value)) {
        throw new UserError(`${subject(path)} is not a real date: ${quote(value)}`, `For example ${quoteExample(spec.example)}`, where);
    }
    return value;
}
function readInteger(node, spec, path, where) {
    const value = (0,dist/* isScalar */.jn)(node) ? node.value : undefined;
    if (typeof value !== 'number' || !Number.isInteger(value)) {
        throw wrongType(spec, path, node, `For example ${quoteExample(spec.example)}`, where);
    }
    const outOfRange = spec.minimum !== undefined && value < spec.minimum;
    if (outOfRange || (spec.enum && !spec.enum.includes(value))) {
        throw wrongValue(spec, path, String(value), `For example ${quoteExample(spec.example)}`, where);
    }
    return value;
}
function readBoolean(node, spec, path, where) {
    const value = (0,dist/* isScalar */.jn)(node) ? node.value : undefined;
    if (typeof value !== 'boolean') {
        throw wrongType(spec, path, node, `For example ${quoteExample(spec.example)}`, where);
    }
    return value;
}
function readList(node, spec, context, path, where) {
    if (!(0,dist/* isSeq */.oP)(node)) {
        throw wrongType(spec, path, node, `For example ${quoteExample(spec.example)}`, where);
    }
    if (spec.minItems !== undefined && node.items.length < spec.minItems) {
        throw new UserError(`${subject(path)} is an empty list`, `List at least ${spec.minItems}, e.g. ${quoteExample(spec.example)}`, where);
    }
    return node.items.map((item, index) => walk(item, spec.items, context, [...path, index], where));
}
function readObject(node, spec, context, path, where) {
    if (!(0,dist/* isMap */.jh)(node)) {
        throw wrongType(spec, path, node, `For example ${quoteExample(spec.example)}`, where);
    }
    const allowed = Object.keys(spec.fields);
    const pairs = checkedPairs(node, context, path, (key, keyWhere) => {
        if (allowed.includes(key))
            return;
        const inside = path.length > 0 ? ` in ${quote(formatPath(path))}` : '';
        const fix = didYouMean(key, allowed) || spec.unknownKeyHint || `Allowed keys: ${allowed.join(', ')}`;
        throw new UserError(`unknown key ${quote(key)}${inside}`, fix, keyWhere);
    });
    const values = {};
    for (const { key, keyWhere, value } of pairs) {
        const fieldSpec = spec.fields[key];
        if (fieldSpec)
            values[key] = walk(value, fieldSpec, context, [...path, key], keyWhere);
    }
    const missing = spec.required.find(key => !(key in values));
    if (missing !== undefined)
        throw missingKey(spec, path, missing, where);
    return values;
}
function readMap(node, spec, context, path, where) {
    if (!(0,dist/* isMap */.jh)(node)) {
        throw wrongType(spec, path, node, `For example ${quoteExample(spec.example)}`, where);
    }
    const pairs = checkedPairs(node, context, path, (key, keyWhere) => {
        if (new RegExp(spec.keys.regex).test(key))
            return;
        throw new UserError(`${quote(key)} is not a valid name in ${quote(formatPath(path))}`, `Names are ${spec.keys.expected}, e.g. ${quote(key.toLowerCase().replace(/[^a-z0-9_-]+/g, '-'))}`, keyWhere);
    });
    return pairs.map(({ key, keyWhere, value }) => ({
        key,
        keyWhere,
        value: walk(value, spec.values, context, [...path, key], keyWhere)
    }));
}
/** The pairs of a mapping whose keys are plain, unique and accepted by `checkKey`. */
function checkedPairs(node, context, path, checkKey) {
    const firstSeen = new Map();
    return node.items.map((pair) => {
        const keyNode = pair.key;
        // A complex key (`? [a, b]`) has its own position; only a missing key falls back to the map's.
        const keyWhere = whereOf(context, (0,dist/* isNode */.Ll)(keyNode) ? keyNode : node);
        if (!(0,dist/* isScalar */.jn)(keyNode) || keyNode.value === null || typeof keyNode.value === 'object') {
            throw new UserError(`a key${path.length > 0 ? ` in ${quote(formatPath(path))}` : ''} is not a plain name`, 'Write keys as plain words followed by ":"', keyWhere);
        }
        const key = String(keyNode.value);
        const first = firstSeen.get(key);
        if (first) {
            throw new UserError(`duplicate key ${quote(key)} (first written at line ${first.line})`, `Keep one ${quote(key)} and merge the two`, keyWhere);
        }
        firstSeen.set(key, keyWhere);
        checkKey(key, keyWhere);
        return { key, keyWhere, value: pair.value };
    });
}
/** Unquoted patterns starting with `*` are YAML aliases: the commonest way to meet one by accident. */
function aliasError(name, spec, path, where) {
    const written = `*${name}`;
    if (spec.kind === 'string') {
        return new UserError(`${subject(path)} starts with "*", which YAML reads as an alias`, `Put it in quotes: '${written}'`, where);
    }
    return new UserError(`${subject(path)} uses a YAML alias (${quote(written)})`, 'Aliases are not supported in a policy: write the value out in full', where);
}
function emptyValue(spec, path, where) {
    if (typeof path[path.length - 1] === 'number') {
        return new UserError(`${subject(path)} is empty`, `Remove the empty "-" line, or write a value, e.g. ${quoteExample(spec.example)}`, where);
    }
    const empty = spec.kind === 'list' ? `, write "${String(path[path.length - 1])}: []" for an empty list,` : '';
    return new UserError(`${subject(path)} has no value`, `Write a value, e.g. ${quoteExample(spec.example)}${empty} or remove the key`, where);
}
function wrongType(spec, path, node, fix, where) {
    return new UserError(`${subject(path)} must be ${expectation(spec)}, found ${describeNode(node)}`, fix, where);
}
function wrongValue(spec, path, shown, fix, where) {
    return new UserError(`${subject(path)} must be ${expectation(spec)}, found ${shown}`, fix, where);
}
function missingKey(spec, path, key, where) {
    const inside = path.length > 0 ? `${subject(path)} is missing` : 'missing';
    const example = spec.fields[key]?.example ?? key;
    const hint = spec.missingKeyHint ? `, ${spec.missingKeyHint}` : '';
    return new UserError(`${inside} the key ${quote(key)}`, `Add ${quoteExample(example)}${hint}`, where);
}
/** The expected form, in words. */
function expectation(spec) {
    switch (spec.kind) {
        case 'string':
            if (spec.enum)
                return `one of ${quoteList(spec.enum)}`;
            return spec.pattern ? spec.pattern.expected : 'text';
        case 'integer':
            if (spec.enum)
                return spec.enum.map(String).join(' or ');
            return spec.minimum === undefined
                ? 'a whole number'
                : `a whole number of at least ${spec.minimum}`;
        case 'boolean':
            return 'true or false';
        case 'list':
            return 'a list';
        case 'object':
        case 'map':
            return 'a mapping of keys to values';
    }
}
function describeNode(node) {
    if ((0,dist/* isSeq */.oP)(node))
        return 'a list';
    if ((0,dist/* isMap */.jh)(node))
        return 'a mapping';
    if (!(0,dist/* isScalar */.jn)(node))
        return 'something else';
    const value = node.value;
    if (typeof value === 'string')
        return `the text ${quote(value)}`;
    if (typeof value === 'number')
        return `the number ${String(node.source ?? value)}`;
    if (typeof value === 'boolean')
        return `the value ${String(value)}`;
    return 'an unsupported value';
}
/** `"can_edit"` or `entry 2 of "can_edit"`. */
function subject(path) {
    const last = path[path.length - 1];
    if (typeof last === 'number')
        return `entry ${last + 1} of ${quote(formatPath(path.slice(0, -1)))}`;
    return path.length === 0 ? 'the policy' : quote(formatPath(path));
}
/** `areas.billing.paths`, `secrets.allow[2].reason` (positions counted from 1). */
function formatPath(path) {
    return path
        .map((part, index) => typeof part === 'number' ? `[${part + 1}]` : index === 0 ? part : `.${part}`)
        .join('');
}
function isCalendarDate(value) {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

;// CONCATENATED MODULE: ./src/policy/load.ts
/**
 * Reading a policy file: YAML text in, typed Policy out, or a UserError
 * that names `file:line:column`, what is wrong and what to write instead.
 *
 * Two shapes are accepted: the article's map (`ai_agent_policy:` with four
 * lists, verbatim) and the full versioned schema (`version: 1`).
 */








const MAP_SHAPE_KEY = 'ai_agent_policy';
function loadPolicy(text, source) {
    const yaml = parseYamlSource(text, source.path);
    const root = mappingRoot(yaml);
    const shape = hasKey(root, MAP_SHAPE_KEY) ? 'map' : 'schema';
    if (shape === 'schema')
        rejectMisspeltMapKey(root, yaml);
    const fields = shape === 'map'
        ? validateRoot(root, MAP_POLICY_SPEC, yaml).value.ai_agent_policy.value
        : validateRoot(root, POLICY_SPEC, yaml).value;
    const policySource = {
        path: source.path,
        builtIn: false,
        ...(source.ref === undefined ? {} : { ref: source.ref }),
        sha256: (0,external_node_crypto_namespaceObject.createHash)('sha256').update(text, 'utf8').digest('hex'),
        shape
    };
    return resolvePolicy(fields, policySource);
}
function mappingRoot(yaml) {
    const root = yaml.root;
    if (!root || ((0,dist/* isScalar */.jn)(root) && (root.value === null || root.value === ''))) {
        throw new UserError('the policy file is empty', 'Add rules (see docs/policy-reference.md), or delete the file to use the built-in default policy', { file: yaml.file, line: 1, column: 1 });
    }
    if (!(0,dist/* isMap */.jh)(root)) {
        throw new UserError(`the policy must be a mapping of keys to values, found ${(0,dist/* isScalar */.jn)(root) ? 'a single value' : 'a list'}`, 'Start the file with "version: 1" (full schema) or "ai_agent_policy:" (the four lists)', whereOf(yaml, root));
    }
    return root;
}
/** The schema shape does not know `ai_agent_policy`, so its near misses are caught here. */
function rejectMisspeltMapKey(root, yaml) {
    for (const { key } of root.items) {
        if (!(0,dist/* isScalar */.jn)(key) || typeof key.value !== 'string')
            continue;
        const suggestion = closestMatch(key.value, [MAP_SHAPE_KEY]);
        if (suggestion) {
            throw new UserError(`unknown key ${quote(key.value)}`, `Did you mean ${quote(suggestion)}?`, whereOf(yaml, key));
        }
    }
}
function hasKey(root, key) {
    return root.items.some(pair => (0,dist/* isScalar */.jn)(pair.key) && pair.key.value === key);
}

;// CONCATENATED MODULE: ./src/cli/policy-file.ts






const policy_file_DEFAULT_POLICY_PATH = '.github/agent-policy.yml';
/**
 * The policy the CLI audits with: the --policy file from disk when given;
 * otherwise the default file as it is at the base commit (never the head,
 * so the change under audit cannot loosen its own rules); otherwise the
 * built-in default.
 */
async function readCliPolicy(options, baseSha) {
    if (options.policy)
        return readPolicyFromDisk(options.repo, options.policy);
    const text = await readFileAtRef(options.repo, baseSha, policy_file_DEFAULT_POLICY_PATH);
    if (text === undefined)
        return builtInPolicy(policy_file_DEFAULT_POLICY_PATH);
    return loadPolicy(text, { path: policy_file_DEFAULT_POLICY_PATH, ref: baseSha });
}
async function readPolicyFromDisk(repo, file) {
    let text;
    try {
        text = await (0,promises_namespaceObject.readFile)(file, 'utf8');
    }
    catch (error) {
        const reason = error.code ?? 'unreadable';
        throw new UserError(`cannot read the policy file (${reason})`, 'Pass an existing YAML file to --policy, or leave it out to use .github/agent-policy.yml at the base commit', { file });
    }
    return loadPolicy(text, { path: repoRelative(repo, file) });
}
/** The policy's path as the repository sees it, so self-protection covers the right file. */
function repoRelative(repo, file) {
    const path = (0,external_node_path_namespaceObject.relative)((0,external_node_path_namespaceObject.resolve)(repo), (0,external_node_path_namespaceObject.resolve)(file));
    return path.startsWith('..') || (0,external_node_path_namespaceObject.isAbsolute)(path) ? file : path.split('\\').join('/');
}

;// CONCATENATED MODULE: ./src/cli/main.ts











const EXIT = { pass: 0, fail: 1, error: 2 };
/** Runs the CLI and returns its exit status; never throws. */
async function runCli(argv, io) {
    try {
        const options = parseCliArgs(argv);
        if (options.help)
            return print(io, USAGE);
        if (options.version)
            return print(io, `${TOOL_NAME} ${TOOL_VERSION}`);
        const result = await auditRange(options);
        await main_emit(render(result, options, io), options, io);
        return exitStatus(result, options);
    }
    catch (error) {
        io.stderr(`${TOOL_NAME}: ${errorMessage(error)}\n`);
        if (!isUserError(error))
            io.stderr('This is a bug in agent-audit; please report it.\n');
        return EXIT.error;
    }
}
async function auditRange(options) {
    const changeSet = await readLocalChangeSet({
        repo: options.repo,
        base: options.base,
        head: options.head
    });
    const policy = await readCliPolicy(options, changeSet.baseSha);
    return audit(changeSet, policy);
}
function render(result, options, io) {
    switch (options.format) {
        case 'json':
            return renderJson(result);
        case 'markdown':
            return renderMarkdown(result);
        case 'text':
            return renderText(result, { color: io.isTty && !options.output && !process.env.NO_COLOR });
    }
}
async function main_emit(report, options, io) {
    if (!options.output)
        return io.stdout(report);
    await (0,promises_namespaceObject.writeFile)(options.output, report);
    io.stderr(`${TOOL_NAME}: report written to ${options.output}\n`);
}
function exitStatus(result, options) {
    if (result.decision === 'pass')
        return EXIT.pass;
    return options.pendingOk && onlyPendingApproval(result) ? EXIT.pass : EXIT.fail;
}
function print(io, text) {
    io.stdout(`${text}\n`);
    return EXIT.pass;
}


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
exports.Vj = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
exports.jh = identity.isMap;
exports.Ll = identity.isNode;
exports.tO = identity.isPair;
exports.jn = identity.isScalar;
exports.oP = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
exports.HN = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
__webpack_unused_export__ = publicApi.parse;
__webpack_unused_export__ = publicApi.parseAllDocuments;
exports.Tp = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
exports.YR = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(486);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
