import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { rulesForPath } from '../../src/evaluation/file-rules.js'
import { loadPolicy } from '../../src/policy/load.js'
import { matchingEntries } from '../../src/policy/match.js'
import { normalizeRepoPath } from '../../src/policy/patterns.js'
import { CONFUSABLES } from '../../src/policy/confusables.js'
import { pathSkeleton, readSkeleton, skeletonNote } from '../../src/policy/skeleton.js'

describe('pathSkeleton', () => {
  it.each([
    ['Cyrillic ie in .env', '.\u0435nv', '.env'],
    [
      'Cyrillic a and Greek omicron in a directory name',
      'd\u0430tabase/migrati\u03bfns/x.php',
      'database/migrations/x.php'
    ],
    ['Cyrillic capitals keep their case', '\u0421\u041eNFIG/\u0410pp.php', 'CONFIG/App.php'],
    ['Latin dotless i and small capital', 'auth/log\u0131n.ts', 'auth/login.ts'],
    ['fullwidth full stop and letters', '\uff0e\uff45\uff4e\uff56', '.env'],
    ['mathematical bold letters', '.\ud835\udc1e\ud835\udc27\ud835\udc2f', '.env'],
    ['zero-width space', '.e\u200bnv', '.env'],
    ['soft hyphen and byte-order mark', '\ufeff.en\u00adv', '.env'],
    ['bidi override', 'config/\u202e.env', 'config/.env'],
    ['trailing space', '.env ', '.env'],
    ['trailing dot', '.env.', '.env'],
    [
      'trailing dots and spaces in a directory',
      'database. /migrations/x.php',
      'database/migrations/x.php'
    ],
    ['backslashes', 'database\\migrations\\x.php', 'database/migrations/x.php'],
    [
      'fullwidth reverse solidus',
      'database\uff3cmigrations\uff3cx.php',
      'database/migrations/x.php'
    ],
    ['a backslash that makes an empty segment', 'a\\\\b', 'a/b'],
    ['a leading backslash pair', '.\\.env', '.env']
  ])('%s', (_, path, skeleton) => {
    expect(pathSkeleton(normalizeRepoPath(path))).toBe(skeleton)
  })

  it.each([
    'src/app.ts',
    'docs/caf\u00e9/menu.md',
    '\u0434\u043e\u043a\u0443\u043c\u0435\u043d\u0442\u044b/\u043f\u043b\u0430\u043d.md'.replace(
      /./g,
      c => (CONFUSABLES.has(c) ? 'x' : c)
    ),
    '...',
    'a/../b',
    'name with spaces/file.txt'
  ])('leaves %j as it is', path => {
    expect(pathSkeleton(path)).toBe(path)
    expect(readSkeleton(path)).toEqual({ skeleton: path, readings: [] })
  })

  it('names each reading that changed the path, in order', () => {
    expect(readSkeleton('\uff44\u0430tabase\\migrations\u200b\\x.php.')).toEqual({
      skeleton: 'database/migrations/x.php',
      readings: [
        'fullwidth or styled letters read as plain ones',
        'invisible characters removed',
        'look-alike characters read as the letters they imitate',
        'backslashes read as `/`, as on a Windows checkout',
        'trailing dots and spaces dropped, as Windows drops them'
      ]
    })
  })

  it('says which pattern matched and how the path was read', () => {
    expect(skeletonNote('.env', readSkeleton('.\u0435nv'))).toBe(
      'The path matches ".env" only when read as ".env" (look-alike characters read as the letters they imitate), which is how a reader or a checkout may see it.'
    )
  })

  it('maps every look-alike to one ASCII letter', () => {
    for (const [char, ascii] of CONFUSABLES) {
      expect({ char, ascii: /^[A-Za-z]$/.test(ascii) }).toEqual({ char, ascii: true })
      expect({ char, ascii: /^[\x00-\x7f]$/.test(char) }).toEqual({ char, ascii: false })
    }
  })

  it('is idempotent', () => {
    fc.assert(
      fc.property(pathLike(), path => {
        const once = pathSkeleton(normalizeRepoPath(path))
        expect(pathSkeleton(once)).toBe(once)
      }),
      { seed: 20260101, numRuns: 500 }
    )
  })
})

const POLICY = `
version: 1
can_edit:
  - src/
  - docs/
cannot_access:
  - secrets
requires_human_review:
  - migrations
outside_can_edit: block
`

/** Paths built from ASCII letters mixed with look-alikes, invisibles, backslashes, trailing dots. */
function pathLike(): fc.Arbitrary<string> {
  const tricky = [...CONFUSABLES.keys(), '\u200b', '\\', ' ', '.', '\uff0e', '\uff45']
  const char = fc.oneof(
    fc.constantFrom(...'abcdeimnoprstv/._'.split('')),
    fc.constantFrom(...tricky)
  )
  return fc.array(char, { minLength: 1, maxLength: 24 }).map(chars => chars.join(''))
}

describe('restrictive and permissive matching', () => {
  const policy = loadPolicy(POLICY, { path: '.github/agent-policy.yml' })

  it('can_edit and can_read answer exactly as the normal form alone does, whatever the spelling', () => {
    fc.assert(
      fc.property(pathLike(), path => {
        const rules = rulesForPath(policy, path)
        const normalOnly = matchingEntries(policy.canEdit ?? [], path)
        expect(rules.canEdit.map(hit => [hit.entry.label, hit.pattern.source])).toEqual(
          normalOnly.map(match => [match.entry.label, match.pattern.source])
        )
        expect(rules.insideCanEdit).toBe(normalOnly.length > 0)
      }),
      { seed: 20260101, numRuns: 1000 }
    )
  })

  it('restrictive lists match whatever the normal form or the skeleton matches', () => {
    fc.assert(
      fc.property(pathLike(), path => {
        const normal = normalizeRepoPath(path)
        const rules = rulesForPath(policy, path)
        const expected = new Set(
          [
            ...matchingEntries(policy.cannotAccess, normal),
            ...matchingEntries(policy.cannotAccess, pathSkeleton(normal))
          ].map(match => match.entry.label)
        )
        expect(new Set(rules.cannotAccess.map(hit => hit.entry.label))).toEqual(expected)
      }),
      { seed: 20260101, numRuns: 1000 }
    )
  })

  it('a look-alike spelling of an allowed directory is not inside can_edit', () => {
    const rules = rulesForPath(policy, '\u0455rc/app.ts')
    expect(rules.canEdit).toEqual([])
    expect(rules.insideCanEdit).toBe(false)
  })

  it('marks a hit found only through the skeleton with the reading', () => {
    const rules = rulesForPath(policy, 'database/migr\u0430tions/x.php')
    expect(rules.review.map(hit => [hit.entry.label, hit.pattern.source, hit.readAs])).toEqual([
      [
        'migrations',
        'database/migrations/',
        {
          skeleton: 'database/migrations/x.php',
          readings: ['look-alike characters read as the letters they imitate']
        }
      ]
    ])
  })

  it('leaves a hit of the normal form unmarked', () => {
    const rules = rulesForPath(policy, 'database/migrations/x.php')
    expect(rules.review.map(hit => [hit.entry.label, hit.readAs])).toEqual([
      ['migrations', undefined]
    ])
  })
})
