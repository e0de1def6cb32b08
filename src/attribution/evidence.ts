/** Building and ordering Evidence. */
import { clip } from './patterns.js'
import type { Evidence, EvidenceBinding, SignalKind } from './types.js'

/** Strongest first: who the platform says acted, then identities, then message text, then PR text. */
const SIGNAL_RANK: SignalKind[] = [
  'pr-opener',
  'pr-opened-by-agent',
  'author-login',
  'author-email',
  'committer-login',
  'committer-email',
  'author-name',
  'committer-name',
  'co-author',
  'trailer',
  'footer',
  'message-prefix',
  'head-branch',
  'pr-label',
  'pr-body'
]

export function evidence(
  agent: string,
  signal: SignalKind,
  value: string,
  detail: string,
  binding: EvidenceBinding = 'declared'
): Evidence {
  return { agent, signal, value: clip(value), binding, detail: clip(detail, 300) }
}

/** Platform-bound before declared, then by signal strength; stable otherwise. */
export function strongestFirst(items: Evidence[]): Evidence[] {
  return [...items].sort(
    (a, b) =>
      bindingRank(a.binding) - bindingRank(b.binding) ||
      SIGNAL_RANK.indexOf(a.signal) - SIGNAL_RANK.indexOf(b.signal)
  )
}

function bindingRank(binding: EvidenceBinding): number {
  return binding === 'platform' ? 0 : 1
}
