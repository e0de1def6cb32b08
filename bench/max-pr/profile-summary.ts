/**
 * Summarises a V8 CPU profile written by `BENCH_CPU_PROF=<dir> npm run bench`:
 * self time by function (with its line in the bundle) and the idle share,
 * which is time spent waiting on the API, git or timers.
 *
 * Usage: npx tsx bench/max-pr/profile-summary.ts <file.cpuprofile> [top=25]
 */
import { readFileSync } from 'node:fs'

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
  children?: number[]
}

interface Profile {
  nodes: ProfileNode[]
  startTime: number
  endTime: number
  samples: number[]
  timeDeltas: number[]
}

const [file, topArg] = process.argv.slice(2)
if (!file) {
  console.error('usage: profile-summary.ts <file.cpuprofile> [top]')
  process.exit(2)
}
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile
const byId = new Map(profile.nodes.map(node => [node.id, node]))
const selfMs = new Map<string, number>()
profile.samples.forEach((id, index) => {
  const node = byId.get(id)
  const frame = node?.callFrame
  const name = frame
    ? `${frame.functionName || '(anonymous)'} ${frame.url.split('/').slice(-2).join('/')}:${frame.lineNumber + 1}`
    : '?'
  selfMs.set(name, (selfMs.get(name) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000)
})
const totalMs = (profile.endTime - profile.startTime) / 1000
console.log(`profile: ${totalMs.toFixed(0)} ms from profiler start to exit`)
const rows = [...selfMs].sort((a, b) => b[1] - a[1]).slice(0, Number(topArg ?? 25))
for (const [name, ms] of rows) console.log(`${ms.toFixed(0).padStart(7)} ms  ${name}`)
