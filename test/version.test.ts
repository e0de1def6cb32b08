import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { TOOL_VERSION } from '../src/version.js'

describe('TOOL_VERSION', () => {
  it('is the version package.json declares, so audit records name the release that wrote them', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
      version: string
    }
    expect(TOOL_VERSION).toBe(pkg.version)
  })
})
