/** Who writes and reviews the generated pull request: the Copilot coding agent and five humans. */
import type { Account } from '../../test/fakes/github-api.js'

export interface Person {
  name: string
  email: string
  /** The GitHub account the email belongs to, when it is a verified one. */
  account: Account
}

/** The identity the Copilot coding agent commits with (research: agent-signals.md). */
export const COPILOT: Person = {
  name: 'copilot-swe-agent[bot]',
  email: '198982749+Copilot@users.noreply.github.com',
  account: { login: 'Copilot', id: 198982749, type: 'Bot' }
}

const human = (login: string, name: string, id: number): Person => ({
  name,
  email: `${login}@acme.test`,
  account: { login, id, type: 'User' }
})

/** The PR's opener: she asked Copilot for the change and pushed fixes herself. */
export const MONA = human('mona', 'Mona Lisa', 1001)

export const COMMITTERS: readonly Person[] = [
  MONA,
  human('hubot', 'Hubot Human', 1002),
  human('dora', 'Dora Data', 1003),
  human('sam', 'Sam Sec', 1004),
  human('pat', 'Pat Pay', 1005)
]

/** Reviewers: humans other than the PR's author. */
export const REVIEWERS: readonly Person[] = [
  ...COMMITTERS.slice(1),
  human('lin', 'Lin Lead', 1006),
  human('ola', 'Ola Ops', 1007),
  human('kim', 'Kim Kernel', 1008)
]

/** Email -> account, the way GitHub links verified emails (Copilot's noreply needs no entry). */
export function verifiedEmails(): Record<string, Account> {
  return Object.fromEntries(
    [...COMMITTERS, ...REVIEWERS].map(person => [person.email, person.account])
  )
}
