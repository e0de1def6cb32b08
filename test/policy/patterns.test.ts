import { describe, expect, it } from '@jest/globals'
import { compilePattern, exactPathPattern, normalizeRepoPath } from '../../src/policy/patterns.js'
import { UserError } from '../../src/errors.js'

const where = { file: '.github/agent-policy.yml', line: 4, column: 7 }
const matches = (pattern: string, path: string, caseSensitive = false): boolean =>
  compilePattern(pattern, where, { caseSensitive }).matches(path)

function errorOf(pattern: string): string {
  try {
    compilePattern(pattern, where)
  } catch (error) {
    if (error instanceof UserError) return error.message
    throw error
  }
  throw new Error(`pattern ${pattern} was accepted`)
}

describe('normalizeRepoPath', () => {
  it('strips a leading ./, collapses // and turns NFD into NFC', () => {
    expect(normalizeRepoPath('./docs//a.md')).toBe('docs/a.md')
    expect(normalizeRepoPath('././x')).toBe('x')
    expect(normalizeRepoPath('cafe\u0301/menu.md')).toBe('caf\u00e9/menu.md')
  })
})

describe('pattern dialect', () => {
  it('a trailing slash means the whole subtree, at any depth', () => {
    expect(matches('docs/', 'docs/a/b.md')).toBe(true)
    expect(matches('tests/', 'tests/unit/a.test.ts')).toBe(true)
    expect(matches('tests/', 'packages/api/tests/a.test.ts')).toBe(true)
    expect(matches('tests/', 'tests')).toBe(false)
    expect(matches('docs/', 'documentation/a.md')).toBe(false)
  })

  it('a slash in the middle anchors at the repository root', () => {
    expect(matches('storage/logs/production.log', 'storage/logs/production.log')).toBe(true)
    expect(matches('storage/logs/production.log', 'app/storage/logs/production.log')).toBe(false)
    expect(matches('storage/logs/', 'storage/logs/2026/a.log')).toBe(true)
    expect(matches('storage/logs/', 'x/storage/logs/a.log')).toBe(false)
  })

  it('a name without a slash matches at any depth, and also everything below it', () => {
    expect(matches('.env', '.env')).toBe(true)
    expect(matches('.env', 'config/.env')).toBe(true)
    expect(matches('.env', '.env.local')).toBe(false)
    expect(matches('private_keys', 'private_keys/id')).toBe(true)
    expect(matches('private_keys', 'a/private_keys/deep/id')).toBe(true)
    expect(matches('*.pem', 'certs/server.pem')).toBe(true)
  })

  it('a leading ./ anchors a single name at the root', () => {
    expect(matches('./Makefile', 'Makefile')).toBe(true)
    expect(matches('./Makefile', 'sub/Makefile')).toBe(false)
    expect(matches('./vendor/', 'vendor/pkg/a.go')).toBe(true)
    expect(matches('./vendor/', 'app/vendor/pkg/a.go')).toBe(false)
  })

  it('**/x matches at the root and at any depth', () => {
    expect(matches('**/db/migrate/', 'db/migrate/1_init.rb')).toBe(true)
    expect(matches('**/db/migrate/', 'engines/shop/db/migrate/1_init.rb')).toBe(true)
  })

  it('* matches dotfiles and dot directories', () => {
    expect(matches('*', '.gitignore')).toBe(true)
    expect(matches('.github/*', '.github/CODEOWNERS')).toBe(true)
    expect(matches('**/*.yml', '.github/workflows/ci.yml')).toBe(true)
    expect(matches('config/*', 'config/sub/a.yml')).toBe(true)
  })

  it('supports ?, braces and character classes', () => {
    expect(matches('*.{yml,yaml}', 'a/b.yaml')).toBe(true)
    expect(matches('*.{yml,yaml}', 'a/b.yml')).toBe(true)
    expect(matches('*.{yml,yaml}', 'a/b.json')).toBe(false)
    expect(matches('file?.txt', 'file1.txt')).toBe(true)
    expect(matches('file?.txt', 'file10.txt')).toBe(false)
    expect(matches('v[12].md', 'v2.md')).toBe(true)
    expect(matches('v[12].md', 'v3.md')).toBe(false)
  })

  it('is case-insensitive by default and case-sensitive on request', () => {
    expect(matches('.env', 'config/.ENV')).toBe(true)
    expect(matches('Docs/', 'docs/a.md')).toBe(true)
    expect(matches('.env', 'config/.ENV', true)).toBe(false)
    expect(matches('.env', 'config/.env', true)).toBe(true)
  })

  it('treats NFC and NFD spellings of a name as the same', () => {
    const nfc = 'caf\u00e9/'
    const nfd = 'cafe\u0301/'
    expect(matches(nfc, 'cafe\u0301/menu.md')).toBe(true)
    expect(matches(nfd, 'caf\u00e9/menu.md')).toBe(true)
  })

  it('normalises the path before matching (./ and //)', () => {
    expect(matches('docs/a.md', './docs//a.md')).toBe(true)
    expect(matches('docs//a.md', 'docs/a.md')).toBe(true)
  })

  it('keeps the source and location it was written with', () => {
    const pattern = compilePattern('docs/', where)
    expect(pattern.source).toBe('docs/')
    expect(pattern.where).toEqual(where)
  })

  it('treats # and parentheses as ordinary characters', () => {
    expect(matches('#notes.md', 'x/#notes.md')).toBe(true)
    expect(matches('+(a).md', '+(a).md')).toBe(true)
    expect(matches('+(a).md', 'a.md')).toBe(false)
  })
})

describe('exactPathPattern', () => {
  it('matches one path literally, ignoring glob characters', () => {
    const pattern = exactPathPattern('config/[policy].yml', where)
    expect(pattern.matches('config/[policy].yml')).toBe(true)
    expect(pattern.matches('CONFIG/[POLICY].YML')).toBe(true)
    expect(pattern.matches('config/p.yml')).toBe(false)
    expect(pattern.matches('config/[policy].yml/x')).toBe(false)
  })
})

describe('pattern validation', () => {
  const at = '.github/agent-policy.yml:4:7'

  it('rejects an empty or blank pattern', () => {
    expect(errorOf('')).toBe(
      `${at}: empty path pattern. Write a path relative to the repository root, such as "docs/" or "*.md"`
    )
    expect(errorOf('   ')).toBe(
      `${at}: empty path pattern. Write a path relative to the repository root, such as "docs/" or "*.md"`
    )
    expect(errorOf('./')).toBe(
      `${at}: path pattern "./" names no path. Write a path relative to the repository root, such as "docs/" or "./Makefile"`
    )
  })

  it('rejects absolute paths', () => {
    expect(errorOf('/etc/passwd')).toBe(
      `${at}: path pattern "/etc/passwd" starts with "/". Patterns are relative to the repository root: write "etc/passwd" (a "/" in the middle already anchors a pattern at the root; "./name" anchors a single name)`
    )
    expect(errorOf('C:\\x')).toBe(
      `${at}: path pattern "C:\\x" is an absolute Windows path. Write a path relative to the repository root, with "/" between directories`
    )
    expect(errorOf('C:/x')).toBe(
      `${at}: path pattern "C:/x" is an absolute Windows path. Write a path relative to the repository root, with "/" between directories`
    )
  })

  it('rejects .. and . segments', () => {
    expect(errorOf('../x')).toBe(
      `${at}: path pattern "../x" has a ".." segment. Patterns can only name paths inside the repository: remove ".."`
    )
    expect(errorOf('a/../b')).toBe(
      `${at}: path pattern "a/../b" has a ".." segment. Patterns can only name paths inside the repository: remove ".."`
    )
    expect(errorOf('a/./b')).toBe(
      `${at}: path pattern "a/./b" has a "." segment. Remove it ("./" is only allowed at the start, to anchor a single name at the root)`
    )
  })

  it('rejects backslashes', () => {
    expect(errorOf('docs\\a.md')).toBe(
      `${at}: path pattern "docs\\a.md" contains a backslash. Separate directories with "/"; to match a special character literally, put it in brackets, e.g. "[*]"`
    )
  })

  it('rejects negation and points to except:', () => {
    expect(errorOf('!docs/')).toBe(
      `${at}: path pattern "!docs/" starts with "!". Negation is not supported: define an area under "areas:" and list the paths to leave out in its "except:" list`
    )
  })

  it('rejects control characters, showing them', () => {
    expect(errorOf('a\tb')).toBe(
      `${at}: path pattern "a\\u0009b" contains a control character. Remove it`
    )
  })

  it('rejects unbalanced braces and brackets', () => {
    expect(errorOf('*.{yml,yaml')).toBe(
      `${at}: path pattern "*.{yml,yaml" has an unclosed "{". Close it with "}", e.g. "*.{yml,yaml}", or write "[{]" to match "{" literally`
    )
    expect(errorOf('a}')).toBe(
      `${at}: path pattern "a}" has a "}" without a "{" before it. Remove it, or write "[}]" to match "}" literally`
    )
    expect(errorOf('file[0-9.txt')).toBe(
      `${at}: path pattern "file[0-9.txt" has an unclosed "[". Close it with "]", e.g. "file[0-9].txt", or write "[[]" to match "[" literally`
    )
  })

  it('accepts brackets that quote special characters', () => {
    expect(matches('[[]draft[]].md', '[draft].md')).toBe(true)
    expect(matches('a[}].md', 'a}.md')).toBe(true)
  })
})
