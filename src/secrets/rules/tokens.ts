import type { SecretRule } from '../types.js'
import { characterClasses, shannonEntropy } from './entropy.js'
import { isPlaceholderValue } from './placeholders.js'
import { isBasicCredential, isJwtHeader } from './structure.js'

/** Supabase's anon key is a JWT meant to ship to browsers; every other JWT is a credential. */
function isPublicJwt(payload: string): boolean {
  try {
    const claims: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'))
    return (
      typeof claims === 'object' && claims !== null && 'role' in claims && claims.role === 'anon'
    )
  } catch {
    return false
  }
}

/** Documentation writes `user:pass`, `postgres:postgres`, `guest:guest`: not a leaked password. */
function isRealPassword(password: string, user: string): boolean {
  if (password.length < 4 || password === user || /^[0-9]{1,6}$/.test(password)) return false
  return (
    !isPlaceholderValue(password) && !/^(?:pass|pwd|pw|user|root|guest|none|null)$/i.test(password)
  )
}

function basicHasRealPassword(encoded: string): boolean {
  const text = Buffer.from(encoded, 'base64').toString('utf8')
  const colon = text.indexOf(':')
  return isRealPassword(text.slice(colon + 1), text.slice(0, colon))
}

export const TOKEN_RULES: SecretRule[] = [
  {
    id: 'jwt',
    title: 'JSON Web Token',
    category: 'jwt',
    keywords: ['eyj'],
    pattern:
      /\b(?<secret>(?<header>eyJ[A-Za-z0-9_-]{8,500})\.(?<payload>eyJ[A-Za-z0-9_-]{8,4000})\.[A-Za-z0-9_-]{16,1000})(?![A-Za-z0-9_-])/,
    validate: (_secret, match) =>
      isJwtHeader(match.groups?.header ?? '') && !isPublicJwt(match.groups?.payload ?? '')
  },
  {
    id: 'url-credentials',
    title: 'Password in a URL (scheme://user:password@host)',
    category: 'url-credentials',
    keywords: ['://'],
    pattern:
      /\b[a-z][a-z0-9+.-]{1,20}:\/\/(?<user>[^\s:@/'"`<>{}$]{0,64}):(?<secret>[^\s:@/'"`<>]{1,128})@[A-Za-z0-9.-]{1,253}/i,
    validate: (secret, match) => isRealPassword(secret, match.groups?.user ?? '')
  },
  {
    id: 'basic-auth-header',
    title: 'HTTP Basic credentials',
    category: 'url-credentials',
    keywords: ['basic '],
    pattern: /\bBasic\s{1,3}(?<secret>[A-Za-z0-9+/]{8,400}={0,2})(?![A-Za-z0-9+/=])/,
    validate: secret => isBasicCredential(secret) && basicHasRealPassword(secret)
  },
  {
    id: 'bearer-token',
    title: 'Hard-coded bearer token',
    category: 'generic',
    keywords: ['bearer'],
    pattern: /\bBearer\s{1,3}(?<secret>[A-Za-z0-9._~+/-]{20,1000}={0,2})(?![A-Za-z0-9._~+/=-])/i,
    validate: secret =>
      characterClasses(secret) >= 3 && shannonEntropy(secret) >= 3.5 && !isPlaceholderValue(secret)
  }
]
