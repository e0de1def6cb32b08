import { afterEach, describe, expect, it } from '@jest/globals'
import type { FileChange } from '../../../src/engine/change-set.js'
import { classifySecretFile } from '../../../src/secrets/files/secret-files.js'
import { GitRepo } from '../../helpers/git-repo.js'

const added = (path: string): FileChange => ({ path, status: 'added', mode: '100644' })

/** The rule id the list gives `path` when added with `text` (undefined: not secret-bearing). */
function ruleFor(path: string, text?: string): string | undefined {
  return classifySecretFile(added(path), text)?.rule
}

const PRIVATE_KEY =
  '-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA0Z3VS5JJcds3xfn\n-----END RSA PRIVATE KEY-----\n'
const CERTIFICATE =
  '-----BEGIN CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIEAgAAuTANBgkq\n-----END CERTIFICATE-----\n'

describe('classifySecretFile: environment files', () => {
  it.each([
    ['.env', 'dotenv'],
    ['.env.local', 'dotenv'],
    ['.env.production', 'dotenv'],
    ['.env.defaults', 'dotenv'],
    ['apps/web/.env', 'dotenv'],
    ['config/production.env', 'dotenv'],
    ['.envrc', 'dotenv'],
    ['.ENV', 'dotenv']
  ])('counts %s', (path, rule) => {
    expect(ruleFor(path, 'A=1\n')).toBe(rule)
  })

  it.each([
    '.env.example',
    '.env.sample',
    '.env.template',
    '.env.dist',
    '.env.local.example',
    'example.env',
    'docs/environment.md',
    'src/env.ts'
  ])('leaves out %s', path => {
    expect(ruleFor(path, 'A=1\n')).toBeUndefined()
  })
})

describe('classifySecretFile: keys', () => {
  it.each([
    ['id_rsa', 'ssh-private-key'],
    ['deploy/id_ed25519', 'ssh-private-key'],
    ['id_ecdsa', 'ssh-private-key'],
    ['id_dsa', 'ssh-private-key'],
    ['keys/server.ppk', 'ssh-private-key'],
    ['home/.ssh/deploy_key', 'ssh-private-key']
  ])('counts the SSH private key %s', (path, rule) => {
    expect(ruleFor(path, 'x\n')).toBe(rule)
  })

  it.each(['id_rsa.pub', 'id_ed25519-cert.pub', 'home/.ssh/known_hosts', 'home/.ssh/config'])(
    'leaves out the public SSH file %s',
    path => {
      expect(ruleFor(path, 'ssh-ed25519 AAAAC3Nza\n')).toBeUndefined()
    }
  )

  it('counts a .pem that holds a private key and names the block in the reason', () => {
    expect(classifySecretFile(added('certs/server.pem'), CERTIFICATE + PRIVATE_KEY)).toEqual({
      rule: 'pem-private-key',
      title: 'PEM private key',
      path: 'certs/server.pem',
      reason:
        'A .pem file holding a private key lets anyone impersonate its owner. The diff shows a PEM "RSA PRIVATE KEY" block.'
    })
  })

  it.each([
    ['an OpenSSH key', '-----BEGIN OPENSSH PRIVATE KEY-----\nb3Bl\n'],
    ['a PKCS#8 key', '-----BEGIN PRIVATE KEY-----\nMIIE\n'],
    ['an encrypted key', '-----BEGIN ENCRYPTED PRIVATE KEY-----\nMIIF\n'],
    [
      'an EC key after its parameters',
      '-----BEGIN EC PARAMETERS-----\nBggq\n-----END EC PARAMETERS-----\n-----BEGIN EC PRIVATE KEY-----\nMHcC\n'
    ]
  ])('counts a .pem holding %s', (_kind, text) => {
    expect(ruleFor('tls.pem', text)).toBe('pem-private-key')
  })

  it.each([
    ['a certificate', CERTIFICATE],
    ['a public key', '-----BEGIN PUBLIC KEY-----\nMIIB\n-----END PUBLIC KEY-----\n'],
    ['a certificate request', '-----BEGIN CERTIFICATE REQUEST-----\nMIIC\n']
  ])('leaves out a .pem holding only %s', (_kind, text) => {
    expect(ruleFor('certs/ca.pem', text)).toBeUndefined()
  })

  it('counts a .pem whose content is not in the diff (fail closed)', () => {
    expect(classifySecretFile(added('certs/ca.pem'), undefined)).toEqual({
      rule: 'pem-private-key',
      title: 'PEM private key',
      path: 'certs/ca.pem',
      reason:
        'A .pem file holding a private key lets anyone impersonate its owner. The diff does not show its content (binary or omitted). Counted as secret-bearing (fail closed).'
    })
  })

  it('counts a .pem whose visible lines show no block header (fail closed)', () => {
    expect(classifySecretFile(added('ca.pem'), 'MIIDdzCCAl+gAwIBAgIEAgAAuTANBgkq\n')?.reason).toBe(
      'A .pem file holding a private key lets anyone impersonate its owner. The diff shows no public key or certificate block. Counted as secret-bearing (fail closed).'
    )
  })

  it('counts a bare .key such as Rails master.key, and leaves out a .key holding a public key', () => {
    expect(ruleFor('config/master.key', '3f1e0c9ab5d2e7f4a6b8c0d1e2f3a4b5\n')).toBe('key-file')
    expect(ruleFor('tls/server.key', PRIVATE_KEY)).toBe('key-file')
    expect(ruleFor('keys/signing.key', '-----BEGIN PUBLIC KEY-----\nMIIB\n')).toBeUndefined()
    expect(ruleFor('keys/deploy.key', 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5 deploy\n')).toBeUndefined()
  })

  it('counts an .asc only when it holds a PGP private key block', () => {
    expect(ruleFor('release.asc', '-----BEGIN PGP PRIVATE KEY BLOCK-----\nlQOY\n')).toBe(
      'pgp-private-key'
    )
    expect(ruleFor('release.tar.gz.asc', '-----BEGIN PGP SIGNATURE-----\niQIz\n')).toBeUndefined()
    expect(ruleFor('KEYS.asc', '-----BEGIN PGP PUBLIC KEY BLOCK-----\nmQIN\n')).toBeUndefined()
  })

  it.each([
    ['android/app/release.keystore', 'keystore'],
    ['certs/client.p12', 'keystore'],
    ['certs/client.pfx', 'keystore'],
    ['certs/client.pkcs12', 'keystore'],
    ['AuthKey_ABC123.p8', 'keystore'],
    ['java/truststore.jks', 'keystore'],
    ['vault.kdbx', 'password-database'],
    ['krb5.keytab', 'kerberos-keytab'],
    ['vpn/office.ovpn', 'vpn-profile'],
    ['backup/secring.gpg', 'pgp-private-keyring']
  ])('counts the key container %s whatever its content', (path, rule) => {
    expect(ruleFor(path, undefined)).toBe(rule)
  })

  it('leaves out an encrypted .gpg file and Rails credentials.yml.enc', () => {
    expect(ruleFor('secrets/db.password.gpg', undefined)).toBeUndefined()
    expect(ruleFor('config/credentials.yml.enc', 'b64==\n')).toBeUndefined()
  })
})

describe('classifySecretFile: credential files', () => {
  it.each([
    ['.aws/credentials', 'aws-credentials'],
    ['home/.aws/credentials', 'aws-credentials'],
    ['.netrc', 'netrc'],
    ['_netrc', 'netrc'],
    ['.pgpass', 'pgpass'],
    ['.git-credentials', 'git-credentials'],
    ['public/.htpasswd', 'htpasswd'],
    ['.vault-token', 'vault-token'],
    ['.kube/config', 'kubeconfig'],
    ['deploy/prod.kubeconfig', 'kubeconfig'],
    ['.s3cfg', 's3cmd-config'],
    ['.cargo/credentials.toml', 'cargo-credentials'],
    ['auth.json', 'composer-auth'],
    ['infra/prod.tfvars', 'terraform-variables'],
    ['infra/prod.tfvars.json', 'terraform-variables'],
    ['infra/terraform.tfstate', 'terraform-state'],
    ['infra/terraform.tfstate.backup', 'terraform-state'],
    ['config/secrets.yml', 'secrets-config'],
    ['wp-config.php', 'wordpress-config']
  ])('counts %s', (path, rule) => {
    expect(ruleFor(path, 'x = 1\n')).toBe(rule)
  })

  it.each([
    'infra/prod.tfvars.example',
    'src/i18n/auth.json',
    '.aws/config',
    'wp-config-sample.php'
  ])('leaves out %s', path => {
    expect(ruleFor(path, 'x = 1\n')).toBeUndefined()
  })
})

describe('classifySecretFile: configuration files that count only with a credential', () => {
  it.each([
    [
      '.npmrc',
      '//registry.npmjs.org/:_authToken=npm_abcdefghijklmnopqrstuvwxyz0123456789\n',
      'npmrc-auth'
    ],
    ['.npmrc', '_auth=dXNlcjpwYXNz\n', 'npmrc-auth'],
    ['.npmrc', '//npm.example.com/:_password=cGFzcw==\n', 'npmrc-auth'],
    [
      '.yarnrc.yml',
      'npmRegistries:\n  "//npm.example.com":\n    npmAuthToken: abc123def456\n',
      'yarnrc-auth'
    ],
    [
      '.pypirc',
      '[pypi]\nusername = __token__\npassword = pypi-AgEIcHlwaS5vcmc\n',
      'pypirc-password'
    ],
    ['.gem/credentials', '---\n:rubygems_api_key: rubygems_0123456789abcdef\n', 'gem-credentials'],
    [
      '.docker/config.json',
      '{"auths":{"ghcr.io":{"auth":"dXNlcjpwYXNz"}}}\n',
      'docker-config-auth'
    ],
    ['.my.cnf', '[client]\nuser=app\npassword=hunter2\n', 'mysql-client-password'],
    [
      'credentials.json',
      '{"installed":{"client_id":"1.apps","client_secret":"GOCSPX-abc"}}\n',
      'google-oauth-client'
    ],
    [
      'client_secret_1234.apps.googleusercontent.com.json',
      '{"web":{"client_secret":"GOCSPX-abc"}}\n',
      'google-oauth-client'
    ]
  ])('counts %s holding a credential', (path, text, rule) => {
    expect(ruleFor(path, text)).toBe(rule)
  })

  it.each([
    ['.npmrc', 'registry=https://registry.npmjs.org/\nsave-exact=true\n'],
    ['.npmrc', '//registry.npmjs.org/:_authToken=${NPM_TOKEN}\n'],
    ['.npmrc', '# _authToken=abc\n'],
    ['.yarnrc.yml', 'nodeLinker: node-modules\nnpmAuthToken: "${NPM_TOKEN:-}"\n'],
    ['.pypirc', '[distutils]\nindex-servers = pypi\n[pypi]\nusername = __token__\n'],
    ['.docker/config.json', '{"credsStore":"desktop","auths":{"ghcr.io":{}}}\n'],
    ['credentials.json', '{"type":"authorized_user_placeholder"}\n']
  ])('leaves out %s without one', (path, text) => {
    expect(ruleFor(path, text)).toBeUndefined()
  })

  it('counts such a file when its content is unknown (fail closed)', () => {
    expect(ruleFor('.npmrc', undefined)).toBe('npmrc-auth')
    expect(ruleFor('.docker/config.json', undefined)).toBe('docker-config-auth')
  })

  it('shows which key holds the credential without showing its value', () => {
    const match = classifySecretFile(added('.npmrc'), '//r/:_authToken=npm_SECRETVALUE1234\n')
    expect(match?.reason).toBe(
      'An .npmrc with _authToken, _auth or _password publishes as its owner. The diff shows a value for "_authToken=".'
    )
  })

  it('counts a service-account key by its content, whatever the JSON file is called', () => {
    const key =
      '{\n  "type": "service_account",\n  "project_id": "p",\n  "private_key": "-----BEGIN PRIVATE KEY-----\\nMIIE\\n"\n}\n'
    expect(ruleFor('deploy/gcp-ci.json', key)).toBe('cloud-service-account')
    expect(ruleFor('service-account.json', '{"private_key": "x"}')).toBe('cloud-service-account')
    expect(ruleFor('service-account.json', '{"kind": "ServiceAccount"}')).toBeUndefined()
    expect(ruleFor('package.json', '{"name": "app"}')).toBeUndefined()
    expect(ruleFor('data/unknown.json', undefined)).toBeUndefined()
  })
})

describe('classifySecretFile: how the file was touched', () => {
  it('counts a deletion, deciding content rules from the removed lines', () => {
    const patch = '@@ -1,3 +0,0 @@\n-//registry.npmjs.org/:_authToken=npm_abc\n-registry=x\n'
    const deleted: FileChange = { path: '.npmrc', status: 'deleted', patch }
    expect(classifySecretFile(deleted, undefined)?.rule).toBe('npmrc-auth')
    expect(classifySecretFile({ path: '.env', status: 'deleted' }, '')?.rule).toBe('dotenv')
  })

  it('reads context lines: a harmless edit to an .npmrc holding a token still counts', () => {
    const patch = '@@ -1,2 +1,3 @@\n //r/:_authToken=npm_abc\n registry=x\n+save-exact=true\n'
    const change: FileChange = { path: '.npmrc', status: 'modified', patch }
    expect(classifySecretFile(change, 'save-exact=true\n')?.rule).toBe('npmrc-auth')
  })

  it('counts a rename away from a secret path, naming the old path', () => {
    const change: FileChange = { path: 'notes.txt', previousPath: '.env', status: 'renamed' }
    expect(classifySecretFile(change, undefined)).toEqual({
      rule: 'dotenv',
      title: 'Environment file',
      path: 'notes.txt',
      reason:
        'Environment files hold the credentials an application loads at run time. The file was renamed from ".env".'
    })
  })

  it('counts a copy of a secret file', () => {
    const change: FileChange = { path: 'backup.txt', previousPath: 'id_rsa', status: 'copied' }
    expect(classifySecretFile(change, undefined)?.reason).toBe(
      'SSH private keys grant shell and git access to every host that trusts them. The file was copied from "id_rsa".'
    )
  })

  it('counts a pure rename of a .pem (no content in the diff) but not of a certificate whose lines are shown', () => {
    const pure: FileChange = { path: 'b.pem', previousPath: 'a.pem', status: 'renamed' }
    expect(classifySecretFile(pure, '')?.rule).toBe('pem-private-key')
    const shown: FileChange = {
      ...pure,
      patch: `@@ -1,3 +1,3 @@\n ${CERTIFICATE.split('\n').join('\n ')}`
    }
    expect(classifySecretFile(shown, '')).toBeUndefined()
  })

  it('counts a binary diff as unknown content', () => {
    const change: FileChange = {
      path: 'ca.pem',
      status: 'modified',
      patch: 'Binary files a/ca.pem and b/ca.pem differ'
    }
    expect(classifySecretFile(change, undefined)?.rule).toBe('pem-private-key')
  })

  it('judges a symlink by its name only: its content is a target path, not the file', () => {
    const link: FileChange = {
      path: 'ca.pem',
      status: 'added',
      mode: '120000',
      patch: '@@ -0,0 +1 @@\n+certs/ca.crt\n\\ No newline at end of file\n'
    }
    expect(classifySecretFile(link, 'certs/ca.crt')?.rule).toBe('pem-private-key')
  })

  it('judges a symlink by its target first, read from its patch', () => {
    const patch = '@@ -0,0 +1 @@\n+/home/runner/.aws/credentials\n\\ No newline at end of file\n'
    const link: FileChange = { path: 'config/app.env', status: 'added', mode: '120000', patch }
    expect(classifySecretFile(link, undefined)?.rule).toBe('symlink-to-secret')
    const noPatch: FileChange = { path: 'notes', status: 'added', mode: '120000' }
    expect(classifySecretFile(noPatch, '../../../etc/passwd\n')?.rule).toBe('symlink-outside-repo')
  })

  it('leaves out ordinary files', () => {
    expect(ruleFor('src/index.ts', PRIVATE_KEY)).toBeUndefined()
    expect(ruleFor('README.md', 'password = hunter2\n')).toBeUndefined()
  })
})

describe('classifySecretFile with patches from real git', () => {
  const repos: GitRepo[] = []
  const author = { name: 'Ann', email: 'ann@example.com' }
  afterEach(async () => {
    await Promise.all(repos.splice(0).map(repo => repo.cleanup()))
  })

  /** The patch of `path` in the last commit, as `git diff` prints it. */
  async function lastPatch(repo: GitRepo, path: string): Promise<string> {
    return repo.git('diff', 'HEAD~1', 'HEAD', '--', path)
  }

  async function repoWith(files: Record<string, string | Buffer>): Promise<GitRepo> {
    const repo = await GitRepo.create()
    repos.push(repo)
    await repo.commit({ author, message: 'base', write: files })
    return repo
  }

  it('leaves out a certificate bundle that gains another certificate', async () => {
    const repo = await repoWith({ 'certs/ca.pem': CERTIFICATE })
    await repo.commit({
      author,
      message: 'add',
      write: { 'certs/ca.pem': CERTIFICATE + CERTIFICATE }
    })
    const patch = await lastPatch(repo, 'certs/ca.pem')
    const change: FileChange = { path: 'certs/ca.pem', status: 'modified', mode: '100644', patch }
    expect(classifySecretFile(change, CERTIFICATE)).toBeUndefined()
  })

  it('counts the deletion of a private key, read from the removed lines', async () => {
    const repo = await repoWith({ 'tls/server.pem': PRIVATE_KEY })
    await repo.commit({ author, message: 'remove', remove: ['tls/server.pem'] })
    const patch = await lastPatch(repo, 'tls/server.pem')
    const change: FileChange = { path: 'tls/server.pem', status: 'deleted', patch }
    expect(classifySecretFile(change, undefined)?.reason).toBe(
      'A .pem file holding a private key lets anyone impersonate its owner. The diff shows a PEM "RSA PRIVATE KEY" block.'
    )
  })

  it('counts a .pem git shows as binary (content unknown: fail closed)', async () => {
    const repo = await repoWith({ 'README.md': 'hi\n' })
    await repo.commit({
      author,
      message: 'bin',
      write: { 'der.pem': Buffer.from([0x30, 0x82, 0, 1, 0]) }
    })
    const patch = await lastPatch(repo, 'der.pem')
    expect(patch).toContain('Binary files')
    const change: FileChange = { path: 'der.pem', status: 'added', mode: '100644', patch }
    expect(classifySecretFile(change, undefined)?.rule).toBe('pem-private-key')
  })
})
