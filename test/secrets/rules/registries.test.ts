import { describeSamples } from './check.js'
import { REGISTRY_SAMPLES } from './samples/registries.js'

describeSamples('registries credential rules', REGISTRY_SAMPLES)
