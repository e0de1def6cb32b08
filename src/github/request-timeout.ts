/**
 * An Octokit plugin that gives every request attempt a deadline. Without one
 * a GitHub API that accepts the connection and never answers would hold the
 * job until the runner kills it; with one the run fails closed, with a message.
 */
import type { OctokitPlugin } from '@octokit/core/types'
import { RequestTimeoutError } from './api-errors.js'

export function requestTimeout(timeoutMs: number): OctokitPlugin {
  return octokit => {
    octokit.hook.wrap('request', async (request, options) => {
      const signal = AbortSignal.timeout(timeoutMs)
      // Set on the options object itself: the hooks inside this one were bound to it, so a
      // copy passed to `request` would be ignored. A new `request` object, because the old
      // one may be Octokit's defaults, shared with every concurrent request.
      options.request = { ...options.request, signal }
      // RequestTimeoutError is a plain Error, not Octokit's RequestError, so the retry
      // plugin does not repeat an attempt that already waited the whole deadline.
      try {
        const response = await request(options)
        // Octokit swallows a body read that was cut off and returns '' as the data.
        if (signal.aborted) throw new RequestTimeoutError(timeoutMs)
        return response
      } catch (error) {
        if (signal.aborted) throw new RequestTimeoutError(timeoutMs)
        throw error
      }
    })
  }
}
