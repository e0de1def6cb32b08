import {
  ALNUM,
  B64URL,
  HEX,
  LOWER_ALNUM,
  rand,
  standard,
  uuid,
  env,
  type RuleSamples
} from '../support.js'

export const AI_SAMPLES: RuleSamples[] = [
  {
    id: 'openai-api-key',
    positives: standard(
      'OPENAI_API_KEY',
      () => `sk-proj-${rand(B64URL, 74)}T3BlbkFJ${rand(B64URL, 74)}`
    ).concat([
      env('OPENAI_ADMIN_KEY', `sk-admin-${rand(B64URL, 60)}`),
      env('OPENAI_SVC_KEY', `sk-svcacct-${rand(B64URL, 60)}`)
    ]),
    negatives: ['OPENAI_API_KEY=sk-proj-short', 'sk-proj-xxxxxxxx']
  },
  {
    id: 'openai-api-key-legacy',
    positives: standard('OPENAI_API_KEY', () => `sk-${rand(ALNUM, 20)}T3BlbkFJ${rand(ALNUM, 20)}`),
    negatives: [`sk-${rand(ALNUM, 48)}`]
  },
  {
    id: 'anthropic-api-key',
    positives: standard('ANTHROPIC_API_KEY', () => `sk-ant-api03-${rand(B64URL, 93)}AA`),
    negatives: ['ANTHROPIC_API_KEY=sk-ant-api03-short']
  },
  {
    id: 'anthropic-admin-key',
    positives: standard('ANTHROPIC_ADMIN_KEY', () => `sk-ant-admin01-${rand(B64URL, 93)}AA`),
    negatives: ['sk-ant-admin01-']
  },
  {
    id: 'anthropic-oauth-token',
    positives: standard('CLAUDE_CODE_OAUTH_TOKEN', () => `sk-ant-oat01-${rand(B64URL, 93)}AA`),
    negatives: ['sk-ant-oat01-short']
  },
  {
    id: 'huggingface-token',
    positives: standard('HF_TOKEN', () => 'hf_' + rand(ALNUM, 34)),
    negatives: ['hf_hub_download_cache_directory_name', 'hf_' + rand(ALNUM, 20)]
  },
  {
    id: 'huggingface-org-token',
    positives: standard('HF_ORG_TOKEN', () => 'api_org_' + rand(ALNUM, 34)),
    negatives: ['api_org_settings']
  },
  {
    id: 'cohere-api-key',
    positives: standard('COHERE_API_KEY', () => rand(ALNUM, 40)),
    negatives: [`COHERE_MODEL=command-r-plus`, `cohere_commit = ${rand(HEX, 40)}`]
  },
  {
    id: 'replicate-api-token',
    positives: standard('REPLICATE_API_TOKEN', () => 'r8_' + rand(ALNUM, 37)),
    negatives: ['r8_short']
  },
  {
    id: 'groq-api-key',
    positives: standard('GROQ_API_KEY', () => 'gsk_' + rand(ALNUM, 52)),
    negatives: ['gsk_short']
  },
  {
    id: 'mistral-api-key',
    positives: standard('MISTRAL_API_KEY', () => rand(ALNUM, 32)),
    negatives: ['MISTRAL_MODEL=mistral-large-latest', `mistral_hash = ${rand(HEX, 32)}`]
  },
  {
    id: 'perplexity-api-key',
    positives: standard('PERPLEXITY_API_KEY', () => 'pplx-' + rand(ALNUM, 48)),
    negatives: ['pplx-short']
  },
  {
    id: 'xai-api-key',
    positives: standard('XAI_API_KEY', () => 'xai-' + rand(ALNUM, 80)),
    negatives: ['xai-grok-2-latest']
  },
  {
    id: 'deepseek-api-key',
    positives: standard('DEEPSEEK_API_KEY', () => 'sk-' + rand(HEX, 32)),
    negatives: [`deepseek model sk-${rand(HEX, 20)}`]
  },
  {
    id: 'openrouter-api-key',
    positives: standard('OPENROUTER_API_KEY', () => 'sk-or-v1-' + rand(HEX, 64)),
    negatives: ['sk-or-v1-short']
  },
  {
    id: 'fireworks-api-key',
    positives: standard('FIREWORKS_API_KEY', () => 'fw_' + rand(ALNUM, 24)),
    negatives: ['fw_version_number_abc', 'fw_' + 'abcdefghijklmnopqrstuvwx']
  },
  {
    id: 'langsmith-api-key',
    positives: standard('LANGSMITH_API_KEY', () => `lsv2_pt_${rand(HEX, 32)}_${rand(HEX, 10)}`),
    negatives: ['lsv2_pt_short']
  },
  {
    id: 'langfuse-secret-key',
    positives: standard('LANGFUSE_SECRET_KEY', () => `sk-lf-${uuid()}`),
    negatives: [`LANGFUSE_PUBLIC_KEY=pk-lf-${uuid()}`]
  },
  {
    id: 'elevenlabs-api-key',
    positives: standard('ELEVENLABS_API_KEY', () => 'sk_' + rand(HEX, 48)),
    negatives: [`sk_${rand(HEX, 30)}`]
  },
  {
    id: 'elevenlabs-api-key-legacy',
    positives: standard('ELEVENLABS_API_KEY', () => rand(HEX, 32)),
    negatives: ['ELEVENLABS_VOICE=Rachel']
  },
  {
    id: 'assemblyai-api-key',
    positives: standard('ASSEMBLYAI_API_KEY', () => rand(HEX, 32)),
    negatives: ['ASSEMBLYAI_REGION=us']
  },
  {
    id: 'deepgram-api-key',
    positives: standard('DEEPGRAM_API_KEY', () => rand(HEX, 40)),
    negatives: ['DEEPGRAM_MODEL=nova-2']
  },
  {
    id: 'together-api-key',
    positives: standard('TOGETHER_API_KEY', () => 'tgp_v1_' + rand(B64URL, 43)),
    negatives: ['tgp_v1_short']
  },
  {
    id: 'together-api-key-legacy',
    positives: standard('TOGETHER_API_KEY', () => rand(HEX, 64)),
    negatives: ['together_model = llama-3']
  },
  {
    id: 'pinecone-api-key',
    positives: standard('PINECONE_API_KEY', () => `pcsk_${rand(ALNUM, 6)}_${rand(ALNUM, 63)}`),
    negatives: ['pcsk_short']
  },
  {
    id: 'pinecone-api-key-legacy',
    positives: standard('PINECONE_API_KEY', uuid),
    negatives: ['PINECONE_INDEX=docs']
  },
  {
    id: 'stability-api-key',
    positives: standard('STABILITY_API_KEY', () => 'sk-' + rand(ALNUM, 48)),
    negatives: ['STABILITY_ENGINE=sdxl']
  },
  {
    id: 'voyage-api-key',
    positives: standard('VOYAGE_API_KEY', () => 'pa-' + rand(B64URL, 43)),
    negatives: ['pa-system-speaker-volume', 'pa-' + 'a'.repeat(43)]
  },
  {
    id: 'tavily-api-key',
    positives: standard('TAVILY_API_KEY', () => 'tvly-' + rand(ALNUM, 32)),
    negatives: ['tvly-short']
  },
  {
    id: 'cerebras-api-key',
    positives: standard('CEREBRAS_API_KEY', () => 'csk-' + rand(LOWER_ALNUM, 48)),
    negatives: ['csk-short']
  },
  {
    id: 'firecrawl-api-key',
    positives: standard('FIRECRAWL_API_KEY', () => 'fc-' + rand(HEX, 32)),
    negatives: ['fc-button-primary']
  },
  {
    id: 'e2b-api-key',
    positives: standard('E2B_API_KEY', () => 'e2b_' + rand(HEX, 40)),
    negatives: ['e2b_sandbox_template']
  },
  {
    id: 'nvidia-api-key',
    positives: standard('NVIDIA_API_KEY', () => 'nvapi-' + rand(B64URL, 64)),
    negatives: ['nvapi-short']
  },
  {
    id: 'jina-api-key',
    positives: standard('JINA_API_KEY', () => 'jina_' + rand(HEX, 32) + rand(B64URL, 30)),
    negatives: ['jina_reader_endpoint']
  },
  {
    id: 'wandb-api-key',
    positives: standard('WANDB_API_KEY', () => rand(HEX, 40)),
    negatives: ['WANDB_PROJECT=experiments']
  },
  {
    id: 'azure-openai-api-key',
    positives: standard('AZURE_OPENAI_API_KEY', () => rand(HEX, 32)),
    negatives: ['AZURE_OPENAI_ENDPOINT=https://x.openai.azure.com/']
  }
]
