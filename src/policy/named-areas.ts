/**
 * The built-in named areas: the words a policy can use instead of patterns
 * (`requires_human_review: [migrations, auth]`). Each is a plain list of
 * patterns in the policy dialect, so docs/policy-reference.md can print them
 * as they are and a reviewer can check each one.
 *
 * Built-in areas always match case-insensitively, whatever `case_sensitive`
 * says: the lists are written for conventions (`app/Policies` in Laravel,
 * `app/policies` in Rails) and a case mismatch must not let a change escape.
 */
import type { Area, PathPattern, SourceRef } from './types.js'
import { compilePattern, exactPathPattern } from './patterns.js'

export interface AreaDefinition {
  name: string
  description: string
  paths: readonly string[]
  except: readonly string[]
  mandatory: boolean
}

export const BUILT_IN_SOURCE: SourceRef = { file: '(built-in)' }
export const GOVERNANCE_AREA = 'governance'
/** Where a repository's policy is looked for by default; always protected, even before it exists. */
export const DEFAULT_POLICY_PATHS = ['.github/agent-policy.yml', '.github/agent-policy.yaml']

/** Source extensions the keyword patterns (`*jwt*.{...}`) look at, so prose and assets do not match. */
const CODE = '{go,ts,tsx,js,jsx,mjs,cjs,py,rb,php,java,kt,cs}'
/** Prose about a risky subject (an upgrade guide in `docs/migrations/`) is not the subject itself. */
const PROSE = ['*.{md,mdx,rst,adoc,txt}']

const migrations: AreaDefinition = {
  name: 'migrations',
  description:
    'Database schema changes and their history: migration directories and files of Laravel, Rails, Django, Node ORMs, Go migration tools and Spring (Flyway, Liquibase), plus schema dumps.',
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
}

const AUTH_ROLES =
  '{controller,service,filter,provider,manager,handler,middleware,guard,module,config,configuration,strategy}'

const auth: AreaDefinition = {
  name: 'auth',
  description:
    'Authentication: who a user is. Login, sessions, passwords, tokens, OAuth/OIDC/SAML, and the auth configuration of Laravel, Rails (Devise), Django, Passport.js/Auth.js, Go and Spring Security.',
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
}

const authorization: AreaDefinition = {
  name: 'authorization',
  description:
    'Authorization: what a user may do. Laravel policies and gates, Pundit/CanCanCan/Action Policy, Django REST framework permissions, NestJS guards and CASL abilities, RBAC/ACL code, and policy-as-code (OPA Rego, Cedar).',
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
}

const payments: AreaDefinition = {
  name: 'payments',
  description:
    'Money: payment, billing, checkout, invoicing and refunds, and payment-provider integrations (Stripe, PayPal, Braintree, Adyen, Mollie, Razorpay, Laravel Cashier, the Rails pay gem).',
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
}

const ci: AreaDefinition = {
  name: 'ci',
  description:
    'Continuous integration and release automation: code that runs with the pipeline’s secrets and permissions (GitHub Actions, GitLab CI, CircleCI, Jenkins, Travis, Azure Pipelines, Bitbucket, Buildkite, Drone and others).',
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
}

const infra: AreaDefinition = {
  name: 'infra',
  description:
    'Infrastructure and deployment: containers, infrastructure as code (Terraform, Pulumi, CloudFormation, CDK), Kubernetes and Helm, hosting manifests, and deploy scripts (Laravel Envoy/Deployer, Capistrano, Kamal).',
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
}

const dependencies: AreaDefinition = {
  name: 'dependencies',
  description:
    'Third-party code and its versions: manifests and lock files of npm/Yarn/pnpm/Bun, Composer, Bundler, pip/Poetry/uv, Go modules, Maven/Gradle (including the wrapper), Cargo and NuGet, vendored code, and dependency-bot configuration.',
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
}

const secrets: AreaDefinition = {
  name: 'secrets',
  description:
    'Files that hold credentials: environment files, private keys and keystores, cloud/registry/database credential files, Terraform variables and state. Example and template files (.env.example, *.pub) are left out.',
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
}

const governance: AreaDefinition = {
  name: GOVERNANCE_AREA,
  description:
    'Self-protection (mandatory): the agent policy itself, CODEOWNERS and GitHub Actions workflows, so a change cannot loosen the rules that judge it. Always requires human review; a policy can only make it stricter.',
  paths: [
    ...DEFAULT_POLICY_PATHS,
    './CODEOWNERS',
    '.github/CODEOWNERS',
    'docs/CODEOWNERS',
    '.github/workflows/'
  ],
  except: [],
  mandatory: true
}

/** Every built-in area, in the order the docs list them. */
export const BUILT_IN_AREA_DEFINITIONS: readonly AreaDefinition[] = [
  migrations,
  auth,
  authorization,
  payments,
  ci,
  infra,
  dependencies,
  secrets,
  governance
]

export const BUILT_IN_AREA_NAMES: readonly string[] = BUILT_IN_AREA_DEFINITIONS.map(
  area => area.name
)

export interface BuiltInAreaOptions {
  /** The policy file's repository path: governance protects it besides the default locations. */
  policyPath: string
  /** Approvals each area needs (the policy's `approvals.required`). */
  approvals: number
}

/** Fresh Area objects for every built-in area (compiled patterns are shared). */
export function builtInAreas(options: BuiltInAreaOptions): Map<string, Area> {
  const areas = new Map<string, Area>()
  for (const definition of BUILT_IN_AREA_DEFINITIONS) {
    const compiled = compiledDefinition(definition)
    const paths =
      definition.name === GOVERNANCE_AREA
        ? [...compiled.paths, policyFilePattern(options.policyPath)]
        : compiled.paths
    areas.set(definition.name, {
      name: definition.name,
      description: definition.description,
      paths,
      except: compiled.except,
      approvals: options.approvals,
      reviewers: { users: [], teams: [], codeowners: false },
      origin: 'built-in',
      mandatory: definition.mandatory
    })
  }
  return areas
}

function policyFilePattern(policyPath: string): PathPattern {
  return exactPathPattern(policyPath, BUILT_IN_SOURCE)
}

const compiledCache = new Map<string, { paths: PathPattern[]; except: PathPattern[] }>()

function compiledDefinition(definition: AreaDefinition): {
  paths: PathPattern[]
  except: PathPattern[]
} {
  const cached = compiledCache.get(definition.name)
  if (cached) return cached
  const compile = (source: string): PathPattern => compilePattern(source, BUILT_IN_SOURCE)
  const compiled = { paths: definition.paths.map(compile), except: definition.except.map(compile) }
  compiledCache.set(definition.name, compiled)
  return compiled
}
