import { describe, expect, it } from '@jest/globals'
import {
  BUILT_IN_AREA_DEFINITIONS,
  BUILT_IN_AREA_NAMES,
  builtInAreas
} from '../../src/policy/named-areas.js'
import { matchArea } from '../../src/policy/match.js'
import { normalizeRepoPath } from '../../src/policy/patterns.js'

const areas = builtInAreas({ policyPath: 'config/agent-policy.yml', approvals: 1 })

/** The names of every built-in area that covers `path`. */
function areasOf(path: string): string[] {
  const normal = normalizeRepoPath(path)
  return [...areas.values()].filter(area => matchArea(area, normal)).map(area => area.name)
}

describe('built-in named areas', () => {
  it('defines the nine areas, each with paths, approvals and no reviewers', () => {
    expect(BUILT_IN_AREA_NAMES).toEqual([
      'migrations',
      'auth',
      'authorization',
      'payments',
      'ci',
      'infra',
      'dependencies',
      'secrets',
      'governance'
    ])
    for (const area of areas.values()) {
      expect(area.paths.length).toBeGreaterThan(0)
      expect(area.approvals).toBe(1)
      expect(area.reviewers).toEqual({ users: [], teams: [], codeowners: false })
      expect(area.origin).toBe('built-in')
      expect(area.mandatory).toBe(area.name === 'governance')
    }
  })

  it('takes approvals from the policy', () => {
    const strict = builtInAreas({ policyPath: '.github/agent-policy.yml', approvals: 2 })
    expect(strict.get('auth')?.approvals).toBe(2)
  })

  it.each([
    // Laravel
    ['database/migrations/2024_01_01_000000_create_users_table.php', ['migrations']],
    ['database/schema/mysql-schema.sql', ['migrations']],
    ['app/Http/Controllers/Auth/LoginController.php', ['auth']],
    ['app/Http/Middleware/Authenticate.php', ['auth']],
    ['config/auth.php', ['auth']],
    ['config/sanctum.php', ['auth']],
    ['routes/auth.php', ['auth']],
    ['app/Policies/PostPolicy.php', ['authorization']],
    ['app/Providers/AuthServiceProvider.php', ['auth', 'authorization']],
    ['config/cashier.php', ['payments']],
    ['app/Http/Controllers/BillingController.php', ['payments']],
    ['Envoy.blade.php', ['infra']],
    ['composer.lock', ['dependencies']],
    ['.env', ['secrets']],
    ['.env.production', ['secrets']],
    // Rails
    ['db/migrate/20240101000000_create_users.rb', ['migrations']],
    ['db/schema.rb', ['migrations']],
    ['db/structure.sql', ['migrations']],
    ['config/initializers/devise.rb', ['auth']],
    ['app/controllers/users/sessions_controller.rb', ['auth']],
    ['app/controllers/concerns/authentication.rb', ['auth']],
    ['app/policies/post_policy.rb', ['authorization']],
    ['app/models/ability.rb', ['authorization']],
    ['app/services/stripe_webhook_handler.rb', ['payments']],
    ['Gemfile.lock', ['dependencies']],
    ['config/master.key', ['secrets']],
    ['config/deploy.yml', ['infra']],
    // Django
    ['shop/migrations/0001_initial.py', ['migrations']],
    ['accounts/auth/backends.py', ['auth']],
    ['api/permissions.py', ['authorization']],
    ['payments/views.py', ['payments']],
    ['requirements/base.txt', ['dependencies']],
    ['poetry.lock', ['dependencies']],
    // Node
    ['prisma/migrations/20240101_init/migration.sql', ['migrations']],
    ['prisma/schema.prisma', ['migrations']],
    ['src/migrations/1700000000000-AddUser.ts', ['migrations']],
    ['src/auth/auth.service.ts', ['auth']],
    ['src/config/passport.js', ['auth']],
    ['src/lib/jwt.ts', ['auth']],
    ['src/guards/roles.guard.ts', ['authorization']],
    ['src/checkout/session.ts', ['payments']],
    ['package-lock.json', ['dependencies']],
    ['pnpm-lock.yaml', ['dependencies']],
    // Go
    ['migrations/000001_create_users.up.sql', ['migrations']],
    ['db/migrations/20240101_init.sql', ['migrations']],
    ['internal/auth/middleware.go', ['auth']],
    ['internal/server/oauth.go', ['auth']],
    ['internal/server/basic_auth_test.go', ['auth']],
    ['internal/authz/rbac.go', ['authorization']],
    ['go.sum', ['dependencies']],
    // Spring
    ['src/main/resources/db/migration/V1__init.sql', ['migrations']],
    ['src/main/resources/db/changelog/db.changelog-master.yaml', ['migrations']],
    ['src/main/java/com/acme/security/JwtFilter.java', ['auth']],
    ['src/main/java/com/acme/config/WebSecurityConfig.java', ['auth']],
    ['src/main/java/com/acme/web/AuthController.java', ['auth']],
    ['src/main/java/com/acme/pay/PaymentService.java', ['payments']],
    ['src/main/java/com/acme/acl/PermissionEvaluatorImpl.java', ['authorization']],
    ['pom.xml', ['dependencies']],
    ['gradle/wrapper/gradle-wrapper.jar', ['dependencies']],
    ['src/main/resources/keystore.jks', ['secrets']],
    // CI, infra, secrets, governance
    ['.github/workflows/ci.yml', ['ci', 'governance']],
    ['.github/actions/setup/action.yml', ['ci']],
    ['.gitlab-ci.yml', ['ci']],
    ['Jenkinsfile', ['ci']],
    ['.circleci/config.yml', ['ci']],
    ['Dockerfile', ['infra']],
    ['docker-compose.prod.yml', ['infra']],
    ['terraform/main.tf', ['infra']],
    ['charts/api/values.yaml', ['infra']],
    ['k8s/deployment.yaml', ['infra']],
    ['prod.tfvars', ['secrets']],
    ['terraform/terraform.tfstate', ['infra', 'secrets']],
    ['deploy/id_ed25519', ['infra', 'secrets']],
    ['home/.aws/credentials', ['secrets']],
    ['.npmrc', ['dependencies']],
    ['.netrc', ['secrets']],
    ['certs/server.pem', ['secrets']],
    ['config/agent-policy.yml', ['governance']],
    ['.github/agent-policy.yml', ['governance']],
    ['.github/agent-policy.yaml', ['governance']],
    ['CODEOWNERS', ['governance']],
    ['.github/CODEOWNERS', ['governance']],
    ['docs/CODEOWNERS', ['governance']]
  ])('%s is in %j', (path, expected) => {
    expect(areasOf(path)).toEqual(expected)
  })

  it.each([
    'docs/authoring.md',
    'src/author.ts',
    'app/Models/Author.php',
    'lib/authorship.rb',
    'docs/migrations/upgrading-to-v3.md',
    'docs/auth/setup.md',
    'README.md',
    'src/components/Button.tsx',
    'app/Models/User.php',
    '.env.example',
    '.env.local.example',
    '.env.dist',
    'keys/id_ed25519.pub',
    'sub/CODEOWNERS',
    'src/git/checkout.ts',
    'src/policy/agent-policy.yml',
    'app/views/layouts/application.html.erb',
    'tests/Feature/ExampleTest.php'
  ])('%s is in no built-in area', path => {
    expect(areasOf(path)).toEqual([])
  })

  it('matches built-in patterns case-insensitively even with case_sensitive patterns', () => {
    expect(areasOf('APP/HTTP/CONTROLLERS/AUTH/x.php')).toEqual(['auth'])
    expect(areasOf('.ENV')).toEqual(['secrets'])
  })

  it('documents every area with a description and only valid patterns', () => {
    for (const definition of BUILT_IN_AREA_DEFINITIONS) {
      expect(definition.description.length).toBeGreaterThan(40)
      expect(new Set(definition.paths).size).toBe(definition.paths.length)
    }
  })
})
