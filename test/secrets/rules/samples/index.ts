import type { RuleSamples } from '../support.js'
import { AI_SAMPLES } from './ai.js'
import { CLOUD_SAMPLES } from './cloud.js'
import { GENERIC_SAMPLES } from './generic.js'
import { KEY_SAMPLES } from './keys.js'
import { MESSAGING_SAMPLES } from './messaging.js'
import { OBSERVABILITY_SAMPLES } from './observability.js'
import { PAYMENT_SAMPLES } from './payments.js'
import { PLATFORM_SAMPLES } from './platforms.js'
import { REGISTRY_SAMPLES } from './registries.js'
import { TOKEN_SAMPLES } from './tokens.js'
import { VCS_SAMPLES } from './vcs.js'

export const ALL_SAMPLES: RuleSamples[] = [
  ...CLOUD_SAMPLES,
  ...VCS_SAMPLES,
  ...REGISTRY_SAMPLES,
  ...PAYMENT_SAMPLES,
  ...MESSAGING_SAMPLES,
  ...AI_SAMPLES,
  ...OBSERVABILITY_SAMPLES,
  ...PLATFORM_SAMPLES,
  ...KEY_SAMPLES,
  ...TOKEN_SAMPLES,
  ...GENERIC_SAMPLES
]
