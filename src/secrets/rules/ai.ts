import type { SecretRule } from '../types.js'
import { assigned, prefixed, UUID } from './build.js'
import { looksRandom } from './entropy.js'

const mixed = looksRandom

export const AI_RULES: SecretRule[] = [
  {
    id: 'openai-api-key',
    title: 'OpenAI API key (project, service account or admin)',
    category: 'ai',
    keywords: ['sk-proj-', 'sk-svcacct-', 'sk-admin-', 'sk-none-'],
    pattern: prefixed('sk-(?:proj|svcacct|admin|None)-[A-Za-z0-9_-]{40,250}'),
    minEntropy: 4
  },
  {
    id: 'openai-api-key-legacy',
    title: 'OpenAI API key (legacy user key)',
    category: 'ai',
    // Every OpenAI key embeds base64 of "OpenAI" (T3BlbkFJ) between two random halves.
    keywords: ['t3blbkfj'],
    pattern: prefixed('sk-[A-Za-z0-9_-]{20,74}T3BlbkFJ[A-Za-z0-9_-]{20,74}')
  },
  {
    id: 'anthropic-api-key',
    title: 'Anthropic API key',
    category: 'ai',
    keywords: ['sk-ant-api'],
    pattern: prefixed('sk-ant-api[0-9]{2}-[A-Za-z0-9_-]{80,120}'),
    minEntropy: 4
  },
  {
    id: 'anthropic-admin-key',
    title: 'Anthropic admin API key',
    category: 'ai',
    keywords: ['sk-ant-admin'],
    pattern: prefixed('sk-ant-admin[0-9]{2}-[A-Za-z0-9_-]{80,120}'),
    minEntropy: 4
  },
  {
    id: 'anthropic-oauth-token',
    title: 'Anthropic OAuth or session token',
    category: 'ai',
    keywords: ['sk-ant-oat', 'sk-ant-ort', 'sk-ant-sid'],
    pattern: prefixed('sk-ant-(?:oat|ort|sid)[0-9]{2}-[A-Za-z0-9_-]{80,160}'),
    minEntropy: 4
  },
  {
    id: 'huggingface-token',
    title: 'Hugging Face access token',
    category: 'ai',
    keywords: ['hf_'],
    pattern: prefixed('hf_[A-Za-z0-9]{34}', '(?![A-Za-z0-9_])'),
    validate: secret => mixed(secret.slice(3)) || /[A-Z]/.test(secret.slice(3))
  },
  {
    id: 'huggingface-org-token',
    title: 'Hugging Face organization API token',
    category: 'ai',
    keywords: ['api_org_'],
    pattern: prefixed('api_org_[A-Za-z0-9]{34}', '(?![A-Za-z0-9_])'),
    validate: secret => /[A-Z]/.test(secret.slice(8))
  },
  {
    id: 'cohere-api-key',
    title: 'Cohere API key',
    category: 'ai',
    keywords: ['cohere', 'co_api_key'],
    pattern: assigned('cohere|co_api_key', '[A-Za-z0-9]{40}'),
    validate: mixed
  },
  {
    id: 'replicate-api-token',
    title: 'Replicate API token',
    category: 'ai',
    keywords: ['r8_'],
    pattern: prefixed('r8_[A-Za-z0-9]{37}', '(?![A-Za-z0-9_])'),
    minEntropy: 3.5
  },
  {
    id: 'groq-api-key',
    title: 'Groq API key',
    category: 'ai',
    keywords: ['gsk_'],
    pattern: prefixed('gsk_[A-Za-z0-9]{52}', '(?![A-Za-z0-9_])'),
    minEntropy: 3.8
  },
  {
    id: 'mistral-api-key',
    title: 'Mistral AI API key',
    category: 'ai',
    keywords: ['mistral'],
    pattern: assigned('mistral', '[A-Za-z0-9]{32}'),
    validate: mixed
  },
  {
    id: 'perplexity-api-key',
    title: 'Perplexity API key',
    category: 'ai',
    keywords: ['pplx-'],
    pattern: prefixed('pplx-[A-Za-z0-9]{48}', '(?![A-Za-z0-9_])'),
    minEntropy: 3.8
  },
  {
    id: 'xai-api-key',
    title: 'xAI (Grok) API key',
    category: 'ai',
    keywords: ['xai-'],
    pattern: prefixed('xai-[A-Za-z0-9]{80}', '(?![A-Za-z0-9_])'),
    minEntropy: 4
  },
  {
    id: 'deepseek-api-key',
    title: 'DeepSeek API key',
    category: 'ai',
    keywords: ['deepseek'],
    pattern: /\b(?<secret>sk-[a-f0-9]{32})(?![A-Za-z0-9_-])/,
    minEntropy: 3.2
  },
  {
    id: 'openrouter-api-key',
    title: 'OpenRouter API key',
    category: 'ai',
    keywords: ['sk-or-v1-'],
    pattern: prefixed('sk-or-v1-[a-f0-9]{64}', '(?![A-Za-z0-9_-])')
  },
  {
    id: 'fireworks-api-key',
    title: 'Fireworks AI API key',
    category: 'ai',
    keywords: ['fw_'],
    pattern: prefixed('fw_[A-Za-z0-9]{24}', '(?![A-Za-z0-9_])'),
    validate: secret => mixed(secret.slice(3))
  },
  {
    id: 'langsmith-api-key',
    title: 'LangSmith API key',
    category: 'ai',
    keywords: ['lsv2_'],
    pattern: prefixed('lsv2_(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10}', '(?![A-Za-z0-9_])')
  },
  {
    id: 'langfuse-secret-key',
    title: 'Langfuse secret key',
    category: 'ai',
    keywords: ['sk-lf-'],
    pattern: prefixed(`sk-lf-${UUID}`, '(?![A-Za-z0-9_-])')
  },
  {
    id: 'elevenlabs-api-key',
    title: 'ElevenLabs API key',
    category: 'ai',
    keywords: ['sk_'],
    pattern: prefixed('sk_[a-f0-9]{48}', '(?![A-Za-z0-9_])'),
    minEntropy: 3.2
  },
  {
    id: 'elevenlabs-api-key-legacy',
    title: 'ElevenLabs API key (32 hex)',
    category: 'ai',
    keywords: ['elevenlabs', 'xi-api-key', 'xi_api_key'],
    pattern: assigned('elevenlabs|xi[_-]api[_-]key', '[a-f0-9]{32}'),
    minEntropy: 3.2
  },
  {
    id: 'assemblyai-api-key',
    title: 'AssemblyAI API key',
    category: 'ai',
    keywords: ['assemblyai', 'assembly_ai'],
    pattern: assigned('assembly_?ai', '[a-f0-9]{32}'),
    minEntropy: 3.2
  },
  {
    id: 'deepgram-api-key',
    title: 'Deepgram API key',
    category: 'ai',
    keywords: ['deepgram'],
    pattern: assigned('deepgram', '[a-f0-9]{40}'),
    minEntropy: 3.2
  },
  {
    id: 'together-api-key',
    title: 'Together AI API key',
    category: 'ai',
    keywords: ['tgp_v1_'],
    pattern: prefixed('tgp_v1_[A-Za-z0-9_-]{40,50}'),
    minEntropy: 3.5
  },
  {
    id: 'together-api-key-legacy',
    title: 'Together AI API key (64 hex)',
    category: 'ai',
    keywords: ['together'],
    pattern: assigned('together', '[a-f0-9]{64}'),
    minEntropy: 3.5
  },
  {
    id: 'pinecone-api-key',
    title: 'Pinecone API key',
    category: 'ai',
    keywords: ['pcsk_'],
    pattern: prefixed('pcsk_[A-Za-z0-9]{4,8}_[A-Za-z0-9]{50,80}', '(?![A-Za-z0-9_])'),
    minEntropy: 3.8
  },
  {
    id: 'pinecone-api-key-legacy',
    title: 'Pinecone API key (UUID)',
    category: 'ai',
    keywords: ['pinecone'],
    pattern: assigned('pinecone', UUID)
  },
  {
    id: 'stability-api-key',
    title: 'Stability AI API key',
    category: 'ai',
    keywords: ['stability'],
    pattern: assigned('stability', 'sk-[A-Za-z0-9]{48}'),
    validate: secret => mixed(secret.slice(3))
  },
  {
    id: 'voyage-api-key',
    title: 'Voyage AI API key',
    category: 'ai',
    keywords: ['pa-', 'voyage'],
    pattern: /\b(?<secret>pa-[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/,
    validate: secret => mixed(secret.slice(3))
  },
  {
    id: 'tavily-api-key',
    title: 'Tavily API key',
    category: 'ai',
    keywords: ['tvly-'],
    pattern: prefixed('tvly-(?:dev-|prod-)?[A-Za-z0-9]{32}', '(?![A-Za-z0-9_])'),
    minEntropy: 3.5
  },
  {
    id: 'cerebras-api-key',
    title: 'Cerebras API key',
    category: 'ai',
    keywords: ['csk-'],
    pattern: prefixed('csk-[a-z0-9]{48}', '(?![A-Za-z0-9_])'),
    minEntropy: 3.8
  },
  {
    id: 'firecrawl-api-key',
    title: 'Firecrawl API key',
    category: 'ai',
    keywords: ['fc-'],
    pattern: prefixed('fc-[a-f0-9]{32}', '(?![A-Za-z0-9_-])'),
    minEntropy: 3.2
  },
  {
    id: 'e2b-api-key',
    title: 'E2B API key',
    category: 'ai',
    keywords: ['e2b_'],
    pattern: prefixed('e2b_[a-f0-9]{40}', '(?![A-Za-z0-9_])')
  },
  {
    id: 'nvidia-api-key',
    title: 'NVIDIA NGC / API catalog key',
    category: 'ai',
    keywords: ['nvapi-'],
    pattern: prefixed('nvapi-[A-Za-z0-9_-]{64}'),
    minEntropy: 4
  },
  {
    id: 'jina-api-key',
    title: 'Jina AI API key',
    category: 'ai',
    keywords: ['jina_'],
    pattern: prefixed('jina_[a-f0-9]{32}[A-Za-z0-9_-]{28,32}'),
    minEntropy: 3.8
  },
  {
    id: 'wandb-api-key',
    title: 'Weights & Biases API key',
    category: 'ai',
    keywords: ['wandb'],
    pattern: assigned('wandb', '[a-f0-9]{40}'),
    minEntropy: 3.2
  },
  {
    id: 'azure-openai-api-key',
    title: 'Azure OpenAI / Cognitive Services key',
    category: 'ai',
    keywords: ['azure'],
    pattern: assigned(
      'azure[\\w.-]{0,20}(?:openai|cognitive|ai|speech|search)',
      '[a-f0-9]{32}|[A-Za-z0-9]{84}'
    ),
    minEntropy: 3.2
  }
]
