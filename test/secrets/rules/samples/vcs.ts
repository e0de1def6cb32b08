import { ALNUM, B64URL, HEX, env, rand, standard, type RuleSamples } from '../support.js'

const github = (id: string, prefix: string, name: string): RuleSamples => ({
  id,
  positives: standard(name, () => prefix + rand(ALNUM, 36)),
  negatives: [
    `${name}=${prefix}${rand(ALNUM, 30)}`,
    `${name}=${prefix}${rand(ALNUM, 40)}`,
    `${name}=${prefix.toUpperCase()}${rand(ALNUM, 36)}`,
    `${name}=${prefix}ReadmeSampleToken1234000000000000000`
  ]
})

const gitlab = (id: string, prefix: string, name: string): RuleSamples => ({
  id,
  positives: standard(name, () => prefix + rand(B64URL, 20)).concat([
    env(name, `${prefix}${rand(B64URL, 27)}.01.${rand('abcdefghijklmnopqrstuvwxyz0123456789', 9)}`)
  ]),
  negatives: [`${name}=${prefix}short`, `docs: the ${prefix} prefix marks this token type`]
})

export const VCS_SAMPLES: RuleSamples[] = [
  github('github-pat-classic', 'ghp_', 'GITHUB_TOKEN'),
  github('github-oauth-token', 'gho_', 'GH_OAUTH_TOKEN'),
  github('github-user-to-server-token', 'ghu_', 'GH_USER_TOKEN'),
  github('github-server-to-server-token', 'ghs_', 'GH_INSTALLATION_TOKEN'),
  github('github-refresh-token', 'ghr_', 'GH_REFRESH_TOKEN'),
  {
    id: 'github-pat-fine-grained',
    positives: standard('GITHUB_PAT', () => `github_pat_${rand(ALNUM, 22)}_${rand(ALNUM, 59)}`),
    negatives: [`GITHUB_PAT=github_pat_${rand(ALNUM, 22)}`, 'see github_pat_ in the docs']
  },
  {
    id: 'github-oauth-client-secret',
    positives: standard('GITHUB_CLIENT_SECRET', () => rand(HEX, 40)),
    negatives: [`GITHUB_SHA=${rand(HEX, 40)}`, `github_client_id = ${rand(HEX, 20)}`]
  },
  gitlab('gitlab-pat', 'glpat-', 'GITLAB_TOKEN'),
  gitlab('gitlab-deploy-token', 'gldt-', 'GITLAB_DEPLOY_TOKEN'),
  gitlab('gitlab-runner-token', 'glrt-', 'RUNNER_TOKEN'),
  gitlab('gitlab-runner-router-token', 'glrtr-', 'RUNNER_TOKEN'),
  gitlab('gitlab-ci-job-token', 'glcbt-', 'CI_JOB_TOKEN'),
  gitlab('gitlab-trigger-token', 'glptt-', 'TRIGGER_TOKEN'),
  gitlab('gitlab-oauth-app-secret', 'gloas-', 'GITLAB_OAUTH_SECRET'),
  gitlab('gitlab-feed-token', 'glft-', 'GITLAB_FEED_TOKEN'),
  gitlab('gitlab-incoming-mail-token', 'glimt-', 'GITLAB_MAIL_TOKEN'),
  gitlab('gitlab-agent-token', 'glagent-', 'GITLAB_AGENT_TOKEN'),
  gitlab('gitlab-scim-token', 'glsoat-', 'GITLAB_SCIM_TOKEN'),
  gitlab('gitlab-feature-flag-token', 'glffct-', 'UNLEASH_TOKEN'),
  {
    id: 'gitlab-runner-registration-token',
    positives: standard('REGISTRATION_TOKEN', () => 'GR1348941' + rand(B64URL, 20)),
    negatives: ['REGISTRATION_TOKEN=GR1348941short']
  },
  {
    id: 'bitbucket-app-password',
    positives: standard('BITBUCKET_APP_PASSWORD', () => 'ATBB' + rand(ALNUM, 32)),
    negatives: ['ATBBshort', `ATBB${'A'.repeat(32)}`]
  },
  {
    id: 'bitbucket-access-token',
    positives: standard(
      'BITBUCKET_ACCESS_TOKEN',
      () => 'ATCTT3xFfGN0' + rand(B64URL, 180) + '=' + rand(HEX, 8)
    ),
    negatives: ['ATCTT3xFfGN0short']
  },
  {
    id: 'gitea-access-token',
    positives: standard('GITEA_TOKEN', () => rand(HEX, 40)),
    negatives: [`GITEA_URL=https://gitea.example.test`, `gitea_version = ${rand(HEX, 12)}`]
  }
]
