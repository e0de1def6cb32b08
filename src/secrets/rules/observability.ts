import type { SecretRule } from '../types.js'
import { assigned, prefixed, UUID } from './build.js'
import { characterClasses, looksRandom } from './entropy.js'

export const OBSERVABILITY_RULES: SecretRule[] = [
  {
    id: 'datadog-api-key',
    title: 'Datadog API key',
    category: 'observability',
    keywords: ['datadog', 'dd_', 'dd-api'],
    pattern: assigned('datadog|dd[_-]', '[a-f0-9]{32}'),
    minEntropy: 3.2
  },
  {
    id: 'datadog-app-key',
    title: 'Datadog application key',
    category: 'observability',
    keywords: ['datadog', 'dd_', 'dd-app'],
    pattern: assigned('datadog|dd[_-]', '[a-f0-9]{40}'),
    minEntropy: 3.2
  },
  {
    id: 'new-relic-user-api-key',
    title: 'New Relic user API key',
    category: 'observability',
    keywords: ['nrak-'],
    pattern: prefixed('NRAK-[A-Z0-9]{27}', '(?![A-Za-z0-9])')
  },
  {
    id: 'new-relic-admin-api-key',
    title: 'New Relic admin API key',
    category: 'observability',
    keywords: ['nraa-'],
    pattern: prefixed('NRAA-[a-f0-9]{27}', '(?![A-Za-z0-9])')
  },
  {
    id: 'new-relic-browser-api-key',
    title: 'New Relic browser API key',
    category: 'observability',
    keywords: ['nrjs-'],
    pattern: prefixed('NRJS-[a-f0-9]{19}', '(?![A-Za-z0-9])')
  },
  {
    id: 'new-relic-insights-key',
    title: 'New Relic Insights insert/query key',
    category: 'observability',
    keywords: ['nrii-', 'nriq-'],
    pattern: prefixed('NRI[IQ]-[A-Za-z0-9_-]{32}')
  },
  {
    id: 'new-relic-license-key',
    title: 'New Relic ingest license key',
    category: 'observability',
    keywords: ['nral'],
    pattern: /\b(?<secret>[a-f0-9]{36}NRAL)(?![A-Za-z0-9])/i
  },
  {
    id: 'sentry-org-token',
    title: 'Sentry organization auth token',
    category: 'observability',
    keywords: ['sntrys_'],
    pattern: prefixed('sntrys_eyJ[A-Za-z0-9+/=_-]{50,400}', '(?![A-Za-z0-9+/=_-])')
  },
  {
    id: 'sentry-user-token',
    title: 'Sentry user auth token',
    category: 'observability',
    keywords: ['sntryu_'],
    pattern: prefixed('sntryu_[a-f0-9]{64}', '(?![A-Za-z0-9])')
  },
  {
    id: 'sentry-legacy-auth-token',
    title: 'Sentry auth token (64 hex)',
    category: 'observability',
    keywords: ['sentry'],
    pattern: assigned('sentry[\\w.-]{0,20}(?:auth|token)', '[a-f0-9]{64}'),
    minEntropy: 3.2
  },
  {
    id: 'sentry-dsn',
    title: 'Sentry DSN with key',
    category: 'observability',
    keywords: ['sentry'],
    pattern:
      /https?:\/\/(?<secret>[a-f0-9]{32}(?::[a-f0-9]{32})?)@[a-z0-9.-]{0,80}sentry[a-z0-9.-]{0,80}(?::[0-9]{2,5})?\/[0-9]{1,12}/i,
    minEntropy: 3
  },
  {
    id: 'pagerduty-api-key',
    title: 'PagerDuty REST API key',
    category: 'observability',
    keywords: ['pagerduty', 'pd_'],
    pattern: assigned(
      'pagerduty|pd_(?:api|token|key)',
      'u\\+[A-Za-z0-9_+-]{18}|[A-Za-z0-9_+-]{20}'
    ),
    validate: looksRandom
  },
  {
    id: 'pagerduty-integration-key',
    title: 'PagerDuty integration (routing) key',
    category: 'observability',
    keywords: ['pagerduty', 'routing_key', 'integration_key', 'service_key'],
    pattern: assigned(
      'pagerduty|routing[_-]?key|integration[_-]?key|service[_-]?key',
      '[a-f0-9]{32}'
    ),
    minEntropy: 3.2
  },
  {
    id: 'grafana-cloud-token',
    title: 'Grafana Cloud access policy token',
    category: 'observability',
    keywords: ['glc_'],
    pattern: prefixed('glc_[A-Za-z0-9+/]{32,400}={0,2}', '(?![A-Za-z0-9+/=_-])'),
    minEntropy: 4
  },
  {
    id: 'grafana-service-account-token',
    title: 'Grafana service account token',
    category: 'observability',
    keywords: ['glsa_'],
    pattern: prefixed('glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}', '(?![A-Za-z0-9_])')
  },
  {
    id: 'grafana-api-key',
    title: 'Grafana API key (legacy)',
    category: 'observability',
    // base64 of `{"k":"`.
    keywords: ['eyjrijoi'],
    pattern: prefixed('eyJrIjoi[A-Za-z0-9+/]{40,120}={0,2}', '(?![A-Za-z0-9+/=_-])'),
    minEntropy: 4
  },
  {
    id: 'honeycomb-ingest-key',
    title: 'Honeycomb ingest key',
    category: 'observability',
    keywords: ['hcaik_', 'hcxik_'],
    pattern: prefixed('hc[a-z]ik_[a-z0-9]{58}', '(?![A-Za-z0-9_])'),
    minEntropy: 3.5
  },
  {
    id: 'honeycomb-api-key',
    title: 'Honeycomb configuration API key',
    category: 'observability',
    keywords: ['honeycomb'],
    pattern: assigned('honeycomb', '[A-Za-z0-9]{22}|[a-f0-9]{32}'),
    validate: secret => characterClasses(secret) >= 2
  },
  {
    id: 'dynatrace-token',
    title: 'Dynatrace API token',
    category: 'observability',
    keywords: ['dt0c01.', 'dt0s01.', 'dt0s02.', 'dt0a01.'],
    pattern: prefixed('dt0[a-z][0-9]{2}\\.[A-Z0-9]{24}\\.[A-Z0-9]{64}', '(?![A-Za-z0-9])')
  },
  {
    id: 'splunk-hec-token',
    title: 'Splunk HTTP Event Collector token',
    category: 'observability',
    keywords: ['splunk'],
    pattern: assigned('splunk', UUID)
  },
  {
    id: 'sumologic-access-key',
    title: 'Sumo Logic access key',
    category: 'observability',
    keywords: ['sumo'],
    pattern: assigned('sumo[\\w.-]{0,20}(?:key|secret)', '[A-Za-z0-9]{64}'),
    validate: looksRandom
  },
  {
    id: 'logzio-token',
    title: 'Logz.io token',
    category: 'observability',
    keywords: ['logz'],
    pattern: assigned('logz', '[A-Za-z]{32}'),
    validate: secret => /[a-z]/.test(secret) && /[A-Z]/.test(secret)
  },
  {
    id: 'rollbar-access-token',
    title: 'Rollbar access token',
    category: 'observability',
    keywords: ['rollbar'],
    pattern: assigned('rollbar', '[a-f0-9]{32}'),
    minEntropy: 3.2
  },
  {
    id: 'bugsnag-api-key',
    title: 'Bugsnag API key',
    category: 'observability',
    keywords: ['bugsnag'],
    pattern: assigned('bugsnag', '[a-f0-9]{32}'),
    minEntropy: 3.2
  },
  {
    id: 'axiom-token',
    title: 'Axiom API or personal token',
    category: 'observability',
    keywords: ['xaat-', 'xapt-'],
    pattern: prefixed(`xa[ap]t-${UUID}`, '(?![A-Za-z0-9_-])')
  },
  {
    id: 'launchdarkly-key',
    title: 'LaunchDarkly SDK key or API access token',
    category: 'observability',
    keywords: ['sdk-', 'api-'],
    pattern: prefixed(`(?:sdk|api)-${UUID}`, '(?![A-Za-z0-9_-])')
  },
  {
    id: 'posthog-personal-api-key',
    title: 'PostHog personal API key',
    category: 'observability',
    keywords: ['phx_'],
    pattern: prefixed('phx_[A-Za-z0-9]{43}', '(?![A-Za-z0-9_])'),
    minEntropy: 3.8
  },
  {
    id: 'opsgenie-api-key',
    title: 'Opsgenie API key',
    category: 'observability',
    keywords: ['opsgenie'],
    pattern: assigned('opsgenie', UUID)
  },
  {
    id: 'elastic-api-key',
    title: 'Elastic Cloud API key',
    category: 'observability',
    keywords: ['elastic'],
    pattern: assigned('elastic[\\w.-]{0,20}(?:key|token|secret)', '[A-Za-z0-9_=-]{40,120}'),
    validate: looksRandom
  }
]
