import { parseArgs } from 'node:util'
import { UserError } from '../errors.js'

export type OutputFormat = 'text' | 'markdown' | 'json'

export interface CliOptions {
  repo: string
  base?: string
  head?: string
  /** A policy file on disk; when absent the default path is read at the base commit. */
  policy?: string
  format: OutputFormat
  output?: string
  /** Exit 0 when the only blocking findings wait for approval (local preview). */
  pendingOk: boolean
  help: boolean
  version: boolean
}

export const USAGE = `Usage: agent-audit [options]

Audits the agent-made commits of a local git range against the agent policy.

Options:
  --repo DIR         repository to audit (default: current directory)
  --base REF         start of the range (default: merge-base with the default branch)
  --head REF         end of the range (default: HEAD)
  --policy FILE      policy file on disk (default: .github/agent-policy.yml read at the
                     base commit; the built-in default policy when there is none)
  --format FORMAT    text | markdown | json (default: text)
  --output FILE      write the report to FILE instead of standard output
  --pending-ok       exit 0 when the only blocking findings are awaiting approval
  -h, --help         show this help
  --version          show the version

Exit status: 0 pass, 1 fail, 2 usage or policy error.`

const FORMATS: readonly OutputFormat[] = ['text', 'markdown', 'json']

export function parseCliArgs(argv: string[]): CliOptions {
  const { values } = parseStrict(argv)
  const format = values.format ?? 'text'
  if (!FORMATS.includes(format as OutputFormat)) {
    throw new UserError(`--format "${format}" is not a format`, `Use one of: ${FORMATS.join(', ')}`)
  }
  return {
    repo: values.repo ?? '.',
    base: values.base,
    head: values.head,
    policy: values.policy,
    format: format as OutputFormat,
    output: values.output,
    pendingOk: values['pending-ok'] ?? false,
    help: values.help ?? false,
    version: values.version ?? false
  }
}

function parseStrict(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        repo: { type: 'string' },
        base: { type: 'string' },
        head: { type: 'string' },
        policy: { type: 'string' },
        format: { type: 'string' },
        output: { type: 'string' },
        'pending-ok': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean' }
      }
    })
  } catch (error) {
    // parseArgs explains the problem ("Unknown option '--bse'"); add how to get the list.
    throw new UserError((error as Error).message, 'Run agent-audit --help for the options')
  }
}
