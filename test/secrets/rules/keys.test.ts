import { describeSamples } from './check.js'
import { KEY_SAMPLES } from './samples/keys.js'

describeSamples('keys rules', KEY_SAMPLES)
