import { describe, expect, it } from '@jest/globals'
import { looksLikeSubmodule, looksLikeSymlink } from '../../src/github/rest-modes.js'

const SHA_A = 'a'.repeat(40)
const SHA_B = 'b'.repeat(40)

describe('REST patches that give an unusual file mode away', () => {
  it('a submodule pointer change diffs as Subproject commit lines', () => {
    expect(
      looksLikeSubmodule(`@@ -1 +1 @@\n-Subproject commit ${SHA_A}\n+Subproject commit ${SHA_B}`)
    ).toBe(true)
    expect(looksLikeSubmodule(`@@ -0,0 +1 @@\n+Subproject commit ${SHA_B}`)).toBe(true)
  })

  it('a file that merely mentions a subproject commit is not a submodule', () => {
    expect(looksLikeSubmodule(`@@ -0,0 +2 @@\n+Subproject commit ${SHA_B}\n+more text`)).toBe(false)
    expect(looksLikeSubmodule(undefined)).toBe(false)
  })

  it('a symlink diffs as one added line without a final newline', () => {
    expect(looksLikeSymlink('@@ -0,0 +1 @@\n+../.env\n\\ No newline at end of file')).toBe(true)
    expect(
      looksLikeSymlink(
        '@@ -1 +1 @@\n-a.txt\n\\ No newline at end of file\n+../.env\n\\ No newline at end of file'
      )
    ).toBe(true)
  })

  it('one added line with a newline, or two added lines, is not a symlink candidate', () => {
    expect(looksLikeSymlink('@@ -0,0 +1 @@\n+hello')).toBe(false)
    expect(looksLikeSymlink('@@ -0,0 +2 @@\n+a\n+b\n\\ No newline at end of file')).toBe(false)
    expect(looksLikeSymlink(undefined)).toBe(false)
  })
})
