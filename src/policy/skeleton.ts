/**
 * The "skeleton" of a repository path: how a reader, or a Windows checkout,
 * sees it. Restrictive rules (cannot_access, requires_human_review, the
 * secret-file list) match a path when its normal form OR its skeleton
 * matches, so spelling tricks cannot slip a protected file past them:
 *
 * - NFKC: fullwidth and styled letters (`．ｅｎｖ`, `𝐞`) are the plain ones;
 * - invisible characters (zero-width spaces and joiners, soft hyphens, bidi
 *   controls, the byte-order mark) are dropped: nobody sees them;
 * - look-alike letters of other scripts (confusables.ts) read as the ASCII
 *   letters they imitate;
 * - `\` is `/`: a Windows checkout writes `db\migrations\x` into `db/migrations/`;
 * - trailing dots and spaces of each name are dropped: Windows drops them,
 *   so `.env ` and `.env.` are the file `.env` there.
 *
 * Permissive rules (can_edit) never use the skeleton: a trick must not gain
 * an agent any freedom.
 */
import { CONFUSABLES } from './confusables.js'
import { normalizeRepoPath } from './patterns.js'
import { quote } from './text.js'

/** How a path's skeleton differs from it: the skeleton and the readings that produced it. */
export interface SkeletonReading {
  skeleton: string
  /** Phrases such as 'look-alike characters read as the letters they imitate', in step order. */
  readings: string[]
}

const ASCII = /^[\x00-\x7f]*$/
/** What can change an ASCII path: a backslash, or a name ending in a space or a dot. */
const ASCII_WORK = /\\|[ .](?:\/|$)/
const INVISIBLE = /[\u00ad\u034f\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g
const NON_ASCII = /[^\x00-\x7f]/g
const TRAILING_DOTS_AND_SPACES = /[ .]+$/

/**
 * The skeleton of a path already normalised by normalizeRepoPath. Most paths
 * (ASCII, no backslash, no name ending in a dot or space) are their own
 * skeleton and cost two regex tests.
 */
export function pathSkeleton(normal: string): string {
  if (ASCII.test(normal) && !ASCII_WORK.test(normal)) return normal
  return readSkeleton(normal).skeleton
}

/** The skeleton with the readings that changed the path (none when it is its own skeleton). */
export function readSkeleton(normal: string): SkeletonReading {
  const readings: string[] = []
  const step = (text: string, next: string, reading: string): string => {
    if (next !== text) readings.push(reading)
    return next
  }
  let text = normal
  text = step(text, text.normalize('NFKC'), 'fullwidth or styled letters read as plain ones')
  text = step(text, text.replace(INVISIBLE, ''), 'invisible characters removed')
  text = step(
    text,
    text.replace(NON_ASCII, char => CONFUSABLES.get(char) ?? char),
    'look-alike characters read as the letters they imitate'
  )
  text = step(text, text.replace(/\\/g, '/'), 'backslashes read as `/`, as on a Windows checkout')
  text = step(
    text,
    text.split('/').map(dropTrailingDotsAndSpaces).join('/'),
    'trailing dots and spaces dropped, as Windows drops them'
  )
  const skeleton = normalizeRepoPath(text)
  return { skeleton, readings: skeleton === normal ? [] : readings }
}

/**
 * How `path` reads when its skeleton differs from its normal form; undefined
 * for the usual path that is its own skeleton. Restrictive matchers try the
 * path first, then this skeleton.
 */
export function otherSkeleton(path: string): SkeletonReading | undefined {
  const normal = normalizeRepoPath(path)
  return pathSkeleton(normal) === normal ? undefined : readSkeleton(normal)
}

/** `.env ` and `.env.` are `.env` on Windows; names made only of dots and spaces stay as they are. */
function dropTrailingDotsAndSpaces(name: string): string {
  const stripped = name.replace(TRAILING_DOTS_AND_SPACES, '')
  return stripped === '' ? name : stripped
}

/** One sentence for a finding: which pattern the path matched, read how. */
export function skeletonNote(pattern: string, reading: SkeletonReading): string {
  return (
    `The path matches ${quote(pattern)} only when read as ${quote(reading.skeleton)} ` +
    `(${reading.readings.join('; ')}), which is how a reader or a checkout may see it.`
  )
}
