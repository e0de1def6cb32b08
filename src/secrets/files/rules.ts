/**
 * The built-in list of secret-bearing files. It applies whatever the policy
 * says; a repository silences a known fixture with the policy's ignore
 * paths, never by this list guessing what looks like a test.
 *
 * Patterns are in the policy dialect (src/policy/patterns.ts), matched
 * case-insensitively, and kept consistent with the built-in `secrets` area
 * (src/policy/named-areas.ts). Where a file type is as often public as
 * secret (`.pem` certificates, `.npmrc` registry settings), a content check
 * decides from the diff; see `undecided` for what happens when it cannot.
 */
import {
  dockerConfigContent,
  gemCredentialsContent,
  googleCredentialsContent,
  npmrcContent,
  passwordContent,
  pgpPrivateKeyContent,
  privateKeyContent,
  privateKeyFieldContent,
  serviceAccountContent,
  yarnrcContent,
  type ContentCheck
} from './content-checks.js'

export interface SecretFileRule {
  /** Stable id, kebab-case; several entries may share one id. */
  id: string
  title: string
  /** Why such a file is secret-bearing, one sentence for the finding's reason. */
  why: string
  paths: readonly string[]
  except?: readonly string[]
  /** When present, the file counts only if its content shows a credential. */
  content?: ContentCheck
  /**
   * What an undecided content check (or a diff without content: binary,
   * omitted, pure rename) means. 'match' fails closed; 'skip' is only for
   * rules with no telling path, where counting every unknown file would
   * count every `.json`.
   */
  undecided?: 'match' | 'skip'
}

const EXAMPLE_SUFFIXES = '{example,sample,template,dist}'

export const SECRET_FILE_RULES: readonly SecretFileRule[] = [
  {
    id: 'dotenv',
    title: 'Environment file',
    why: 'Environment files hold the credentials an application loads at run time.',
    paths: ['.env', '.env.*', '*.env', '.envrc'],
    // `.env.defaults` is NOT left out: dotenv-defaults loads it as real values at run time.
    except: [`.env*.${EXAMPLE_SUFFIXES}`, '{example,sample,template}.env']
  },
  {
    id: 'ssh-private-key',
    title: 'SSH private key',
    why: 'SSH private keys grant shell and git access to every host that trusts them.',
    paths: ['id_{rsa,dsa,ecdsa,ecdsa_sk,ed25519,ed25519_sk}*', '*.ppk', '**/.ssh/'],
    except: [
      '*.pub',
      '**/.ssh/{known_hosts,known_hosts.old,authorized_keys,authorized_keys2,config}'
    ]
  },
  {
    id: 'pem-private-key',
    title: 'PEM private key',
    why: 'A .pem file holding a private key lets anyone impersonate its owner.',
    paths: ['*.pem'],
    content: privateKeyContent,
    undecided: 'match'
  },
  {
    id: 'key-file',
    title: 'Key file',
    // Rails' config/master.key (and config/credentials/*.key) is a bare hex key: counted.
    why: 'A .key file holds a private or symmetric key unless it is a public key or certificate.',
    paths: ['*.key'],
    content: privateKeyContent,
    undecided: 'match'
  },
  {
    id: 'pgp-private-key',
    title: 'PGP private key',
    why: 'An armoured PGP private key signs and decrypts as its owner.',
    paths: ['*.asc'],
    content: pgpPrivateKeyContent,
    undecided: 'match'
  },
  {
    id: 'pgp-private-keyring',
    title: 'GnuPG private keyring',
    why: 'GnuPG keeps private keys in secring.gpg and private-keys-v1.d.',
    paths: ['secring.gpg', '**/.gnupg/private-keys-v1.d/']
  },
  {
    id: 'keystore',
    title: 'Key store',
    why: 'PKCS#12, PKCS#8 and Java key stores hold private keys, often under a weak password.',
    paths: ['*.{p12,pfx,pkcs12,p8,jks,jceks,bks,keystore}']
  },
  {
    id: 'password-database',
    title: 'KeePass password database',
    why: 'A KeePass database holds passwords behind a single master password.',
    paths: ['*.kdbx']
  },
  {
    id: 'kerberos-keytab',
    title: 'Kerberos keytab',
    why: 'A keytab holds long-term Kerberos keys: it logs in without a password.',
    paths: ['*.keytab']
  },
  {
    id: 'vpn-profile',
    title: 'OpenVPN profile',
    why: 'OpenVPN profiles usually embed the client key and the TLS auth key.',
    paths: ['*.ovpn']
  },
  {
    id: 'aws-credentials',
    title: 'AWS credentials file',
    why: 'The AWS shared credentials file holds access keys.',
    paths: ['**/.aws/credentials']
  },
  {
    id: 'gcloud-credentials',
    title: 'Google Cloud SDK credentials',
    why: 'The gcloud configuration directory and ADC file hold OAuth refresh tokens.',
    paths: [
      '**/.config/gcloud/{credentials.db,access_tokens.db,legacy_credentials}',
      'application_default_credentials.json'
    ]
  },
  {
    id: 'kubeconfig',
    title: 'Kubernetes client configuration',
    why: 'A kubeconfig usually embeds a client key or a bearer token for a cluster.',
    paths: ['**/.kube/config', 'kubeconfig', '*.kubeconfig']
  },
  {
    id: 'vault-token',
    title: 'Vault token file',
    why: 'The Vault CLI keeps its login token in .vault-token.',
    paths: ['.vault-token']
  },
  {
    id: 'netrc',
    title: 'netrc file',
    why: '.netrc holds logins and passwords for curl, git and ftp.',
    paths: ['.netrc', '_netrc']
  },
  {
    id: 'pgpass',
    title: 'PostgreSQL password file',
    why: '.pgpass holds database passwords.',
    paths: ['.pgpass']
  },
  {
    id: 'mysql-client-password',
    title: 'MySQL option file with a password',
    why: 'A MySQL option file with a password logs in to the database.',
    paths: ['.my.cnf'],
    content: passwordContent,
    undecided: 'match'
  },
  {
    id: 'git-credentials',
    title: 'git credential store',
    why: 'git-credential-store writes tokens in plain text to .git-credentials.',
    paths: ['.git-credentials']
  },
  {
    id: 'htpasswd',
    title: 'htpasswd file',
    why: '.htpasswd holds password hashes that can be cracked offline.',
    paths: ['.htpasswd']
  },
  {
    id: 's3cmd-config',
    title: 's3cmd configuration',
    why: '.s3cfg holds an access key and secret key.',
    paths: ['.s3cfg']
  },
  {
    id: 'cargo-credentials',
    title: 'Cargo registry credentials',
    why: 'Cargo keeps crates.io tokens in ~/.cargo/credentials.',
    paths: ['**/.cargo/credentials', '**/.cargo/credentials.toml']
  },
  {
    id: 'npmrc-auth',
    title: 'npm configuration with an auth token',
    why: 'An .npmrc with _authToken, _auth or _password publishes as its owner.',
    paths: ['.npmrc'],
    content: npmrcContent,
    undecided: 'match'
  },
  {
    id: 'yarnrc-auth',
    title: 'Yarn configuration with an auth token',
    why: 'A .yarnrc.yml with npmAuthToken or npmAuthIdent publishes as its owner.',
    paths: ['.yarnrc.yml'],
    content: yarnrcContent,
    undecided: 'match'
  },
  {
    id: 'pypirc-password',
    title: 'PyPI configuration with a password',
    why: 'A .pypirc with a password (or API token) uploads packages as its owner.',
    paths: ['.pypirc'],
    content: passwordContent,
    undecided: 'match'
  },
  {
    id: 'gem-credentials',
    title: 'RubyGems credentials',
    why: 'RubyGems keeps push API keys in ~/.gem/credentials.',
    paths: ['**/.gem/credentials'],
    content: gemCredentialsContent,
    undecided: 'match'
  },
  {
    id: 'docker-config-auth',
    title: 'Docker configuration with registry credentials',
    why: 'Docker stores registry logins as base64 in "auth" unless a credential helper is used.',
    paths: ['**/.docker/config.json', '.dockercfg'],
    content: dockerConfigContent,
    undecided: 'match'
  },
  {
    id: 'composer-auth',
    title: 'Composer authentication file',
    // Only at the root (and in ~/.composer): auth.json elsewhere is usually something else.
    why: "Composer's auth.json holds registry passwords and GitHub/GitLab tokens.",
    paths: ['./auth.json', '**/.composer/auth.json']
  },
  {
    id: 'google-oauth-client',
    title: 'Google OAuth client or credentials file',
    why: 'A Google credentials file with a client secret, private key or refresh token logs in as the app.',
    paths: ['credentials.json', 'client_secret*.json'],
    content: googleCredentialsContent,
    undecided: 'match'
  },
  {
    id: 'cloud-service-account',
    title: 'Cloud service-account key',
    why: 'A service-account key file logs in to the cloud project as that account.',
    paths: ['service{-,_}account*.json'],
    content: privateKeyFieldContent,
    undecided: 'match'
  },
  {
    id: 'cloud-service-account',
    title: 'Cloud service-account key',
    why: 'A service-account key file logs in to the cloud project as that account.',
    paths: ['*.json'],
    content: serviceAccountContent,
    undecided: 'skip'
  },
  {
    id: 'terraform-variables',
    title: 'Terraform variables file',
    why: 'Terraform variable files commonly carry provider credentials and passwords.',
    paths: ['*.{tfvars,tfvars.json}']
  },
  {
    id: 'terraform-state',
    title: 'Terraform state',
    why: 'Terraform state records every resource attribute in plain text, secrets included.',
    paths: ['*.{tfstate,tfstate.backup}']
  },
  {
    id: 'secrets-config',
    title: 'Secrets configuration file',
    why: 'A file named secrets.yml (Rails, Helm, SOPS and others) exists to hold secrets.',
    paths: ['secrets.{yml,yaml,json,toml}']
  },
  {
    id: 'wordpress-config',
    title: 'WordPress configuration',
    why: 'wp-config.php holds the database password and the authentication salts.',
    paths: ['wp-config.php']
  }
]
