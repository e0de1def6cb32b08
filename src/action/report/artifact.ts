import { basename, dirname } from 'node:path'

export interface UploadRequest {
  file: string
  name: string
  runAttempt: number
  retentionDays?: number
}

export interface UploadedArtifact {
  id: number
  name: string
}

/**
 * Uploads the audit file as a workflow artifact. A re-run of the job is a new
 * attempt of the same workflow run, where the first attempt's artifact name
 * is taken: later attempts add "-attempt-N" rather than fail or overwrite the
 * earlier record, which an auditor may still need.
 */
export async function uploadAuditArtifact(request: UploadRequest): Promise<UploadedArtifact> {
  // Loaded only here: the artifact client is most of the bundle, and runs that do not upload start faster.
  const { DefaultArtifactClient } = await import('@actions/artifact')
  const name =
    request.runAttempt > 1 ? `${request.name}-attempt-${request.runAttempt}` : request.name
  const client = new DefaultArtifactClient()
  const { id } = await client.uploadArtifact(name, [request.file], dirname(request.file), {
    retentionDays: request.retentionDays
  })
  if (id === undefined) throw new Error(`the artifact service returned no id for ${name}`)
  return { id, name }
}

export function artifactNote(uploaded: UploadedArtifact | undefined, file: string): string {
  if (!uploaded)
    return `<p>The audit record was written to <code>${basename(file)}</code> on the runner (upload disabled).</p>`
  return `<p>Full audit record: artifact <code>${uploaded.name}</code> (id ${uploaded.id}) of this run — download it with <code>gh run download -n ${uploaded.name}</code>.</p>`
}
