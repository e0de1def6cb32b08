/**
 * The check run agent-audit publishes on the pull request's head commit.
 *
 * Why a check run of its own, and not just the job's status: the job's check
 * run belongs to one workflow run. A pull_request run fails while nobody has
 * approved yet; the approval then arrives as a pull_request_review event,
 * which starts a different workflow run, and the failed job of the first run
 * stays red, so a branch rule that requires it keeps blocking until someone
 * re-runs it by hand. This check run lives on the head commit instead, and
 * every run for that commit (pull_request, pull_request_review, a re-run)
 * updates the same one: make it the required check, and it always shows the
 * latest audit.
 *
 * It is a different check from the job's own even when both have the same
 * name (a job named agent-audit gets a check run "agent-audit" from the
 * runner): ours is recognised by its external_id, which only agent-audit
 * sets, so the job's check run is never touched.
 */
import * as core from '@actions/core'
import { shortSha } from '../../engine/change-set.js'
import type { GitHubResource } from '../../github/api-errors.js'
import type { GitHubClient, RequestBody } from '../../github/client.js'
import { PER_PAGE, readAllPages } from '../../github/pages.js'
import { JsonReader } from '../../github/response.js'
import type { CheckAnnotation } from './check-annotations.js'
import type { CheckRunReport } from './check-run-report.js'
import { refusalStatus } from './refusal.js'

/** Marks the check runs agent-audit wrote, so that no other check run of the same name is changed. */
export const CHECK_EXTERNAL_ID = 'agent-audit'
export const CHECKS_WRITE = 'checks: write'

export interface CheckRunTarget {
  owner: string
  repo: string
  /** The pull request's head commit (what branch rules look at), or the audited commit. */
  headSha: string
  name: string
  /** The workflow run, linked from the check's "Details". */
  detailsUrl?: string
}

/**
 * Creates the check run, or updates the one an earlier run created, with its
 * annotations in the same request (checkAnnotations keeps them to what one
 * request carries). Returns its id, or undefined when the token may not write check runs: that
 * is a warning, not an error, and the job's own status then stands alone.
 *
 * GitHub appends the annotations of an update to those the check run already
 * has and offers no way to remove them: after an update, earlier runs'
 * annotations stay listed. The conclusion, title and summary always show
 * this run's audit.
 */
export async function publishCheckRun(
  client: GitHubClient,
  target: CheckRunTarget,
  report: CheckRunReport
): Promise<number | undefined> {
  try {
    const id = await createOrUpdate(client, target, report, report.annotations)
    core.info(`Check run "${target.name}" on ${shortSha(target.headSha)}: ${report.conclusion}`)
    return id
  } catch (error) {
    const status = refusalStatus(error)
    if (status === undefined) throw error
    core.warning(permissionWarning(target, status))
    return undefined
  }
}

async function createOrUpdate(
  client: GitHubClient,
  target: CheckRunTarget,
  report: CheckRunReport,
  annotations: CheckAnnotation[]
): Promise<number> {
  const body: RequestBody = {
    external_id: CHECK_EXTERNAL_ID,
    ...(target.detailsUrl ? { details_url: target.detailsUrl } : {}),
    status: 'completed',
    conclusion: report.conclusion,
    completed_at: new Date().toISOString(),
    output: output(report, annotations)
  }
  const existing = await findOwnCheckRun(client, target)
  if (existing !== undefined) {
    try {
      return await update(client, target, existing, body)
    } catch (error) {
      // Made by another app (an earlier run used another token): only that app may change it.
      if (refusalStatus(error) === undefined) throw error
    }
  }
  return create(client, target, body)
}

function output(report: CheckRunReport, annotations: CheckAnnotation[]): RequestBody {
  return { title: report.title, summary: report.summary, annotations }
}

/**
 * The newest check run of this name that agent-audit made on the commit.
 * filter=all rather than latest: `latest` keeps one run per name and check
 * suite, and a newer check run of the same name elsewhere must not hide ours.
 */
async function findOwnCheckRun(
  client: GitHubClient,
  target: CheckRunTarget
): Promise<number | undefined> {
  const resource = checkRunsResource(target)
  const parameters = {
    owner: target.owner,
    repo: target.repo,
    ref: target.headSha,
    check_name: target.name,
    filter: 'all',
    per_page: PER_PAGE
  }
  const items = await readAllPages(
    client,
    'GET /repos/{owner}/{repo}/commits/{ref}/check-runs',
    parameters,
    resource,
    data => JsonReader.of(data, resource.description).array('check_runs')
  )
  const ids = items
    .map(item => JsonReader.of(item, `a check run of ${resource.description}`))
    .filter(run => run.string('name') === target.name)
    .filter(run => run.optionalString('external_id') === CHECK_EXTERNAL_ID)
    .map(run => run.number('id'))
  return ids.length > 0 ? Math.max(...ids) : undefined
}

async function create(
  client: GitHubClient,
  target: CheckRunTarget,
  body: RequestBody
): Promise<number> {
  const resource = checkRunsResource(target)
  const response = await client.post(
    'POST /repos/{owner}/{repo}/check-runs',
    { owner: target.owner, repo: target.repo },
    { name: target.name, head_sha: target.headSha, ...body },
    resource
  )
  return JsonReader.of(response.data, resource.description).number('id')
}

async function update(
  client: GitHubClient,
  target: CheckRunTarget,
  id: number,
  body: RequestBody
): Promise<number> {
  await client.patch(
    'PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}',
    { owner: target.owner, repo: target.repo, check_run_id: id },
    body,
    checkRunsResource(target)
  )
  return id
}

function checkRunsResource(target: CheckRunTarget): GitHubResource {
  return {
    description: `the check run "${target.name}" on commit ${shortSha(target.headSha)} of ${target.owner}/${target.repo}`,
    permission: CHECKS_WRITE
  }
}

function permissionWarning(target: CheckRunTarget, status: 403 | 404): string {
  return (
    `agent-audit could not publish the check run "${target.name}": GitHub answered ${status}, ` +
    `so the token may not write check runs. Grant the job \`permissions: ${CHECKS_WRITE}\` ` +
    '(check runs need the GITHUB_TOKEN or a GitHub App token; a personal access token cannot ' +
    "write them). Until then the job's own status is the audit's result."
  )
}
