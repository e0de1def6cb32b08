import type { SecretRule } from '../types.js'
import { assigned, prefixed } from './build.js'

/** GitHub's classic token family: a type prefix and 36 base62 characters (30 random + checksum). */
function githubToken(id: string, prefix: string, title: string): SecretRule {
  return {
    id,
    title,
    category: 'vcs',
    keywords: [prefix],
    pattern: prefixed(`${prefix}[A-Za-z0-9]{36}`, '(?![A-Za-z0-9_])'),
    // Random base62 sits near 5 bits/char; README samples like `ghp_PersonalAccessToken0000…` do not.
    minEntropy: 4
  }
}

/** GitLab prefixes one token type each; bodies are base64url-ish and newer ones carry `.vv.crc`. */
function gitlabToken(id: string, prefix: string, title: string): SecretRule {
  return {
    id,
    title,
    category: 'vcs',
    keywords: [prefix],
    pattern: prefixed(`${prefix}[A-Za-z0-9_-]{20,80}(?:\\.[0-9a-z]{1,4}\\.[0-9a-z]{5,12})?`),
    minEntropy: 3
  }
}

export const VCS_RULES: SecretRule[] = [
  githubToken('github-pat-classic', 'ghp_', 'GitHub personal access token (classic)'),
  githubToken('github-oauth-token', 'gho_', 'GitHub OAuth access token'),
  githubToken('github-user-to-server-token', 'ghu_', 'GitHub App user-to-server token'),
  githubToken('github-server-to-server-token', 'ghs_', 'GitHub App installation token'),
  githubToken('github-refresh-token', 'ghr_', 'GitHub App refresh token'),
  {
    id: 'github-pat-fine-grained',
    title: 'GitHub fine-grained personal access token',
    category: 'vcs',
    keywords: ['github_pat_'],
    pattern: prefixed('github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}', '(?![A-Za-z0-9_])')
  },
  {
    id: 'github-oauth-client-secret',
    title: 'GitHub OAuth app client secret',
    category: 'vcs',
    keywords: ['github'],
    // 40 hex like a commit id, so only when the name says it is the client secret.
    pattern: assigned('github[\\w.-]{0,20}(?:client[_.-]?)?secret', '[a-f0-9]{40}'),
    minEntropy: 3.2
  },
  gitlabToken('gitlab-pat', 'glpat-', 'GitLab personal, project or group access token'),
  gitlabToken('gitlab-deploy-token', 'gldt-', 'GitLab deploy token'),
  gitlabToken('gitlab-runner-token', 'glrt-', 'GitLab runner authentication token'),
  gitlabToken(
    'gitlab-runner-router-token',
    'glrtr-',
    'GitLab runner authentication token (routable)'
  ),
  gitlabToken('gitlab-ci-job-token', 'glcbt-', 'GitLab CI/CD job token'),
  gitlabToken('gitlab-trigger-token', 'glptt-', 'GitLab pipeline trigger token'),
  gitlabToken('gitlab-oauth-app-secret', 'gloas-', 'GitLab OAuth application secret'),
  gitlabToken('gitlab-feed-token', 'glft-', 'GitLab feed token'),
  gitlabToken('gitlab-incoming-mail-token', 'glimt-', 'GitLab incoming email token'),
  gitlabToken('gitlab-agent-token', 'glagent-', 'GitLab agent for Kubernetes token'),
  gitlabToken('gitlab-scim-token', 'glsoat-', 'GitLab SCIM OAuth token'),
  gitlabToken('gitlab-feature-flag-token', 'glffct-', 'GitLab feature flags client token'),
  {
    id: 'gitlab-runner-registration-token',
    title: 'GitLab runner registration token',
    category: 'vcs',
    keywords: ['gr1348941'],
    pattern: prefixed('GR1348941[A-Za-z0-9_-]{20,40}'),
    minEntropy: 3
  },
  {
    id: 'bitbucket-app-password',
    title: 'Bitbucket app password',
    category: 'vcs',
    keywords: ['atbb'],
    pattern: prefixed('ATBB[A-Za-z0-9_=.-]{28,40}'),
    minEntropy: 3.5
  },
  {
    id: 'bitbucket-access-token',
    title: 'Bitbucket repository/project/workspace access token',
    category: 'vcs',
    keywords: ['atctt3'],
    pattern: prefixed('ATCTT3[A-Za-z0-9_=-]{100,300}', '(?![A-Za-z0-9_=-])'),
    minEntropy: 4
  },
  {
    id: 'gitea-access-token',
    title: 'Gitea / Forgejo access token',
    category: 'vcs',
    keywords: ['gitea', 'forgejo'],
    pattern: assigned('gitea|forgejo', '[a-f0-9]{40}'),
    minEntropy: 3.2
  }
]
