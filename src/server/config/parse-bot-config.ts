import { availableParallelism } from 'node:os';
import { getHeapStatistics } from 'node:v8';
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

/** An IPv4 or IPv6 address, optionally with a CIDR prefix length (what Fastify's trustProxy list takes). */
const PROXY_ADDRESS = /^(\d{1,3}(\.\d{1,3}){3}|[0-9a-fA-F:]*:[0-9a-fA-F:.]*)(\/\d{1,3})?$/;

/**
 * Which peers' X-Forwarded-For entries are believed (Fastify's `trustProxy`): `false` none (the socket's
 * address is the client); a number of proxy hops in front of the bot (the client is that many entries
 * from the right); or the proxies' addresses/CIDR ranges. Never `true`, which would take the first
 * entry, one the client writes itself.
 */
export type TrustProxy = false | number | string[];

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
  BACKEND_MENU_FRESH_MS: positiveInt(0, 60_000).default(1000),
  CART_REUSE_MS: positiveInt(0, 3_600_000).default(60_000),
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
  RATE_LIMIT_SESSIONS_PER_IP: positiveInt(1, 1_000_000).default(20),
  TRUST_PROXY: z
    .string()
    .trim()
    .refine((v) => v !== 'true', {
      message:
        'true would trust the client-chosen first X-Forwarded-For entry; give the number of proxies in front of the bot (1) or their addresses',
    })
    .transform((v, ctx): TrustProxy => {
      if (v === 'false' || v === '0' || v === '') return false;
      if (/^\d+$/.test(v)) {
        const hops = Number(v);
        if (hops > 10) ctx.addIssue({ code: 'custom', message: 'at most 10 proxy hops' });
        return hops;
      }
      const list = v
        .split(',')
        .map((a) => a.trim())
        .filter((a) => a.length > 0);
      const bad = list.find((a) => !PROXY_ADDRESS.test(a));
      if (bad !== undefined)
        ctx.addIssue({
          code: 'custom',
          message: `"${bad}" is not a hop count, an IP address or a CIDR range`,
        });
      return list;
    })
    .optional(),
  BACKEND_TIMEOUT_MS: positiveInt(100, 60_000).default(2_500),
  TURN_DEADLINE_MS: positiveInt(200, 120_000).default(4_500),
  REQUEST_TIMEOUT_MS: positiveInt(100, 300_000).default(20_000),
  HEADERS_TIMEOUT_MS: positiveInt(100, 300_000).default(10_000),
  KEEP_ALIVE_TIMEOUT_MS: positiveInt(100, 600_000).default(72_000),
  REPLY_RETENTION_SECONDS: positiveInt(10, 30 * 86_400).default(600),
  WORKERS: z
    .union([z.literal('auto'), positiveInt(1, 64)])
    .default(1)
    .transform((v) => (v === 'auto' ? Math.max(1, availableParallelism()) : v)),
  SHED_MAX_EVENT_LOOP_DELAY_MS: positiveInt(0, 60_000).default(60),
  SHED_MAX_HEAP_MB: positiveInt(0, 1_000_000).optional(),
  SHED_MAX_RSS_MB: positiveInt(0, 1_000_000).default(0),
  SHED_MAX_TURNS_IN_FLIGHT: positiveInt(0, 100_000).default(128),
  SHED_MAX_EVENT_LOOP_UTILIZATION: z.coerce.number().min(0).max(1).default(0.9),
  SHED_SAMPLE_INTERVAL_MS: positiveInt(10, 10_000).default(50),
  SHED_RETRY_AFTER_SECONDS: positiveInt(1, 3600).default(2),
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
  /** A menu read from the backend this recently (ms) is reused without asking again (0: always revalidate). */
  backendMenuFreshMs: number;
  /**
   * A turn that does not touch the cart shows the cart the backend returned at most this long ago, in
   * the session view, instead of reading it (src/server/conversation/carried-cart.ts); 0 = always read.
   */
  cartReuseMs: number;
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
  /** Sessions a client address may create per minute. */
  rateLimitSessionsPerIp: number;
  /** Behind a reverse proxy: which X-Forwarded-For entries are believed (rate limits per IP). */
  trustProxy: TrustProxy;
  /** Budget of one backend call, retries included (ms). */
  backendTimeoutMs: number;
  /** A turn not done after this long (ms) answers a kind apology; nothing it did later is kept. */
  turnDeadlineMs: number;
  /** Longest time to receive a whole request, headers and body (ms); a slower client is dropped. */
  requestTimeoutMs: number;
  /** Longest time to receive a request's headers (ms). */
  headersTimeoutMs: number;
  /** Idle time before a keep-alive connection is closed (ms). */
  keepAliveTimeoutMs: number;
  /** How long a recorded reply stays resumable (s; at most the session TTL). */
  replyRetentionSeconds: number;
  logLevel: string;
  /** Bot worker processes on this host (node:cluster); more than one requires `redisUrl`. */
  workers: number;
  shedding: SheddingConfig;
  knowledge: KnowledgeConfig;
  /**
   * The language model (`GROQ_API_KEY` / `LLM_*`, docs/llm.md), parsed by `parseLlmConfig`;
   * undefined when none is configured: the rule brain alone.
   */
  llm: LlmConfig | undefined;
}

/**
 * When the bot answers 503 with Retry-After instead of taking a request (docs/operations.md, load
 * shedding). A limit of 0 turns its check off.
 */
export interface SheddingConfig {
  /** Mean event-loop delay over one sample (ms) above which requests are shed. */
  maxEventLoopDelayMs: number;
  /** V8 heap used (bytes) above which requests are shed; default 90 % of the heap limit. */
  maxHeapUsedBytes: number;
  /** Resident set size (bytes) above which requests are shed; 0 = off (default). */
  maxRssBytes: number;
  /**
   * Turns in flight in this process (read, waiting for their session's lock, or running) beyond which a
   * new turn is refused at once; 0 = no bound.
   */
  maxTurnsInFlight: number;
  /**
   * Busy share of the event loop (0 to 1) over the last `UTILIZATION_SAMPLES` sample intervals above
   * which a new turn is refused, once a few turns are in flight (`TurnGate`); 0 = off.
   */
  maxEventLoopUtilization: number;
  /** How often delay, utilization and memory are sampled (ms). */
  sampleIntervalMs: number;
  /** The Retry-After a shed request carries (seconds). */
  retryAfterSeconds: number;
}

/** Parses the bot's environment variables; a bad value throws ConfigError naming the variable. */
export function parseBotConfig(env: Record<string, string | undefined>): Readonly<BotConfig> {
  const e = parseEnv(BotEnv, env);
  if (e.KNOWLEDGE_INDEX === 'qdrant' && !e.QDRANT_URL)
    throw new ConfigError('QDRANT_URL', 'is required when KNOWLEDGE_INDEX=qdrant');
  if (e.WORKERS > 1 && !e.REDIS_URL)
    throw new ConfigError(
      'WORKERS',
      `is ${e.WORKERS}, which needs REDIS_URL: without Redis each worker keeps its own sessions, locks and rate limits in memory, and a customer's next request, landing on another worker, would find no session (set REDIS_URL, or WORKERS=1)`,
    );
  if (e.EMBEDDINGS_BASE_URL && !e.EMBEDDINGS_MODEL)
    throw new ConfigError('EMBEDDINGS_MODEL', 'is required when EMBEDDINGS_BASE_URL is set');
  return Object.freeze({
    port: e.PORT,
    host: e.HOST,
    publicUrl: e.PUBLIC_URL,
    venue: e.VENUE,
    backendUrl: e.BACKEND_URL,
    backendServiceToken: e.BACKEND_SERVICE_TOKEN,
    backendMenuFreshMs: e.BACKEND_MENU_FRESH_MS,
    cartReuseMs: e.CART_REUSE_MS,
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
    rateLimitSessionsPerIp: e.RATE_LIMIT_SESSIONS_PER_IP,
    trustProxy: e.TRUST_PROXY ?? false,
    backendTimeoutMs: e.BACKEND_TIMEOUT_MS,
    turnDeadlineMs: e.TURN_DEADLINE_MS,
    requestTimeoutMs: e.REQUEST_TIMEOUT_MS,
    headersTimeoutMs: Math.min(e.HEADERS_TIMEOUT_MS, e.REQUEST_TIMEOUT_MS),
    keepAliveTimeoutMs: e.KEEP_ALIVE_TIMEOUT_MS,
    replyRetentionSeconds: Math.min(e.REPLY_RETENTION_SECONDS, e.SESSION_TTL_SECONDS),
    logLevel: e.LOG_LEVEL,
    workers: e.WORKERS,
    shedding: Object.freeze({
      maxEventLoopDelayMs: e.SHED_MAX_EVENT_LOOP_DELAY_MS,
      maxHeapUsedBytes:
        e.SHED_MAX_HEAP_MB === undefined
          ? Math.floor(getHeapStatistics().heap_size_limit * 0.9)
          : e.SHED_MAX_HEAP_MB * 1024 * 1024,
      maxRssBytes: e.SHED_MAX_RSS_MB * 1024 * 1024,
      maxTurnsInFlight: e.SHED_MAX_TURNS_IN_FLIGHT,
      maxEventLoopUtilization: e.SHED_MAX_EVENT_LOOP_UTILIZATION,
      sampleIntervalMs: e.SHED_SAMPLE_INTERVAL_MS,
      retryAfterSeconds: e.SHED_RETRY_AFTER_SECONDS,
    }),
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
