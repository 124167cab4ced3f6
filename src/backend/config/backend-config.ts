import { z } from 'zod';
import { parseEnv } from '../../config/parse-env.ts';

const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

/** Every environment variable the backend reads, with its default. Documented in docs/backend.md. */
const BackendEnv = z.object({
  BACKEND_PORT: int(0, 65_535).default(8081),
  BACKEND_HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  VENUE: z.string().min(1).default('spice-route'),
  BACKEND_SERVICE_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  BACKEND_OPERATOR_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  BACKEND_TOKEN_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  CUSTOMER_TOKEN_TTL_SECONDS: int(60, 30 * 24 * 3600).default(3600),
  BACKEND_PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  BACKEND_BODY_LIMIT_BYTES: int(1024, 10 * 1024 * 1024).default(64 * 1024),
  WEBHOOK_MAX_ATTEMPTS: int(1, 100).default(10),
  WEBHOOK_POLL_MS: int(10, 600_000).default(10_000),
  WEBHOOK_RETRY_BASE_MS: int(10, 3_600_000).default(2000),
  WEBHOOK_RETRY_MAX_MS: int(10, 86_400_000).default(3_600_000),
  WEBHOOK_TIMEOUT_MS: int(100, 120_000).default(5000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export interface BackendConfig {
  port: number;
  host: string;
  /** PostgreSQL when set; SQLite at `<dataDir>/<venue>.sqlite` otherwise. */
  databaseUrl: string | undefined;
  dataDir: string;
  /** Venue folder name under restaurants/ (or a path) seeded on first start. */
  venue: string;
  /** The bot's token; a dev token is generated (and printed) at start when missing. */
  serviceToken: string | undefined;
  /** Optional second token allowed on the operator endpoint (order status). */
  operatorToken: string | undefined;
  /** HMAC key of customer tokens; random per process when missing (tokens die with it). */
  tokenSecret: string | undefined;
  customerTokenTtlSeconds: number;
  /** Base URL in payment links; defaults to http://<host>:<port>. */
  publicUrl: string | undefined;
  bodyLimitBytes: number;
  webhook: {
    maxAttempts: number;
    pollMs: number;
    retryBaseMs: number;
    retryMaxMs: number;
    timeoutMs: number;
    /** Run the outbox dispatcher inside this process (tests may turn it off). */
    enabled: boolean;
  };
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
}

/** Parses the backend's configuration from environment variables. Throws ConfigError naming the variable. */
export function parseBackendConfig(env: Record<string, string | undefined> = process.env): BackendConfig {
  const e = parseEnv(BackendEnv, env);
  return Object.freeze({
    port: e.BACKEND_PORT,
    host: e.BACKEND_HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: e.DATA_DIR,
    venue: e.VENUE,
    serviceToken: e.BACKEND_SERVICE_TOKEN,
    operatorToken: e.BACKEND_OPERATOR_TOKEN,
    tokenSecret: e.BACKEND_TOKEN_SECRET,
    customerTokenTtlSeconds: e.CUSTOMER_TOKEN_TTL_SECONDS,
    publicUrl: e.BACKEND_PUBLIC_URL?.replace(/\/+$/, ''),
    bodyLimitBytes: e.BACKEND_BODY_LIMIT_BYTES,
    webhook: Object.freeze({
      maxAttempts: e.WEBHOOK_MAX_ATTEMPTS,
      pollMs: e.WEBHOOK_POLL_MS,
      retryBaseMs: e.WEBHOOK_RETRY_BASE_MS,
      retryMaxMs: e.WEBHOOK_RETRY_MAX_MS,
      timeoutMs: e.WEBHOOK_TIMEOUT_MS,
      enabled: true,
    }),
    logLevel: e.LOG_LEVEL,
  });
}
