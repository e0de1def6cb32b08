import type { SecretRule } from '../types.js'
import { prefixed } from './build.js'
import { shannonEntropy } from './entropy.js'
import { isBasicCredential } from './structure.js'

export const REGISTRY_RULES: SecretRule[] = [
  {
    id: 'npm-access-token',
    title: 'npm access token',
    category: 'registry',
    keywords: ['npm_'],
    pattern: prefixed('npm_[A-Za-z0-9]{36}', '(?![A-Za-z0-9_])'),
    minEntropy: 3.5
  },
  {
    id: 'npmrc-auth',
    title: 'Registry credential in .npmrc / .yarnrc (_authToken, _auth, _password)',
    category: 'registry',
    keywords: ['_authtoken', '_auth', '_password'],
    pattern:
      /(?:_authToken|_auth|_password)["']?\s{0,3}[=:]\s{0,3}["']?(?<secret>[A-Za-z0-9_.+/=-]{20,500})/,
    minEntropy: 3.5
  },
  {
    id: 'pypi-upload-token',
    title: 'PyPI upload token',
    category: 'registry',
    // Macaroon tokens: base64 of a header naming pypi.org or test.pypi.org.
    keywords: ['pypi-ageichlwas5vcmc', 'pypi-agendgvzdc5wexbplm9yz'],
    pattern: prefixed('pypi-(?:AgEIcHlwaS5vcmc|AgENdGVzdC5weXBpLm9yZw)[A-Za-z0-9_-]{50,300}')
  },
  {
    id: 'rubygems-api-key',
    title: 'RubyGems API key',
    category: 'registry',
    keywords: ['rubygems_'],
    pattern: prefixed('rubygems_[a-f0-9]{48}', '(?![A-Za-z0-9])')
  },
  {
    id: 'nuget-api-key',
    title: 'NuGet API key',
    category: 'registry',
    keywords: ['oy2'],
    pattern: prefixed('oy2[a-z0-9]{43}', '(?![A-Za-z0-9])'),
    minEntropy: 3.5
  },
  {
    id: 'dockerhub-token',
    title: 'Docker Hub personal or organization access token',
    category: 'registry',
    keywords: ['dckr_pat_', 'dckr_oat_'],
    pattern: prefixed('dckr_(?:pat|oat)_[A-Za-z0-9_-]{24,40}'),
    minEntropy: 3.5
  },
  {
    id: 'docker-config-auth',
    title: 'Registry credential in a Docker config.json',
    category: 'registry',
    keywords: ['"auth"'],
    pattern: /"auth"\s{0,3}:\s{0,3}"(?<secret>[A-Za-z0-9+/]{8,400}={0,2})"/,
    validate: secret => isBasicCredential(secret)
  },
  {
    id: 'crates-io-token',
    title: 'crates.io API token',
    category: 'registry',
    keywords: ['cio'],
    pattern: prefixed('cio[A-Za-z0-9]{32}', '(?![A-Za-z0-9])'),
    validate: secret =>
      shannonEntropy(secret) >= 3.8 && /[0-9]/.test(secret) && /[A-Z]/.test(secret)
  },
  {
    id: 'jfrog-api-key',
    title: 'JFrog Artifactory API key',
    category: 'registry',
    keywords: ['akcp'],
    pattern: prefixed('AKCp[A-Za-z0-9]{69}', '(?![A-Za-z0-9])')
  },
  {
    id: 'jfrog-reference-token',
    title: 'JFrog reference token',
    category: 'registry',
    // base64 of "reftkn".
    keywords: ['cmvmdgtu'],
    pattern: prefixed('cmVmdGtu[A-Za-z0-9]{56,64}', '(?![A-Za-z0-9])')
  },
  {
    id: 'clojars-token',
    title: 'Clojars deploy token',
    category: 'registry',
    keywords: ['clojars_'],
    pattern: prefixed('CLOJARS_[a-z0-9]{60}', '(?![A-Za-z0-9])'),
    minEntropy: 3.5
  }
]
