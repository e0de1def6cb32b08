import {
  ALNUM,
  B64URL,
  HEX,
  LOWER_ALNUM,
  env,
  json,
  rand,
  standard,
  uuid,
  within,
  type RuleSamples
} from '../support.js'

const basic = (user: string, password: string): string =>
  Buffer.from(`${user}:${password}`).toString('base64')

export const REGISTRY_SAMPLES: RuleSamples[] = [
  {
    id: 'npm-access-token',
    positives: standard('NPM_TOKEN', () => 'npm_' + rand(ALNUM, 36)),
    negatives: ['npm_config_cache=/tmp/npm', `NPM_TOKEN=npm_${rand(ALNUM, 20)}`]
  },
  {
    id: 'npmrc-auth',
    positives: [
      within(uuid(), s => `//registry.npmjs.org/:_authToken=${s}`),
      within('npm_' + rand(ALNUM, 36), s => `//npm.pkg.github.com/:_authToken=${s}`),
      within(basic('ci', rand(ALNUM, 20)), s => `_auth=${s}`)
    ],
    negatives: ['//registry.npmjs.org/:_authToken=${NPM_TOKEN}', '_authToken=short']
  },
  {
    id: 'pypi-upload-token',
    positives: standard('TWINE_PASSWORD', () => 'pypi-AgEIcHlwaS5vcmc' + rand(B64URL, 150)).concat([
      env('TEST_PYPI_TOKEN', 'pypi-AgENdGVzdC5weXBpLm9yZw' + rand(B64URL, 150))
    ]),
    negatives: ['TWINE_USERNAME=__token__', `pypi-${rand(B64URL, 100)}`]
  },
  {
    id: 'rubygems-api-key',
    positives: standard('GEM_HOST_API_KEY', () => 'rubygems_' + rand(HEX, 48)),
    negatives: [`rubygems_${rand(HEX, 30)}`, 'rubygems_version: 3.4.1']
  },
  {
    id: 'nuget-api-key',
    positives: standard('NUGET_API_KEY', () => 'oy2' + rand(LOWER_ALNUM, 43)),
    negatives: [`oy2${rand(LOWER_ALNUM, 20)}`]
  },
  {
    id: 'dockerhub-token',
    positives: standard('DOCKERHUB_TOKEN', () => 'dckr_pat_' + rand(B64URL, 27)).concat([
      env('DOCKER_ORG_TOKEN', 'dckr_oat_' + rand(B64URL, 32))
    ]),
    negatives: ['DOCKERHUB_TOKEN=dckr_pat_short']
  },
  {
    id: 'docker-config-auth',
    positives: [1, 2].map(() =>
      within(basic('deploy', rand(ALNUM, 24)), s => `{"auths": {"ghcr.io": {"auth": "${s}"}}}`)
    ),
    negatives: [`{"auth": "${rand(ALNUM, 24)}"}`, '{"auth": "oauth2"}']
  },
  {
    id: 'crates-io-token',
    positives: standard('CARGO_REGISTRY_TOKEN', () => 'cio' + rand(ALNUM, 32)),
    negatives: ['precious value ciocio', `cio${rand(LOWER_ALNUM, 32)}`.replace(/[0-9]/g, 'a')]
  },
  {
    id: 'jfrog-api-key',
    positives: standard('ARTIFACTORY_API_KEY', () => 'AKCp' + rand(ALNUM, 69)),
    negatives: [`AKCp${rand(ALNUM, 30)}`]
  },
  {
    id: 'jfrog-reference-token',
    positives: standard('JFROG_ACCESS_TOKEN', () => 'cmVmdGtu' + rand(ALNUM, 56)),
    negatives: ['cmVmdGtu']
  },
  {
    id: 'clojars-token',
    positives: standard('CLOJARS_PASSWORD', () => 'CLOJARS_' + rand(LOWER_ALNUM, 60)),
    negatives: ['CLOJARS_USERNAME=me', json('clojars', 'CLOJARS_short').text]
  }
]
