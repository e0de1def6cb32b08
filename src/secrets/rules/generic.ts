import type { SecretRule } from '../types.js'
import { characterClasses, shannonEntropy } from './entropy.js'
import { isPlaceholderValue } from './placeholders.js'

/** Names that hold a credential. */
const SECRET_NAME =
  'passw(?:or)?d|passphrase|pwd|secret|token|api[_.-]?key|access[_.-]?key|private[_.-]?key|auth[_.-]?key|credentials?|(?:encryption|signing|master|app|service)[_.-]?key'

/** A name that merely talks about a credential: its id, length, location, kind, hash, rules… */
const DESCRIBES_NOT_HOLDS =
  /(?:^|[_.-]|[a-z](?=[A-Z]))(?:id|ids|type|name|names|url|uri|endpoint|path|file|dir|length|len|size|count|field|label|prompt|placeholder|header|param|policy|expiry|expires|expiration|ttl|timeout|format|pattern|regex|version|mode|provider|kind|enabled|required|min|max|hint|message|text|title|hash|digest|checksum|salt|algorithm|encoding|limit|reset|confirm|confirmation|visible|strength|validation|rules|ref|arn|prefix|usage|scope|scopes|audience|issuer|lifetime|duration|env|var|store|manager|class|index|at|date|time|key_name|keyname|source|ttl_seconds)$/i

const NOT_A_SECRET_NAME = /tokeni[sz]|tokens$|passthrough|passage|bypass|compass|secretar/i

function namesACredential(name: string): boolean {
  return !DESCRIBES_NOT_HOLDS.test(name) && !NOT_A_SECRET_NAME.test(name)
}

/**
 * Code or prose, not a literal: `config.secret`, `opts?.key`, `os.getenv(`,
 * `Optional[str]`, `userPassword`, `MISSING_CHAR`, `bert-base-uncased`.
 */
function looksLikeCode(value: string, quoted: boolean): boolean {
  if (/^[\w$]+\(|^[A-Za-z_$][\w$]*(?:\??\.[A-Za-z_$][\w$]*)+$/.test(value)) return true
  if (/^[A-Za-z]+(?:[-_.][A-Za-z]*)+$|^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(value)) return true
  if (/^[A-Za-z]+$/.test(value) && (value.length < 16 || shannonEntropy(value) < 3.7)) return true
  if (quoted) return false
  return /[()[\]{}]/.test(value) || /^[A-Za-z_][A-Za-z_]*$/.test(value)
}

/** A path or a URL is where a secret lives, not the secret. */
function looksLikeLocation(value: string): boolean {
  return /^(?:\.{0,2}\/|~\/|[A-Za-z]:\\|[a-z][a-z0-9+.-]*:\/\/)/.test(value)
}

/** Random-looking enough for its length: short values must mix more kinds of character. */
export function isStrongLiteral(value: string): boolean {
  const entropy = shannonEntropy(value)
  const classes = characterClasses(value)
  if (value.length < 12) return classes >= 3 && entropy >= 2.8
  if (value.length < 20) return classes >= 2 && entropy >= 3
  if (value.length < 24) return classes >= 2 && entropy >= 3.3
  return (classes >= 2 && entropy >= 3.3) || entropy >= 3.8
}

function isSecretValue(value: string, quoted: boolean): boolean {
  if (/^(?:true|false|null|none|nil|undefined|required|optional)$/i.test(value)) return false
  if (looksLikeCode(value, quoted) || looksLikeLocation(value)) return false
  return !isPlaceholderValue(value) && isStrongLiteral(value)
}

export const GENERIC_RULES: SecretRule[] = [
  {
    id: 'generic-secret-assignment',
    title: 'Secret assigned to a credential-named variable or key',
    category: 'generic',
    keywords: [
      'pass',
      'pwd',
      'secret',
      'token',
      'apikey',
      'api_key',
      'api-key',
      'api.key',
      'accesskey',
      'access_key',
      'access-key',
      'privatekey',
      'private_key',
      'private-key',
      'authkey',
      'auth_key',
      'credential',
      'encryption',
      'signing',
      'masterkey',
      'master_key',
      'appkey',
      'app_key',
      'service_key'
    ],
    // name, optional closing quote/bracket, an operator, an optionally quoted value, a terminator.
    // Only spaces and tabs around the operator: a YAML key such as `secrets:` must not take the
    // next line (`ignore_paths: [...]`) as its value.
    pattern: new RegExp(
      `(?<name>(?:${SECRET_NAME})[\\w.-]{0,25})["'\\]]{0,2}[ \\t]{0,3}(?::=|=>|\\?=|=|:|,(?=[ \\t]{0,3}["']))[ \\t]{0,5}` +
        `(?<q>["'\`]?)(?<secret>[^\\s"'\`;,<>]{8,200})\\k<q>(?=[\\s"'\`;,<)}\\]]|\\\\[nr]|$)`,
      'i'
    ),
    validate: (secret, match) =>
      namesACredential(match.groups?.name ?? '') &&
      isSecretValue(secret, (match.groups?.q ?? '') !== '')
  },
  {
    id: 'generic-config-key-value',
    title: 'Secret in a key/value configuration element (<add key="..." value="..."/>)',
    category: 'generic',
    keywords: ['value'],
    pattern:
      /\b(?:key|name)\s{0,2}=\s{0,2}["'](?<name>[\w.:-]{1,60})["']\s{1,20}value\s{0,2}=\s{0,2}["'](?<secret>[^"'\s<>]{8,200})["']/i,
    validate: (secret, match) => {
      const name = match.groups?.name ?? ''
      return (
        new RegExp(SECRET_NAME, 'i').test(name) &&
        namesACredential(name) &&
        isSecretValue(secret, true)
      )
    }
  },
  {
    id: 'generic-xml-element',
    title: 'Secret in a credential-named XML element (<password>...</password>)',
    category: 'generic',
    keywords: ['pass', 'pwd', 'secret', 'token', 'key', 'credential'],
    pattern: /<(?<name>[\w.:-]{1,60})>(?<secret>[^<>\s]{8,200})<\/\k<name>>/,
    validate: (secret, match) => {
      const name = match.groups?.name ?? ''
      return (
        new RegExp(SECRET_NAME, 'i').test(name) &&
        namesACredential(name) &&
        isSecretValue(secret, true)
      )
    }
  }
]
