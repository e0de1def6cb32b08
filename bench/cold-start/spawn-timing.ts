/**
 * One cold start: spawn `node <bundle>` and wait for its first request to
 * reach the local server. Both times are read on this process's clock; the
 * child is stopped as soon as its request has arrived.
 */
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { performance } from 'node:perf_hooks'
import type { FirstRequestServer } from './first-request.js'

const NODE = process.env['AGENT_AUDIT_ACTION_NODE'] || process.execPath
const TIMEOUT_MS = 30_000

export interface ColdStart {
  ms: number
  /** The first request, e.g. 'GET /repos/acme/shop/pulls/1'. */
  firstRequest: string
}

export async function coldStart(
  bundle: string,
  env: NodeJS.ProcessEnv,
  server: FirstRequestServer
): Promise<ColdStart> {
  const arrival = server.nextArrival()
  const started = performance.now()
  const child = spawn(NODE, [bundle], { env, stdio: ['ignore', 'ignore', 'pipe'] })
  const exited = once(child, 'exit')
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
  const timeout = new Promise<never>((_, reject) =>
    setTimeout(() => reject(new Error(`no request within ${TIMEOUT_MS} ms`)), TIMEOUT_MS).unref()
  )
  const quit = exited.then(() => {
    throw new Error(`${bundle} exited before its first request:\n${stderr.slice(-2000)}`)
  })
  try {
    const first = await Promise.race([arrival, quit, timeout])
    return { ms: first.at - started, firstRequest: first.path }
  } finally {
    quit.catch(() => undefined)
    if (child.exitCode === null) child.kill('SIGKILL')
    await exited
  }
}
