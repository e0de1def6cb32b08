import { describeSamples } from './check.js'
import { OBSERVABILITY_SAMPLES } from './samples/observability.js'

describeSamples('observability credential rules', OBSERVABILITY_SAMPLES)
