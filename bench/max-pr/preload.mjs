// Loaded into the audited process with NODE_OPTIONS=--import: at exit it writes the process's
// own peak RSS and the wall-clock time, which the parent cannot read once the child is gone.
// With BENCH_CPU_PROF_FILE it also records a V8 CPU profile (--cpu-prof is not allowed in
// NODE_OPTIONS, and the harness spawns `node dist/index.js` without extra arguments).
import { writeFileSync } from 'node:fs'
import { Session } from 'node:inspector'

const statsFile = process.env.BENCH_STATS_FILE
const profileFile = process.env.BENCH_CPU_PROF_FILE
const session = profileFile ? startProfiler() : undefined

process.on('exit', code => {
  if (session && profileFile) stopProfiler(session, profileFile)
  const stats = { maxRssKiB: process.resourceUsage().maxRSS, exitAt: Date.now(), code }
  if (statsFile) writeFileSync(statsFile, JSON.stringify(stats))
})

function startProfiler() {
  const started = new Session()
  started.connect()
  started.post('Profiler.enable')
  started.post('Profiler.setSamplingInterval', { interval: 500 })
  started.post('Profiler.start')
  return started
}

// On the main thread the inspector answers synchronously, so this works inside 'exit'.
function stopProfiler(running, file) {
  running.post('Profiler.stop', (error, result) => {
    if (!error) writeFileSync(file, JSON.stringify(result.profile))
  })
}
