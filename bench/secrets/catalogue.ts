/** The rule catalogue the benchmark measures (one import site, so the bench follows the catalogue). */
export { EXAMPLE_SECRETS, SECRET_RULES } from '../../src/secrets/rules/index.js'
