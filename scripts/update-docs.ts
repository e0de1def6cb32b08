/**
 * `npm run docs`: re-renders the generated sections of docs/policy-reference.md
 * (the key table, the built-in areas, the default policy) from the code.
 * A test fails when the committed page and the code disagree.
 */
import { readFile, writeFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { updateReferenceDoc } from '../src/policy/reference-doc.js'

const DOC = fileURLToPath(new URL('../docs/policy-reference.md', import.meta.url))

const before = await readFile(DOC, 'utf8')
const after = updateReferenceDoc(before)
if (after !== before) await writeFile(DOC, after)
console.log(
  after === before ? 'docs/policy-reference.md is up to date' : 'docs/policy-reference.md updated'
)
