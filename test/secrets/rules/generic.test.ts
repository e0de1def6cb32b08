import { describeSamples } from './check.js'
import { GENERIC_SAMPLES } from './samples/generic.js'

describeSamples('generic rules', GENERIC_SAMPLES)
