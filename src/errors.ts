/**
 * The one class for errors the user must fix: a bad policy, a bad input, a
 * missing permission. Anything else that is thrown is a bug in agent-audit.
 *
 * The message always names where the problem is (file and, when known, line
 * and column), what was found, and what to do instead, so that the CLI and
 * the action can print it as it is.
 */
export interface UserErrorLocation {
  file?: string
  line?: number
  column?: number
}

export class UserError extends Error {
  readonly location: UserErrorLocation
  readonly fix: string

  constructor(problem: string, fix: string, location: UserErrorLocation = {}) {
    super(formatUserError(problem, fix, location))
    this.name = 'UserError'
    this.location = location
    this.fix = fix
  }
}

function formatUserError(problem: string, fix: string, location: UserErrorLocation): string {
  const where = formatLocation(location)
  const lead = where ? `${where}: ${problem}` : problem
  return fix ? `${lead}. ${fix}` : lead
}

/** `file:line:column`, with the parts that are known. */
export function formatLocation({ file, line, column }: UserErrorLocation): string {
  if (!file) return line ? `line ${line}` : ''
  if (!line) return file
  return column ? `${file}:${line}:${column}` : `${file}:${line}`
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError
}

/** A message for anything thrown, user error or not. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
