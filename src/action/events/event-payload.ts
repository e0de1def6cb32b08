/**
 * What each supported event asks agent-audit to audit, read from the event
 * payload the runner wrote (GITHUB_EVENT_PATH). Only the fields the audit
 * needs are read, and each is checked: a payload without them fails the run
 * rather than silently auditing less.
 */
import { UserError } from '../../errors.js'

/** Events whose payload carries the pull request to audit. */
export const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target', 'pull_request_review']

/** Every event agent-audit can audit, in the order the error message lists them. */
export const SUPPORTED_EVENTS = [...PULL_REQUEST_EVENTS, 'merge_group', 'push', 'workflow_dispatch']

/** The audit an event asks for. */
export type AuditedEvent =
  /** The pull request as it is now (pull_request, pull_request_target, pull_request_review). */
  | { kind: 'pull_request'; pullNumber: number }
  /** The queued change base..head; the pull requests in it are found from the refs and commits. */
  | { kind: 'merge_group'; baseSha: string; headSha: string; baseRef: string; headRef: string }
  /** The pushed commits before..after; before or after is all zeros for a created or deleted ref. */
  | { kind: 'push'; ref: string; before: string; after: string }
  /** The pull request named by the `pull-request` input. */
  | { kind: 'workflow_dispatch' }

const SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/
const ZERO_SHA = /^0+$/

/** The all-zero sha a push payload uses for "no commit" (a ref created or deleted). */
export function isZeroSha(sha: string): boolean {
  return ZERO_SHA.test(sha)
}

export function unsupportedEventError(eventName: string): UserError {
  return new UserError(
    `the event "${eventName}" is not supported`,
    `Trigger agent-audit on one of: ${SUPPORTED_EVENTS.join(', ')}`
  )
}

/** The audited event; `readPayload` is only called for events that need the payload. */
export function parseEvent(eventName: string, readPayload: () => unknown): AuditedEvent {
  if (!SUPPORTED_EVENTS.includes(eventName)) throw unsupportedEventError(eventName)
  if (eventName === 'workflow_dispatch') return { kind: 'workflow_dispatch' }
  const payload = new PayloadReader(readPayload(), eventName)
  if (eventName === 'merge_group') return mergeGroupEvent(payload)
  if (eventName === 'push') return pushEvent(payload)
  return { kind: 'pull_request', pullNumber: pullRequestNumber(payload) }
}

function pullRequestNumber(payload: PayloadReader): number {
  const number = payload.field(['pull_request', 'number'])
  if (typeof number !== 'number' || !Number.isInteger(number) || number < 1) {
    throw new UserError(
      `the ${payload.eventName} event payload has no pull_request.number`,
      'Run agent-audit on pull request events'
    )
  }
  return number
}

function mergeGroupEvent(payload: PayloadReader): AuditedEvent {
  return {
    kind: 'merge_group',
    baseSha: payload.sha(['merge_group', 'base_sha'], { zeroAllowed: false }),
    headSha: payload.sha(['merge_group', 'head_sha'], { zeroAllowed: false }),
    baseRef: payload.string(['merge_group', 'base_ref']),
    headRef: payload.string(['merge_group', 'head_ref'])
  }
}

function pushEvent(payload: PayloadReader): AuditedEvent {
  return {
    kind: 'push',
    ref: payload.string(['ref']),
    before: payload.sha(['before'], { zeroAllowed: true }),
    after: payload.sha(['after'], { zeroAllowed: true })
  }
}

/** Reads fields of the untrusted payload by path, naming the path when one is missing. */
class PayloadReader {
  constructor(
    private readonly payload: unknown,
    readonly eventName: string
  ) {}

  field(path: string[]): unknown {
    let value = this.payload
    for (const key of path) {
      if (typeof value !== 'object' || value === null) return undefined
      value = (value as Record<string, unknown>)[key]
    }
    return value
  }

  string(path: string[]): string {
    const value = this.field(path)
    if (typeof value === 'string' && value !== '') return value
    throw this.missing(path, 'a non-empty string')
  }

  /** A full commit sha; all zeros only where the event uses it (a push creating or deleting a ref). */
  sha(path: string[], { zeroAllowed }: { zeroAllowed: boolean }): string {
    const value = this.field(path)
    if (typeof value !== 'string' || !SHA.test(value)) throw this.missing(path, 'a full commit sha')
    if (!zeroAllowed && isZeroSha(value)) throw this.missing(path, 'a full commit sha')
    return value
  }

  private missing(path: string[], expected: string): UserError {
    return new UserError(
      `the ${this.eventName} event payload has no ${path.join('.')} (expected ${expected})`,
      `Run agent-audit in a workflow triggered by ${this.eventName}, as a step of the job the event started`
    )
  }
}
