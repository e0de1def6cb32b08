/**
 * Content checks for the secret-file rules whose path alone does not decide:
 * a `.pem` may be a public certificate, an `.npmrc` may only name a registry.
 * Each check reads the text the diff shows and says what kind of credential
 * it holds, in words that never repeat the credential itself.
 */

export type ContentVerdict =
  /** The text shows a credential; `holds` names its kind ('a PEM "RSA PRIVATE KEY" block'). */
  | { kind: 'secret'; holds: string }
  /** The text shows the file holds no credential. */
  | { kind: 'clear' }
  /** The text does not say either way; `why` explains, for the rule to decide. */
  | { kind: 'undecided'; why: string }

export type ContentCheck = (text: string) => ContentVerdict

const CLEAR: ContentVerdict = { kind: 'clear' }

const PRIVATE_PEM = /-----BEGIN ((?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?)-----/
const ANY_PEM = /-----BEGIN [A-Z0-9 ]+-----/
const PUTTY_KEY = /^PuTTY-User-Key-File-\d+:/m
const SSH_PUBLIC_KEY = /^(?:ssh-(?:rsa|dss|ed25519)|ecdsa-sha2-\S+|sk-\S+@openssh\.com) AAAA/m

/**
 * Private keys in PEM or PuTTY form. Only public material (certificates,
 * public keys, CSRs, parameters) clears a file: what cannot be recognised
 * stays undecided, and the key-file rules count undecided files.
 */
export const privateKeyContent: ContentCheck = text => {
  const privatePem = PRIVATE_PEM.exec(text)
  if (privatePem) return { kind: 'secret', holds: `a PEM "${privatePem[1]}" block` }
  if (PUTTY_KEY.test(text)) return { kind: 'secret', holds: 'a PuTTY private key' }
  if (ANY_PEM.test(text) || SSH_PUBLIC_KEY.test(text)) return CLEAR
  return { kind: 'undecided', why: 'The diff shows no public key or certificate block.' }
}

/** OpenPGP armour: `.asc` files are mostly signatures and public keys. */
export const pgpPrivateKeyContent: ContentCheck = text => {
  if (text.includes('-----BEGIN PGP PRIVATE KEY BLOCK-----')) {
    return { kind: 'secret', holds: 'a PGP private key block' }
  }
  if (/-----BEGIN PGP [A-Z ]+-----/.test(text)) return CLEAR
  return { kind: 'undecided', why: 'The diff shows no PGP armour header.' }
}

/** `//registry.example.com/:_authToken=…`, `_auth=…`, `_password=…` */
export const npmrcContent: ContentCheck = text =>
  assignments(text, /^(?:\S*:)?(_authToken|_auth|_password)\s*=\s*(.*)$/, '=')

/** `password = …` in a section of `.pypirc` (configparser also accepts `:`). */
export const passwordContent: ContentCheck = text =>
  assignments(text, /^(password)\s*[=:]\s*(.*)$/i, '=')

/** `npmAuthToken: …` / `npmAuthIdent: …` at any level of `.yarnrc.yml`. */
export const yarnrcContent: ContentCheck = text =>
  assignments(text, /^["']?(npmAuthToken|npmAuthIdent)["']?\s*:\s*(.*)$/, ':')

/** `.gem/credentials` is a YAML map from host (or `:rubygems_api_key`) to key: any entry is one. */
export const gemCredentialsContent: ContentCheck = text =>
  assignments(text, /^(:?[^\s#][^\s]*?):\s+(.*)$/, ':')

/** Docker's `auths` entries: `"auth"` (base64 user:password), identity and registry tokens. */
export const dockerConfigContent: ContentCheck = text =>
  jsonStringField(text, ['auth', 'identitytoken', 'registrytoken'])

/** Google OAuth client files and the credentials files tools download next to them. */
export const googleCredentialsContent: ContentCheck = text =>
  jsonStringField(text, ['client_secret', 'private_key', 'refresh_token'])

/** A key file named after a service account: only its `private_key` is secret. */
export const privateKeyFieldContent: ContentCheck = text => jsonStringField(text, ['private_key'])

/** Any JSON: a cloud service-account key, recognised by its type and its private key. */
export const serviceAccountContent: ContentCheck = text => {
  const isServiceAccount = /"type"\s*:\s*"service_account"/.test(text)
  if (isServiceAccount && /"private_key"\s*:\s*"[^"]/.test(text)) {
    return { kind: 'secret', holds: 'a service-account private key ("private_key")' }
  }
  return CLEAR
}

/**
 * The first assignment of a credential key with a real value. Lines are
 * trimmed; `#` and `;` comments are skipped; values that only point at an
 * environment variable (`${NPM_TOKEN}`) are not credentials.
 */
function assignments(text: string, pattern: RegExp, operator: string): ContentVerdict {
  for (const rawLine of text.split('\n')) {
    const line = rawLine.trim()
    if (line.startsWith('#') || line.startsWith(';')) continue
    const match = pattern.exec(line)
    if (match && !isPlaceholder(match[2] ?? '')) {
      return { kind: 'secret', holds: `a value for "${match[1]}${operator}"` }
    }
  }
  return CLEAR
}

function jsonStringField(text: string, fields: readonly string[]): ContentVerdict {
  for (const field of fields) {
    const value = new RegExp(`"${field}"\\s*:\\s*"([^"]*)"`).exec(text)
    if (value && !isPlaceholder(value[1] ?? '')) {
      return { kind: 'secret', holds: `a value for "${field}"` }
    }
  }
  return CLEAR
}

const ENV_REFERENCE = /^\$(?:[A-Za-z_]\w*|\{[A-Za-z_]\w*(?::?[-=?+][^}]*)?\})$/

/** Empty, or a reference to an environment variable (`$TOKEN`, `${TOKEN}`, `${TOKEN:-}`). */
function isPlaceholder(rawValue: string): boolean {
  const value = rawValue
    .trim()
    .replace(/\s+#.*$/, '')
    .replace(/^(["'])(.*)\1$/, '$2')
    .trim()
  return value === '' || ENV_REFERENCE.test(value)
}
