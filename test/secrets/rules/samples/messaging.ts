import {
  ALNUM,
  B64URL,
  DIGITS,
  HEX,
  UPPER_ALNUM,
  env,
  rand,
  standard,
  uuid,
  within,
  type RuleSamples
} from '../support.js'

const digits = (n: number): string => rand('123456789', 1) + rand(DIGITS, n - 1)

export const MESSAGING_SAMPLES: RuleSamples[] = [
  {
    id: 'slack-bot-token',
    positives: standard(
      'SLACK_BOT_TOKEN',
      () => `xoxb-${digits(12)}-${digits(13)}-${rand(ALNUM, 24)}`
    ),
    negatives: ['SLACK_BOT_TOKEN=xoxb-12345-abcd234', 'xoxb-your-token-here']
  },
  {
    id: 'slack-user-token',
    positives: standard(
      'SLACK_USER_TOKEN',
      () => `xoxp-${digits(12)}-${digits(12)}-${digits(13)}-${rand(HEX, 32)}`
    ),
    negatives: ['xoxp-123-456-789-abc']
  },
  {
    id: 'slack-legacy-token',
    positives: standard(
      'SLACK_WORKSPACE_TOKEN',
      () => `xoxa-2-${digits(12)}-${rand(ALNUM, 40)}`
    ).concat([env('SLACK_REFRESH', `xoxr-${digits(12)}-${rand(ALNUM, 30)}`)]),
    negatives: ['xoxa-2-short']
  },
  {
    id: 'slack-config-token',
    positives: standard('SLACK_CONFIG_TOKEN', () => `xoxe.xoxp-1-${rand(ALNUM, 140)}`).concat([
      env('SLACK_CONFIG_REFRESH', `xoxe-1-${rand(ALNUM, 140)}`)
    ]),
    negatives: ['xoxe-1-short']
  },
  {
    id: 'slack-app-token',
    positives: standard(
      'SLACK_APP_TOKEN',
      () => `xapp-1-A${rand(UPPER_ALNUM, 10)}-${digits(13)}-${rand(HEX, 64)}`
    ),
    negatives: ['xapp-1-short']
  },
  {
    id: 'slack-webhook-url',
    positives: standard(
      'SLACK_WEBHOOK_URL',
      () =>
        `hooks.slack.com/services/T${rand(UPPER_ALNUM, 8)}/B${rand(UPPER_ALNUM, 10)}/${rand(ALNUM, 24)}`
    ).map(p => ({ text: p.text.replace(p.secret, `https://${p.secret}`), secret: p.secret })),
    negatives: ['https://hooks.slack.com/services/T000/B000/XXXX', 'https://hooks.slack.com/']
  },
  {
    id: 'twilio-api-key',
    positives: standard('TWILIO_API_KEY', () => 'SK' + rand(HEX, 32)),
    negatives: [
      `TASK_ID=SK${rand(HEX, 20)}`,
      `SKU${rand(HEX, 32)}`,
      'the task is to ask for the disk'
    ]
  },
  {
    id: 'twilio-auth-token',
    positives: standard('TWILIO_AUTH_TOKEN', () => rand(HEX, 32)),
    negatives: [`TWILIO_ACCOUNT_SID=AC${rand(HEX, 32)}`]
  },
  {
    id: 'twilio-credential-pair',
    positives: [1, 2].map(() =>
      within(rand(HEX, 32), s => `client = Client("AC${rand(HEX, 32)}", "${s}")`)
    ),
    negatives: [`account: AC${rand(HEX, 32)}`]
  },
  {
    id: 'sendgrid-api-key',
    positives: standard('SENDGRID_API_KEY', () => `SG.${rand(B64URL, 22)}.${rand(B64URL, 43)}`),
    negatives: ['SENDGRID_API_KEY=SG.xxxxx.yyyyy', `SG.${rand(B64URL, 22)}`]
  },
  {
    id: 'mailgun-api-key',
    positives: standard('MAILGUN_API_KEY', () => 'key-' + rand(HEX, 32)),
    negatives: ['primary-key-value', `key-${rand(HEX, 20)}`]
  },
  {
    id: 'mailgun-private-key',
    positives: standard(
      'MAILGUN_API_KEY',
      () => `${rand(HEX, 32)}-${rand(HEX, 8)}-${rand(HEX, 8)}`
    ),
    negatives: [`mailgun_domain = mg.example.test`, `mailgun id ${uuid()}`]
  },
  {
    id: 'mailchimp-api-key',
    positives: standard(
      'MAILCHIMP_API_KEY',
      () => `${rand(HEX, 32)}-us${rand('123456789', 1)}${rand(DIGITS, 1)}`
    ),
    negatives: [`locale: en-us`, `${rand(HEX, 32)}-eu1`]
  },
  {
    id: 'mandrill-api-key',
    positives: standard('MANDRILL_API_KEY', () => 'md-' + rand(ALNUM, 22)),
    negatives: ['MANDRILL_API_KEY=md-button-primary']
  },
  {
    id: 'brevo-api-key',
    positives: standard('BREVO_API_KEY', () => `xkeysib-${rand(HEX, 64)}-${rand(ALNUM, 16)}`),
    negatives: ['xkeysib-short']
  },
  {
    id: 'postmark-server-token',
    positives: standard('POSTMARK_SERVER_TOKEN', uuid),
    negatives: ['POSTMARK_FROM=ops@example.test']
  },
  {
    id: 'mailjet-api-secret',
    positives: standard('MAILJET_API_SECRET', () => rand(HEX, 32)),
    negatives: ['MAILJET_SENDER=ops']
  },
  {
    id: 'resend-api-key',
    positives: standard('RESEND_API_KEY', () => `re_${rand(ALNUM, 8)}_${rand(ALNUM, 24)}`),
    negatives: ['re_compile_pattern_for_matching_input', 're_path("^api/", include(urls))']
  },
  {
    id: 'sparkpost-api-key',
    positives: standard('SPARKPOST_API_KEY', () => rand(HEX, 40)),
    negatives: ['SPARKPOST_HOST=api.sparkpost.com']
  },
  {
    id: 'intercom-access-token',
    positives: standard('INTERCOM_ACCESS_TOKEN', () => 'dG9rOj' + rand(ALNUM, 54) + '=='),
    negatives: ['dG9rOj']
  },
  {
    id: 'discord-bot-token',
    positives: standard(
      'DISCORD_BOT_TOKEN',
      () => `M${rand(B64URL, 25)}.${rand(B64URL, 6)}.${rand(B64URL, 38)}`
    ),
    negatives: [`discord_client_id = ${digits(18)}`, `discord version M1.2.3`]
  },
  {
    id: 'discord-webhook-url',
    positives: standard(
      'DISCORD_WEBHOOK',
      () => `discord.com/api/webhooks/${digits(19)}/${rand(B64URL, 68)}`
    ),
    negatives: ['https://discord.com/api/webhooks/123/abc']
  },
  {
    id: 'telegram-bot-token',
    positives: standard('TELEGRAM_BOT_TOKEN', () => `${digits(10)}:AA${rand(B64URL, 33)}`),
    negatives: [`telegram time 1700000000:${'a'.repeat(35)}`, 'bot_id = 123456789']
  },
  {
    id: 'microsoft-teams-webhook-url',
    positives: standard(
      'TEAMS_WEBHOOK_URL',
      () =>
        `webhook.office.com/webhookb2/${uuid()}@${uuid()}/IncomingWebhook/${rand(HEX, 32)}/${uuid()}`
    ).map(p => ({
      text: p.text.replace(p.secret, `https://contoso.${p.secret}`),
      secret: p.secret
    })),
    negatives: ['https://contoso.webhook.office.com/webhookb2/abc']
  },
  {
    id: 'vonage-api-secret',
    positives: standard('VONAGE_API_SECRET', () => rand(ALNUM, 16)),
    negatives: ['VONAGE_API_KEY=abcd1234']
  },
  {
    id: 'pusher-secret',
    positives: standard('PUSHER_APP_SECRET', () => rand(HEX, 20)),
    negatives: ['PUSHER_APP_CLUSTER=eu']
  }
]
