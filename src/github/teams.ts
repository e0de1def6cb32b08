/**
 * Team membership for approval rules that name a team ('@org/slug'). The
 * membership endpoint answers 404 both for "not a member" and for "this token
 * cannot see the team", so the team itself is read first: only once it is
 * visible does a 404 mean "not a member".
 */
import { UserError } from '../errors.js'
import { isRefusal, type GitHubResource } from './api-errors.js'
import type { GitHubClient } from './client.js'
import { JsonReader } from './response.js'

export interface TeamMembership {
  /** Whether `login` is an active member of `team` ('org/slug', '@' optional). */
  isMember(team: string, login: string): Promise<boolean>
}

interface TeamRef {
  org: string
  slug: string
}

/** Answers are cached for the run: the same team is asked about once per reviewer. */
export function createTeamMembership(client: GitHubClient): TeamMembership {
  const visible = new Map<string, Promise<void>>()
  const answers = new Map<string, Promise<boolean>>()
  return {
    async isMember(team, login) {
      const ref = parseTeam(team)
      const teamKey = `${ref.org}/${ref.slug}`.toLowerCase()
      const key = `${teamKey}\n${login.toLowerCase()}`
      let answer = answers.get(key)
      if (!answer) {
        let check = visible.get(teamKey)
        if (!check) visible.set(teamKey, (check = assertTeamVisible(client, ref)))
        answer = check.then(() => readMembership(client, ref, login))
        answers.set(key, answer)
      }
      return answer
    }
  }
}

function parseTeam(team: string): TeamRef {
  const match = /^@?([^/\s]+)\/([^/\s]+)$/.exec(team)
  if (!match) {
    throw new UserError(
      `"${team}" is not a team`,
      'Name teams as org/team-slug, e.g. acme/platform'
    )
  }
  return { org: match[1] ?? '', slug: match[2] ?? '' }
}

function teamResource({ org, slug }: TeamRef): GitHubResource {
  return { description: `team @${org}/${slug}`, permission: 'members: read (organization)' }
}

async function assertTeamVisible(client: GitHubClient, ref: TeamRef): Promise<void> {
  try {
    await client.get(
      'GET /orgs/{org}/teams/{team_slug}',
      { org: ref.org, team_slug: ref.slug },
      teamResource(ref)
    )
  } catch (error) {
    if (isRefusal(error, 'forbidden') || isRefusal(error, 'not-found')) throw unreadableTeam(ref)
    throw error
  }
}

async function readMembership(client: GitHubClient, ref: TeamRef, login: string): Promise<boolean> {
  const resource = teamResource(ref)
  try {
    const response = await client.get(
      'GET /orgs/{org}/teams/{team_slug}/memberships/{username}',
      { org: ref.org, team_slug: ref.slug, username: login },
      resource
    )
    // 'pending' is an invitation not yet accepted: not a member yet.
    return (
      JsonReader.of(response.data, `the membership of ${login} in ${resource.description}`).string(
        'state'
      ) === 'active'
    )
  } catch (error) {
    if (isRefusal(error, 'not-found')) return false
    if (isRefusal(error, 'forbidden')) throw unreadableTeam(ref)
    throw error
  }
}

function unreadableTeam({ org, slug }: TeamRef): UserError {
  return new UserError(
    `cannot read team @${org}/${slug}: the token needs read access to the organization's members`,
    'GITHUB_TOKEN cannot read organization teams: use a GitHub App token with the organization ' +
      'permission "Members: read", or a personal access token with read:org'
  )
}
