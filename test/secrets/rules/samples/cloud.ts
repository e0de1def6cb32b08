import {
  ALNUM,
  B64,
  B64URL,
  HEX,
  LOWER_ALNUM,
  UPPER_ALNUM,
  code,
  env,
  json,
  rand,
  standard,
  uuid,
  within,
  yaml,
  type RuleSamples
} from '../support.js'

const awsSecret = (): string => rand(ALNUM, 18) + '/' + rand(B64, 20) + 'Q'
const pemBody = (): string => {
  const lines: string[] = []
  for (let i = 0; i < 8; i++) lines.push(rand(B64, 64))
  return lines.join('\\n')
}
const gcpKey = (): string =>
  `-----BEGIN PRIVATE KEY-----\\n${pemBody()}\\n-----END PRIVATE KEY-----\\n`
const azureKey = (): string => rand(B64, 86) + '=='
const sasSig = (): string => rand(ALNUM, 20) + '%2B' + rand(ALNUM, 20) + '%3D'

export const CLOUD_SAMPLES: RuleSamples[] = [
  {
    id: 'aws-access-key-id',
    positives: [
      env('AWS_ACCESS_KEY_ID', 'AKIA' + rand(UPPER_ALNUM, 16)),
      json('accessKeyId', 'ASIA' + rand(UPPER_ALNUM, 16)),
      code('aws_key', 'AKIA' + rand(UPPER_ALNUM, 16))
    ],
    negatives: [
      'AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE',
      `role: AROA${rand(UPPER_ALNUM, 16)}`,
      `id = AKIA${rand(UPPER_ALNUM, 12)}`,
      `x = "AKIA${rand(UPPER_ALNUM, 16)}ZZ9"`
    ]
  },
  {
    id: 'aws-secret-access-key',
    positives: [
      env('AWS_SECRET_ACCESS_KEY', awsSecret()),
      yaml('aws_secret_access_key', awsSecret()),
      json('SecretAccessKey', awsSecret()),
      within(awsSecret(), s => `AKIA${rand(UPPER_ALNUM, 16)},${s}`)
    ],
    negatives: [
      'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      `aws_commit_sha: ${rand(HEX, 40)}`,
      `other_value = ${awsSecret()}`,
      'aws_secret_access_key = ${AWS_SECRET_ACCESS_KEY}'
    ]
  },
  {
    id: 'aws-session-token',
    positives: standard('AWS_SESSION_TOKEN', () => 'IQoJb3JpZ2luX2Vj' + rand(B64, 300)).concat([
      env('aws_session_token', 'FwoGZXIvYXdz' + rand(B64, 200))
    ]),
    negatives: ['AWS_SESSION_TOKEN=IQoJb3JpZ2luX2Vj', `token: FwoGZXIv${rand(B64, 20)}`]
  },
  {
    id: 'aws-mws-auth-token',
    positives: standard('MWS_AUTH_TOKEN', () => `amzn.mws.${uuid()}`),
    negatives: ['MWS_AUTH_TOKEN=amzn.mws.1234', `seller: ${uuid()}`]
  },
  {
    id: 'gcp-api-key',
    positives: standard('GOOGLE_API_KEY', () => 'AIza' + rand(B64URL, 35)),
    negatives: [`key=AIza${rand(B64URL, 20)}`, `key=aiza${rand(B64URL, 35)}`]
  },
  {
    id: 'gcp-service-account-key',
    positives: [1, 2].map(() => {
      const secret = gcpKey()
      return {
        text: `{\n  "type": "service_account",\n  "project_id": "demo-1234",\n  "private_key_id": "${rand(HEX, 40)}",\n  "private_key": "${secret}",\n  "client_email": "svc@demo-1234.iam.gserviceaccount.com"\n}`,
        secret
      }
    }),
    negatives: [
      '{ "private_key": "-----BEGIN PRIVATE KEY-----\\n...\\n-----END PRIVATE KEY-----\\n" }',
      '{ "private_key": "" }',
      `{ "private_key_id": "${rand(HEX, 40)}" }`
    ]
  },
  {
    id: 'google-oauth-refresh-token',
    positives: standard('GOOGLE_REFRESH_TOKEN', () => '1//0' + rand(B64URL, 99)),
    negatives: ['path = "1//0abc"', 'https://host//0' + rand(ALNUM, 50)]
  },
  {
    id: 'google-oauth-access-token',
    positives: standard('GOOGLE_ACCESS_TOKEN', () => 'ya29.' + rand(B64URL, 150)),
    negatives: ['token = "ya29.short"']
  },
  {
    id: 'azure-storage-account-key',
    positives: [
      within(
        azureKey(),
        s =>
          `DefaultEndpointsProtocol=https;AccountName=mystore;AccountKey=${s};EndpointSuffix=core.windows.net`
      ),
      env('AZURE_STORAGE_KEY', azureKey()),
      json('storageAccountKey', azureKey())
    ],
    negatives: [
      'AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=='.replace(
        'Eby8',
        'Eby'
      ),
      `AccountKey=${rand(B64, 40)}==`,
      'AccountKey=${STORAGE_KEY}'
    ]
  },
  {
    id: 'azure-shared-access-key',
    positives: [1, 2].map(() => {
      const secret = rand(B64, 43) + '='
      return {
        text: `Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${secret}`,
        secret
      }
    }),
    negatives: ['SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=<key>']
  },
  {
    id: 'azure-sas-token',
    positives: [1, 2].map(() => {
      const secret = sasSig()
      return {
        text: `url = "https://acct.blob.core.windows.net/c?sv=2022-11-02&ss=b&srt=sco&sp=rl&se=2030-01-01T00:00:00Z&spr=https&sig=${secret}"`,
        secret
      }
    }),
    negatives: [`https://example.test/cb?sig=${sasSig()}&page=2`, 'sv=2022-11-02&sig=abc']
  },
  {
    id: 'azure-ad-client-secret',
    positives: standard('AZURE_CLIENT_SECRET', () => rand(ALNUM, 3) + '8Q~' + rand(B64URL, 34)),
    negatives: ['AZURE_CLIENT_SECRET=abc8Q~short', `val = ${rand(ALNUM, 3)}8Q${rand(ALNUM, 34)}`]
  },
  {
    id: 'azure-devops-pat',
    positives: standard('AZURE_DEVOPS_PAT', () => rand(ALNUM, 76) + 'AZDO' + rand(ALNUM, 4)),
    negatives: [`pat = ${rand(ALNUM, 76)}AZD${rand(ALNUM, 5)}`]
  },
  {
    id: 'azure-devops-pat-legacy',
    positives: standard('AZURE_DEVOPS_TOKEN', () => rand('abcdefghijklmnopqrstuvwxyz234567', 52)),
    negatives: [
      `AZURE_DEVOPS_ORG=${rand('abcdefghijklmnopqrstuvwxyz', 10)}`,
      `azure_devops_token = ${rand(HEX, 40)}`
    ]
  },
  {
    id: 'digitalocean-token',
    positives: standard('DIGITALOCEAN_TOKEN', () => 'dop_v1_' + rand(HEX, 64)).concat([
      env('DO_OAUTH', 'doo_v1_' + rand(HEX, 64)),
      env('DO_REFRESH', 'dor_v1_' + rand(HEX, 64))
    ]),
    negatives: [`DIGITALOCEAN_TOKEN=dop_v1_${rand(HEX, 40)}`, `dop_v2_${rand(HEX, 64)}`]
  },
  {
    id: 'alibaba-access-key-id',
    positives: standard('ALIBABA_CLOUD_ACCESS_KEY_ID', () => 'LTAI' + rand(ALNUM, 20)),
    negatives: ['LTAIshort', 'ALIBABA_ID=LTAI' + rand(ALNUM, 30)]
  },
  {
    id: 'alibaba-access-key-secret',
    positives: standard('ALIBABA_CLOUD_ACCESS_KEY_SECRET', () => rand(ALNUM, 30)),
    negatives: [`alibaba_region = cn-hangzhou`, `aliyun_commit = ${rand(HEX, 30)}`]
  },
  {
    id: 'tencent-cloud-secret-id',
    positives: standard('TENCENTCLOUD_SECRET_ID', () => 'AKID' + rand(ALNUM, 32)),
    negatives: ['AKID' + rand(ALNUM, 20)]
  },
  {
    id: 'ibm-cloud-api-key',
    positives: standard('IBM_CLOUD_API_KEY', () => rand(B64URL, 44)),
    negatives: [`ibm_region = us-south`, `ibm_commit = ${rand(HEX, 44)}`]
  },
  {
    id: 'yandex-cloud-api-key',
    positives: standard('YC_API_KEY', () => 'AQVN' + rand(B64URL, 36)),
    negatives: ['AQVNshort']
  },
  {
    id: 'yandex-cloud-iam-token',
    positives: standard('YC_IAM_TOKEN', () => 't1.' + rand(B64URL, 60) + '.' + rand(B64URL, 86)),
    negatives: ['version t1.2.3', `t1.${rand(B64URL, 60)}.${rand(B64URL, 40)}`]
  },
  {
    id: 'yandex-oauth-token',
    positives: standard('YANDEX_OAUTH_TOKEN', () => 'y0_' + rand(B64URL, 55)),
    negatives: ['y0_short_value']
  },
  {
    id: 'yandex-cloud-static-key-secret',
    positives: standard('YANDEX_SECRET_ACCESS_KEY', () => 'YC' + rand(B64URL, 38)),
    negatives: [`yandex_region = ru-central1`, `yandex YC${rand(B64URL, 10)}`]
  },
  {
    id: 'scaleway-secret-key',
    positives: standard('SCALEWAY_SECRET_KEY', uuid),
    negatives: ['SCALEWAY_SECRET_KEY=not-a-uuid']
  },
  {
    id: 'linode-token',
    positives: standard('LINODE_TOKEN', () => rand(HEX, 64)),
    negatives: [`LINODE_TOKEN=${rand(HEX, 40)}`]
  },
  {
    id: 'hetzner-cloud-token',
    positives: standard('HCLOUD_TOKEN', () => rand(ALNUM, 64)),
    negatives: [`HCLOUD_TOKEN=${rand(HEX, 64)}`]
  },
  {
    id: 'vultr-api-key',
    positives: standard('VULTR_API_KEY', () => rand(UPPER_ALNUM, 36)),
    negatives: [`VULTR_API_KEY=${rand(UPPER_ALNUM, 20)}`, `vultr_id = ${rand(LOWER_ALNUM, 10)}`]
  }
]
