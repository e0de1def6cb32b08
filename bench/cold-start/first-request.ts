/**
 * A local HTTP server that notes when the first request of each run arrives
 * (on this process's performance clock, the one the spawn time is taken on).
 * It answers 404, which no client retries; the run is stopped right after anyway.
 */
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { performance } from 'node:perf_hooks'

export interface FirstRequestServer {
  url: string
  /** Resolves with the arrival time (performance.now()) of the next request to arrive. */
  nextArrival(): Promise<{ at: number; path: string }>
  close(): Promise<void>
}

export async function startFirstRequestServer(): Promise<FirstRequestServer> {
  let waiting: ((arrival: { at: number; path: string }) => void) | undefined
  const server = createServer((req, res) => {
    const at = performance.now()
    waiting?.({ at, path: `${req.method ?? ''} ${req.url ?? ''}` })
    waiting = undefined
    res.writeHead(404, { 'content-type': 'application/json' })
    res.end(JSON.stringify({ message: 'Not Found' }))
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    nextArrival: () => new Promise(resolve => (waiting = resolve)),
    close: () =>
      new Promise(resolve => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}
