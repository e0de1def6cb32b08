import { describe, expect, it } from '@jest/globals'
import { CODEOWNERS_LOCATIONS, parseCodeowners } from '../../src/policy/codeowners.js'

const FILE = '.github/CODEOWNERS'
const ownersOf = (text: string, path: string): string[] =>
  parseCodeowners(text, FILE).ownersOf(path)

describe('CODEOWNERS owners', () => {
  it('the last matching line wins', () => {
    const text = '*.js @js-owner\n/src/ @src-owner\n/src/legacy/*.js @Legacy'
    expect(ownersOf(text, 'src/legacy/a.js')).toEqual(['legacy'])
    expect(ownersOf(text, 'src/new/a.js')).toEqual(['src-owner'])
    expect(ownersOf(text, 'lib/a.js')).toEqual(['js-owner'])
    expect(ownersOf(text, 'README.md')).toEqual([])
  })

  it('keeps owners as written: logins and teams lower-cased without @, emails as they are', () => {
    expect(ownersOf('* @Alice @Acme/DBA Docs.Team@Example.com', 'x')).toEqual([
      'alice',
      'acme/dba',
      'Docs.Team@Example.com'
    ])
  })

  it('a pattern without owners clears ownership', () => {
    const text = '/apps/ @octocat\n/apps/github'
    expect(ownersOf(text, 'apps/main/index.js')).toEqual(['octocat'])
    expect(ownersOf(text, 'apps/github/index.js')).toEqual([])
  })

  it('skips blank lines and comments, including a comment after the owners', () => {
    const codeowners = parseCodeowners('# owners\n\n  \n/db/ @dora   # the DBA\n', FILE)
    expect(codeowners.rules).toEqual([{ pattern: '/db/', owners: ['dora'], line: 4 }])
    expect(codeowners.errors).toEqual([])
  })

  it('reads Windows line endings', () => {
    expect(ownersOf('/db/ @dora\r\n/web/ @wendy\r\n', 'web/a.css')).toEqual(['wendy'])
  })

  it('says which line decides a path', () => {
    const codeowners = parseCodeowners('* @alice\n\n/db/ @dora', FILE)
    expect(codeowners.ruleFor('db/x.sql')).toEqual({ pattern: '/db/', owners: ['dora'], line: 3 })
    expect(codeowners.ruleFor('x.sql')).toEqual({ pattern: '*', owners: ['alice'], line: 1 })
    expect(codeowners.file).toBe(FILE)
  })

  it('returns a copy, so callers cannot change the parsed owners', () => {
    const codeowners = parseCodeowners('* @alice', FILE)
    codeowners.ownersOf('x').push('mallory')
    expect(codeowners.ownersOf('x')).toEqual(['alice'])
  })

  it('searches the locations GitHub searches, in its order', () => {
    expect(CODEOWNERS_LOCATIONS).toEqual(['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'])
  })
})

describe('CODEOWNERS patterns', () => {
  const matches = (pattern: string, path: string): boolean =>
    ownersOf(`${pattern} @owner`, path).length > 0

  it('a name without a slash matches at any depth, and everything inside it', () => {
    expect(matches('Makefile', 'Makefile')).toBe(true)
    expect(matches('Makefile', 'tools/Makefile')).toBe(true)
    expect(matches('apps', 'x/apps/y/z.js')).toBe(true)
    expect(matches('Makefile', 'Makefile.old')).toBe(false)
  })

  it('a trailing slash means everything below that directory, at any depth', () => {
    expect(matches('apps/', 'apps/a.js')).toBe(true)
    expect(matches('apps/', 'x/apps/y/a.js')).toBe(true)
    expect(matches('apps/', 'apps')).toBe(false)
    expect(matches('apps/', 'myapps/a.js')).toBe(false)
  })

  it('a leading or inner slash anchors at the root', () => {
    expect(matches('/docs/', 'docs/a.md')).toBe(true)
    expect(matches('/docs/', 'x/docs/a.md')).toBe(false)
    expect(matches('/build/logs/', 'build/logs/a/b.log')).toBe(true)
    expect(matches('build/logs/', 'x/build/logs/a.log')).toBe(false)
    expect(matches('/apps/github', 'apps/github/a.js')).toBe(true)
  })

  it('docs/* matches files directly in docs, not in its subdirectories', () => {
    expect(matches('docs/*', 'docs/getting-started.md')).toBe(true)
    expect(matches('docs/*', 'docs/build-app/troubleshooting.md')).toBe(false)
  })

  it('* and ? never cross a slash; a lone * matches everything', () => {
    expect(matches('*.js', 'a/b/c.js')).toBe(true)
    expect(matches('src/*.js', 'src/a/b.js')).toBe(false)
    expect(matches('v?.txt', 'v1.txt')).toBe(true)
    expect(matches('v?.txt', 'v12.txt')).toBe(false)
    expect(matches('*', 'deep/down/file')).toBe(true)
  })

  it('** matches any number of directories', () => {
    expect(matches('**/logs', 'logs/a.log')).toBe(true)
    expect(matches('**/logs', 'x/y/logs/a.log')).toBe(true)
    expect(matches('docs/**/*.md', 'docs/a.md')).toBe(true)
    expect(matches('docs/**/*.md', 'docs/x/y/a.md')).toBe(true)
    expect(matches('docs/**/*.md', 'other/docs/a.md')).toBe(false)
    expect(matches('/scripts/**', 'scripts/a/b.sh')).toBe(true)
  })

  it('matches letter case exactly, like GitHub', () => {
    expect(matches('/Docs/', 'Docs/a.md')).toBe(true)
    expect(matches('/Docs/', 'docs/a.md')).toBe(false)
    expect(matches('*.MD', 'a.md')).toBe(false)
  })

  it('treats regex characters in names literally and reads escaped spaces', () => {
    expect(matches('a+b(1).txt', 'a+b(1).txt')).toBe(true)
    expect(matches('a+b(1).txt', 'aab1.txt')).toBe(false)
    expect(matches('my\\ file.txt', 'my file.txt')).toBe(true)
  })

  it('matches NFC and NFD spellings of the same path alike', () => {
    expect(matches('/caf\u00e9/', 'cafe\u0301/menu.md')).toBe(true)
  })
})

describe('CODEOWNERS lines GitHub skips', () => {
  const text = [
    '* @alice',
    '!/docs/ @bob',
    '/src/[ab]/ @carol',
    '\\#notes/ @dave',
    '/web/ wendy',
    '/db/ @dora'
  ].join('\n')
  const codeowners = parseCodeowners(text, FILE)

  it('collects each invalid line with its number instead of throwing', () => {
    expect(codeowners.errors).toEqual([
      {
        line: 2,
        message: 'line 2: "!/docs/": negation with ! is not supported; GitHub skips this line'
      },
      {
        line: 3,
        message:
          'line 3: "/src/[ab]/": character ranges with [ ] are not supported; GitHub skips this line'
      },
      {
        line: 4,
        message:
          'line 4: "\\#notes/": escaping a leading # is not supported; GitHub skips this line'
      },
      {
        line: 5,
        message:
          'line 5: "wendy" is not an owner (write @user, @org/team or an email address); GitHub skips this line'
      }
    ])
  })

  it('the skipped lines give no owners; the valid ones still apply', () => {
    expect(codeowners.rules.map(rule => rule.line)).toEqual([1, 6])
    expect(codeowners.ownersOf('docs/a.md')).toEqual(['alice'])
    expect(codeowners.ownersOf('src/a/x.ts')).toEqual(['alice'])
    expect(codeowners.ownersOf('web/a.css')).toEqual(['alice'])
    expect(codeowners.ownersOf('db/x.sql')).toEqual(['dora'])
  })
})
