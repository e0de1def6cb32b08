import {
  ALNUM,
  B64URL,
  HEX,
  LOWER_ALNUM,
  UPPER_ALNUM,
  env,
  rand,
  standard,
  uuid,
  type RuleSamples
} from '../support.js'

export const PAYMENT_SAMPLES: RuleSamples[] = [
  {
    id: 'stripe-secret-key',
    positives: standard('STRIPE_SECRET_KEY', () => 'sk_live_' + rand(ALNUM, 24)).concat([
      env('STRIPE_KEY', 'sk_test_51' + rand(ALNUM, 97))
    ]),
    negatives: [
      `STRIPE_PUBLISHABLE_KEY=pk_live_${rand(ALNUM, 24)}`,
      `pk_test_${rand(ALNUM, 24)}`,
      'sk_live_short'
    ]
  },
  {
    id: 'stripe-restricted-key',
    positives: standard('STRIPE_RESTRICTED_KEY', () => 'rk_live_' + rand(ALNUM, 24)),
    negatives: [`pk_live_${rand(ALNUM, 24)}`]
  },
  {
    id: 'stripe-webhook-secret',
    positives: standard('STRIPE_WEBHOOK_SECRET', () => 'whsec_' + rand(ALNUM, 32)),
    negatives: ['whsec_short']
  },
  {
    id: 'square-access-token',
    positives: standard('SQUARE_ACCESS_TOKEN', () => 'EAAA' + rand(B64URL, 60)).concat([
      env('SQUARE_TOKEN', 'sq0atp-' + rand(B64URL, 22))
    ]),
    negatives: [`EAAA${rand(B64URL, 30)}`, `sq0idp-${rand(B64URL, 22)}`]
  },
  {
    id: 'square-oauth-secret',
    positives: standard('SQUARE_APP_SECRET', () => 'sq0csp-' + rand(B64URL, 43)),
    negatives: [`sq0csp-${rand(B64URL, 10)}`]
  },
  {
    id: 'paypal-braintree-access-token',
    positives: standard(
      'BRAINTREE_ACCESS_TOKEN',
      () => `access_token$production$${rand(LOWER_ALNUM, 16)}$${rand(HEX, 32)}`
    ),
    negatives: ['access_token$production$abc$def']
  },
  {
    id: 'braintree-private-key',
    positives: standard('BRAINTREE_PRIVATE_KEY', () => rand(HEX, 32)),
    negatives: [`BRAINTREE_MERCHANT_ID=${rand(LOWER_ALNUM, 16)}`]
  },
  {
    id: 'paypal-client-secret',
    positives: standard('PAYPAL_CLIENT_SECRET', () => rand(B64URL, 80)),
    negatives: [`PAYPAL_CLIENT_ID=${rand(B64URL, 80)}`]
  },
  {
    id: 'shopify-token',
    positives: standard('SHOPIFY_ACCESS_TOKEN', () => 'shpat_' + rand(HEX, 32)).concat([
      env('SHOPIFY_SHARED_SECRET', 'shpss_' + rand(HEX, 32)),
      env('SHOPIFY_CUSTOM_APP', 'shpca_' + rand(HEX, 32)),
      env('SHOPIFY_PRIVATE_APP', 'shppa_' + rand(HEX, 32))
    ]),
    negatives: [`shpat_${rand(HEX, 20)}`, `shpxx_${rand(HEX, 32)}`]
  },
  {
    id: 'razorpay-key',
    positives: standard('RAZORPAY_KEY_ID', () => 'rzp_live_' + rand(ALNUM, 14)),
    negatives: ['rzp_live_short']
  },
  {
    id: 'razorpay-key-secret',
    positives: standard('RAZORPAY_KEY_SECRET', () => rand(ALNUM, 24)),
    negatives: ['RAZORPAY_KEY_SECRET=abcdefghijklmnopqrstuvwx']
  },
  {
    id: 'mollie-api-key',
    positives: standard('MOLLIE_API_KEY', () => 'live_' + rand(ALNUM, 30)),
    negatives: [
      'def test_should_create_payment_for_order(self):',
      `live_${rand(LOWER_ALNUM, 30).replace(/[0-9]/g, 'x')}`
    ]
  },
  {
    id: 'mollie-access-token',
    positives: standard('MOLLIE_ACCESS_TOKEN', () => 'access_' + rand(ALNUM, 40)),
    negatives: ['access_token_expires_at_timestamp_in_seconds_value']
  },
  {
    id: 'gocardless-access-token',
    positives: standard(
      'GOCARDLESS_ACCESS_TOKEN',
      () => 'live_' + rand(ALNUM, 20) + '-' + rand(ALNUM, 19)
    ),
    negatives: ['live_reload_enabled_for_the_development_server']
  },
  {
    id: 'flutterwave-secret-key',
    positives: standard('FLW_SECRET_KEY', () => 'FLWSECK_TEST-' + rand(HEX, 32) + '-X'),
    negatives: [`FLWPUBK_TEST-${rand(HEX, 32)}-X`]
  },
  {
    id: 'flutterwave-encryption-key',
    positives: standard('FLW_ENCRYPTION_KEY', () => 'FLWSECK_TEST' + rand(HEX, 12)),
    negatives: ['FLWSECK_TEST']
  },
  {
    id: 'paystack-secret-key',
    positives: standard('PAYSTACK_SECRET_KEY', () => 'sk_live_' + rand(HEX, 40)),
    negatives: [`PAYSTACK_PUBLIC_KEY=pk_live_${rand(HEX, 40)}`]
  },
  {
    id: 'paddle-api-key',
    positives: standard(
      'PADDLE_API_KEY',
      () => 'pdl_live_apikey_01' + rand(UPPER_ALNUM, 24) + '_' + rand(ALNUM, 22)
    ),
    negatives: ['pdl_live_apikey_short']
  },
  {
    id: 'checkout-secret-key',
    positives: standard('CKO_SECRET_KEY', () => 'sk_sbox_' + rand(LOWER_ALNUM, 26)),
    negatives: [`pk_sbox_${rand(LOWER_ALNUM, 26)}`]
  },
  {
    id: 'plaid-access-token',
    positives: standard('PLAID_ACCESS_TOKEN', () => `access-sandbox-${uuid()}`).concat([
      env('PLAID_TOKEN', `access-production-${uuid()}`)
    ]),
    negatives: [`public-sandbox-${uuid()}`]
  },
  {
    id: 'plaid-secret',
    positives: standard('PLAID_SECRET', () => rand(HEX, 30)),
    negatives: [`PLAID_CLIENT_ID=${rand(HEX, 24)}`]
  },
  {
    id: 'coinbase-commerce-api-key',
    positives: standard('COINBASE_COMMERCE_API_KEY', uuid).concat([
      env('COINBASE_API_SECRET', rand(ALNUM, 32))
    ]),
    negatives: ['COINBASE_ENV=sandbox']
  }
]
