import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { UserError } from '../../src/errors.js'
import type { GitHubClient } from '../../src/github/client.js'
import { createTeamMembership } from '../../src/github/teams.js'
import { startFakeGitHub, type FakeGitHub } from '../fakes/github-api.js'
import { clientFor } from './fixtures.js'

const MEMBERSHIP_ROUTE = 'GET /orgs/{org}/teams/{team_slug}/memberships/{username}'
const UNREADABLE = new UserError(
  "cannot read team @acme/platform: the token needs read access to the organization's members",
  'GITHUB_TOKEN cannot read organization teams: use a GitHub App token with the organization ' +
    'permission "Members: read", or a personal access token with read:org'
)

let fake: FakeGitHub
let client: GitHubClient

beforeAll(async () => {
  fake = await startFakeGitHub()
  fake.setTeamMembers('acme', 'platform', ['alice', 'Bob'])
  client = clientFor(fake)
})

afterAll(async () => {
  await fake.close()
})

beforeEach(() => {
  fake.denyTeamMembership(null)
})

/** The fake serves a known team to a token with org access; this states it in each test. */
function teamVisible(): void {
  fake.denyTeamMembership(null)
}

const membershipRequests = () => fake.routeCounts()[MEMBERSHIP_ROUTE] ?? 0

describe('team membership', () => {
  it('counts active members and not others, ignoring the case of logins', async () => {
    teamVisible()
    const teams = createTeamMembership(client)
    expect(await teams.isMember('acme/platform', 'alice')).toBe(true)
    expect(await teams.isMember('@acme/platform', 'bob')).toBe(true)
    expect(await teams.isMember('acme/platform', 'mallory')).toBe(false)
  })

  it('asks GitHub once per team and login', async () => {
    teamVisible()
    const teams = createTeamMembership(client)
    const before = membershipRequests()
    await teams.isMember('acme/platform', 'alice')
    await teams.isMember('acme/platform', 'ALICE')
    expect(membershipRequests()).toBe(before + 1)
  })

  it('does not count an invitation that is still pending', async () => {
    teamVisible()
    fake.failNext(
      { path: /memberships\/carol$/ },
      { status: 200, body: { role: 'member', state: 'pending' } }
    )
    expect(await createTeamMembership(client).isMember('acme/platform', 'carol')).toBe(false)
  })

  it('refuses when the token cannot see the team, instead of calling everyone a non-member', async () => {
    fake.denyTeamMembership(404)
    const teams = createTeamMembership(client)
    await expect(teams.isMember('acme/platform', 'alice')).rejects.toThrow(UNREADABLE)
  })

  it('refuses when the team is visible but its memberships are forbidden', async () => {
    teamVisible()
    fake.denyTeamMembership(403)
    await expect(createTeamMembership(client).isMember('acme/platform', 'alice')).rejects.toThrow(
      UNREADABLE
    )
  })

  it('rejects a team name that is not org/slug', async () => {
    await expect(createTeamMembership(client).isMember('platform', 'alice')).rejects.toThrow(
      new UserError('"platform" is not a team', 'Name teams as org/team-slug, e.g. acme/platform')
    )
  })
})
