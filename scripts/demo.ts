/**
 * `npm run demo`: builds a throwaway repository whose feature branch holds
 * commits from a human, the Copilot coding agent, Claude Code, Codex, aider
 * and dependabot, then runs the bundled agent-audit CLI on it with the
 * built-in default policy and prints the report.
 */
import { spawn } from 'node:child_process'
import { rm } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { buildDemoRepo } from './demo-repo.js'

const CLI = fileURLToPath(new URL('../bin/agent-audit.js', import.meta.url))

function runCli(args: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { stdio: 'inherit' })
    child.on('error', reject)
    child.on('close', code => resolve(code ?? 2))
  })
}

async function main(): Promise<void> {
  const demo = await buildDemoRepo()
  try {
    console.log(`agent-audit demo: a throwaway repository in ${demo.dir}`)
    console.log(`$ agent-audit --repo <demo> --base ${demo.base} --head ${demo.head}\n`)
    const status = await runCli(['--repo', demo.dir, '--base', demo.base, '--head', demo.head])
    console.log(`\nagent-audit exited with status ${status} (0 pass, 1 fail, 2 error).`)
    if (status === 2) process.exitCode = 1
  } finally {
    await rm(demo.dir, { recursive: true, force: true })
  }
}

await main()
