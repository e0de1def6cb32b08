/**
 * The bundled action on a pull request that adds real-format credentials:
 * they must fail the audit, be masked before anything is printed, and never
 * appear in any output stream or file (logs, summary, annotations, outputs,
 * audit file, uploaded artifact).
 */
import { describe, expect, it } from '@jest/globals'
import { randomBytes } from 'node:crypto'
import { extractAllZipFiles } from '../fakes/zip.js'
import { useFakes } from './fakes-lifecycle.js'
import { BASE_FILES, COPILOT, HUMAN } from './scenario.js'

const BASE62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'

/** Random characters of an alphabet: a value in a real token format that is nobody's secret. */
function random(alphabet: string, length: number): string {
  return [...randomBytes(length)].map(byte => alphabet[byte % alphabet.length]).join('')
}

function fakeSecrets() {
  const pemBody = Array.from({ length: 8 }, () => random(BASE62 + '+/', 64)).join('\n')
  return {
    github: `ghp_${random(BASE62, 36)}`,
    awsKeyId: `AKIA${random('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`,
    slackWebhook: `https://hooks.slack.com/services/T${random('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 10)}/B${random('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 10)}/${random(BASE62, 24)}`,
    privateKey: `-----BEGIN RSA PRIVATE KEY-----\n${pemBody}\n-----END RSA PRIVATE KEY-----`
  }
}

const fakes = useFakes()

/** Lines of stdout that are the masking commands themselves: the runner consumes them, never shows them. */
function withoutMaskCommands(stdout: string): string {
  return stdout
    .split('\n')
    .filter(line => !line.startsWith('::add-mask::'))
    .join('\n')
}

describe('secrets added in a pull request', () => {
  it('fail the audit, are masked first, and appear in no output stream or file', async () => {
    const secrets = fakeSecrets()
    const s = await fakes.scenario(BASE_FILES)
    await s.commit(HUMAN, 'Configure the deploy client', {
      'config/deploy.js': [
        `const token = '${secrets.github}'`,
        `const awsKeyId = '${secrets.awsKeyId}'`,
        `const hook = '${secrets.slackWebhook}'`,
        ''
      ].join('\n')
    })
    await s.commit(COPILOT, 'Add the signing key', {
      'config/signing.js': `export const key = \`${secrets.privateKey}\`\n`
    })
    await s.open()
    const run = await fakes.action()

    expect(run.exitCode).toBe(1)
    const record = run.audit as {
      secrets: { findings: { ruleId: string; path: string; line: number; preview: string }[] }
      findings: { kind: string; status: string; path: string }[]
    }
    expect(record.secrets.findings.map(f => [f.path, f.line])).toEqual([
      ['config/deploy.js', 1],
      ['config/deploy.js', 2],
      ['config/deploy.js', 3],
      ['config/signing.js', 1]
    ])
    expect(
      record.findings.filter(f => f.kind === 'secret').every(f => f.status === 'violation')
    ).toBe(true)

    const masks = run.stdout.split('\n').filter(line => line.startsWith('::add-mask::'))
    const firstMask = run.stdout.indexOf('::add-mask::')
    expect(firstMask).toBeGreaterThanOrEqual(0)
    expect(firstMask).toBeLessThan(run.stdout.indexOf('::error'))
    // Each value is masked whole, or by the part of it that is the credential (a webhook's path).
    const masked = masks.map(line => line.slice('::add-mask::'.length))
    for (const value of [secrets.github, secrets.awsKeyId, secrets.slackWebhook]) {
      expect({
        value,
        masked: masked.some(mask => mask.length >= 20 && value.includes(mask))
      }).toEqual({
        value,
        masked: true
      })
    }
    expect(masked).toContain(secrets.privateKey.replace(/\n/g, '%0A'))

    const zip = extractAllZipFiles(fakes.results.artifacts[0]?.blob as Buffer)
    const artifactBytes = [...zip.values()].map(bytes => bytes.toString('utf8')).join('\n')
    const outputs = {
      stdout: withoutMaskCommands(run.stdout),
      stderr: run.stderr,
      summary: run.summary,
      outputs: JSON.stringify(run.outputs),
      auditFile: run.auditText ?? '',
      artifact: artifactBytes
    }
    const pieces = [
      secrets.github,
      secrets.awsKeyId,
      secrets.slackWebhook,
      ...secrets.privateKey.split('\n').slice(1, -1)
    ]
    for (const [name, text] of Object.entries(outputs)) {
      for (const piece of pieces) {
        // Each value, and any 8-character run of it past the 4-character preview.
        expect({ name, leaked: text.includes(piece) }).toEqual({ name, leaked: false })
        expect({ name, leaked: text.includes(piece.slice(4, 12)) }).toEqual({ name, leaked: false })
      }
    }
  })
})
