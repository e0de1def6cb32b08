import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { minimatch } from 'minimatch'
import { compileGlobs, isPlainPath } from '../../src/policy/glob-regex.js'
import { loadPolicy } from '../../src/policy/load.js'
import { matchingEntries } from '../../src/policy/match.js'
import { BUILT_IN_AREA_DEFINITIONS } from '../../src/policy/named-areas.js'
import {
  compilePattern,
  compiledFormOf,
  minimatchOptions,
  normalizeRepoPath,
  patternGlobs
} from '../../src/policy/patterns.js'
import type { PathPattern, RuleEntry } from '../../src/policy/types.js'

const where = { file: '.github/agent-policy.yml', line: 1, column: 1 }
const SEED = 20260101

/**
 * A piece of a glob and texts a path may have in its place: some that match
 * it, some that nearly do. Concatenating pieces gives a glob and, piece by
 * piece, paths that sit right on its edges.
 */
interface Piece {
  glob: string
  texts: readonly string[]
}

const piece = (glob: string, ...texts: string[]): Piece => ({ glob, texts })

const PIECES: readonly Piece[] = [
  piece('a', 'a', 'A', 'b'),
  piece('Db', 'db', 'DB', 'd'),
  piece('.', '.', 'x'),
  piece('.env', '.env', '.ENV', 'env'),
  piece('md', 'md', 'MD', 'mdx'),
  piece('_-+#@!$()', '_-+#@!$()', '_-+#'),
  piece(' ', ' ', '_'),
  piece('/', '/', '//', ''),
  piece('*', '', 'x', '.a', 'xY.z', 'a/b'),
  piece('**', '', 'a', 'a/b', '.git/x', 'a//b'),
  piece('**/', '', 'a/', 'a/b/', '.x/'),
  piece('/**', '', '/a', '/a/b', '/'),
  piece('?', 'a', '.', 'é', '/', ''),
  piece('[a-c]', 'b', 'B', 'd', '-'),
  piece('[!a]', 'a', 'b', '.', '/'),
  piece('[^.]', '.', 'x'),
  piece('[]a]', ']', 'a', 'b'),
  piece('[a-]', '-', 'a', 'b'),
  piece('[[]', '[', 'x'),
  piece('[*]', '*', 'x'),
  piece('[é]', 'é', 'É', 'e\u0301', 'e'),
  piece('[z-a]', 'z', 'a'),
  piece('[[:alpha:]]', 'a', '1'),
  piece('{a,b}', 'a', 'b', 'c', '{a,b}'),
  piece('{x,{y,z}}', 'x', 'y', 'z', 'w'),
  piece('{,q}', '', 'q'),
  piece('{1..3}', '1', '3', '4'),
  piece('{a..c}', 'b', 'd'),
  piece('{a}', '{a}', 'a'),
  piece('caf\u00e9', 'caf\u00e9', 'cafe\u0301', 'CAF\u00c9'),
  piece('\u212a', 'k', 'K', '\u212a'),
  piece('\u017f', 's', 'S', '\u017f'),
  piece('\u00df', '\u00df', 'ss', '\u1e9e'),
  piece('\u0130', '\u0130', 'i', 'I'),
  piece('\ud83d\ude00', '\ud83d\ude00', '?')
]

/** A glob and a path drawn alongside it. */
const globAndPath: fc.Arbitrary<{ glob: string; path: string }> = fc
  .array(
    fc.tuple(fc.constantFrom(...PIECES), fc.nat()).map(([p, pick]) => ({
      glob: p.glob,
      text: p.texts[pick % p.texts.length] ?? ''
    })),
    { minLength: 1, maxLength: 7 }
  )
  .chain(parts =>
    fc.record({
      glob: fc.constant(parts.map(part => part.glob).join('')),
      path: fc.oneof(
        fc.constant(parts.map(part => part.text).join('')),
        fc
          .array(fc.constantFrom(...PIECES.flatMap(p => p.texts)), { maxLength: 6 })
          .map(texts => texts.join(''))
      )
    })
  )

/** Mostly plain repository paths, with the odd trailing slash, `.` portion or NFD name. */
const PORTIONS = [
  ...['src', 'Auth', 'db', 'migrate', '.github', 'x.md', 'README.MD', 'caf\u00e9', 'cafe\u0301'],
  ...[
    '.env.local',
    'a b',
    '[x]',
    'k8s',
    '\u212aey',
    'v2',
    'x9',
    'Makefile',
    'index.ts',
    'bar_test.go'
  ],
  ...['UserKey.txt', 'Invoice.php', 'stripe', 'app', 'Billing', 'tests', 'docs', 'storage', 'logs']
]
const repoPath: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(fc.constantFrom(...PORTIONS), { minLength: 1, maxLength: 5 }),
    fc.constantFrom('', '', '', '/', './', '/.', '/..')
  )
  .map(([portions, odd]) => (odd === './' ? odd + portions.join('/') : portions.join('/') + odd))

describe('glob regexes answer like minimatch', () => {
  for (const nocase of [true, false]) {
    it(`for generated globs and paths (nocase ${nocase})`, () => {
      const options = minimatchOptions({ caseSensitive: !nocase })
      let compared = 0
      fc.assert(
        fc.property(globAndPath, ({ glob, path }) => {
          const program = compileGlobs([glob], options)
          if (!program || !isPlainPath(path)) return
          compared++
          expect([glob, path, program.regex.test(path)]).toEqual([
            glob,
            path,
            minimatch(path, glob, options)
          ])
        }),
        { seed: SEED, numRuns: 2000 }
      )
      // The property says nothing if the regex was rarely used: most draws must reach it.
      expect(compared).toBeGreaterThan(800)
    })
  }
})

describe('compilePattern answers like minimatch alone', () => {
  const dialectSource = fc
    .tuple(globAndPath, fc.constantFrom('', '', '/', './'))
    .map(([{ glob, path }, form]) => {
      const trimmed = glob.replace(/^[/!]+/, '').replace(/\/+$/, '') || 'a'
      const source = form === './' ? `./${trimmed}` : `${trimmed}${form}`
      return { source, path }
    })

  it('for every shape of the dialect, on any path (plain or not)', () => {
    let compiled = 0
    fc.assert(
      fc.property(
        dialectSource,
        repoPath,
        fc.boolean(),
        ({ source, path: nearPath }, path, caseSensitive) => {
          const pattern = tryCompile(source, caseSensitive)
          if (!pattern) return
          compiled++
          for (const candidate of [nearPath, path]) {
            const expected = referenceMatch(source, candidate, caseSensitive)
            expect([source, candidate, pattern.matches(candidate)]).toEqual([
              source,
              candidate,
              expected
            ])
          }
        }
      ),
      { seed: SEED, numRuns: 2500 }
    )
    expect(compiled).toBeGreaterThan(1000)
  })

  it('for every built-in area pattern on a fixed path corpus', () => {
    const sources = BUILT_IN_AREA_DEFINITIONS.flatMap(area => [...area.paths, ...area.except])
    const corpus = pathCorpus()
    let mismatches: string[] = []
    let regexAnswered = 0
    for (const source of sources) {
      const pattern = compilePattern(source, where)
      if (compiledFormOf(pattern)?.regex) regexAnswered++
      mismatches = mismatches.concat(
        corpus
          .filter(path => pattern.matches(path) !== referenceMatch(source, path, false))
          .map(path => `${source} ${path}`)
      )
    }
    expect(mismatches).toEqual([])
    // Every built-in pattern is answered by its regex on plain paths, not by the fallback.
    expect(regexAnswered).toBe(sources.length)
  })
})

describe('matchingEntries (indexed) answers like a pattern-by-pattern walk', () => {
  const policy = loadPolicy(
    `version: 1
can_read: [app/, "*.md", "v[0-9]*/", "**/x?/**"]
can_edit: [tests/, docs/, "./Makefile", "**/*.{ts,tsx}", "src/**/*_test.go", "[a-c]*/index.ts"]
cannot_access: [secrets, storage/logs/, "*Key*", "caf\u00e9/"]
requires_human_review: [migrations, auth, authorization, payments, ci, infra, dependencies, billing]
areas:
  billing:
    paths: [app/Billing/, "*Invoice*.php", "**/stripe/**"]
    except: [app/Billing/README.md, "**/*.txt"]
`,
    { path: '.github/agent-policy.yml' }
  )
  const lists = [
    policy.cannotAccess,
    policy.requiresHumanReview,
    policy.canEdit ?? [],
    policy.canRead
  ]

  const agree = (path: string): void => {
    for (const list of lists) {
      const found = matchingEntries(list, path).map(({ entry, pattern }) => [
        entry.label,
        pattern.source
      ])
      expect([path, found]).toEqual([path, walk(list, path)])
    }
  }

  it('on the fixed corpus', () => {
    for (const path of pathCorpus()) agree(path)
  })

  it('on generated paths', () => {
    fc.assert(
      fc.property(repoPath, path => agree(path)),
      { seed: SEED, numRuns: 2000 }
    )
  })

  it('sees entries and patterns added after the first lookup', () => {
    const entries: RuleEntry[] = [...policy.canRead]
    expect(matchingEntries(entries, 'lib/a.rb')).toEqual([])
    const lib = compilePattern('lib/', where)
    const extra = entries[0]
    if (!extra) throw new Error('can_read is empty')
    entries.push({ ...extra, label: 'lib/', area: { ...extra.area, paths: [lib], except: [] } })
    expect(matchingEntries(entries, 'lib/a.rb').map(m => m.entry.label)).toEqual(['lib/'])
    const area = extra.area
    const before = area.paths
    area.paths = [...before, compilePattern('*.rb', where)]
    try {
      expect(matchingEntries(entries, 'lib/a.rb').map(m => m.entry.label)).toEqual(['app/', 'lib/'])
    } finally {
      area.paths = before
    }
  })

  it('asks a hand-made PathPattern (no compiled form) on every path', () => {
    const custom: PathPattern = { source: 'custom', where, matches: path => path.endsWith('.lock') }
    const entries: RuleEntry[] = [
      {
        ...lists[0]![0]!,
        label: 'custom',
        area: { ...lists[0]![0]!.area, paths: [custom], except: [] }
      }
    ]
    expect(matchingEntries(entries, './yarn.lock').map(m => m.pattern)).toEqual([custom])
    expect(matchingEntries(entries, 'yarn.json')).toEqual([])
  })
})

function tryCompile(source: string, caseSensitive: boolean): PathPattern | undefined {
  try {
    return compilePattern(source, where, { caseSensitive })
  } catch {
    return undefined
  }
}

/** The dialect on top of minimatch alone: what compilePattern did before it had regexes. */
function referenceMatch(source: string, path: string, caseSensitive: boolean): boolean {
  const options = minimatchOptions({ caseSensitive })
  const normal = normalizeRepoPath(path)
  return patternGlobs(source).some(glob => minimatch(normal, glob, options))
}

/** The evaluator's lookup done the slow way: each entry's patterns in order by minimatch, then `except`. */
function walk(entries: RuleEntry[], path: string): string[][] {
  const normal = normalizeRepoPath(path)
  return entries.flatMap(entry => {
    const matches = (pattern: PathPattern): boolean =>
      compiledFormOf(pattern)?.reference(normal) ?? pattern.matches(path)
    const pattern = entry.area.paths.find(matches)
    return pattern && !entry.area.except.some(matches) ? [[entry.label, pattern.source]] : []
  })
}

/** Paths from the frameworks the built-in areas are written for, and the edge cases of the dialect. */
function pathCorpus(): string[] {
  const roots = ['', 'services/shop/', 'packages/api/', 'Engines/Admin/']
  const files = [
    'database/migrations/2024_01_01_create_users.php',
    'database/schema/mysql-schema.sql',
    'db/migrate/20240101_create_users.rb',
    'db/schema.rb',
    'db/primary_schema.rb',
    'db/structure.sql',
    'shop/migrations/0001_initial.py',
    'shop/migrations/README.md',
    'alembic/versions/abc_add.py',
    'src/main/resources/db/migration/V1__init.sql',
    'src/main/resources/db/changelog/db.changelog-master.yaml',
    'prisma/schema.prisma',
    'drizzle/0000_init.sql',
    'drizzle/meta/_journal.json',
    'sql/1.up.sql',
    'migrations/001.sql',
    'docs/migrations/guide.md',
    'app/Http/Controllers/Auth/LoginController.php',
    'app/Http/Middleware/Authenticate.php',
    'app/Actions/Fortify/CreateNewUser.php',
    'config/auth.php',
    'config/sanctum.php',
    'routes/auth.php',
    'config/initializers/devise.rb',
    'app/controllers/users/sessions_controller.rb',
    'src/main/java/com/acme/security/JwtFilter.java',
    'src/main/java/com/acme/WebSecurityConfig.java',
    'src/passport.ts',
    'auth/handler.go',
    'pkg/oauth2/client.go',
    'src/lib/userAuth.ts',
    'src/lib/auth_helpers.py',
    'src/lib/AuthService.kt',
    'src/lib/authenticator.rb',
    'src/lib/jwt.go',
    'src/lib/jwt.md',
    'src/lib/author.ts',
    'app/Policies/PostPolicy.php',
    'app/Providers/AuthServiceProvider.php',
    'app/policies/post_policy.rb',
    'src/guards/admin.guard.ts',
    'policy/authz.rego',
    'src/rbac/roles.go',
    'src/casbin_model.conf',
    'src/AccessControlList.java',
    'src/access-control.ts',
    'app/Services/PaymentService.php',
    'app/Billing/Invoice.php',
    'src/checkout/session.ts',
    'src/CheckoutController.ts',
    'src/stripe_webhook.rb',
    'config/cashier.php',
    '.github/workflows/ci.yml',
    '.github/actions/setup/action.yml',
    '.gitlab-ci.yml',
    'ci/deploy.gitlab-ci.yml',
    'Jenkinsfile',
    'Jenkinsfile.release',
    'azure-pipelines.yml',
    'Dockerfile',
    'Dockerfile.dev',
    'docker/app.dockerfile',
    'docker-compose.override.yml',
    'compose.yaml',
    'infra/main.tf',
    'terraform/prod.tf.json',
    'charts/app/Chart.yaml',
    'k8s/deploy.yaml',
    'nginx/site.conf',
    'config/deploy.rb',
    'package.json',
    'package-lock.json',
    'yarn.lock',
    '.yarn/releases/yarn.cjs',
    'composer.lock',
    'Gemfile.lock',
    'acme.gemspec',
    'requirements-dev.txt',
    'requirements/base.txt',
    'pyproject.toml',
    'go.sum',
    'vendor/github.com/x/y.go',
    'pom.xml',
    'build.gradle.kts',
    'gradle/wrapper/gradle-wrapper.properties',
    'gradle/libs.versions.toml',
    'Cargo.lock',
    'App.csproj',
    '.github/dependabot.yml',
    'renovate.json',
    '.env',
    '.env.local',
    '.env.example',
    '.ENV.PRODUCTION',
    'config/app.env',
    'example.env',
    'id_rsa',
    'id_ed25519.pub',
    'certs/server.pem',
    'certs/server.PUB',
    '.aws/credentials',
    '.docker/config.json',
    '.kube/config',
    'credentials.json',
    'client_secret_123.json',
    'service-account-prod.json',
    'secrets.yaml',
    'auth.json',
    'wp-config.php',
    'prod.tfvars',
    'terraform.tfstate.backup',
    '.github/agent-policy.yml',
    'CODEOWNERS',
    '.github/CODEOWNERS',
    'docs/CODEOWNERS',
    'README.md',
    'src/index.ts',
    'docs/caf\u00e9/menu.md',
    'docs/cafe\u0301/menu.md',
    'src/\u212aey.pem',
    'src/\u017fecrets.yml',
    'docs/[draft].md'
  ]
  // Odd forms (trailing slash, `./`, `//`) go to minimatch; once per file is enough for them.
  const odd = files.flatMap(file => [`${file}/`, `./${file}`, `${file}//x`])
  return [...roots.flatMap(root => files.map(file => `${root}${file}`)), ...odd]
}
