import { describe, expect, it } from '@jest/globals'
import { parsePathsWithHunks, unquoteGitPath } from '../../src/git/parse-combined-patch.js'

const MERGE1 = 'a'.repeat(40)
const MERGE2 = 'b'.repeat(40)

describe('unquoteGitPath', () => {
  it('returns a path git did not quote unchanged', () => {
    expect(unquoteGitPath('src/ü app.ts')).toBe('src/ü app.ts')
  })

  it('undoes backslash escapes for quotes, backslashes and control characters', () => {
    expect(unquoteGitPath('"a \\"b\\"\\\\c\\nd\\te\\a"')).toBe('a "b"\\c\nd\te\u0007')
  })

  it('joins octal escapes into UTF-8 characters', () => {
    expect(unquoteGitPath('"\\303\\274ber \\360\\237\\230\\200"')).toBe('über 😀')
  })

  it('keeps raw unicode inside a quoted path', () => {
    expect(unquoteGitPath('"😀\\n"')).toBe('😀\n')
  })
})

describe('parsePathsWithHunks', () => {
  it('lists only paths with a hunk or a binary difference, per merge', () => {
    const patch = [
      MERGE1,
      'diff --cc mode-only.sh',
      'index 28ce6a8,28ce6a8..28ce6a8',
      'mode 100755,100644..100755',
      '--- a/mode-only.sh',
      '+++ b/mode-only.sh',
      'diff --cc "evil \\"new\\"\\nfile"',
      'index 0000000,0000000..53c74cd',
      'new file mode 100644',
      '--- /dev/null',
      '+++ "b/evil \\"new\\"\\nfile"',
      '@@@ -1,0 -1,0 +1,1 @@@',
      '++evil',
      MERGE2,
      'diff --cc logo.png',
      'index deb3f94,4b53401..cc31e1f',
      'Binary files differ',
      ''
    ].join('\n')
    expect(parsePathsWithHunks(patch)).toEqual(
      new Map([
        [MERGE1, new Set(['evil "new"\nfile'])],
        [MERGE2, new Set(['logo.png'])]
      ])
    )
  })

  it('does not take patch content for a header, since content lines start with marker columns', () => {
    const patch = [
      MERGE1,
      'diff --cc notes.md',
      '@@@ -1,1 -1,1 +1,2 @@@',
      '++diff --cc fake.txt',
      ` +${MERGE2}`,
      ''
    ].join('\n')
    expect(parsePathsWithHunks(patch)).toEqual(new Map([[MERGE1, new Set(['notes.md'])]]))
  })

  it('records a merge with no remaining hunks as having none', () => {
    expect(parsePathsWithHunks(`${MERGE1}\n`)).toEqual(new Map([[MERGE1, new Set()]]))
  })
})
