/** Names the generators draw from: domain words, in the casings frameworks use. */
export const NOUNS = [
  'user',
  'order',
  'invoice',
  'payment',
  'product',
  'cart',
  'session',
  'account',
  'report',
  'comment',
  'post',
  'team',
  'project',
  'task',
  'note',
  'message',
  'profile',
  'setting',
  'subscription',
  'coupon',
  'shipment',
  'address',
  'category',
  'tag',
  'review',
  'token',
  'permission',
  'role',
  'audit',
  'webhook',
  'notification',
  'upload',
  'export',
  'search',
  'billing',
  'refund',
  'customer',
  'vendor',
  'warehouse',
  'ticket'
] as const

export const SERVICE_NAMES = [
  'shop',
  'billing',
  'identity',
  'catalog',
  'search',
  'notify',
  'admin',
  'gateway',
  'ledger',
  'reports',
  'media',
  'inventory',
  'checkout',
  'support',
  'analytics',
  'auth-api',
  'web',
  'mobile-api',
  'worker',
  'scheduler'
] as const

export const pascal = (word: string): string =>
  word
    .split(/[-_]/)
    .map(part => part.charAt(0).toUpperCase() + part.slice(1))
    .join('')

export const snake = (word: string): string => word.replace(/-/g, '_')
