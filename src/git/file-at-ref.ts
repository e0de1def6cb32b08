import { GitCommandError, runGit } from './run-git.js'

/**
 * A file's text as it is at a commit, or undefined when the commit has no
 * such file. Used to read the policy at the base commit, so that a change
 * cannot loosen the rules it is judged by.
 */
export async function readFileAtRef(
  repo: string,
  ref: string,
  path: string
): Promise<string | undefined> {
  const spec = `${ref}:${path}`
  try {
    // cat-file -e answers "does it exist" without treating absence as an error message to parse.
    await runGit(repo, ['cat-file', '-e', spec])
  } catch (error) {
    if (error instanceof GitCommandError) return undefined
    throw error
  }
  return runGit(repo, ['cat-file', 'blob', spec])
}
