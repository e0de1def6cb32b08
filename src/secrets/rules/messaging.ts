import type { SecretRule } from '../types.js'
import { assigned, prefixed, UUID } from './build.js'
import { characterClasses, looksRandom } from './entropy.js'

export const MESSAGING_RULES: SecretRule[] = [
  {
    id: 'slack-bot-token',
    title: 'Slack bot token',
    category: 'messaging',
    keywords: ['xoxb-'],
    pattern: prefixed('xoxb-[0-9]{8,14}-(?:[0-9]{8,14}-)?[A-Za-z0-9]{20,40}'),
    minEntropy: 3.5
  },
  {
    id: 'slack-user-token',
    title: 'Slack user token',
    category: 'messaging',
    keywords: ['xoxp-'],
    pattern: prefixed('xoxp-[0-9]{8,14}-[0-9]{8,14}-[0-9]{8,14}-[A-Za-z0-9]{24,40}'),
    minEntropy: 3.5
  },
  {
    id: 'slack-legacy-token',
    title: 'Slack workspace, refresh or legacy token (xoxa/xoxr/xoxs/xoxo)',
    category: 'messaging',
    keywords: ['xoxa-', 'xoxr-', 'xoxs-', 'xoxo-'],
    pattern: prefixed('xox[aors]-[0-9]{1,14}-[A-Za-z0-9-]{20,250}'),
    minEntropy: 3.5
  },
  {
    id: 'slack-config-token',
    title: 'Slack configuration (refresh) token',
    category: 'messaging',
    keywords: ['xoxe.xox', 'xoxe-'],
    pattern: prefixed('xoxe(?:\\.xox[bp])?-[0-9]-[A-Za-z0-9]{100,250}'),
    minEntropy: 4
  },
  {
    id: 'slack-app-token',
    title: 'Slack app-level token',
    category: 'messaging',
    keywords: ['xapp-'],
    pattern: prefixed('xapp-[0-9]-[A-Z0-9]{8,14}-[0-9]{10,16}-[A-Za-z0-9]{32,80}'),
    minEntropy: 3.5
  },
  {
    id: 'slack-webhook-url',
    title: 'Slack incoming webhook / workflow URL',
    category: 'messaging',
    keywords: ['hooks.slack.com'],
    pattern:
      /(?<secret>hooks\.slack\.com\/(?:services\/T[A-Z0-9]{8,12}\/B[A-Z0-9]{8,12}\/[A-Za-z0-9]{23,34}|(?:workflows|triggers)\/T[A-Z0-9]{8,12}\/[A-Z0-9]{8,14}\/[0-9]{8,20}\/[A-Za-z0-9]{23,34}))(?![A-Za-z0-9])/
  },
  {
    id: 'twilio-api-key',
    title: 'Twilio API key SID',
    category: 'messaging',
    keywords: ['sk'],
    pattern: prefixed('SK[0-9a-f]{32}', '(?![A-Za-z0-9])'),
    minEntropy: 3
  },
  {
    id: 'twilio-auth-token',
    title: 'Twilio auth token or API secret',
    category: 'messaging',
    keywords: ['twilio'],
    pattern: assigned('twilio[\\w.-]{0,20}(?:token|secret|auth)', '[a-f0-9]{32}|[A-Za-z0-9]{32}'),
    minEntropy: 3.2
  },
  {
    id: 'twilio-credential-pair',
    title: 'Twilio account SID with its auth token',
    category: 'messaging',
    keywords: ['ac'],
    pattern: /\bAC[0-9a-f]{32}[\s:,'"|/]{1,6}(?<secret>[0-9a-f]{32})(?![A-Za-z0-9])/,
    minEntropy: 3.2
  },
  {
    id: 'sendgrid-api-key',
    title: 'SendGrid API key',
    category: 'messaging',
    keywords: ['sg.'],
    pattern: prefixed('SG\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}'),
    minEntropy: 4
  },
  {
    id: 'mailgun-api-key',
    title: 'Mailgun API key',
    category: 'messaging',
    keywords: ['key-'],
    pattern: prefixed('key-[a-z0-9]{32}', '(?![A-Za-z0-9])'),
    minEntropy: 3.2
  },
  {
    id: 'mailgun-private-key',
    title: 'Mailgun private API key (new format)',
    category: 'messaging',
    keywords: ['mailgun'],
    pattern: /\b(?<secret>[a-f0-9]{32}-[a-f0-9]{8}-[a-f0-9]{8})(?![A-Za-z0-9-])/,
    minEntropy: 3.2
  },
  {
    id: 'mailchimp-api-key',
    title: 'Mailchimp API key',
    category: 'messaging',
    keywords: ['-us'],
    pattern: /\b(?<secret>[a-f0-9]{32}-us[0-9]{1,2})(?![A-Za-z0-9])/,
    minEntropy: 3.2
  },
  {
    id: 'mandrill-api-key',
    title: 'Mailchimp Transactional (Mandrill) API key',
    category: 'messaging',
    keywords: ['mandrill'],
    pattern: assigned('mandrill', 'md-[A-Za-z0-9_-]{22}|[A-Za-z0-9_-]{22}'),
    validate: looksRandom
  },
  {
    id: 'brevo-api-key',
    title: 'Brevo (Sendinblue) API or SMTP key',
    category: 'messaging',
    keywords: ['xkeysib-', 'xsmtpsib-'],
    pattern: prefixed('x(?:keysib|smtpsib)-[a-f0-9]{64}-[A-Za-z0-9]{16}', '(?![A-Za-z0-9])')
  },
  {
    id: 'postmark-server-token',
    title: 'Postmark server or account token',
    category: 'messaging',
    keywords: ['postmark'],
    pattern: assigned('postmark', UUID)
  },
  {
    id: 'mailjet-api-secret',
    title: 'Mailjet API key or secret',
    category: 'messaging',
    keywords: ['mailjet', 'mj_apikey'],
    pattern: assigned('mailjet|mj_apikey', '[a-f0-9]{32}'),
    minEntropy: 3.2
  },
  {
    id: 'resend-api-key',
    title: 'Resend API key',
    category: 'messaging',
    keywords: ['re_'],
    pattern: prefixed('re_[A-Za-z0-9]{8}_[A-Za-z0-9]{24}', '(?![A-Za-z0-9_])'),
    validate: secret => characterClasses(secret) >= 4
  },
  {
    id: 'sparkpost-api-key',
    title: 'SparkPost API key',
    category: 'messaging',
    keywords: ['sparkpost'],
    pattern: assigned('sparkpost', '[a-f0-9]{40}'),
    minEntropy: 3.2
  },
  {
    id: 'intercom-access-token',
    title: 'Intercom access token',
    category: 'messaging',
    // base64 of "tok:".
    keywords: ['dg9ro'],
    pattern: prefixed('dG9rO[A-Za-z0-9+/_-]{50,100}={0,2}', '(?![A-Za-z0-9+/_=-])'),
    minEntropy: 4
  },
  {
    id: 'discord-bot-token',
    title: 'Discord bot token',
    category: 'messaging',
    keywords: ['discord'],
    // base64 of the bot's numeric id, a timestamp, then an HMAC.
    pattern:
      /\b(?<secret>[MNO][A-Za-z0-9_-]{23,27}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,40})(?![A-Za-z0-9_-])/,
    minEntropy: 4
  },
  {
    id: 'discord-webhook-url',
    title: 'Discord webhook URL',
    category: 'messaging',
    keywords: ['/api/webhooks/'],
    pattern:
      /(?<secret>discord(?:app)?\.com\/api\/webhooks\/[0-9]{17,20}\/[A-Za-z0-9_-]{60,72})(?![A-Za-z0-9_-])/
  },
  {
    id: 'telegram-bot-token',
    title: 'Telegram bot token',
    category: 'messaging',
    keywords: ['telegram', 'bot', ':aa'],
    pattern: /\b(?<secret>[0-9]{8,10}:[A-Za-z0-9_-]{35})(?![A-Za-z0-9_-])/,
    validate: secret => characterClasses(secret.slice(secret.indexOf(':') + 1)) >= 3
  },
  {
    id: 'microsoft-teams-webhook-url',
    title: 'Microsoft Teams incoming webhook URL',
    category: 'messaging',
    keywords: ['webhook.office.com', 'outlook.office.com/webhook'],
    // Starts at the literal host so V8 can skip ahead; the tenant subdomain is not part of the secret.
    pattern: new RegExp(
      `(?<secret>(?:webhook\\.office\\.com/webhookb2|outlook\\.office\\.com/webhook)/${UUID}@${UUID}/IncomingWebhook/[a-f0-9]{32}/${UUID}(?:/[A-Za-z0-9_-]{20,60})?)`
    )
  },
  {
    id: 'vonage-api-secret',
    title: 'Vonage (Nexmo) API secret',
    category: 'messaging',
    keywords: ['vonage', 'nexmo'],
    pattern: assigned('(?:vonage|nexmo)[\\w.-]{0,20}secret', '[A-Za-z0-9]{16}'),
    validate: looksRandom
  },
  {
    id: 'pusher-secret',
    title: 'Pusher app secret',
    category: 'messaging',
    keywords: ['pusher'],
    pattern: assigned('pusher[\\w.-]{0,20}secret', '[a-f0-9]{20}'),
    minEntropy: 3.2
  }
]
