/**
 * The floor for the cold-start benchmark: the least an action built on the
 * same toolkit can do. It imports @actions/core and @actions/github and makes
 * one API call. bench/cold-start/run.ts bundles it with ncc at bench time.
 * Plain JavaScript on purpose: ncc type-checks a .ts entry against the whole
 * project's tsconfig, which is slow and fails on anyone's unfinished file.
 */
import * as core from '@actions/core'
import * as github from '@actions/github'

const token = core.getInput('token', { required: true })
const [owner = '', repo = ''] = (process.env.GITHUB_REPOSITORY ?? '').split('/')
// baseUrl explicit, as agent-audit passes it: the test server is not api.github.com.
const octokit = github.getOctokit(token, { baseUrl: process.env.GITHUB_API_URL })
try {
  const { data } = await octokit.rest.repos.get({ owner, repo })
  core.info(`repository: ${data.full_name}`)
} catch (error) {
  core.setFailed(String(error))
}
