import { runCli } from './main.js'

// The bundled CLI's entry point (dist/cli/index.js); bin/agent-audit.js loads it.
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: text => process.stdout.write(text),
  stderr: text => process.stderr.write(text),
  isTty: Boolean(process.stdout.isTTY)
})
