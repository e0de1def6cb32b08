/**
 * `npm run schema`: writes schema/agent-policy.schema.json from the policy
 * spec (src/policy/json-schema.ts). A test fails when the committed file and
 * the code disagree. Formatted with the project's Prettier settings so that
 * `prettier --check` passes on the generated file too.
 */
import { readFile, writeFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { format, resolveConfig } from 'prettier'
import { policyJsonSchema } from '../src/policy/json-schema.js'

const FILE = fileURLToPath(new URL('../schema/agent-policy.schema.json', import.meta.url))

const options = (await resolveConfig(FILE)) ?? {}
const after = await format(JSON.stringify(policyJsonSchema()), { ...options, filepath: FILE })
const before = await readFile(FILE, 'utf8').catch(() => '')
if (after !== before) await writeFile(FILE, after)
console.log(
  after === before
    ? 'schema/agent-policy.schema.json is up to date'
    : 'schema/agent-policy.schema.json written'
)
