/**
 * A seeded 200-pattern policy in the full schema: every built-in area by
 * name, a few defined areas with `except`, and path patterns of every
 * shape the dialect has (directories, anchored paths, `./name`, `*.ext`,
 * `**` at the start, middle and end, braces, classes, `?`).
 */
import type { Rng } from './rng.js'
import { NOUNS, SERVICE_NAMES, pascal } from './words.js'

export interface GeneratedPolicy {
  yaml: string
  /** Path patterns written in the file (in the four lists and under `areas:`). */
  patternCount: number
  /** Area names used in the lists. */
  areaReferences: number
}

type Shape = (rng: Rng) => string

const SHAPES: Shape[] = [
  r => `${r.pick(NOUNS)}s/`,
  r => `services/${r.pick(SERVICE_NAMES)}-${r.int(60)}/`,
  r => `services/*/src/${r.pick(['lib', 'components', 'server'])}/**/*.ts`,
  r => `*.${r.pick(['md', 'png', 'svg', 'log', 'proto', 'sql', 'rake'])}`,
  r => `**/test_*${r.pick(['', '_api'])}.py`,
  r => `**/*_${r.pick(['spec', 'test'])}.${r.pick(['rb', 'go'])}`,
  r => `services/*/config/*.{${r.pick(['yml,yaml', 'php', 'rb,yml'])}}`,
  r => `./${r.pick(['Makefile', 'README.md', '.gitignore', 'docs/'])}`,
  r => `**/${r.pick(['fixtures', 'snapshots', '__mocks__', 'testdata'])}/**`,
  r => `**/app/${r.pick(['Models', 'models', 'Services', 'jobs'])}/`,
  r => `v[0-9]*/${r.pick(['', 'api/'])}`,
  r => `${r.pick(NOUNS)}?.txt`,
  r => `**/*${pascal(r.pick(NOUNS))}*.{php,java,kt}`,
  r => `**/internal/${r.pick(NOUNS)}${r.int(400)}/**`,
  () => 'services/*/database/{seeders,factories}/',
  () => '**/src/main/resources/templates/**/*.html',
  r => `[a-c]*/${r.pick(['index.ts', 'main.go'])}`,
  r => `${pascal(r.pick(NOUNS))}${r.pick(['Controller', 'Policy', 'Test'])}.php`,
  r => `**/locales/${r.pick(['en', 'de', 'ja', 'fr'])}/`,
  r => `**/public/images/${r.pick(NOUNS)}-*.{png,jpg}`
]

const yamlList = (key: string, items: string[]): string =>
  `${key}:\n${items.map(item => `  - ${JSON.stringify(item)}`).join('\n')}\n`

export function generatePolicy(rng: Rng): GeneratedPolicy {
  const patterns = (count: number): string[] =>
    Array.from({ length: count }, () => rng.pick(SHAPES)(rng))
  const billing = { paths: patterns(12), except: ['**/*.md', 'docs/'] }
  const frontend = { paths: patterns(10), except: ['**/*.test.tsx'] }
  const lists = {
    can_read: patterns(44),
    can_edit: patterns(59),
    cannot_access: ['secrets', ...patterns(32)],
    requires_human_review: [
      'migrations',
      'auth',
      'authorization',
      'payments',
      'ci',
      'infra',
      'dependencies',
      'billing',
      'frontend',
      ...patterns(40)
    ]
  }
  const area = (name: string, fields: { paths: string[]; except: string[] }): string =>
    `  ${name}:\n    approvals: 2\n${yamlList('    paths', fields.paths).replace(/^ {2}-/gm, '      -')}${yamlList('    except', fields.except).replace(/^ {2}-/gm, '      -')}`
  const yaml = [
    'version: 1\n',
    yamlList('can_read', lists.can_read),
    yamlList('can_edit', lists.can_edit),
    yamlList('cannot_access', lists.cannot_access),
    yamlList('requires_human_review', lists.requires_human_review),
    'areas:\n',
    area('billing', billing),
    area('frontend', frontend)
  ].join('')
  const written = [...Object.values(lists).flat(), ...billing.paths, ...billing.except]
  const inAreas = frontend.paths.length + frontend.except.length
  const references = written.filter(item => /^[a-z][a-z0-9_-]*$/.test(item)).length
  return {
    yaml,
    patternCount: written.length + inAreas - references,
    areaReferences: references
  }
}
