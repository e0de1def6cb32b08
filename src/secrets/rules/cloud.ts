import type { SecretRule } from '../types.js'
import { assigned, prefixed, UUID } from './build.js'
import { isLowerHex, looksRandom, shannonEntropy } from './entropy.js'
import { armouredPayload, surroundings } from './structure.js'

/** Random keys mix upper, lower and digits; digests and words do not. */
const randomNotHex = (secret: string): boolean => looksRandom(secret) && !isLowerHex(secret)

export const CLOUD_RULES: SecretRule[] = [
  {
    id: 'aws-access-key-id',
    title: 'AWS access key ID',
    category: 'cloud',
    keywords: ['akia', 'asia', 'abia', 'acca', 'a3t'],
    pattern: prefixed('(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}', '(?![A-Za-z0-9])'),
    // AWS documentation writes many sample ids ending in EXAMPLE; none is live.
    validate: secret => !secret.includes('EXAMPLE')
  },
  {
    id: 'aws-secret-access-key',
    title: 'AWS secret access key',
    category: 'cloud',
    keywords: ['aws', 'secret', 'akia', 'asia'],
    // Either a name mentioning aws/secret, or right after the key id (credentials CSV, `id:secret`).
    pattern:
      /(?:(?:aws|secret)[\w.-]{0,40}[\s'"\]]{0,3}(?::=|=>|=|:)|\b(?:AKIA|ASIA)[A-Z0-9]{16}[\s,'":;|]{1,6})[\s'"`]{0,5}(?<secret>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])/i,
    minEntropy: 4,
    validate: secret => randomNotHex(secret) && !secret.includes('EXAMPLE')
  },
  {
    id: 'aws-session-token',
    title: 'AWS temporary session token',
    category: 'cloud',
    // The fixed base64 openings of STS session tokens.
    keywords: ['iqojb3jpz2lux2vj', 'fwogzxivyxdz'],
    pattern: /(?<secret>(?:IQoJb3JpZ2luX2Vj|FwoGZXIvYXdz)[A-Za-z0-9/+=]{80,2000})/
  },
  {
    id: 'aws-mws-auth-token',
    title: 'Amazon MWS auth token',
    category: 'cloud',
    keywords: ['amzn.mws.'],
    pattern: new RegExp(`\\b(?<secret>amzn\\.mws\\.${UUID})\\b`)
  },
  {
    id: 'gcp-api-key',
    title: 'Google API key',
    category: 'cloud',
    keywords: ['aiza'],
    pattern: prefixed('AIza[0-9A-Za-z_-]{35}')
  },
  {
    id: 'gcp-service-account-key',
    title: 'Google Cloud service account private key (JSON)',
    category: 'cloud',
    keywords: ['"private_key"'],
    window: 8192,
    pattern:
      /"private_key"\s{0,3}:\s{0,3}"(?<secret>-----BEGIN (?:RSA )?PRIVATE KEY-----(?:\\r)?\\n(?<body>[A-Za-z0-9+/=\\]{64,8000})-----END (?:RSA )?PRIVATE KEY-----(?:\\r)?(?:\\n)?)"/,
    validate: (_secret, match) => {
      const payload = armouredPayload(match.groups?.body ?? '')
      return payload.length >= 64 && shannonEntropy(payload) >= 4.5
    }
  },
  {
    id: 'google-oauth-refresh-token',
    title: 'Google OAuth refresh token',
    category: 'cloud',
    keywords: ['1//0'],
    pattern: /(?<![\w/])(?<secret>1\/\/0[A-Za-z0-9_-]{40,300})(?![A-Za-z0-9_-])/,
    minEntropy: 4
  },
  {
    id: 'google-oauth-access-token',
    title: 'Google OAuth access token',
    category: 'cloud',
    keywords: ['ya29.'],
    pattern: prefixed('ya29\\.[A-Za-z0-9_-]{50,1000}'),
    minEntropy: 4
  },
  {
    id: 'azure-storage-account-key',
    title: 'Azure storage account key',
    category: 'cloud',
    keywords: ['accountkey', 'azure', 'storage'],
    // 64 random bytes in base64: 86 characters and `==`.
    pattern:
      /(?:AccountKey|(?:azure|storage)[\w.-]{0,30}key[\w.-]{0,10}[\s'"\]]{0,3})\s{0,3}(?::=|=>|=|:)[\s'"`]{0,5}(?<secret>[A-Za-z0-9+/]{86}==)/i,
    minEntropy: 4.5
  },
  {
    id: 'azure-shared-access-key',
    title: 'Azure Service Bus / Event Hubs / IoT shared access key',
    category: 'cloud',
    keywords: ['sharedaccesskey', 'primarykey', 'secondarykey'],
    // 32 random bytes in base64: 43 characters and `=`.
    pattern:
      /(?:SharedAccessKey|PrimaryKey|SecondaryKey)["']?\s{0,3}[=:]\s{0,3}["']?(?<secret>[A-Za-z0-9+/]{42,43}=)/i,
    minEntropy: 4
  },
  {
    id: 'azure-sas-token',
    title: 'Azure shared access signature',
    category: 'cloud',
    keywords: ['sig='],
    // The validate step looks for sv=/se= up to 400 characters around the signature.
    window: 600,
    // The signature is an HMAC-SHA256 in (often URL-encoded) base64.
    pattern: /(?:^|[?&;\s"'])sig=(?<secret>[A-Za-z0-9%+/]{40,120}(?:=|%3D){0,2})/i,
    // Only a SAS carries a version or expiry next to the signature.
    validate: (_secret, match) => /[?&;\s"'](?:sv|se|sr|spr)=/i.test(surroundings(match, 400)),
    minEntropy: 4
  },
  {
    id: 'azure-ad-client-secret',
    title: 'Microsoft Entra ID (Azure AD) client secret',
    category: 'cloud',
    keywords: ['q~'],
    // Documented shape: three characters, a digit, `Q~`, then 31-34 characters.
    pattern:
      /(?<![A-Za-z0-9_~.-])(?<secret>[A-Za-z0-9_~.-]{3}[0-9]Q~[A-Za-z0-9_~.-]{31,34})(?![A-Za-z0-9_~.-])/,
    minEntropy: 3.5
  },
  {
    id: 'azure-devops-pat',
    title: 'Azure DevOps personal access token',
    category: 'cloud',
    keywords: ['azdo'],
    // New 84-character tokens carry the AZDO signature at positions 76-80.
    pattern: prefixed('[A-Za-z0-9]{76}AZDO[A-Za-z0-9]{4}', '(?![A-Za-z0-9])')
  },
  {
    id: 'azure-devops-pat-legacy',
    title: 'Azure DevOps personal access token (52 characters)',
    category: 'cloud',
    keywords: ['azure', 'devops', 'ado_', 'vsts'],
    pattern: assigned('azure[\\w.-]{0,20}(?:devops|pat|token)|devops|ado_|vsts', '[a-z2-7]{52}'),
    minEntropy: 3.8
  },
  {
    id: 'digitalocean-token',
    title: 'DigitalOcean token',
    category: 'cloud',
    keywords: ['dop_v1_', 'doo_v1_', 'dor_v1_'],
    pattern: prefixed('do[opr]_v1_[a-f0-9]{64}', '(?![A-Za-z0-9])')
  },
  {
    id: 'alibaba-access-key-id',
    title: 'Alibaba Cloud AccessKey ID',
    category: 'cloud',
    keywords: ['ltai'],
    pattern: prefixed('LTAI[A-Za-z0-9]{12,20}', '(?![A-Za-z0-9])'),
    minEntropy: 3
  },
  {
    id: 'alibaba-access-key-secret',
    title: 'Alibaba Cloud AccessKey secret',
    category: 'cloud',
    keywords: ['alibaba', 'aliyun', 'alicloud'],
    pattern: assigned('alibaba|aliyun|alicloud', '[A-Za-z0-9]{30}'),
    validate: randomNotHex
  },
  {
    id: 'tencent-cloud-secret-id',
    title: 'Tencent Cloud SecretId',
    category: 'cloud',
    keywords: ['akid'],
    pattern: prefixed('AKID[A-Za-z0-9]{32}', '(?![A-Za-z0-9])'),
    minEntropy: 3.5
  },
  {
    id: 'ibm-cloud-api-key',
    title: 'IBM Cloud API key',
    category: 'cloud',
    keywords: ['ibm'],
    pattern: assigned('ibm', '[A-Za-z0-9_-]{44}'),
    validate: randomNotHex
  },
  {
    id: 'yandex-cloud-api-key',
    title: 'Yandex Cloud API key',
    category: 'cloud',
    keywords: ['aqvn'],
    pattern: prefixed('AQVN[A-Za-z0-9_-]{35,38}'),
    minEntropy: 3.5
  },
  {
    id: 'yandex-cloud-iam-token',
    title: 'Yandex Cloud IAM token',
    category: 'cloud',
    keywords: ['t1.'],
    pattern: prefixed(
      't1\\.[A-Za-z0-9_-]{20,200}={0,2}\\.[A-Za-z0-9_-]{86}={0,2}',
      '(?![A-Za-z0-9_=-])'
    )
  },
  {
    id: 'yandex-oauth-token',
    title: 'Yandex OAuth token',
    category: 'cloud',
    keywords: ['y0_', 'y1_', 'y2_', 'y3_'],
    pattern: prefixed('y[0-3]_[A-Za-z0-9_-]{55}'),
    minEntropy: 4
  },
  {
    id: 'yandex-cloud-static-key-secret',
    title: 'Yandex Cloud static access key secret',
    category: 'cloud',
    keywords: ['yandex'],
    pattern: /\b(?<secret>YC[A-Za-z0-9_-]{38})(?![A-Za-z0-9_-])/,
    minEntropy: 4
  },
  {
    id: 'scaleway-secret-key',
    title: 'Scaleway secret key',
    category: 'cloud',
    keywords: ['scaleway', 'scw_'],
    pattern: assigned('scaleway|scw_secret', UUID)
  },
  {
    id: 'linode-token',
    title: 'Linode (Akamai) personal access token',
    category: 'cloud',
    keywords: ['linode'],
    pattern: assigned('linode', '[a-f0-9]{64}'),
    minEntropy: 3.5
  },
  {
    id: 'hetzner-cloud-token',
    title: 'Hetzner Cloud API token',
    category: 'cloud',
    keywords: ['hetzner', 'hcloud'],
    pattern: assigned('hetzner|hcloud', '[A-Za-z0-9]{64}'),
    validate: randomNotHex
  },
  {
    id: 'vultr-api-key',
    title: 'Vultr API key',
    category: 'cloud',
    keywords: ['vultr'],
    pattern: assigned('vultr', '[A-Z0-9]{36}'),
    minEntropy: 3.8
  }
]
