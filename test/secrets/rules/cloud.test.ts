import { describeSamples } from './check.js'
import { CLOUD_SAMPLES } from './samples/cloud.js'

describeSamples('cloud credential rules', CLOUD_SAMPLES)
