import { z } from 'zod';
import { parseEnv } from '../../config/parse-env.ts';
import { MAX_MESSAGE_LENGTH_CEILING } from '../../core/config/dialog-config.ts';
import { ConfigError } from '../../errors/index.ts';
import { type LlmConfig, parseLlmConfig } from '../../llm/llm-config.ts';

const port = z.coerce.number().int().min(0).max(65_535);
const positiveInt = (min: number, max: number) => z.coerce.number().int().min(min).max(max);
const optionalText = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

const BotEnv = z.object({
  PORT: port.default(8080),
  HOST: z.string().trim().min(1).default('127.0.0.1'),
  PUBLIC_URL: z
    .url({ protocol: /^https?$/ })
    .transform((v) => v.replace(/\/+$/, ''))
    .optional(),
  VENUE: z.string().trim().min(1).max(500).default('spice-route'),
  BACKEND_URL: z
    .url({ protocol: /^https?$/ })
    .transform((v) => v.replace(/\/+$/, ''))
    .optional(),
  BACKEND_SERVICE_TOKEN: optionalText,
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'a redis:// or rediss:// URL')
    .optional(),
  REDIS_PREFIX: z.string().min(1).max(100).default('maitre:'),
  SESSION_TTL_SECONDS: positiveInt(60, 30 * 86_400).default(3600),
  MAX_MESSAGE_CHARS: positiveInt(20, MAX_MESSAGE_LENGTH_CEILING).default(2000),
  BODY_LIMIT_BYTES: positiveInt(1024, 10_000_000).default(16_384),
  RATE_LIMIT_PER_SESSION: positiveInt(1, 100_000).default(30),
  RATE_LIMIT_PER_IP: positiveInt(1, 1_000_000).default(300),
  WEBHOOK_SECRET: z.string().min(16, 'at least 16 characters').max(200).optional(),
  WEBHOOK_TOLERANCE_SECONDS: positiveInt(1, 86_400).default(300),
  CORS_ORIGINS: z
    .string()
    .transform((v) =>
      v
        .split(',')
        .map((o) => o.trim().replace(/\/+$/, ''))
        .filter((o) => o.length > 0),
    )
    .pipe(z.array(z.union([z.literal('*'), z.url({ protocol: /^https?$/ })])))
    .optional(),
  TRUST_PROXY: z.enum(['true', 'false', '1', '0']).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATA_DIR: z.string().trim().min(1).default('./data'),
  KNOWLEDGE_INDEX: z.enum(['embedded', 'pgvector', 'qdrant']).default('embedded'),
  KNOWLEDGE_DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'a postgres:// URL')
    .optional(),
  KNOWLEDGE_MENU_CHECK_SECONDS: positiveInt(1, 86_400).default(30),
  QDRANT_URL: z.url({ protocol: /^https?$/ }).optional(),
  QDRANT_API_KEY: optionalText,
  EMBEDDINGS_BASE_URL: z.url({ protocol: /^https?$/ }).optional(),
  EMBEDDINGS_MODEL: optionalText,
  EMBEDDINGS_API_KEY: optionalText,
});

/**
 * Where the venue's knowledge is indexed and how it is embedded (docs/knowledge.md). `embedded` keeps an
 * index file in the data directory; `pgvector` uses `databaseUrl` (PGlite in the data directory when
 * absent); `qdrant` needs `qdrantUrl`. Embeddings: the offline hashing embedder unless an
 * OpenAI-compatible `/v1/embeddings` server is given.
 */
export interface KnowledgeConfig {
  index: 'embedded' | 'pgvector' | 'qdrant';
  dataDir: string;
  databaseUrl: string | undefined;
  qdrantUrl: string | undefined;
  qdrantApiKey: string | undefined;
  embeddings: { baseUrl: string; model: string; apiKey: string | undefined } | undefined;
  /** How often (seconds) the backend's menu version is checked; a new version re-indexes the menu. */
  menuCheckSeconds: number;
}

/** The bot service's configuration: parsed once from the environment, frozen, passed explicitly. */
export interface BotConfig {
  port: number;
  host: string;
  /** Where the backend reaches our webhook; defaults to http://<host>:<port>. */
  publicUrl: string | undefined;
  venue: string;
  backendUrl: string | undefined;
  backendServiceToken: string | undefined;
  redisUrl: string | undefined;
  redisPrefix: string;
  sessionTtlSeconds: number;
  /** Characters of a message the bot reads; a longer one is cut and the reply says so. */
  maxMessageChars: number;
  bodyLimitBytes: number;
  rateLimitPerSession: number;
  rateLimitPerIp: number;
  webhookSecret: string | undefined;
  webhookToleranceSeconds: number;
  /** Origins allowed to call the API from a browser (CORS); empty: same origin only. */
  corsOrigins: string[];
  /** Behind a reverse proxy: take the client address from X-Forwarded-For (rate limits per IP). */
  trustProxy: boolean;
  logLevel: string;
  knowledge: KnowledgeConfig;
  /**
   * The language model (`GROQ_API_KEY` / `LLM_*`, docs/llm.md), parsed by `parseLlmConfig`;
   * undefined when none is configured: the rule brain alone.
   */
  llm: LlmConfig | undefined;
}

/** Parses the bot's environment variables; a bad value throws ConfigError naming the variable. */
export function parseBotConfig(env: Record<string, string | undefined>): Readonly<BotConfig> {
  const e = parseEnv(BotEnv, env);
  if (e.KNOWLEDGE_INDEX === 'qdrant' && !e.QDRANT_URL)
    throw new ConfigError('QDRANT_URL', 'is required when KNOWLEDGE_INDEX=qdrant');
  if (e.EMBEDDINGS_BASE_URL && !e.EMBEDDINGS_MODEL)
    throw new ConfigError('EMBEDDINGS_MODEL', 'is required when EMBEDDINGS_BASE_URL is set');
  return Object.freeze({
    port: e.PORT,
    host: e.HOST,
    publicUrl: e.PUBLIC_URL,
    venue: e.VENUE,
    backendUrl: e.BACKEND_URL,
    backendServiceToken: e.BACKEND_SERVICE_TOKEN,
    redisUrl: e.REDIS_URL,
    redisPrefix: e.REDIS_PREFIX,
    sessionTtlSeconds: e.SESSION_TTL_SECONDS,
    maxMessageChars: e.MAX_MESSAGE_CHARS,
    bodyLimitBytes: e.BODY_LIMIT_BYTES,
    rateLimitPerSession: e.RATE_LIMIT_PER_SESSION,
    rateLimitPerIp: e.RATE_LIMIT_PER_IP,
    webhookSecret: e.WEBHOOK_SECRET,
    webhookToleranceSeconds: e.WEBHOOK_TOLERANCE_SECONDS,
    corsOrigins: e.CORS_ORIGINS ?? [],
    trustProxy: e.TRUST_PROXY === 'true' || e.TRUST_PROXY === '1',
    logLevel: e.LOG_LEVEL,
    knowledge: Object.freeze({
      index: e.KNOWLEDGE_INDEX,
      dataDir: e.DATA_DIR,
      databaseUrl: e.KNOWLEDGE_DATABASE_URL,
      qdrantUrl: e.QDRANT_URL,
      qdrantApiKey: e.QDRANT_API_KEY,
      embeddings:
        e.EMBEDDINGS_BASE_URL && e.EMBEDDINGS_MODEL
          ? { baseUrl: e.EMBEDDINGS_BASE_URL, model: e.EMBEDDINGS_MODEL, apiKey: e.EMBEDDINGS_API_KEY }
          : undefined,
      menuCheckSeconds: e.KNOWLEDGE_MENU_CHECK_SECONDS,
    }),
    llm: parseLlmConfig(env),
  });
}
