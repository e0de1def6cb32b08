import { describeSamples } from './check.js'
import { AI_SAMPLES } from './samples/ai.js'

describeSamples('ai credential rules', AI_SAMPLES)
