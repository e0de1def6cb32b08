import {
  ALNUM,
  B64,
  B64URL,
  DIGITS,
  HEX,
  LOWER_ALNUM,
  UPPER_ALNUM,
  env,
  rand,
  standard,
  uuid,
  within,
  type RuleSamples
} from '../support.js'

const simple = (
  id: string,
  name: string,
  make: () => string,
  negatives: string[]
): RuleSamples => ({
  id,
  positives: standard(name, make),
  negatives
})

export const PLATFORM_SAMPLES: RuleSamples[] = [
  simple('heroku-api-key', 'HEROKU_API_KEY', () => 'HRKU-AA' + rand(B64URL, 58), ['HRKU-short']),
  simple('heroku-api-key-legacy', 'HEROKU_API_KEY', uuid, ['HEROKU_APP=my-app']),
  {
    id: 'vercel-token',
    positives: standard('VERCEL_TOKEN', () => 'vcp_' + rand(ALNUM, 56)).concat([
      env('VERCEL_API_KEY', 'vck_' + rand(ALNUM, 56))
    ]),
    negatives: ['vcp_short', 'vci_integration_settings_page_for_team_members']
  },
  simple('vercel-token-legacy', 'VERCEL_TOKEN', () => rand(ALNUM, 24), [
    'VERCEL_ORG_ID=team_abcdefghijklmnopqrstuvwx'
  ]),
  simple('netlify-token', 'NETLIFY_AUTH_TOKEN', () => 'nfp_' + rand(ALNUM, 36), ['nfp_short']),
  simple('netlify-token-legacy', 'NETLIFY_AUTH_TOKEN', () => rand(B64URL, 43), [
    'NETLIFY_SITE_ID=' + uuid()
  ]),
  {
    id: 'cloudflare-api-token',
    positives: standard('CLOUDFLARE_API_TOKEN', () => 'cfut_' + rand(ALNUM, 48)).concat([
      env('CLOUDFLARE_ACCOUNT_TOKEN', 'cfat_' + rand(ALNUM, 48)),
      env('CLOUDFLARE_GLOBAL_KEY', 'cfk_' + rand(ALNUM, 48))
    ]),
    negatives: ['cfut_short']
  },
  simple('cloudflare-api-token-legacy', 'CLOUDFLARE_API_TOKEN', () => rand(B64URL, 40), [
    `CLOUDFLARE_ZONE_ID=${rand(HEX, 32)}`
  ]),
  simple('cloudflare-global-api-key', 'CLOUDFLARE_API_KEY', () => rand(HEX, 37), [
    `CLOUDFLARE_ACCOUNT_ID=${rand(HEX, 32)}`
  ]),
  simple(
    'cloudflare-origin-ca-key',
    'CF_ORIGIN_CA_KEY',
    () => `v1.0-${rand(HEX, 24)}-${rand(HEX, 146)}`,
    ['v1.0-beta']
  ),
  simple('okta-api-token', 'OKTA_API_TOKEN', () => '00' + rand(B64URL, 40), [
    'OKTA_ORG_URL=https://dev-1.okta.com'
  ]),
  simple('auth0-client-secret', 'AUTH0_CLIENT_SECRET', () => rand(B64URL, 64), [
    'AUTH0_DOMAIN=tenant.eu.auth0.com'
  ]),
  {
    id: 'doppler-token',
    positives: standard('DOPPLER_TOKEN', () => 'dp.st.prd.' + rand(ALNUM, 43)).concat([
      env('DOPPLER_PERSONAL', 'dp.pt.' + rand(ALNUM, 43))
    ]),
    negatives: ['dp.st.short']
  },
  {
    id: 'hashicorp-vault-token',
    positives: standard('VAULT_TOKEN', () => 'hvs.' + rand(B64URL, 90)).concat([
      env('VAULT_BATCH', 'hvb.' + rand(B64URL, 140))
    ]),
    negatives: ['hvs.short']
  },
  simple('hashicorp-vault-token-legacy', 'VAULT_TOKEN', () => 's.' + rand(ALNUM, 24), [
    'VAULT_ADDR=https://vault.internal:8200'
  ]),
  simple(
    'terraform-cloud-token',
    'TFE_TOKEN',
    () => `${rand(ALNUM, 14)}.atlasv1.${rand(B64URL, 67)}`,
    ['app.terraform.io atlasv1']
  ),
  simple('pulumi-access-token', 'PULUMI_ACCESS_TOKEN', () => 'pul-' + rand(HEX, 40), ['pul-short']),
  simple('postman-api-key', 'POSTMAN_API_KEY', () => `PMAK-${rand(HEX, 24)}-${rand(HEX, 34)}`, [
    'PMAK-short'
  ]),
  simple(
    'atlassian-api-token',
    'JIRA_API_TOKEN',
    () => 'ATATT3xFfGF0' + rand(B64URL, 170) + '=' + rand(HEX, 8),
    ['ATATT3short']
  ),
  simple('atlassian-api-token-legacy', 'JIRA_API_TOKEN', () => rand(ALNUM, 24), [
    'JIRA_URL=https://acme.atlassian.net'
  ]),
  simple('linear-api-key', 'LINEAR_API_KEY', () => 'lin_api_' + rand(ALNUM, 40), ['lin_api_short']),
  simple('linear-oauth-token', 'LINEAR_OAUTH_TOKEN', () => 'lin_oauth_' + rand(HEX, 64), [
    'lin_oauth_short'
  ]),
  {
    id: 'notion-integration-token',
    positives: standard('NOTION_TOKEN', () => 'ntn_' + rand(DIGITS, 11) + rand(ALNUM, 35)).concat([
      env('NOTION_API_KEY', 'secret_' + rand(ALNUM, 43))
    ]),
    negatives: ['secret_key_base_for_the_rails_application_xyz', 'ntn_short']
  },
  simple('airtable-pat', 'AIRTABLE_TOKEN', () => `pat${rand(ALNUM, 14)}.${rand(HEX, 64)}`, [
    'pattern.match(x)',
    `pat${rand(ALNUM, 14)}.${rand(HEX, 20)}`
  ]),
  simple('airtable-api-key', 'AIRTABLE_API_KEY', () => 'key' + rand(ALNUM, 14), [
    'AIRTABLE_BASE=app123'
  ]),
  simple('algolia-admin-key', 'ALGOLIA_ADMIN_KEY', () => rand(HEX, 32), [
    'ALGOLIA_APP_ID=ABCD1234'
  ]),
  simple(
    'mapbox-secret-token',
    'MAPBOX_SECRET_TOKEN',
    () => `sk.eyJ1Ijoi${rand(B64URL, 60)}.${rand(B64URL, 22)}`,
    [`MAPBOX_TOKEN=pk.eyJ1Ijoi${rand(B64URL, 60)}.${rand(B64URL, 22)}`]
  ),
  simple(
    'firebase-cloud-messaging-server-key',
    'FCM_SERVER_KEY',
    () => `AAAA${rand(B64URL, 7)}:APA91b${rand(B64URL, 134)}`,
    ['APA91b']
  ),
  simple('google-oauth-client-secret', 'GOOGLE_CLIENT_SECRET', () => 'GOCSPX-' + rand(B64URL, 28), [
    'GOCSPX-short'
  ]),
  simple(
    'onepassword-service-account-token',
    'OP_SERVICE_ACCOUNT_TOKEN',
    () => 'ops_eyJ' + rand(B64, 600),
    ['ops_eyJ']
  ),
  simple(
    'onepassword-secret-key',
    'OP_SECRET_KEY',
    () =>
      `A3-${rand(UPPER_ALNUM, 6)}-${rand(UPPER_ALNUM, 6)}-${rand(UPPER_ALNUM, 5)}-${rand(UPPER_ALNUM, 5)}-${rand(UPPER_ALNUM, 5)}-${rand(UPPER_ALNUM, 5)}`,
    ['A3-AAAAAA-AAAAAA-AAAAA-AAAAA-AAAAA-AAAAA', 'A3-SHORT']
  ),
  simple('figma-token', 'FIGMA_TOKEN', () => 'figd_' + rand(B64URL, 40), ['figd_short']),
  simple('databricks-token', 'DATABRICKS_TOKEN', () => 'dapi' + rand(HEX, 32), ['dapi_version']),
  simple('databricks-oauth-secret', 'DATABRICKS_CLIENT_SECRET', () => 'dose' + rand(HEX, 32), [
    'dosed with care'
  ]),
  simple('tailscale-key', 'TS_AUTHKEY', () => `tskey-auth-k${rand(ALNUM, 11)}-${rand(ALNUM, 32)}`, [
    'tskey-auth-short'
  ]),
  simple('fastly-api-token', 'FASTLY_API_TOKEN', () => rand(B64URL, 32), [
    'FASTLY_SERVICE_ID=abc123'
  ]),
  simple('dropbox-short-lived-token', 'DROPBOX_ACCESS_TOKEN', () => 'sl.' + rand(B64URL, 140), [
    'sl.short',
    'ctrl.sl.value'
  ]),
  simple(
    'dropbox-long-lived-token',
    'DROPBOX_TOKEN',
    () => rand(LOWER_ALNUM, 11) + 'AAAAAAAAAA' + rand(B64URL, 43),
    ['AAAAAAAAAAAAAAAAAAAAAAAAAA']
  ),
  {
    id: 'asana-personal-access-token',
    positives: standard(
      'ASANA_ACCESS_TOKEN',
      () => `2/${rand(DIGITS, 16)}/${rand(DIGITS, 16)}:${rand(HEX, 32)}`
    ).concat([env('ASANA_PAT', `1/${rand(DIGITS, 16)}:${rand(HEX, 32)}`)]),
    negatives: ['asana ratio 1/2']
  },
  simple('twitch-token', 'TWITCH_CLIENT_SECRET', () => rand(LOWER_ALNUM, 30), [
    'TWITCH_CHANNEL=streamer_name_here'
  ]),
  simple('zendesk-api-token', 'ZENDESK_API_TOKEN', () => rand(ALNUM, 40), [
    'ZENDESK_SUBDOMAIN=acme'
  ]),
  simple('shippo-api-token', 'SHIPPO_API_TOKEN', () => 'shippo_live_' + rand(HEX, 40), [
    'shippo_live_short'
  ]),
  simple('lob-api-key', 'LOB_API_KEY', () => 'live_' + rand(HEX, 35), [
    `LOB_PUBLISHABLE=live_pub_${rand(HEX, 31)}`
  ]),
  {
    id: 'sourcegraph-access-token',
    positives: standard(
      'SRC_ACCESS_TOKEN',
      () => 'sgp_' + rand(HEX, 16) + '_' + rand(HEX, 40)
    ).concat([env('SRC_TOKEN', 'sgp_' + rand(HEX, 40))]),
    negatives: ['sgp_short']
  },
  simple('planetscale-token', 'DATABASE_PASSWORD', () => 'pscale_pw_' + rand(B64URL, 43), [
    'pscale_pw_short'
  ]),
  simple('supabase-access-token', 'SUPABASE_ACCESS_TOKEN', () => 'sbp_' + rand(HEX, 40), [
    'sbp_short'
  ]),
  simple('supabase-secret-key', 'SUPABASE_SECRET_KEY', () => 'sb_secret_' + rand(B64URL, 40), [
    `SUPABASE_PUBLISHABLE_KEY=sb_publishable_${rand(B64URL, 40)}`
  ]),
  simple('contentful-token', 'CONTENTFUL_MANAGEMENT_TOKEN', () => 'CFPAT-' + rand(B64URL, 43), [
    'CFPAT-short'
  ]),
  simple('adobe-client-secret', 'ADOBE_CLIENT_SECRET', () => 'p8e-' + rand(B64URL, 32), [
    'p8e-short'
  ]),
  simple(
    'typeform-token',
    'TYPEFORM_TOKEN',
    () => 'tfp_' + rand(ALNUM, 44) + '_' + rand(ALNUM, 14),
    ['tfp_short']
  ),
  simple('frameio-token', 'FRAMEIO_TOKEN', () => 'fio-u-' + rand(B64URL, 64), ['fio-u-short']),
  simple('snyk-api-token', 'SNYK_TOKEN', uuid, ['SNYK_ORG=acme']),
  simple('sonarqube-token', 'SONAR_TOKEN', () => 'squ_' + rand(HEX, 40), ['squ_short']),
  simple('octopus-deploy-api-key', 'OCTOPUS_API_KEY', () => 'API-' + rand(UPPER_ALNUM, 26), [
    'API-DOCUMENTATION-SECTION-ONE',
    'API-GATEWAY'
  ]),
  simple('hubspot-private-app-token', 'HUBSPOT_ACCESS_TOKEN', () => `pat-na1-${uuid()}`, [
    'pat-na1-short'
  ]),
  simple('hubspot-api-key', 'HUBSPOT_API_KEY', uuid, ['HUBSPOT_PORTAL_ID=123456']),
  simple(
    'salesforce-access-token',
    'SF_ACCESS_TOKEN',
    () => `00D${rand(ALNUM, 15)}!${rand(ALNUM, 100)}`,
    ['00D5000000ABC!short']
  ),
  simple('facebook-access-token', 'FACEBOOK_ACCESS_TOKEN', () => 'EAA' + rand(ALNUM, 180), [
    'EAAshort'
  ]),
  simple('facebook-app-secret', 'FACEBOOK_APP_SECRET', () => rand(HEX, 32), [
    'FACEBOOK_APP_ID=1234567890'
  ]),
  simple('twitter-bearer-token', 'TWITTER_BEARER_TOKEN', () => 'A'.repeat(22) + rand(ALNUM, 90), [
    'A'.repeat(120)
  ]),
  simple('twitter-api-secret', 'TWITTER_API_SECRET', () => rand(ALNUM, 50), [
    'TWITTER_HANDLE=acme'
  ]),
  simple(
    'clickup-api-token',
    'CLICKUP_API_TOKEN',
    () => `pk_${rand(DIGITS, 8)}_${rand(UPPER_ALNUM, 32)}`,
    [`STRIPE_PK=pk_live_${rand(ALNUM, 24)}`]
  ),
  simple('trello-token', 'TRELLO_TOKEN', () => 'ATTA' + rand(HEX, 64), ['ATTACHMENT_PATH=/tmp']),
  simple(
    'harness-access-token',
    'HARNESS_API_KEY',
    () => `pat.${rand(B64URL, 22)}.${rand(HEX, 24)}.${rand(ALNUM, 20)}`,
    ['pat.short']
  ),
  simple('prefect-api-key', 'PREFECT_API_KEY', () => 'pnu_' + rand(ALNUM, 36), ['pnu_short']),
  simple('buildkite-token', 'BUILDKITE_API_TOKEN', () => 'bkua_' + rand(HEX, 40), ['bkua_short']),
  simple('circleci-token', 'CIRCLECI_TOKEN', () => `CCIPAT_${rand(ALNUM, 22)}_${rand(HEX, 40)}`, [
    'CCIPAT_short'
  ]),
  simple('circleci-token-legacy', 'CIRCLE_TOKEN', () => rand(HEX, 40), ['CIRCLE_BRANCH=main']),
  simple('render-api-key', 'RENDER_API_KEY', () => 'rnd_' + rand(ALNUM, 32), ['rnd_short']),
  {
    id: 'flyio-token',
    positives: standard('FLY_API_TOKEN', () => 'fm2_' + rand(B64, 300)).concat([
      env('FLY_ORG_TOKEN', 'fo1_' + rand(B64URL, 43))
    ]),
    negatives: ['fm2_short']
  },
  simple('railway-token', 'RAILWAY_TOKEN', uuid, ['RAILWAY_ENVIRONMENT=production']),
  simple('infracost-api-key', 'INFRACOST_API_KEY', () => 'ico-' + rand(ALNUM, 32), ['ico-short']),
  simple('readme-api-key', 'README_API_KEY', () => 'rdme_' + rand(LOWER_ALNUM, 70), ['rdme_short']),
  {
    id: 'ngrok-authtoken',
    positives: standard('NGROK_AUTHTOKEN', () => `2${rand(ALNUM, 26)}_${rand(ALNUM, 21)}`),
    negatives: ['ngrok_region = eu']
  },
  simple('neon-api-key', 'NEON_API_KEY', () => 'napi_' + rand(LOWER_ALNUM, 64), ['napi_short']),
  simple('codecov-token', 'CODECOV_TOKEN', uuid, ['CODECOV_FLAGS=unit']),
  simple('spotify-client-secret', 'SPOTIFY_CLIENT_SECRET', () => rand(HEX, 32), [
    'SPOTIFY_CLIENT_ID=abc'
  ]),
  {
    id: 'zapier-webhook-url',
    positives: [1, 2].map(() =>
      within(
        `hooks.zapier.com/hooks/catch/${rand(DIGITS, 7)}/${rand(LOWER_ALNUM, 7)}`,
        s => `ZAPIER_HOOK=https://${s}/`
      )
    ),
    negatives: ['https://hooks.zapier.com/hooks/']
  },
  simple('gitpod-token', 'GITPOD_TOKEN', () => 'gitpod_pat_' + rand(B64URL, 60), [
    'GITPOD_WORKSPACE_URL=https://x.gitpod.io'
  ])
]
