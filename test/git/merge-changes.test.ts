import { describe, expect, it } from '@jest/globals'
import { mergeOwnChanges } from '../../src/git/merge-changes.js'

const MERGE = 'c'.repeat(40)
const Z40 = '0'.repeat(40)
const A40 = 'a'.repeat(40)
const B40 = 'b'.repeat(40)
const D40 = 'd'.repeat(40)

function z(...fields: string[]): string {
  return fields.map(field => `${field}\0`).join('')
}

describe('mergeOwnChanges', () => {
  const combinedRaw = z(
    MERGE,
    `::100644 100644 100644 ${A40} ${B40} ${D40} MM`,
    'both-branches-edited.txt',
    `::100644 100644 100644 ${A40} ${B40} ${D40} MM`,
    'conflict-resolved.txt',
    `::000000 000000 100644 ${Z40} ${Z40} ${D40} AA`,
    'empty-new-file',
    `::100644 100644 000000 ${A40} ${B40} ${Z40} DD`,
    'removed.txt',
    `::100644 100644 100755 ${A40} ${A40} ${A40} MM`,
    'made-executable.sh',
    `::100755 100644 100755 ${A40} ${B40} ${D40} MM`,
    'mode-from-first-parent.sh'
  )
  const densePatch = [
    MERGE,
    'diff --cc conflict-resolved.txt',
    '@@@ -1,1 -1,1 +1,1 @@@',
    '- ours',
    ' -theirs',
    '++resolved',
    'diff --cc mode-from-first-parent.sh',
    'mode 100755,100644..100755',
    ''
  ].join('\n')

  it('keeps edits no parent had, new and removed paths and new modes; drops cleanly merged files', () => {
    expect(mergeOwnChanges(combinedRaw, densePatch)).toEqual(
      new Map([
        [
          MERGE,
          [
            {
              path: 'conflict-resolved.txt',
              status: 'modified',
              mode: '100644',
              previousMode: '100644'
            },
            { path: 'empty-new-file', status: 'added', mode: '100644' },
            { path: 'removed.txt', status: 'deleted', previousMode: '100644' },
            {
              path: 'made-executable.sh',
              status: 'modified',
              mode: '100755',
              previousMode: '100644'
            }
          ]
        ]
      ])
    )
  })
})
