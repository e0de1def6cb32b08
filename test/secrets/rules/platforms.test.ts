import { describeSamples } from './check.js'
import { PLATFORM_SAMPLES } from './samples/platforms.js'

describeSamples('platforms credential rules', PLATFORM_SAMPLES)
