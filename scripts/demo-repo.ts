/**
 * A throwaway repository for `npm run demo`: a small web shop whose feature
 * branch mixes commits from a human and from several coding agents, each
 * carrying the identities and trailers those agents really write (see
 * the research notes on agent signals (agent-signals.md)), plus a dependency bot whose pasted
 * release notes mention an agent, and a clean "Update branch" merge.
 * Every date is fixed, so the SHAs are the same on every run.
 */
import { GitRepo } from '../test/helpers/git-repo.js'
import type { Identity } from '../test/helpers/git-repo.js'

export interface DemoRepo {
  dir: string
  /** The branch the change is measured against. */
  base: string
  /** The feature branch, checked out. */
  head: string
  /** Removes the temp directory. */
  cleanup: () => Promise<void>
}

export const DEMO_BASE = 'main'
export const DEMO_HEAD = 'feature/discount-codes'

const jane = { name: 'Jane Doe', email: 'jane@acme.example' }
const janeNoreply = 'Jane Doe <4561234+janedoe@users.noreply.github.com>'
const bob = { name: 'Bob Smith', email: 'bob@acme.example' }
const github = { name: 'GitHub', email: 'noreply@github.com' }
const copilot = {
  name: 'copilot-swe-agent[bot]',
  email: '198982749+Copilot@users.noreply.github.com'
}
const codexConnector = {
  name: 'chatgpt-codex-connector[bot]',
  email: '199175422+chatgpt-codex-connector[bot]@users.noreply.github.com'
}
const aiderJane = { name: 'Jane Doe (aider)', email: 'jane@acme.example' }
const dependabot = {
  name: 'dependabot[bot]',
  email: '49699333+dependabot[bot]@users.noreply.github.com'
}

function at(identity: Omit<Identity, 'date'>, date: string): Identity {
  return { ...identity, date }
}

export async function buildDemoRepo(): Promise<DemoRepo> {
  const repo = await GitRepo.create({ defaultBranch: DEMO_BASE })
  try {
    await commitInitialApp(repo)
    await repo.branch(DEMO_HEAD)
    await repo.checkout(DEMO_HEAD)
    await commitHumanAndCopilotWork(repo)
    await updateBranchFromMain(repo)
    await commitOtherAgentsWork(repo)
  } catch (error) {
    await repo.cleanup()
    throw error
  }
  return { dir: repo.dir, base: DEMO_BASE, head: DEMO_HEAD, cleanup: () => repo.cleanup() }
}

async function commitInitialApp(repo: GitRepo): Promise<void> {
  await repo.commit({
    author: at(jane, '2026-03-02T09:00:00+01:00'),
    message: 'Initial shop application',
    write: {
      'README.md': '# Acme Shop\n\nA small shop.\n',
      'composer.json': composerJson('0.10.1'),
      'config/app.php': "<?php\n\nreturn ['name' => 'Acme Shop'];\n",
      'app/Models/Order.php': ORDER_MODEL,
      'app/Http/Controllers/OrderController.php': ORDER_CONTROLLER,
      'app/Http/Controllers/Auth/LoginController.php': LOGIN_CONTROLLER,
      'database/migrations/2026_01_10_000000_create_orders_table.php': CREATE_ORDERS,
      'docs/setup.md': '# Setup\n\nRun `composer install`.\n',
      'tests/Feature/OrderTest.php': ORDER_TEST
    }
  })
}

async function commitHumanAndCopilotWork(repo: GitRepo): Promise<void> {
  await repo.commit({
    author: at(jane, '2026-03-03T10:15:00+01:00'),
    message: 'Add discount field to orders',
    write: { 'app/Models/Order.php': ORDER_MODEL.replace("'total'", "'total', 'discount_code'") }
  })
  const sessionTrailers =
    'Agent-Logs-Url: https://github.com/acme/shop/sessions/3f0c9a52-7d1e-4b8a-9c61-2e5f04b7d8a1\n' +
    `Co-authored-by: ${janeNoreply}`
  const copilotAt = (date: string) => ({ author: at(copilot, date), committer: at(github, date) })
  await repo.commit({ ...copilotAt('2026-03-03T11:00:00Z'), message: 'Initial plan' })
  await repo.commit({
    ...copilotAt('2026-03-03T11:20:00Z'),
    message: `Validate discount codes at checkout\n\n${sessionTrailers}`,
    write: {
      'app/Http/Controllers/OrderController.php': ORDER_CONTROLLER.replace(
        '        return $order;',
        "        $request->validate(['discount_code' => 'nullable|alpha_num|max:20']);\n        return $order;"
      ),
      'tests/Feature/DiscountCodeTest.php': DISCOUNT_TEST,
      'docs/discounts.md': '# Discount codes\n\nCodes are letters and digits, at most 20.\n',
      '.env': 'APP_ENV=local\nDISCOUNT_SERVICE_KEY=sk_live_do_not_commit\n'
    }
  })
}

/** What GitHub's "Update branch" button does: merge the base into the PR branch, committed by GitHub. */
async function updateBranchFromMain(repo: GitRepo): Promise<void> {
  await repo.checkout(DEMO_BASE)
  await repo.commit({
    author: at(bob, '2026-03-04T08:30:00-05:00'),
    message: 'Rename the shop in config',
    write: { 'config/app.php': "<?php\n\nreturn ['name' => 'Acme Store'];\n" }
  })
  await repo.checkout(DEMO_HEAD)
  await repo.merge(DEMO_BASE, {
    author: at(jane, '2026-03-04T15:00:00+01:00'),
    committer: at(github, '2026-03-04T15:00:00+01:00'),
    message: `Merge branch '${DEMO_BASE}' into ${DEMO_HEAD}`
  })
}

async function commitOtherAgentsWork(repo: GitRepo): Promise<void> {
  await repo.commit({
    author: at(jane, '2026-03-05T09:40:00+01:00'),
    message:
      'Lock accounts after repeated failed logins\n\n' +
      'Throttle by email and IP so one attacker cannot lock every account.\n\n' +
      '🤖 Generated with [Claude Code](https://claude.com/claude-code)\n\n' +
      'Co-Authored-By: Claude Opus 4.5 <noreply@anthropic.com>',
    write: {
      'app/Http/Controllers/Auth/LoginController.php': LOGIN_CONTROLLER.replace(
        '    protected $maxAttempts = 10;',
        '    protected $maxAttempts = 5;\n    protected $decayMinutes = 15;'
      )
    }
  })
  await repo.commit({
    author: at(codexConnector, '2026-03-05T12:00:00Z'),
    message: 'Add discount columns to orders table',
    write: { 'database/migrations/2026_03_05_000000_add_discount_to_orders.php': ADD_DISCOUNT }
  })
  await repo.commit({
    author: at(aiderJane, '2026-03-06T10:00:00+01:00'),
    message:
      'docs: Explain discount codes in the README\n\n' +
      'Co-authored-by: aider (openai/gpt-5.2) <aider@aider.chat>',
    write: {
      'README.md': '# Acme Shop\n\nA small shop.\n\nSee docs/discounts.md for discount codes.\n'
    }
  })
  await repo.commit({
    author: at(dependabot, '2026-03-06T04:12:00Z'),
    committer: at(github, '2026-03-06T04:12:00Z'),
    message: DEPENDABOT_MESSAGE,
    write: { 'composer.json': composerJson('0.11.0') }
  })
}

function composerJson(clientVersion: string): string {
  const manifest = { name: 'acme/shop', require: { 'openai-php/client': `^${clientVersion}` } }
  return `${JSON.stringify(manifest, null, 4)}\n`
}

const DEPENDABOT_MESSAGE = `Bump openai-php/client from 0.10.1 to 0.11.0

Bumps [openai-php/client](https://github.com/openai-php/client) from 0.10.1 to 0.11.0.
<details>
<summary>Release notes</summary>
<p><em>Sourced from openai-php/client's releases.</em></p>
<blockquote>
<h2>v0.11.0</h2>
<ul>
<li>Add the codex-mini model to the Responses resource</li>
<li>Docs: using the Codex CLI with this client</li>
</ul>
<p>Co-authored-by: Codex &lt;noreply@openai.com&gt;</p>
</blockquote>
</details>

---
updated-dependencies:
- dependency-name: openai-php/client
  dependency-version: 0.11.0
  dependency-type: direct:production
  update-type: version-update:semver-minor
...

Signed-off-by: dependabot[bot] <support@github.com>`

const ORDER_MODEL = `<?php

namespace App\\Models;

class Order extends Model
{
    protected $fillable = ['total'];
}
`

const ORDER_CONTROLLER = `<?php

namespace App\\Http\\Controllers;

class OrderController extends Controller
{
    public function store(Request $request)
    {
        $order = Order::create($request->only('total'));
        return $order;
    }
}
`

const LOGIN_CONTROLLER = `<?php

namespace App\\Http\\Controllers\\Auth;

class LoginController extends Controller
{
    protected $maxAttempts = 10;
}
`

const CREATE_ORDERS = `<?php

return new class extends Migration {
    public function up(): void
    {
        Schema::create('orders', fn (Blueprint $table) => $table->id());
    }
};
`

const ADD_DISCOUNT = `<?php

return new class extends Migration {
    public function up(): void
    {
        Schema::table('orders', fn (Blueprint $table) => $table->string('discount_code')->nullable());
    }
};
`

const ORDER_TEST = `<?php

test('an order can be placed', function () {
    $this->post('/orders', ['total' => 10])->assertCreated();
});
`

const DISCOUNT_TEST = `<?php

test('a discount code must be alphanumeric', function () {
    $this->post('/orders', ['total' => 10, 'discount_code' => 'bad code!'])->assertInvalid();
});
`
