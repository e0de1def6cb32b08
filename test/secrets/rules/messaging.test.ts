import { describeSamples } from './check.js'
import { MESSAGING_SAMPLES } from './samples/messaging.js'

describeSamples('messaging credential rules', MESSAGING_SAMPLES)
