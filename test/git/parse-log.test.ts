import { describe, expect, it } from '@jest/globals'
import { COMMIT_LOG_FORMAT, parseCommitLog } from '../../src/git/parse-log.js'

const SHA1 = '1'.repeat(40)
const SHA2 = '2'.repeat(40)
const SHA3 = '3'.repeat(40)

/** One commit as `git log -z --format=COMMIT_LOG_FORMAT` prints it. */
function logEntry(fields: string[]): string {
  return fields.join('\0') + '\0'
}

describe('parseCommitLog', () => {
  it('asks git for sha, parents, author, committer and the raw message', () => {
    expect(COMMIT_LOG_FORMAT).toBe('%H%x00%P%x00%an%x00%ae%x00%aI%x00%cn%x00%ce%x00%cI%x00%B')
  })

  it('reads every field of each commit and drops the final newlines of the message', () => {
    const text =
      logEntry([
        SHA2,
        SHA1,
        'Ann',
        'ann@example.com',
        '2026-01-05T09:00:00+00:00',
        'GitHub',
        'noreply@github.com',
        '2026-01-05T09:01:00+01:00',
        'Fix it\n\nCo-authored-by: Bo <bo@example.com>\n\n'
      ]) +
      logEntry([
        SHA3,
        `${SHA1} ${SHA2}`,
        'Bo',
        'bo@example.com',
        '2026-01-06T00:00:00+00:00',
        'Bo',
        'bo@example.com',
        '2026-01-06T00:00:00+00:00',
        'Merge\n'
      ])
    expect(parseCommitLog(text)).toEqual([
      {
        sha: SHA2,
        parents: [SHA1],
        author: { name: 'Ann', email: 'ann@example.com', date: '2026-01-05T09:00:00+00:00' },
        committer: {
          name: 'GitHub',
          email: 'noreply@github.com',
          date: '2026-01-05T09:01:00+01:00'
        },
        message: 'Fix it\n\nCo-authored-by: Bo <bo@example.com>'
      },
      {
        sha: SHA3,
        parents: [SHA1, SHA2],
        author: { name: 'Bo', email: 'bo@example.com', date: '2026-01-06T00:00:00+00:00' },
        committer: { name: 'Bo', email: 'bo@example.com', date: '2026-01-06T00:00:00+00:00' },
        message: 'Merge'
      }
    ])
  })

  it('keeps a message that looks like log fields as message text', () => {
    const message = `${SHA3}\n${SHA1} ${SHA2}\n%H%x00\n\ttabs\r\nand "quotes" 😀\n\n  indented`
    const text = logEntry([SHA1, '', 'A', 'a@x', 'd', 'C', 'c@x', 'd', `${message}\n`])
    const [commit] = parseCommitLog(text)
    expect(commit?.message).toBe(message)
    expect(commit?.parents).toEqual([])
  })

  it('returns no commits for empty output', () => {
    expect(parseCommitLog('')).toEqual([])
  })

  it('refuses output whose field count does not fit whole commits', () => {
    expect(() => parseCommitLog(logEntry([SHA1, '', 'A']))).toThrow(
      'git log printed 3 fields, not a multiple of 9'
    )
  })
})
