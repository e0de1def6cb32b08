/**
 * Symlinks committed to the repository. A link is harmless text in git, but
 * a checkout turns it into a path the workflow (or a web server, or an
 * artifact upload) follows: `config/app.env -> /home/runner/.aws/credentials`
 * reads the runner's credentials; `public/env.txt -> ../.env` serves the
 * deployment's environment file.
 */
import { FILE_MODE, type FileChange } from '../../engine/change-set.js'
import { quote } from '../../policy/text.js'
import { matchSecretFileRule } from './match-rules.js'
import type { SecretFileMatch } from './types.js'

type Resolved = { inside: true; path: string } | { inside: false; path: string; why: string }

/**
 * A match when `change` adds or retargets a symlink whose `target` names a
 * secret file (by the built-in list), git's own directory, or anything
 * outside the repository. `target` is the link's content: the single added
 * line of its patch (see `symlinkTarget`).
 */
export function classifySymlink(change: FileChange, target: string): SecretFileMatch | undefined {
  if (change.mode !== FILE_MODE.symlink || change.status === 'deleted') return undefined
  if (target.trim() === '') return undefined
  const resolved = resolveTarget(change.path, target)
  const secret = secretTargetReason(resolved.path)
  const shown = quote(target)
  if (secret) {
    return symlinkMatch(change, 'symlink-to-secret', 'Symlink to a secret file', [
      `The symlink points at ${shown}, ${secret}.`,
      resolved.inside ? '' : resolved.why
    ])
  }
  if (!resolved.inside) {
    return symlinkMatch(change, 'symlink-outside-repo', 'Symlink outside the repository', [
      `The symlink points at ${shown}. ${resolved.why}`
    ])
  }
  return undefined
}

function symlinkMatch(
  change: FileChange,
  rule: string,
  title: string,
  sentences: string[]
): SecretFileMatch {
  const reason = sentences.filter(sentence => sentence !== '').join(' ')
  return { rule, title, path: change.path, reason }
}

/** Why the resolved target is secret, or undefined when it is not. */
function secretTargetReason(path: string): string | undefined {
  if (path === '.git' || path.startsWith('.git/')) {
    return "inside git's own directory, whose config can hold the checkout's token"
  }
  // The target's content is never in this diff, so content rules fail closed on it.
  const hit = matchSecretFileRule(path, { text: undefined })
  if (!hit) return undefined
  const reading = hit.readAs ? ` (read as ${quote(hit.readAs.skeleton)})` : ''
  return `which the secret-file list counts as ${quote(hit.rule.title)}${reading}`
}

/** The repository path a link at `linkPath` points at, or undefined when it points outside. */
export function resolveLinkTarget(linkPath: string, target: string): string | undefined {
  const resolved = resolveTarget(linkPath, target)
  return resolved.inside && resolved.path !== '' ? resolved.path : undefined
}

/**
 * The target as a repository path, resolved against the link's directory.
 * Backslashes count as separators: on a Windows checkout they are.
 */
function resolveTarget(linkPath: string, target: string): Resolved {
  const slashed = target.replace(/\\/g, '/')
  const outside = absoluteKind(slashed)
  if (outside) return { inside: false, path: stripRoot(slashed), why: outside }
  const segments = linkPath.split('/').slice(0, -1)
  for (const segment of slashed.split('/')) {
    if (segment === '' || segment === '.') continue
    if (segment !== '..') segments.push(segment)
    else if (segments.pop() === undefined) {
      return { inside: false, path: stripRoot(slashed), why: 'It climbs out of the repository.' }
    }
  }
  return { inside: true, path: segments.join('/') }
}

function absoluteKind(target: string): string | undefined {
  if (target.startsWith('/')) return 'It is an absolute path, outside the repository.'
  if (/^[A-Za-z]:\//.test(target)) return 'It is an absolute Windows path, outside the repository.'
  if (target === '~' || target.startsWith('~/')) return "It names a home directory's file."
  return undefined
}

/** Enough of an outside path to match it against the list (`/home/x/.aws/credentials`). */
function stripRoot(target: string): string {
  return target
    .replace(/^[A-Za-z]:/, '')
    .replace(/^~/, '')
    .split('/')
    .filter(segment => segment !== '' && segment !== '.' && segment !== '..')
    .join('/')
}
