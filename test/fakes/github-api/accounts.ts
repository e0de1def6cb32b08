/** How GitHub turns a commit email into an account, and how it prints an account. */
import type { Account } from './types.js'
import { HTML_ORIGIN } from './http.js'

// The form GitHub gives accounts for private emails: '12345+login@users.noreply.github.com'.
const NOREPLY = /^(\d+)\+([^@]+)@users\.noreply\.github\.com$/i

export function resolveEmail(
  email: string,
  users: ReadonlyMap<string, Account>
): Account | undefined {
  const known = users.get(email.toLowerCase())
  if (known) return known
  const match = NOREPLY.exec(email)
  if (!match) return undefined
  const login = match[2] ?? ''
  return { login, id: Number(match[1]), type: login.endsWith('[bot]') ? 'Bot' : 'User' }
}

export function accountJson(account: Account, api: string): object {
  const slug = encodeURIComponent(account.login)
  return {
    login: account.login,
    id: account.id,
    node_id: `U_fake${account.id}`,
    avatar_url: `https://avatars.githubusercontent.com/u/${account.id}?v=4`,
    gravatar_id: '',
    url: `${api}/users/${slug}`,
    html_url: account.type === 'Bot' ? `${HTML_ORIGIN}/apps/${slug}` : `${HTML_ORIGIN}/${slug}`,
    type: account.type,
    site_admin: false
  }
}
