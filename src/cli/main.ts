import { writeFile } from 'node:fs/promises'
import { audit } from '../engine/audit.js'
import { errorMessage, isUserError } from '../errors.js'
import { onlyPendingApproval } from '../evaluation/decision.js'
import type { AuditResult } from '../evaluation/result.js'
import { readLocalChangeSet } from '../git/git-source.js'
import { renderJson } from '../render/json.js'
import { renderMarkdown } from '../render/markdown.js'
import { renderText } from '../render/text.js'
import { TOOL_NAME, TOOL_VERSION } from '../version.js'
import { parseCliArgs, USAGE, type CliOptions } from './args.js'
import { readCliPolicy } from './policy-file.js'

export const EXIT = { pass: 0, fail: 1, error: 2 } as const

export interface CliIo {
  stdout: (text: string) => void
  stderr: (text: string) => void
  /** Whether standard output is a terminal (colour). */
  isTty: boolean
}

/** Runs the CLI and returns its exit status; never throws. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  try {
    const options = parseCliArgs(argv)
    if (options.help) return print(io, USAGE)
    if (options.version) return print(io, `${TOOL_NAME} ${TOOL_VERSION}`)
    const result = await auditRange(options)
    await emit(render(result, options, io), options, io)
    return exitStatus(result, options)
  } catch (error) {
    io.stderr(`${TOOL_NAME}: ${errorMessage(error)}\n`)
    if (!isUserError(error)) io.stderr('This is a bug in agent-audit; please report it.\n')
    return EXIT.error
  }
}

async function auditRange(options: CliOptions): Promise<AuditResult> {
  const changeSet = await readLocalChangeSet({
    repo: options.repo,
    base: options.base,
    head: options.head
  })
  const policy = await readCliPolicy(options, changeSet.baseSha)
  return audit(changeSet, policy)
}

function render(result: AuditResult, options: CliOptions, io: CliIo): string {
  switch (options.format) {
    case 'json':
      return renderJson(result)
    case 'markdown':
      return renderMarkdown(result)
    case 'text':
      return renderText(result, { color: io.isTty && !options.output && !process.env.NO_COLOR })
  }
}

async function emit(report: string, options: CliOptions, io: CliIo): Promise<void> {
  if (!options.output) return io.stdout(report)
  await writeFile(options.output, report)
  io.stderr(`${TOOL_NAME}: report written to ${options.output}\n`)
}

function exitStatus(result: AuditResult, options: CliOptions): number {
  if (result.decision === 'pass') return EXIT.pass
  return options.pendingOk && onlyPendingApproval(result) ? EXIT.pass : EXIT.fail
}

function print(io: CliIo, text: string): number {
  io.stdout(`${text}\n`)
  return EXIT.pass
}
