import { run } from './action/main.js'

// The action's entry point (dist/index.js); run() reports every failure itself.
await run()
