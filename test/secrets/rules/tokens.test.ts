import { describeSamples } from './check.js'
import { TOKEN_SAMPLES } from './samples/tokens.js'

describeSamples('tokens rules', TOKEN_SAMPLES)
