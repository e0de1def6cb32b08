import { describe, expect, it } from '@jest/globals'
import {
  parseCombinedRaw,
  parseDiffRecords,
  parseDiffTree,
  parseDiffTreeStdin
} from '../../src/git/parse-raw.js'

const Z40 = '0'.repeat(40)
const A40 = 'a'.repeat(40)
const B40 = 'b'.repeat(40)
const C1 = '1'.repeat(40)
const C2 = '2'.repeat(40)

/** Joins fields the way `git diff-tree -z` does: every field ends with a NUL. */
function z(...fields: string[]): string {
  return fields.map(field => `${field}\0`).join('')
}

describe('parseDiffTree', () => {
  it('reads a modification and attaches its numstat line counts', () => {
    const output = z(`:100644 100644 ${A40} ${B40} M`, 'src/app.ts', '3\t1\tsrc/app.ts')
    expect(parseDiffTree(output)).toEqual([
      {
        path: 'src/app.ts',
        status: 'modified',
        mode: '100644',
        previousMode: '100644',
        additions: 3,
        deletions: 1
      }
    ])
  })

  it('reads a rename with its score, old path and the numstat rename form', () => {
    const output = z(
      `:100644 100755 ${A40} ${B40} R087`,
      'old name.txt',
      'new name.txt',
      '1\t2\t',
      'old name.txt',
      'new name.txt'
    )
    expect(parseDiffTree(output)).toEqual([
      {
        path: 'new name.txt',
        previousPath: 'old name.txt',
        status: 'renamed',
        mode: '100755',
        previousMode: '100644',
        additions: 1,
        deletions: 2
      }
    ])
  })

  it('reads a copy with both paths', () => {
    const output = z(`:100644 100644 ${A40} ${A40} C100`, 'a.txt', 'b.txt')
    expect(parseDiffTree(output)).toEqual([
      {
        path: 'b.txt',
        previousPath: 'a.txt',
        status: 'copied',
        mode: '100644',
        previousMode: '100644'
      }
    ])
  })

  it('leaves out the absent side of an addition and a deletion', () => {
    const output = z(
      `:000000 120000 ${Z40} ${A40} A`,
      'link',
      `:100755 000000 ${B40} ${Z40} D`,
      'run.sh'
    )
    expect(parseDiffTree(output)).toEqual([
      { path: 'link', status: 'added', mode: '120000' },
      { path: 'run.sh', status: 'deleted', previousMode: '100755' }
    ])
  })

  it('reads a type change', () => {
    const output = z(`:100644 120000 ${A40} ${B40} T`, 'config')
    expect(parseDiffTree(output)).toEqual([
      { path: 'config', status: 'type-changed', mode: '120000', previousMode: '100644' }
    ])
  })

  it('leaves line counts unset for a binary file, which numstat counts as -', () => {
    const output = z(`:100644 100644 ${A40} ${B40} M`, 'logo.png', '-\t-\tlogo.png')
    expect(parseDiffTree(output)).toEqual([
      { path: 'logo.png', status: 'modified', mode: '100644', previousMode: '100644' }
    ])
  })

  it('keeps tabs, newlines, quotes, colons and unicode in paths exactly', () => {
    const odd = 'dir/a\tb\n"c" :100644 ü😀.txt'
    const output = z(`:000000 100644 ${Z40} ${A40} A`, odd, `2\t0\t${odd}`)
    expect(parseDiffTree(output)).toEqual([
      { path: odd, status: 'added', mode: '100644', additions: 2, deletions: 0 }
    ])
  })

  it('returns no changes for empty output', () => {
    expect(parseDiffTree('')).toEqual([])
  })

  it('refuses output that ends in the middle of a record', () => {
    expect(() => parseDiffTree(z(`:100644 100644 ${A40} ${B40} R100`, 'only-old-path'))).toThrow(
      'git diff-tree output ended in the middle of a record'
    )
  })

  it('refuses a status letter that a commit diff cannot have', () => {
    expect(() => parseDiffTree(z(`:100644 100644 ${A40} ${B40} U`, 'x'))).toThrow(
      'Unexpected git change status "U"'
    )
  })
})

describe('parseCombinedRaw', () => {
  it('reads one mode per parent, the result mode and one status letter per parent', () => {
    const head = `::100644 100644 100755 ${A40} ${B40} ${A40} MM`
    expect(parseCombinedRaw(head, 'script.sh')).toEqual({
      kind: 'change',
      change: { path: 'script.sh', status: 'modified', mode: '100755', previousMode: '100644' },
      parentModes: ['100644', '100644']
    })
  })

  it('calls a path added against every parent added, and deleted against every parent deleted', () => {
    const added = parseCombinedRaw(`::000000 000000 100644 ${Z40} ${Z40} ${A40} AA`, 'new.txt')
    const deleted = parseCombinedRaw(`::100644 100644 000000 ${A40} ${B40} ${Z40} DD`, 'gone.txt')
    expect(added).toEqual({
      kind: 'change',
      change: { path: 'new.txt', status: 'added', mode: '100644' },
      parentModes: ['000000', '000000']
    })
    expect(deleted).toEqual({
      kind: 'change',
      change: { path: 'gone.txt', status: 'deleted', previousMode: '100644' },
      parentModes: ['100644', '100644']
    })
  })

  it('calls a path that is new to one parent but edited from the other modified', () => {
    const record = parseCombinedRaw(`::100644 000000 100644 ${A40} ${Z40} ${B40} MA`, 'moved.txt')
    expect(record).toEqual({
      kind: 'change',
      change: { path: 'moved.txt', status: 'modified', mode: '100644', previousMode: '100644' },
      parentModes: ['100644', '000000']
    })
  })

  it('handles an octopus merge with three parents', () => {
    const head = `:::100644 100644 100644 100644 ${A40} ${A40} ${A40} ${B40} MMM`
    expect(parseCombinedRaw(head, 'x')).toEqual({
      kind: 'change',
      change: { path: 'x', status: 'modified', mode: '100644', previousMode: '100644' },
      parentModes: ['100644', '100644', '100644']
    })
  })

  it('refuses a record whose letters do not match its parent count', () => {
    expect(() => parseCombinedRaw(`::100644 100644 100644 ${A40} ${A40} ${B40} M`, 'x')).toThrow(
      'Malformed combined diff record'
    )
  })
})

describe('parseDiffTreeStdin', () => {
  it('groups changes under the commit id printed before them', () => {
    const output = z(
      C1,
      `:000000 100644 ${Z40} ${A40} A`,
      'a.txt',
      '1\t0\ta.txt',
      C2,
      `:100644 000000 ${A40} ${Z40} D`,
      'a.txt',
      '0\t1\ta.txt'
    )
    expect(parseDiffTreeStdin(output)).toEqual(
      new Map([
        [C1, [{ path: 'a.txt', status: 'added', mode: '100644', additions: 1, deletions: 0 }]],
        [
          C2,
          [{ path: 'a.txt', status: 'deleted', previousMode: '100644', additions: 0, deletions: 1 }]
        ]
      ])
    )
  })

  it('does not mistake a file named like a commit id for the next commit', () => {
    const output = z(C1, `:000000 100644 ${Z40} ${A40} A`, C2)
    expect(parseDiffTreeStdin(output)).toEqual(
      new Map([[C1, [{ path: C2, status: 'added', mode: '100644' }]]])
    )
  })

  it('refuses records that come before any commit id', () => {
    expect(() => parseDiffTreeStdin(z(`:000000 100644 ${Z40} ${A40} A`, 'a'))).toThrow(
      'git diff-tree --stdin output did not start with a commit id'
    )
  })
})

describe('parseDiffRecords', () => {
  it('refuses a field it cannot place', () => {
    expect(() => parseDiffRecords(z('not a record'))).toThrow(
      'Unexpected field in git diff-tree output: "not a record"'
    )
  })
})
