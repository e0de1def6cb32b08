import { describeSamples } from './check.js'
import { PAYMENT_SAMPLES } from './samples/payments.js'

describeSamples('payments credential rules', PAYMENT_SAMPLES)
