/** A changed file the built-in list counts as secret-bearing. */
export interface SecretFileMatch {
  /** The rule's id: 'dotenv', 'ssh-private-key', 'pem-private-key', 'symlink-to-secret', … */
  rule: string
  title: string
  /** The changed file's path (for a rename, the new path; the reason names the old one). */
  path: string
  /** Why the file counts, in sentences that never contain any of its content. */
  reason: string
}
