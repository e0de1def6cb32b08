/**
 * A seeded repository layout: a monorepo of services, each laid out the way
 * one framework does it (Laravel, Rails, Django, Node, Go, Spring), plus
 * the root files a real repository has. A few names carry what real trees
 * also have: spaces, brackets, non-ASCII letters (some in NFD), dotfiles.
 */
import type { Rng } from './rng.js'
import { NOUNS, SERVICE_NAMES, pascal, snake } from './words.js'

type Framework = 'laravel' | 'rails' | 'django' | 'node' | 'go' | 'spring'
const FRAMEWORKS: readonly Framework[] = ['laravel', 'rails', 'django', 'node', 'go', 'spring']

/** One file of a framework, drawn at random; `noun` varies the names. */
type FileMaker = (rng: Rng, noun: string) => string

const LARAVEL: FileMaker[] = [
  (r, n) => `app/Http/Controllers/${r.chance(0.2) ? 'Auth/' : ''}${pascal(n)}Controller.php`,
  (_, n) => `app/Models/${pascal(n)}.php`,
  (_, n) => `app/Policies/${pascal(n)}Policy.php`,
  (r, n) => `app/Http/Middleware/${r.pick(['Authenticate', 'TrimStrings', pascal(n)])}.php`,
  (r, n) => `config/${r.pick(['app', 'auth', 'database', 'cache', 'queue', 'cashier', n])}.php`,
  (r, n) =>
    `database/migrations/2024_0${1 + r.int(9)}_0${1 + r.int(9)}_${100000 + r.int(899999)}_create_${n}s_table.php`,
  (_, n) => `database/seeders/${pascal(n)}Seeder.php`,
  (r, n) => `resources/views/${n}s/${r.pick(['index', 'show', 'edit', 'create'])}.blade.php`,
  (r, n) => `resources/js/components/${pascal(n)}${r.pick(['List', 'Form', 'Card'])}.vue`,
  r => `routes/${r.pick(['web', 'api', 'auth', 'console', 'channels'])}.php`,
  (r, n) => `tests/${r.pick(['Feature', 'Unit'])}/${pascal(n)}Test.php`,
  (r, n) =>
    `app/Services/${pascal(n)}${r.pick(['Service', 'PaymentService', 'InvoiceBuilder'])}.php`,
  (r, n) => `storage/logs/${n}-${r.int(30)}.log`,
  (r, n) => `lang/${r.pick(['en', 'de', 'fr', 'es'])}/${n}.php`
]

const RAILS: FileMaker[] = [
  (r, n) =>
    `app/controllers/${r.chance(0.2) ? 'users/' : ''}${r.chance(0.1) ? 'sessions' : `${n}s`}_controller.rb`,
  (_, n) => `app/models/${n}.rb`,
  (r, n) => `app/views/${n}s/${r.pick(['index', 'show', '_form'])}.html.erb`,
  (_, n) => `app/policies/${n}_policy.rb`,
  (r, n) => `app/jobs/${n}_${r.pick(['sync', 'cleanup', 'refund'])}_job.rb`,
  (r, n) => `config/initializers/${r.pick(['devise', 'pundit', 'sidekiq', 'cors', n])}.rb`,
  (r, n) => `db/migrate/2024${String(100000000 + r.int(899999999))}_create_${n}s.rb`,
  () => 'db/schema.rb',
  (r, n) => `spec/${r.pick(['models', 'requests', 'system'])}/${n}_spec.rb`,
  (r, n) => `lib/tasks/${n}_${r.pick(['import', 'export'])}.rake`,
  (r, n) => `app/assets/stylesheets/${n}.${r.pick(['scss', 'css'])}`,
  (r, n) => `config/locales/${n}.${r.pick(['en', 'de'])}.yml`
]

const DJANGO: FileMaker[] = [
  (r, n) =>
    `${n}s/${r.pick(['models', 'views', 'urls', 'admin', 'forms', 'serializers', 'permissions'])}.py`,
  (r, n) =>
    `${n}s/migrations/0${String(r.int(999)).padStart(3, '0')}_${r.pick(['initial', 'add_field', 'auto'])}.py`,
  (r, n) => `${n}s/tests/test_${r.pick(['models', 'views', 'api'])}.py`,
  (r, n) => `${n}s/templates/${n}s/${r.pick(['list', 'detail', 'form'])}.html`,
  (r, n) => `${n}s/static/${n}s/${r.pick(['app.js', 'style.css', 'logo.svg'])}`,
  r => `project/${r.pick(['settings', 'urls', 'wsgi', 'asgi'])}.py`,
  r => `project/settings/${r.pick(['base', 'dev', 'prod'])}.py`,
  (_, n) => `${n}s/management/commands/sync_${n}s.py`,
  () => 'requirements.txt',
  () => 'manage.py'
]

const NODE: FileMaker[] = [
  (r, n) => `src/components/${pascal(n)}${r.pick(['', 'List', 'Form', 'Modal'])}.tsx`,
  (r, n) =>
    `src/components/${pascal(n)}/${r.pick(['index.ts', 'styles.module.css', `${pascal(n)}.test.tsx`])}`,
  (r, n) => `src/pages/${n}s/${r.pick(['index', '[id]', 'new'])}.tsx`,
  (r, n) => `src/lib/${n}${r.pick(['', 'Client', 'Utils'])}.ts`,
  (r, n) => `src/${r.pick(['auth', 'api', 'server'])}/${n}.ts`,
  (r, n) =>
    `src/server/${r.pick(['routes', 'middleware'])}/${r.pick([n, 'auth', 'jwt', 'session'])}.ts`,
  (r, n) => `test/${n}.${r.pick(['test', 'spec'])}.ts`,
  (r, n) => `prisma/migrations/2024${r.int(999999)}_${n}/migration.sql`,
  (r, n) => `public/images/${n}-${r.int(99)}.${r.pick(['png', 'jpg', 'svg', 'webp'])}`,
  (r, n) => `src/locales/${r.pick(['en', 'de', 'ja'])}/${n}.json`,
  (r, n) => `src/hooks/use${pascal(n)}.ts`,
  (r, n) => `src/guards/${n}.guard.ts`
]

const GO: FileMaker[] = [
  (_, n) => `cmd/${n}d/main.go`,
  (r, n) => `internal/${n}/${r.pick(['handler', 'service', 'repository', 'model'])}.go`,
  (r, n) => `internal/${n}/${r.pick(['handler', 'service', 'repository'])}_test.go`,
  (r, n) =>
    `pkg/${r.pick(['auth', 'httpx', 'config', 'log'])}/${r.pick([n, 'jwt', 'oidc', 'middleware'])}.go`,
  (r, n) => `migrations/${String(r.int(9999)).padStart(4, '0')}_${n}.${r.pick(['up', 'down'])}.sql`,
  (r, n) =>
    `vendor/github.com/${r.pick(['acme', 'gorilla', 'spf13', 'stretchr'])}/${n}/${r.pick(['doc', 'api', 'util', n])}.go`,
  (r, n) => `api/proto/${n}/v${1 + r.int(2)}/${n}.proto`,
  (r, n) => `deploy/${r.pick(['k8s', 'helm'])}/${n}.yaml`
]

const SPRING: FileMaker[] = [
  (r, n) =>
    `src/main/java/com/acme/${snake(n)}/${pascal(n)}${r.pick(['Controller', 'Service', 'Repository', 'Entity', 'Mapper'])}.java`,
  (r, n) =>
    `src/main/java/com/acme/${r.pick(['security', 'config'])}/${r.pick(['SecurityConfig', 'WebSecurityConfig', 'JwtFilter', pascal(n) + 'Config'])}.java`,
  (r, n) => `src/main/kotlin/com/acme/${snake(n)}/${pascal(n)}${r.pick(['Handler', 'Client'])}.kt`,
  (r, n) => `src/main/resources/db/migration/V${1 + r.int(300)}__${n}.sql`,
  r => `src/main/resources/${r.pick(['application.yml', 'application-prod.yml', 'logback.xml'])}`,
  (r, n) =>
    `src/test/java/com/acme/${snake(n)}/${pascal(n)}${r.pick(['ServiceTest', 'ControllerIT'])}.java`,
  (r, n) => `src/main/resources/templates/${n}/${r.pick(['list', 'form'])}.html`
]

const MAKERS: Record<Framework, FileMaker[]> = {
  laravel: LARAVEL,
  rails: RAILS,
  django: DJANGO,
  node: NODE,
  go: GO,
  spring: SPRING
}

/** Files every service has, whatever its framework. */
const SERVICE_FILES: Record<Framework, readonly string[]> = {
  laravel: ['composer.json', 'composer.lock', '.env', '.env.example', 'artisan', 'phpunit.xml'],
  rails: ['Gemfile', 'Gemfile.lock', 'config/routes.rb', 'config/database.yml', '.env'],
  django: ['pyproject.toml', 'poetry.lock', 'Dockerfile', '.env'],
  node: ['package.json', 'package-lock.json', 'tsconfig.json', '.npmrc', 'prisma/schema.prisma'],
  go: ['go.mod', 'go.sum', 'Makefile', 'Dockerfile'],
  spring: ['pom.xml', 'mvnw', 'build.gradle', 'src/main/resources/application.properties']
}

const ROOT_FILES = [
  'README.md',
  '.github/workflows/ci.yml',
  '.github/workflows/deploy.yml',
  '.github/CODEOWNERS',
  '.github/agent-policy.yml',
  '.github/dependabot.yml',
  'docker-compose.yml',
  'Makefile',
  '.gitignore',
  'terraform/main.tf',
  'terraform/variables.tf',
  'terraform/prod.tfvars',
  'charts/platform/Chart.yaml',
  'charts/platform/templates/deployment.yaml',
  'docs/architecture.md',
  'docs/migrations/upgrade-guide.md',
  'docs/caf\u00e9/menu.md',
  'docs/cafe\u0301/recettes.md',
  'docs/[draft] roadmap.md',
  'docs/Spaces In Name/notes.txt',
  'scripts/deploy.sh',
  'certs/server.pem',
  'certs/server.pub'
]

/** `count` distinct paths, the same ones for the same seed. */
export function generateLayout(rng: Rng, count: number): string[] {
  const paths = new Set<string>(ROOT_FILES)
  const services = Array.from({ length: 60 }, (_, index) => ({
    root: `services/${SERVICE_NAMES[index % SERVICE_NAMES.length]}-${index}`,
    framework: FRAMEWORKS[index % FRAMEWORKS.length] ?? 'node'
  }))
  for (const { root, framework } of services) {
    for (const file of SERVICE_FILES[framework]) paths.add(`${root}/${file}`)
  }
  while (paths.size < count) {
    const { root, framework } = rng.pick(services)
    const relative = rng.pick(MAKERS[framework])(rng, nounFor(rng))
    paths.add(`${root}/${relative}`)
  }
  return [...paths]
}

/** Mostly plain nouns; now and then a numbered one, so the tree keeps growing. */
function nounFor(rng: Rng): string {
  const noun = rng.pick(NOUNS)
  return rng.chance(0.6) ? `${noun}${rng.int(400)}` : noun
}
