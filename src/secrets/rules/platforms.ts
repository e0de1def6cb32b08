import type { SecretRule } from '../types.js'
import { assigned, prefixed, TAIL, UUID } from './build.js'
import { characterClasses, looksRandom } from './entropy.js'

const mixed = looksRandom

/** The random part of a prefixed token must look random; the prefix's `_` would count as a class. */
const mixedAfterPrefix = (secret: string): boolean =>
  looksRandom(secret.replace(/^[A-Za-z0-9]{1,8}[_-](?:api_)?/, ''))

/** Optional checks, plus the token's tail when its alphabet is wider than base64url. */
type TokenExtras = Pick<SecretRule, 'minEntropy' | 'validate'> & { tail?: string }

/** A prefixed platform token: `id`, `title`, the keyword(s) and the format. */
function platformToken(
  id: string,
  title: string,
  keywords: string[],
  format: string,
  { tail = TAIL, ...checks }: TokenExtras = {}
): SecretRule {
  return { id, title, category: 'platform', keywords, pattern: prefixed(format, tail), ...checks }
}

/** A prefix-less platform key: only where a name mentioning the provider is assigned it. */
function platformAssigned(
  id: string,
  title: string,
  keywords: string[],
  names: string,
  value: string,
  extra: Partial<SecretRule> = {}
): SecretRule {
  return { id, title, category: 'platform', keywords, pattern: assigned(names, value), ...extra }
}

export const PLATFORM_RULES: SecretRule[] = [
  platformToken('heroku-api-key', 'Heroku API key', ['hrku-'], 'HRKU-[A-Za-z0-9_-]{40,80}', {
    minEntropy: 3.8
  }),
  platformAssigned('heroku-api-key-legacy', 'Heroku API key (UUID)', ['heroku'], 'heroku', UUID),
  platformToken(
    'vercel-token',
    'Vercel access token or API key',
    ['vcp_', 'vci_', 'vca_', 'vcr_', 'vck_'],
    'vc[pcirak]_[A-Za-z0-9]{20,100}',
    { validate: mixedAfterPrefix }
  ),
  platformAssigned(
    'vercel-token-legacy',
    'Vercel access token (legacy)',
    ['vercel'],
    'vercel',
    '[A-Za-z0-9]{24}',
    {
      validate: mixed
    }
  ),
  platformToken(
    'netlify-token',
    'Netlify personal access token',
    ['nfp_'],
    'nfp_[A-Za-z0-9]{36,40}',
    {
      validate: mixedAfterPrefix
    }
  ),
  platformAssigned(
    'netlify-token-legacy',
    'Netlify access token (legacy)',
    ['netlify'],
    'netlify',
    '[A-Za-z0-9_-]{40,46}',
    {
      validate: mixed
    }
  ),
  platformToken(
    'cloudflare-api-token',
    'Cloudflare API token or global key (scannable format)',
    ['cfk_', 'cfut_', 'cfat_'],
    'cf(?:k|ut|at)_[A-Za-z0-9]{40,56}',
    { validate: mixedAfterPrefix }
  ),
  platformAssigned(
    'cloudflare-api-token-legacy',
    'Cloudflare API token (40 characters)',
    ['cloudflare', 'cf_api', 'cf_token'],
    'cloudflare|cf_api|cf_token',
    '[A-Za-z0-9_-]{40}',
    { validate: mixed }
  ),
  platformAssigned(
    'cloudflare-global-api-key',
    'Cloudflare global API key (legacy)',
    ['cloudflare', 'cf_api', 'cf_key', 'x-auth-key'],
    'cloudflare|cf_api|cf_key|x-auth-key',
    '[a-f0-9]{37}',
    { minEntropy: 3.2 }
  ),
  platformToken(
    'cloudflare-origin-ca-key',
    'Cloudflare Origin CA key',
    ['v1.0-'],
    'v1\\.0-[a-f0-9]{24}-[a-f0-9]{146}'
  ),
  platformAssigned('okta-api-token', 'Okta API token', ['okta'], 'okta', '00[A-Za-z0-9_-]{40}', {
    validate: mixed
  }),
  platformAssigned(
    'auth0-client-secret',
    'Auth0 client secret',
    ['auth0'],
    'auth0',
    '[A-Za-z0-9_-]{64}',
    { validate: mixed }
  ),
  platformToken(
    'doppler-token',
    'Doppler token',
    ['dp.pt.', 'dp.st.', 'dp.sa.', 'dp.ct.', 'dp.scim.', 'dp.audit.'],
    'dp\\.(?:pt|st|sa|ct|scim|audit)\\.(?:[a-z0-9_-]{1,40}\\.)?[A-Za-z0-9]{40,44}',
    { validate: secret => mixed(secret.slice(secret.lastIndexOf('.') + 1)) }
  ),
  platformToken(
    'hashicorp-vault-token',
    'HashiCorp Vault service, batch or recovery token',
    ['hvs.', 'hvb.', 'hvr.'],
    'hv[sbr]\\.[A-Za-z0-9_-]{24,400}',
    { minEntropy: 4 }
  ),
  platformAssigned(
    'hashicorp-vault-token-legacy',
    'HashiCorp Vault token (legacy s.)',
    ['vault'],
    'vault',
    's\\.[A-Za-z0-9]{24}',
    {
      validate: secret => mixed(secret.slice(2))
    }
  ),
  {
    id: 'terraform-cloud-token',
    title: 'HCP Terraform / Terraform Enterprise API token',
    category: 'platform',
    keywords: ['atlasv1'],
    pattern: /\b(?<secret>[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_-]{60,70})(?![A-Za-z0-9_-])/,
    minEntropy: 4
  },
  platformToken('pulumi-access-token', 'Pulumi access token', ['pul-'], 'pul-[a-f0-9]{40}'),
  platformToken('postman-api-key', 'Postman API key', ['pmak-'], 'PMAK-[a-f0-9]{24}-[a-f0-9]{34}'),
  platformToken(
    'atlassian-api-token',
    'Atlassian API token',
    ['atatt3'],
    'ATATT3[A-Za-z0-9_=-]{100,300}',
    {
      tail: '(?![A-Za-z0-9_=-])',
      minEntropy: 4
    }
  ),
  platformAssigned(
    'atlassian-api-token-legacy',
    'Atlassian / Jira / Confluence API token (24 characters)',
    ['atlassian', 'jira', 'confluence'],
    'atlassian|jira|confluence',
    '[A-Za-z0-9]{24}',
    { validate: mixed }
  ),
  platformToken('linear-api-key', 'Linear API key', ['lin_api_'], 'lin_api_[A-Za-z0-9]{40}', {
    validate: mixedAfterPrefix
  }),
  platformToken(
    'linear-oauth-token',
    'Linear OAuth token',
    ['lin_oauth_'],
    'lin_oauth_[a-f0-9]{64}'
  ),
  platformToken(
    'notion-integration-token',
    'Notion integration token',
    ['secret_', 'ntn_'],
    '(?:secret_[A-Za-z0-9]{43}|ntn_[A-Za-z0-9]{40,50})',
    {
      validate: secret => mixed(secret.slice(secret.indexOf('_') + 1))
    }
  ),
  platformToken(
    'airtable-pat',
    'Airtable personal access token',
    ['pat'],
    'pat[A-Za-z0-9]{14}\\.[a-f0-9]{64}'
  ),
  platformAssigned(
    'airtable-api-key',
    'Airtable API key (legacy)',
    ['airtable'],
    'airtable',
    'key[A-Za-z0-9]{14}',
    {
      validate: secret => mixed(secret.slice(3))
    }
  ),
  platformAssigned(
    'algolia-admin-key',
    'Algolia admin / write API key',
    ['algolia'],
    'algolia',
    '[a-f0-9]{32}',
    {
      minEntropy: 3.2
    }
  ),
  platformToken(
    'mapbox-secret-token',
    'Mapbox secret access token',
    ['sk.eyj'],
    'sk\\.eyJ[A-Za-z0-9_-]{50,300}\\.[A-Za-z0-9_-]{20,30}'
  ),
  platformToken(
    'firebase-cloud-messaging-server-key',
    'Firebase Cloud Messaging server key',
    ['apa91b'],
    'AAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{120,160}'
  ),
  platformToken(
    'google-oauth-client-secret',
    'Google OAuth client secret',
    ['gocspx-'],
    'GOCSPX-[A-Za-z0-9_-]{28}'
  ),
  platformToken(
    'onepassword-service-account-token',
    '1Password service account token',
    ['ops_eyj'],
    'ops_eyJ[A-Za-z0-9+/=_-]{100,1500}',
    // No tail: the greedy body already ends the run, and a tail check would backtrack 1500 steps.
    { tail: '', minEntropy: 4 }
  ),
  platformToken(
    'onepassword-secret-key',
    '1Password account secret key',
    ['a3-'],
    'A3-[A-Z0-9]{6}-[A-Z0-9]{5,6}-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}',
    { minEntropy: 3.5 }
  ),
  platformToken(
    'figma-token',
    'Figma personal access token',
    ['figd_'],
    'figd_[A-Za-z0-9_-]{38,50}',
    { minEntropy: 3.8 }
  ),
  platformToken(
    'databricks-token',
    'Databricks personal access token',
    ['dapi'],
    'dapi[a-f0-9]{32}(?:-[0-9])?',
    {
      tail: '(?![A-Za-z0-9_-])'
    }
  ),
  platformToken(
    'databricks-oauth-secret',
    'Databricks OAuth client secret',
    ['dose'],
    'dose[a-f0-9]{32}'
  ),
  platformToken(
    'tailscale-key',
    'Tailscale auth key, API key or OAuth client secret',
    ['tskey-'],
    'tskey-(?:(?:auth|api|client|scim|webhook)-)?[A-Za-z0-9]{6,20}-[A-Za-z0-9]{20,60}',
    { minEntropy: 3.5 }
  ),
  platformAssigned(
    'fastly-api-token',
    'Fastly API token',
    ['fastly'],
    'fastly',
    '[A-Za-z0-9_-]{32}',
    { validate: mixed }
  ),
  platformToken(
    'dropbox-short-lived-token',
    'Dropbox short-lived access token',
    ['sl.'],
    'sl\\.(?:u\\.)?[A-Za-z0-9_-]{130,1400}',
    {
      minEntropy: 4
    }
  ),
  platformToken(
    'dropbox-long-lived-token',
    'Dropbox long-lived access token',
    ['aaaaaaaaaa'],
    '[a-z0-9]{11}AAAAAAAAAA[A-Za-z0-9_=-]{43}'
  ),
  {
    id: 'asana-personal-access-token',
    title: 'Asana personal access token',
    category: 'platform',
    keywords: ['asana'],
    pattern: /\b(?<secret>[0-9]\/[0-9]{10,20}(?:\/[0-9]{10,20})?:[a-f0-9]{32})(?![A-Za-z0-9])/
  },
  platformAssigned(
    'twitch-token',
    'Twitch API client secret or token',
    ['twitch'],
    'twitch',
    '(?:oauth:)?[a-z0-9]{30}',
    {
      validate: secret => /[0-9]/.test(secret) && /[a-z]/.test(secret)
    }
  ),
  platformAssigned(
    'zendesk-api-token',
    'Zendesk API token',
    ['zendesk'],
    'zendesk',
    '[A-Za-z0-9]{40}',
    { validate: mixed }
  ),
  platformToken(
    'shippo-api-token',
    'Shippo API token',
    ['shippo_live_', 'shippo_test_'],
    'shippo_(?:live|test)_[a-f0-9]{40}'
  ),
  {
    id: 'lob-api-key',
    title: 'Lob API key',
    category: 'platform',
    keywords: ['live_', 'test_'],
    pattern: prefixed('(?:live|test)_[a-f0-9]{35}', '(?![A-Za-z0-9_])'),
    minEntropy: 3.2
  },
  platformToken(
    'sourcegraph-access-token',
    'Sourcegraph access token',
    ['sgp_'],
    'sgp_(?:[a-f0-9]{16}_|local_)?[a-f0-9]{40}'
  ),
  platformToken(
    'planetscale-token',
    'PlanetScale password or service token',
    ['pscale_pw_', 'pscale_tkn_', 'pscale_oauth_'],
    'pscale_(?:pw|tkn|oauth)_[A-Za-z0-9_.=-]{32,64}',
    { minEntropy: 3.8 }
  ),
  platformToken(
    'supabase-access-token',
    'Supabase personal access token',
    ['sbp_'],
    'sbp_[a-f0-9]{40}'
  ),
  platformToken(
    'supabase-secret-key',
    'Supabase secret API key',
    ['sb_secret_'],
    'sb_secret_[A-Za-z0-9_-]{31,64}',
    {
      minEntropy: 3.8
    }
  ),
  platformToken(
    'contentful-token',
    'Contentful personal access token',
    ['cfpat-'],
    'CFPAT-[A-Za-z0-9_-]{43}',
    {
      minEntropy: 3.8
    }
  ),
  platformToken('adobe-client-secret', 'Adobe client secret', ['p8e-'], 'p8e-[A-Za-z0-9_-]{32}', {
    validate: mixedAfterPrefix
  }),
  platformToken(
    'typeform-token',
    'Typeform personal access token',
    ['tfp_'],
    'tfp_[A-Za-z0-9_.=-]{40,64}',
    {
      minEntropy: 3.8
    }
  ),
  platformToken(
    'frameio-token',
    'Frame.io developer token',
    ['fio-u-'],
    'fio-u-[A-Za-z0-9_=-]{64}',
    { minEntropy: 4 }
  ),
  platformAssigned('snyk-api-token', 'Snyk API token', ['snyk'], 'snyk', UUID),
  platformToken(
    'sonarqube-token',
    'SonarQube / SonarCloud token',
    ['squ_', 'sqp_', 'sqa_'],
    'sq[upa]_[a-f0-9]{40}'
  ),
  platformToken(
    'octopus-deploy-api-key',
    'Octopus Deploy API key',
    ['api-'],
    'API-[A-Z0-9]{25,27}',
    {
      tail: '(?![A-Za-z0-9])',
      validate: secret => /[0-9]/.test(secret.slice(4)) && /[A-Z]/.test(secret.slice(4))
    }
  ),
  platformToken(
    'hubspot-private-app-token',
    'HubSpot private app access token',
    ['pat-na', 'pat-eu', 'pat-ap'],
    `pat-(?:na|eu|ap)[0-9]-${UUID}`
  ),
  platformAssigned(
    'hubspot-api-key',
    'HubSpot API key (legacy)',
    ['hubspot', 'hapikey'],
    'hubspot|hapikey',
    UUID
  ),
  platformToken(
    'salesforce-access-token',
    'Salesforce access token',
    ['00d'],
    '00D[A-Za-z0-9]{12,15}![A-Za-z0-9._]{90,120}',
    {
      tail: '(?![A-Za-z0-9._])'
    }
  ),
  platformToken(
    'facebook-access-token',
    'Facebook / Meta access token',
    ['eaa'],
    'EAA[A-Za-z0-9]{100,400}',
    {
      tail: '(?![A-Za-z0-9_])',
      validate: mixedAfterPrefix
    }
  ),
  platformAssigned(
    'facebook-app-secret',
    'Facebook / Meta app secret',
    ['facebook', 'fb_'],
    '(?:facebook|fb_)[\\w.-]{0,20}secret',
    '[a-f0-9]{32}',
    { minEntropy: 3.2 }
  ),
  platformToken(
    'twitter-bearer-token',
    'X (Twitter) bearer token',
    ['aaaaaaaaaaaaaaaaaaaaa'],
    'A{21}[A-Za-z0-9%]{50,150}',
    { validate: secret => characterClasses(secret.replace(/^A+/, '')) >= 3 }
  ),
  platformAssigned(
    'twitter-api-secret',
    'X (Twitter) API key secret or access token secret',
    ['twitter'],
    'twitter[\\w.-]{0,20}secret',
    '[A-Za-z0-9]{45,50}',
    { validate: mixed }
  ),
  platformToken(
    'clickup-api-token',
    'ClickUp personal API token',
    ['pk_'],
    'pk_[0-9]{6,10}_[A-Z0-9]{32}',
    {
      validate: secret => /[A-Z]/.test(secret.slice(-32)) && /[0-9]/.test(secret.slice(-32))
    }
  ),
  platformToken('trello-token', 'Trello API token', ['atta'], 'ATTA[a-f0-9]{60,72}', {
    minEntropy: 3.2
  }),
  platformToken(
    'harness-access-token',
    'Harness personal access / service account token',
    ['pat.', 'sat.'],
    '(?:pat|sat)\\.[A-Za-z0-9_-]{22}\\.[a-f0-9]{24}\\.[A-Za-z0-9]{20}'
  ),
  platformToken('prefect-api-key', 'Prefect API key', ['pnu_'], 'pnu_[A-Za-z0-9]{36}', {
    validate: mixedAfterPrefix
  }),
  platformToken('buildkite-token', 'Buildkite API access token', ['bkua_'], 'bkua_[a-f0-9]{40}'),
  platformToken(
    'circleci-token',
    'CircleCI personal API token',
    ['ccipat_'],
    'CCIPAT_[A-Za-z0-9]{22}_[a-f0-9]{40}'
  ),
  platformAssigned(
    'circleci-token-legacy',
    'CircleCI API token (40 hex)',
    ['circle'],
    'circle',
    '[a-f0-9]{40}',
    {
      minEntropy: 3.2
    }
  ),
  platformToken('render-api-key', 'Render API key', ['rnd_'], 'rnd_[A-Za-z0-9]{32}', {
    validate: mixedAfterPrefix
  }),
  platformToken(
    'flyio-token',
    'Fly.io access token',
    ['fm1r_', 'fm1a_', 'fm2_', 'fo1_'],
    '(?:fm[12][ar]?_[A-Za-z0-9+/=_-]{60,1200}|fo1_[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-]))',
    // No tail on the long macaroon: its greedy body ends the run without backtracking.
    { tail: '', minEntropy: 4 }
  ),
  platformAssigned('railway-token', 'Railway API token', ['railway'], 'railway', UUID),
  platformToken('infracost-api-key', 'Infracost API key', ['ico-'], 'ico-[A-Za-z0-9]{32}', {
    validate: mixedAfterPrefix
  }),
  platformToken('readme-api-key', 'ReadMe API key', ['rdme_'], 'rdme_[a-z0-9]{70}', {
    minEntropy: 3.8
  }),
  {
    id: 'ngrok-authtoken',
    title: 'ngrok authtoken',
    category: 'platform',
    keywords: ['ngrok'],
    pattern: /\b(?<secret>[0-9][A-Za-z0-9]{26}_[A-Za-z0-9]{21})(?![A-Za-z0-9_])/,
    validate: mixed
  },
  platformToken('neon-api-key', 'Neon API key', ['napi_'], 'napi_[a-z0-9]{64}', {
    minEntropy: 3.8
  }),
  platformAssigned('codecov-token', 'Codecov upload token', ['codecov'], 'codecov', UUID),
  platformAssigned(
    'spotify-client-secret',
    'Spotify client secret',
    ['spotify'],
    'spotify[\\w.-]{0,20}secret',
    '[a-f0-9]{32}',
    {
      minEntropy: 3.2
    }
  ),
  {
    id: 'zapier-webhook-url',
    title: 'Zapier catch hook URL',
    category: 'platform',
    keywords: ['hooks.zapier.com'],
    pattern: /(?<secret>hooks\.zapier\.com\/hooks\/catch\/[0-9]{4,12}\/[a-z0-9]{5,10})\/?/
  },
  platformAssigned(
    'gitpod-token',
    'Gitpod access token',
    ['gitpod'],
    'gitpod',
    'gitpod_pat_[A-Za-z0-9_.-]{40,120}|[a-f0-9]{40}',
    {
      minEntropy: 3.2
    }
  )
]
