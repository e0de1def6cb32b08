import {
  ALNUM,
  B64,
  B64URL,
  HEX,
  UPPER_ALNUM,
  rand,
  standard,
  uuid,
  env,
  type RuleSamples
} from '../support.js'

const LOWER_LETTERS_DIGITS = 'abcdefghijklmnopqrstuvwxyz0123456789'

export const OBSERVABILITY_SAMPLES: RuleSamples[] = [
  {
    id: 'datadog-api-key',
    positives: standard('DD_API_KEY', () => rand(HEX, 32)).concat([
      env('DATADOG_API_KEY', rand(HEX, 32))
    ]),
    negatives: ['DD_SITE=datadoghq.eu', `address = ${rand(HEX, 32)}`]
  },
  {
    id: 'datadog-app-key',
    positives: standard('DD_APP_KEY', () => rand(HEX, 40)),
    negatives: ['DD_ENV=prod', `added_commit = ${rand(HEX, 40)}`]
  },
  {
    id: 'new-relic-user-api-key',
    positives: standard('NEW_RELIC_API_KEY', () => 'NRAK-' + rand(UPPER_ALNUM, 27)),
    negatives: ['NRAK-SHORT']
  },
  {
    id: 'new-relic-admin-api-key',
    positives: standard('NEW_RELIC_ADMIN_KEY', () => 'NRAA-' + rand(HEX, 27)),
    negatives: ['NRAA-short']
  },
  {
    id: 'new-relic-browser-api-key',
    positives: standard('NEW_RELIC_BROWSER_KEY', () => 'NRJS-' + rand(HEX, 19)),
    negatives: ['NRJS-abc']
  },
  {
    id: 'new-relic-insights-key',
    positives: standard('NEW_RELIC_INSERT_KEY', () => 'NRII-' + rand(B64URL, 32)),
    negatives: ['NRII-short']
  },
  {
    id: 'new-relic-license-key',
    positives: standard('NEW_RELIC_LICENSE_KEY', () => rand(HEX, 36) + 'NRAL'),
    negatives: [`${rand(HEX, 20)}NRAL`]
  },
  {
    id: 'sentry-org-token',
    positives: standard(
      'SENTRY_AUTH_TOKEN',
      () => 'sntrys_eyJ' + rand(B64, 120) + '_' + rand(B64, 43)
    ),
    negatives: ['sntrys_short']
  },
  {
    id: 'sentry-user-token',
    positives: standard('SENTRY_AUTH_TOKEN', () => 'sntryu_' + rand(HEX, 64)),
    negatives: ['sntryu_abc']
  },
  {
    id: 'sentry-legacy-auth-token',
    positives: standard('SENTRY_AUTH_TOKEN', () => rand(HEX, 64)),
    negatives: ['SENTRY_ORG=acme']
  },
  {
    id: 'sentry-dsn',
    positives: [1, 2, 3].map(() => {
      const key = rand(HEX, 32)
      return {
        text: `SENTRY_DSN=https://${key}@o${rand('123456789', 6)}.ingest.sentry.io/${rand('123456789', 7)}`,
        secret: key
      }
    }),
    negatives: [
      'SENTRY_DSN=https://public@sentry.example.test/1',
      'https://sentry.io/organizations/acme/'
    ]
  },
  {
    id: 'pagerduty-api-key',
    positives: standard('PAGERDUTY_API_KEY', () => 'u+' + rand(B64URL, 18)).concat([
      env('PAGERDUTY_TOKEN', rand(ALNUM, 20))
    ]),
    negatives: ['PAGERDUTY_SERVICE=checkout-team']
  },
  {
    id: 'pagerduty-integration-key',
    positives: standard('PAGERDUTY_ROUTING_KEY', () => rand(HEX, 32)),
    negatives: ['routing_key: null']
  },
  {
    id: 'grafana-cloud-token',
    positives: standard('GRAFANA_CLOUD_TOKEN', () => 'glc_eyJvIjoi' + rand(B64, 100) + '=='),
    negatives: ['glc_short']
  },
  {
    id: 'grafana-service-account-token',
    positives: standard('GRAFANA_SA_TOKEN', () => `glsa_${rand(ALNUM, 32)}_${rand(HEX, 8)}`),
    negatives: ['glsa_short_1234']
  },
  {
    id: 'grafana-api-key',
    positives: standard('GRAFANA_API_KEY', () => 'eyJrIjoi' + rand(ALNUM, 70) + '=='),
    negatives: ['eyJrIjoi']
  },
  {
    id: 'honeycomb-ingest-key',
    positives: standard('HONEYCOMB_API_KEY', () => 'hcaik_' + rand(LOWER_LETTERS_DIGITS, 58)),
    negatives: ['hcaik_short']
  },
  {
    id: 'honeycomb-api-key',
    positives: standard('HONEYCOMB_API_KEY', () => rand(ALNUM, 22)),
    negatives: ['HONEYCOMB_DATASET=production']
  },
  {
    id: 'dynatrace-token',
    positives: standard(
      'DT_API_TOKEN',
      () => `dt0c01.${rand(UPPER_ALNUM, 24)}.${rand(UPPER_ALNUM, 64)}`
    ),
    negatives: ['dt0c01.SHORT.SHORT']
  },
  {
    id: 'splunk-hec-token',
    positives: standard('SPLUNK_HEC_TOKEN', uuid),
    negatives: ['SPLUNK_INDEX=main']
  },
  {
    id: 'sumologic-access-key',
    positives: standard('SUMO_ACCESS_KEY', () => rand(ALNUM, 64)),
    negatives: [`SUMO_ACCESS_KEY=${rand(HEX, 64).replace(/[0-9]/g, 'a')}`]
  },
  {
    id: 'logzio-token',
    positives: standard('LOGZIO_TOKEN', () =>
      rand('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 32)
    ),
    negatives: ['LOGZIO_LISTENER=listener.logz.io']
  },
  {
    id: 'rollbar-access-token',
    positives: standard('ROLLBAR_ACCESS_TOKEN', () => rand(HEX, 32)),
    negatives: ['ROLLBAR_ENV=production']
  },
  {
    id: 'bugsnag-api-key',
    positives: standard('BUGSNAG_API_KEY', () => rand(HEX, 32)),
    negatives: ['BUGSNAG_RELEASE_STAGE=production']
  },
  {
    id: 'axiom-token',
    positives: standard('AXIOM_TOKEN', () => `xaat-${uuid()}`),
    negatives: ['xaat-short']
  },
  {
    id: 'launchdarkly-key',
    positives: standard('LAUNCHDARKLY_SDK_KEY', () => `sdk-${uuid()}`).concat([
      env('LD_API_TOKEN', `api-${uuid()}`)
    ]),
    negatives: [`request-id: ${uuid()}`, 'sdk-version 1.2.3']
  },
  {
    id: 'posthog-personal-api-key',
    positives: standard('POSTHOG_PERSONAL_API_KEY', () => 'phx_' + rand(ALNUM, 43)),
    negatives: [`POSTHOG_KEY=phc_${rand(ALNUM, 43)}`]
  },
  {
    id: 'opsgenie-api-key',
    positives: standard('OPSGENIE_API_KEY', uuid),
    negatives: ['OPSGENIE_TEAM=infra']
  },
  {
    id: 'elastic-api-key',
    positives: standard('ELASTIC_API_KEY', () => rand(B64URL, 60) + '=='),
    negatives: ['ELASTIC_CLOUD_ID=deployment:region']
  }
]
