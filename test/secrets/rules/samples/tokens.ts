import { ALNUM, B64URL, env, json, rand, within, type RuleSamples } from '../support.js'

const b64url = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url')
const jwt = (payload: object = { sub: rand(ALNUM, 10), iat: 1700000000 }): string =>
  `${b64url({ alg: 'HS256', typ: 'JWT' })}.${b64url(payload)}.${rand(B64URL, 43)}`
const basic = (user: string, password: string): string =>
  Buffer.from(`${user}:${password}`).toString('base64')

export const TOKEN_SAMPLES: RuleSamples[] = [
  {
    id: 'jwt',
    positives: [
      env(
        'SUPABASE_SERVICE_ROLE_KEY',
        jwt({ iss: 'supabase', role: 'service_role', iat: 1700000000 })
      ),
      json('id_token', jwt()),
      within(jwt(), s => `Authorization: Bearer ${s}`)
    ],
    negatives: [
      `SUPABASE_ANON_KEY=${jwt({ iss: 'supabase', role: 'anon', iat: 1700000000 })}`,
      `eyJub3QiOiJqd3QifQ.${b64url({ a: 1 })}.${rand(B64URL, 43)}`,
      `eyJhbGciOiJIUzI1NiJ9.short`
    ]
  },
  {
    id: 'url-credentials',
    positives: [
      within(rand(ALNUM, 16), s => `DATABASE_URL=postgres://app_user:${s}@db.internal:5432/app`),
      within(
        rand(ALNUM, 12) + '%21',
        s => `mongodb+srv://admin:${s}@cluster0.abcde.mongodb.net/test`
      ),
      within(rand(ALNUM, 20), s => `REDIS_URL=redis://:${s}@cache.internal:6379/0`),
      within(rand(ALNUM, 14), s => `git clone https://deploy:${s}@git.example.test/org/repo.git`)
    ],
    negatives: [
      'postgres://user:password@localhost:5432/db',
      'postgres://postgres:postgres@localhost/db',
      'mysql://root:${MYSQL_PASSWORD}@db/app',
      'amqp://guest:@rabbit:5672',
      'https://user:<password>@host.test/',
      'https://user:****@host.test/',
      'http://localhost:8080/path@version',
      'git@github.com:org/repo.git',
      'postgres://user:changeme@db/app'
    ]
  },
  {
    id: 'basic-auth-header',
    positives: [
      within(basic('api', rand(ALNUM, 24)), s => `headers = {"Authorization": "Basic ${s}"}`),
      within(
        basic('deploy-bot', rand(ALNUM, 16)),
        s => `curl -H 'Authorization: Basic ${s}' https://ci.test`
      )
    ],
    negatives: [
      `Authorization: Basic ${basic('user', 'pass')}`,
      `Authorization: Basic ${basic('user', 'password')}`,
      'Basic authentication is supported',
      `Basic ${rand(ALNUM, 20)}`
    ]
  },
  {
    id: 'bearer-token',
    positives: [
      within(rand(ALNUM, 40), s => `curl -H "Authorization: Bearer ${s}" https://api.test/v1/me`),
      within(rand(B64URL, 64), s => `headers: { Authorization: 'Bearer ${s}' }`)
    ],
    negatives: [
      'Authorization: Bearer ${TOKEN}',
      'Authorization: Bearer YOUR_ACCESS_TOKEN_HERE',
      "Authorization: 'Bearer ' + token",
      'token_type: Bearer'
    ]
  }
]
