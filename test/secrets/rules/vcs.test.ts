import { describeSamples } from './check.js'
import { VCS_SAMPLES } from './samples/vcs.js'

describeSamples('vcs credential rules', VCS_SAMPLES)
