import { describe, expect, it } from '@jest/globals'
import { addedRunsOfFiles, parseAddedRuns } from '../../../src/secrets/scan/added-lines.js'
import { patchOf } from './fixtures.js'

describe('parseAddedRuns', () => {
  it('numbers added lines as in the new file, skipping removed and context lines', () => {
    const patch = patchOf(
      '@@ -3,5 +3,6 @@ function main() {',
      ' context three',
      '-removed four',
      '+added four',
      '+added five',
      ' context six',
      '-removed six',
      '+added seven',
      ' context eight',
      '@@ -20,2 +21,3 @@',
      ' context twenty-one',
      '+added twenty-two',
      ' context twenty-three'
    )
    expect(parseAddedRuns('a.ts', patch)).toEqual([
      { path: 'a.ts', startLine: 4, lines: ['added four', 'added five'] },
      { path: 'a.ts', startLine: 7, lines: ['added seven'] },
      { path: 'a.ts', startLine: 22, lines: ['added twenty-two'] }
    ])
  })

  it('reads hunk headers without counts as one line', () => {
    const patch = patchOf('@@ -1 +1 @@', '-old', '+new', '\\ No newline at end of file')
    expect(parseAddedRuns('a', patch)).toEqual([{ path: 'a', startLine: 1, lines: ['new'] }])
  })

  it('ignores the no-newline marker between removed and added lines without breaking the run', () => {
    const patch = patchOf(
      '@@ -1,2 +1,3 @@',
      ' keep',
      '-last',
      '\\ No newline at end of file',
      '+last',
      '+more',
      '\\ No newline at end of file'
    )
    expect(parseAddedRuns('a', patch)).toEqual([
      { path: 'a', startLine: 2, lines: ['last', 'more'] }
    ])
  })

  it('strips CRLF line ends', () => {
    const patch = '@@ -0,0 +1,2 @@\r\n+first\r\n+second\r\n'
    expect(parseAddedRuns('a', patch)).toEqual([
      { path: 'a', startLine: 1, lines: ['first', 'second'] }
    ])
  })

  it('skips git headers and keeps added lines whose text starts with ++ or --', () => {
    const patch = patchOf(
      'diff --git a/x.c b/x.c',
      'index 1111111..2222222 100644',
      '--- a/x.c',
      '+++ b/x.c',
      '@@ -1,2 +1,2 @@',
      '--- i;',
      '+++i;',
      ' return;'
    )
    expect(parseAddedRuns('x.c', patch)).toEqual([{ path: 'x.c', startLine: 1, lines: ['++i;'] }])
  })

  it('treats an empty line inside a hunk as context whose space was trimmed', () => {
    const patch = patchOf('@@ -1,3 +1,4 @@', ' a', '', '+b', ' c')
    expect(parseAddedRuns('a', patch)).toEqual([{ path: 'a', startLine: 3, lines: ['b'] }])
  })

  it('stops at the end of the hunk counts so a following header is not an added line', () => {
    const patch = patchOf('@@ -1 +1,2 @@', ' a', '+b', '+++ b/other', '+not in any hunk')
    expect(parseAddedRuns('a', patch)).toEqual([{ path: 'a', startLine: 2, lines: ['b'] }])
  })

  it('returns nothing for a binary-file patch without hunks', () => {
    expect(parseAddedRuns('img.png', 'Binary files a/img.png and b/img.png differ')).toEqual([])
  })
})

describe('addedRunsOfFiles', () => {
  it('skips deleted files and files without a patch', () => {
    const runs = addedRunsOfFiles([
      { path: 'gone.ts', status: 'deleted', patch: patchOf('@@ -1 +0,0 @@', '-x') },
      { path: 'big.bin', status: 'modified' },
      { path: 'new.ts', status: 'added', patch: patchOf('@@ -0,0 +1,2 @@', '+one', '+two') },
      {
        path: 'b.ts',
        status: 'renamed',
        previousPath: 'a.ts',
        patch: patchOf('@@ -5 +5 @@', '-y', '+z')
      }
    ])
    expect(runs).toEqual([
      { path: 'new.ts', startLine: 1, lines: ['one', 'two'] },
      { path: 'b.ts', startLine: 5, lines: ['z'] }
    ])
  })
})
