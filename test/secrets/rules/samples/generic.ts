import {
  ALNUM,
  HEX,
  code,
  env,
  json,
  rand,
  uuid,
  within,
  yaml,
  type RuleSamples
} from '../support.js'

const password = (): string => rand(ALNUM, 6) + '#' + rand(ALNUM, 7)

export const GENERIC_SAMPLES: RuleSamples[] = [
  {
    id: 'generic-secret-assignment',
    positives: [
      env('DB_PASSWORD', password()),
      json('client_secret', rand(ALNUM, 32)),
      yaml('password', password()),
      code('api_key', rand(HEX, 32)),
      within(rand(ALNUM, 24), s => `const apiKey = '${s}'`),
      within(password(), s => `Server=db;Database=app;User Id=sa;Password=${s};`),
      within(rand(ALNUM, 20), s => `  'secret' => '${s}',`),
      within(password(), s => `db.password=${s}`),
      within(rand(ALNUM, 30), s => `SESSION_SECRET ?= ${s}`),
      within(rand(ALNUM, 40), s => `secret_key := "${s}"`),
      within(uuid(), s => `access_token: "${s}"`)
    ],
    negatives: [
      'password: ${DB_PASSWORD}',
      'password = os.getenv("DB_PASSWORD")',
      "api_key = os.environ['API_KEY']",
      'apiKey: process.env.API_KEY',
      'token: ${{ secrets.GITHUB_TOKEN }}',
      'password: "{{ .Values.db.password }}"',
      'password = "changeme"',
      'api_key = "YOUR_API_KEY"',
      'secret: "<your-secret>"',
      'password: "********"',
      'password = userPassword',
      'token = self.access_token',
      'password_min_length = 12345678',
      `token_url = "https://auth.${rand(ALNUM, 6)}.test/oauth/token"`,
      `password_hash = "${rand(HEX, 64)}"`,
      'token_type: "Bearer"',
      'tokenizer = "bert-base-uncased"',
      'max_tokens: 4096',
      'password_file: /run/secrets/db_password',
      'password: "password123"',
      'token = "test-token-abc"',
      'secret = get_secret(name)',
      'password: Optional[str] = None',
      'if password == "hunter22x":',
      `client_secret_name = "${rand(ALNUM, 20)}"`
    ]
  },
  {
    id: 'generic-config-key-value',
    positives: [
      within(rand(ALNUM, 28), s => `<add key="StripeApiKey" value="${s}" />`),
      within(password(), s => `<add key="Db.Password" value="${s}"/>`)
    ],
    negatives: [
      '<add key="ApiKey" value="$(API_KEY)" />',
      `<add key="ApiKeyHeaderName" value="${rand(ALNUM, 12)}" />`,
      `<add key="Theme" value="${rand(ALNUM, 12)}" />`
    ]
  },
  {
    id: 'generic-xml-element',
    positives: [
      within(password(), s => `<password>${s}</password>`),
      within(rand(ALNUM, 32), s => `<apiKey>${s}</apiKey>`)
    ],
    negatives: [
      '<password>${env.DB_PASSWORD}</password>',
      '<passwordPolicy>strict-mode-1</passwordPolicy>',
      '<title>Reset password</title>'
    ]
  }
]
