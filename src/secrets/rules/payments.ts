import type { SecretRule } from '../types.js'
import { assigned, prefixed, UUID } from './build.js'
import { characterClasses, looksRandom } from './entropy.js'

export const PAYMENT_RULES: SecretRule[] = [
  {
    id: 'stripe-secret-key',
    title: 'Stripe secret key',
    category: 'payments',
    keywords: ['sk_live_', 'sk_test_'],
    // Publishable pk_ keys are public by design and deliberately absent.
    pattern: prefixed('sk_(?:live|test)_[A-Za-z0-9]{20,247}', '(?![A-Za-z0-9_])'),
    minEntropy: 3.5
  },
  {
    id: 'stripe-restricted-key',
    title: 'Stripe restricted key',
    category: 'payments',
    keywords: ['rk_live_', 'rk_test_'],
    pattern: prefixed('rk_(?:live|test)_[A-Za-z0-9]{20,247}', '(?![A-Za-z0-9_])'),
    minEntropy: 3.5
  },
  {
    id: 'stripe-webhook-secret',
    title: 'Stripe webhook signing secret',
    category: 'payments',
    keywords: ['whsec_'],
    pattern: prefixed('whsec_[A-Za-z0-9+/=]{32,88}', '(?![A-Za-z0-9_+/=-])'),
    minEntropy: 3.5
  },
  {
    id: 'square-access-token',
    title: 'Square access token',
    category: 'payments',
    keywords: ['sq0atp-', 'eaaa'],
    pattern: prefixed('(?:sq0atp-[A-Za-z0-9_-]{22}|EAAA[A-Za-z0-9_-]{60})'),
    minEntropy: 3.5
  },
  {
    id: 'square-oauth-secret',
    title: 'Square application (OAuth) secret',
    category: 'payments',
    keywords: ['sq0csp-'],
    pattern: prefixed('sq0csp-[A-Za-z0-9_-]{43}'),
    minEntropy: 3.5
  },
  {
    id: 'paypal-braintree-access-token',
    title: 'PayPal / Braintree access token',
    category: 'payments',
    keywords: ['access_token$'],
    pattern: prefixed(
      'access_token\\$(?:production|sandbox)\\$[0-9a-z]{16}\\$[0-9a-f]{32}',
      '(?![A-Za-z0-9])'
    )
  },
  {
    id: 'braintree-private-key',
    title: 'Braintree private key',
    category: 'payments',
    keywords: ['braintree'],
    pattern: assigned('braintree[\\w.-]{0,20}private', '[a-f0-9]{32}'),
    minEntropy: 3.2
  },
  {
    id: 'paypal-client-secret',
    title: 'PayPal REST client secret',
    category: 'payments',
    keywords: ['paypal'],
    pattern: assigned('paypal[\\w.-]{0,20}secret', '[A-Za-z0-9_-]{80}'),
    minEntropy: 4
  },
  {
    id: 'shopify-token',
    title: 'Shopify access token or shared secret',
    category: 'payments',
    keywords: ['shpat_', 'shpca_', 'shppa_', 'shpss_'],
    pattern: prefixed('shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}', '(?![A-Za-z0-9])')
  },
  {
    id: 'razorpay-key',
    title: 'Razorpay API key id',
    category: 'payments',
    keywords: ['rzp_live_', 'rzp_test_'],
    pattern: prefixed('rzp_(?:live|test)_[A-Za-z0-9]{14}', '(?![A-Za-z0-9])')
  },
  {
    id: 'razorpay-key-secret',
    title: 'Razorpay API key secret',
    category: 'payments',
    keywords: ['razorpay'],
    pattern: assigned('razorpay[\\w.-]{0,20}secret', '[A-Za-z0-9]{24}'),
    validate: looksRandom
  },
  {
    id: 'mollie-api-key',
    title: 'Mollie API key',
    category: 'payments',
    keywords: ['live_', 'test_'],
    pattern: prefixed('(?:live|test)_[A-Za-z0-9]{30}', '(?![A-Za-z0-9_-])'),
    validate: secret => characterClasses(secret) >= 3
  },
  {
    id: 'mollie-access-token',
    title: 'Mollie organization access token',
    category: 'payments',
    keywords: ['access_'],
    pattern: prefixed('access_[A-Za-z0-9]{40}', '(?![A-Za-z0-9_-])'),
    validate: secret => characterClasses(secret) >= 3
  },
  {
    id: 'gocardless-access-token',
    title: 'GoCardless access token',
    category: 'payments',
    keywords: ['live_', 'sandbox_'],
    pattern: prefixed('(?:live|sandbox)_[A-Za-z0-9_-]{40}', '(?![A-Za-z0-9_-])'),
    validate: secret => characterClasses(secret) >= 3
  },
  {
    id: 'flutterwave-secret-key',
    title: 'Flutterwave secret key',
    category: 'payments',
    keywords: ['flwseck'],
    pattern: prefixed('FLWSECK(?:_TEST)?-[a-fA-F0-9]{32}-X', '(?![A-Za-z0-9])')
  },
  {
    id: 'flutterwave-encryption-key',
    title: 'Flutterwave encryption key',
    category: 'payments',
    keywords: ['flwseck'],
    pattern: prefixed('FLWSECK(?:_TEST)?[a-fA-F0-9]{12}', '(?![A-Za-z0-9-])')
  },
  {
    id: 'paystack-secret-key',
    title: 'Paystack secret key',
    category: 'payments',
    keywords: ['paystack'],
    pattern: assigned('paystack', 'sk_(?:live|test)_[a-f0-9]{40}')
  },
  {
    id: 'paddle-api-key',
    title: 'Paddle API key',
    category: 'payments',
    keywords: ['pdl_live_apikey_', 'pdl_sdbx_apikey_'],
    pattern: prefixed('pdl_(?:live|sdbx)_apikey_[A-Za-z0-9_]{40,80}', '(?![A-Za-z0-9_-])'),
    minEntropy: 3.5
  },
  {
    id: 'checkout-secret-key',
    title: 'Checkout.com secret key',
    category: 'payments',
    keywords: ['sk_sbox_'],
    pattern: prefixed('sk_sbox_[a-z0-9]{26}', '(?![A-Za-z0-9_])'),
    minEntropy: 3.5
  },
  {
    id: 'plaid-access-token',
    title: 'Plaid access token',
    category: 'payments',
    keywords: ['access-sandbox-', 'access-development-', 'access-production-'],
    pattern: prefixed(`access-(?:sandbox|development|production)-${UUID}`, '(?![A-Za-z0-9])')
  },
  {
    id: 'plaid-secret',
    title: 'Plaid secret',
    category: 'payments',
    keywords: ['plaid'],
    pattern: assigned('plaid[\\w.-]{0,20}secret', '[a-f0-9]{30}'),
    minEntropy: 3.2
  },
  {
    id: 'coinbase-commerce-api-key',
    title: 'Coinbase / Coinbase Commerce API key',
    category: 'payments',
    keywords: ['coinbase'],
    pattern: assigned('coinbase', `${UUID}|[A-Za-z0-9]{32}`),
    minEntropy: 3.2
  }
]
