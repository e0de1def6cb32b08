/**
 * The built-in secret-file list and the policy's built-in `secrets` area
 * (src/policy/named-areas.ts) must agree, apart from the differences listed
 * here on purpose; a change to either list that breaks the agreement fails.
 */
import { describe, expect, it } from '@jest/globals'
import { compilePattern } from '../../../src/policy/patterns.js'
import { BUILT_IN_AREA_DEFINITIONS, BUILT_IN_SOURCE } from '../../../src/policy/named-areas.js'
import { classifySecretFile } from '../../../src/secrets/files/secret-files.js'

const area = BUILT_IN_AREA_DEFINITIONS.find(definition => definition.name === 'secrets')
const compile = (source: string) => compilePattern(source, BUILT_IN_SOURCE)
const areaPaths = (area?.paths ?? []).map(compile)
const areaExcept = (area?.except ?? []).map(compile)

function inArea(path: string): boolean {
  return areaPaths.some(p => p.matches(path)) && !areaExcept.some(p => p.matches(path))
}

/** In the list when its content is unknown (a rename with no diff): content rules fail closed. */
function inList(path: string): boolean {
  return (
    classifySecretFile({ path, status: 'renamed', previousPath: path }, undefined) !== undefined
  )
}

describe('secret-file list and the built-in secrets area', () => {
  it.each([
    '.env',
    '.env.production',
    'deploy/app.env',
    '.envrc',
    'id_rsa',
    'id_ed25519_sk',
    'server.key',
    'server.pem',
    'AuthKey.p8',
    'client.p12',
    'client.pfx',
    'release.jks',
    'release.keystore',
    'putty.ppk',
    'db.kdbx',
    '.aws/credentials',
    '.docker/config.json',
    '.dockercfg',
    '.kube/config',
    'kubeconfig',
    'prod.kubeconfig',
    '.netrc',
    '_netrc',
    '.pgpass',
    '.git-credentials',
    '.htpasswd',
    '.pypirc',
    '.vault-token',
    'credentials.json',
    'client_secret_1.json',
    'service-account.json',
    'service_account_prod.json',
    'config/secrets.yml',
    'secrets.toml',
    'auth.json',
    'wp-config.php',
    'prod.tfvars',
    'prod.tfvars.json',
    'terraform.tfstate',
    'terraform.tfstate.backup'
  ])('both count %s', path => {
    expect([inArea(path), inList(path)]).toEqual([true, true])
  })

  it.each([
    '.env.example',
    '.env.sample',
    '.env.template',
    '.env.dist',
    'example.env',
    'id_rsa.pub',
    'lib/auth.json',
    'README.md'
  ])('neither counts %s', path => {
    expect([inArea(path), inList(path)]).toEqual([false, false])
  })

  it.each([
    'client.pkcs12',
    'office.ovpn',
    'krb5.keytab',
    'trust.jceks',
    'release.asc',
    'secring.gpg',
    '.ssh/deploy_key',
    '.gem/credentials',
    '.yarnrc.yml',
    '.npmrc',
    '.my.cnf',
    '.s3cfg',
    '.cargo/credentials',
    '.config/gcloud/credentials.db',
    'application_default_credentials.json',
    '.composer/auth.json'
  ])('only the secret-file list counts %s (a difference to report)', path => {
    expect([inArea(path), inList(path)]).toEqual([false, true])
  })

  it('differs on content: the area counts every .pem/.key/credentials file by path, the list not when the diff shows public content', () => {
    const certificate = '@@ -0,0 +1,2 @@\n+-----BEGIN CERTIFICATE-----\n+MIID\n'
    expect(inArea('ca.pem')).toBe(true)
    expect(
      classifySecretFile({ path: 'ca.pem', status: 'added', patch: certificate }, undefined)
    ).toBeUndefined()
  })
})
