import { z } from 'zod';
import { parseEnv } from '../config/parse-env.ts';
import { ConfigError } from '../errors/index.ts';
import { GROQ_PRICES, type PriceTable } from './groq-prices.ts';

/** Groq's OpenAI-compatible endpoint, version path included. */
export const GROQ_BASE_URL = 'https://api.groq.com/openai/v1';
/** The default model (issue 9). */
export const DEFAULT_MODEL = 'meta-llama/llama-4-maverick-17b-128e-instruct';
/** Tried in order when the primary model errors (not found, decommissioned, down after retries). */
export const DEFAULT_FALLBACK_MODELS = [
  'meta-llama/llama-4-scout-17b-16e-instruct',
  'llama-3.3-70b-versatile',
];

/**
 * The language-model settings. `provider`: `groq` speaks Groq's dialect (`x_groq.usage`, its error
 * bodies) through `@ai-sdk/groq`; `openai-compatible` any other server through
 * `@ai-sdk/openai-compatible` (usage via `stream_options.include_usage`).
 */
export interface LlmConfig {
  provider: 'groq' | 'openai-compatible';
  /** Base URL including the version path, e.g. `https://api.groq.com/openai/v1`. */
  baseUrl: string;
  /** Bearer key; undefined for a local server without one. */
  apiKey: string | undefined;
  model: string;
  fallbackModels: string[];
  /** Milliseconds without a byte (first byte, or between stream chunks) before an attempt times out. */
  stallTimeoutMs: number;
  /** Retries per model for 429, 5xx, timeouts and network errors (a malformed tool call is retried once, apart). */
  maxRetries: number;
  /** First retry delay in ms for 5xx/timeouts (doubles, randomised ×1..2 for jitter). */
  retryBaseDelayMs: number;
  /** Milliseconds after which a call starts no more retries nor fallback models (bounds a turn's wait). */
  callBudgetMs: number;
  /** Longest wait in ms the adapter accepts for a 429 or an exhausted limit; longer → `ModelRateLimitedError` at once. */
  maxRateLimitWaitMs: number;
  /** Client-side requests per minute (0 = no local limit; Groq's headers still apply). */
  requestsPerMinute: number;
  /** Client-side tokens per minute (0 = no local limit). */
  tokensPerMinute: number;
  /** Consecutive failures that open the circuit breaker. */
  breakerFailureThreshold: number;
  /** Milliseconds the breaker stays open before letting one trial call through. */
  breakerCoolDownMs: number;
  /** Tokens (input + output) one session may spend; 0 = unlimited. */
  sessionTokenBudget: number;
  /** USD per million tokens by model: Groq's table merged with `LLM_PRICES`. */
  prices: PriceTable;
  /**
   * Understanding: the rules' reading is taken without the model when its confidence is at least this
   * (0..1; above 1 the model reads every message). `LLM_RULES_FIRST_CONFIDENCE`, default 0.85.
   */
  rulesFirstConfidence: number;
  /** Model calls (tool steps) per turn of understanding. `LLM_MAX_TOOL_STEPS`, default 4. */
  maxToolSteps: number;
}

const int = (min: number) => z.coerce.number().int().min(min);

const schema = z.object({
  GROQ_API_KEY: z.string().optional(),
  LLM_API_KEY: z.string().optional(),
  LLM_BASE_URL: z.url({ protocol: /^https?$/ }).optional(),
  LLM_PROVIDER: z.enum(['groq', 'openai-compatible']).optional(),
  LLM_MODEL: z.string().min(1).default(DEFAULT_MODEL),
  LLM_FALLBACK_MODELS: z.string().optional(),
  LLM_TIMEOUT_MS: int(1).default(10_000),
  LLM_MAX_RETRIES: int(0).max(10).default(2),
  LLM_RETRY_BASE_MS: int(0).default(250),
  LLM_MAX_WAIT_MS: int(0).default(3_000),
  LLM_CALL_BUDGET_MS: int(1).default(8_000),
  LLM_RPM: int(0).default(0),
  LLM_TPM: int(0).default(0),
  LLM_BREAKER_FAILURES: int(1).default(5),
  LLM_BREAKER_COOLDOWN_MS: int(1).default(30_000),
  LLM_SESSION_TOKEN_BUDGET: int(0).default(50_000),
  LLM_PRICES: z.string().optional(),
  LLM_RULES_FIRST_CONFIDENCE: z.coerce.number().min(0).max(2).default(0.85),
  LLM_MAX_TOOL_STEPS: int(1).max(10).default(4),
});

const priceOverrides = z.record(
  z.string().min(1),
  z.object({ inputUsdPerMillion: z.number().min(0), outputUsdPerMillion: z.number().min(0) }),
);

/**
 * Reads the language-model settings from the environment:
 * `LLM_BASE_URL` (default Groq's), `LLM_API_KEY` (default `GROQ_API_KEY`), `LLM_MODEL`,
 * `LLM_FALLBACK_MODELS` (comma-separated, `none` for none; default Scout then Llama 3.3 70B when the
 * model is the default one on Groq, none otherwise),
 * `LLM_PROVIDER` (default `groq` when the base URL's host is Groq's, else `openai-compatible`),
 * `LLM_TIMEOUT_MS`, `LLM_MAX_RETRIES`, `LLM_RETRY_BASE_MS`, `LLM_MAX_WAIT_MS`, `LLM_CALL_BUDGET_MS`, `LLM_RPM`, `LLM_TPM`,
 * `LLM_BREAKER_FAILURES`, `LLM_BREAKER_COOLDOWN_MS`, `LLM_SESSION_TOKEN_BUDGET`, `LLM_RULES_FIRST_CONFIDENCE`,
 * `LLM_MAX_TOOL_STEPS`, `LLM_PRICES` (JSON
 * `{ "<model>": { "inputUsdPerMillion": n, "outputUsdPerMillion": n } }`).
 * Returns `undefined` when no model is configured (no key and no `LLM_BASE_URL`): the rule brain alone.
 * @throws ConfigError naming the bad variable (`LLM_API_KEY` when Groq is used without a key).
 */
export function parseLlmConfig(env: Record<string, string | undefined>): LlmConfig | undefined {
  const e = parseEnv(schema, env);
  const apiKey = e.LLM_API_KEY ?? e.GROQ_API_KEY;
  if (apiKey === undefined && e.LLM_BASE_URL === undefined) return undefined;
  const baseUrl = (e.LLM_BASE_URL ?? GROQ_BASE_URL).replace(/\/+$/, '');
  const provider =
    e.LLM_PROVIDER ?? (new URL(baseUrl).hostname.endsWith('groq.com') ? 'groq' : 'openai-compatible');
  if (provider === 'groq' && apiKey === undefined) {
    throw new ConfigError('LLM_API_KEY', 'is required for Groq (set LLM_API_KEY or GROQ_API_KEY)');
  }
  const fallbackModels =
    e.LLM_FALLBACK_MODELS === 'none'
      ? []
      : e.LLM_FALLBACK_MODELS !== undefined
        ? e.LLM_FALLBACK_MODELS.split(',')
            .map((m) => m.trim())
            .filter((m) => m !== '' && m !== e.LLM_MODEL)
        : provider === 'groq' && e.LLM_MODEL === DEFAULT_MODEL
          ? DEFAULT_FALLBACK_MODELS
          : [];
  return {
    provider,
    baseUrl,
    apiKey,
    model: e.LLM_MODEL,
    fallbackModels,
    stallTimeoutMs: e.LLM_TIMEOUT_MS,
    maxRetries: e.LLM_MAX_RETRIES,
    retryBaseDelayMs: e.LLM_RETRY_BASE_MS,
    maxRateLimitWaitMs: e.LLM_MAX_WAIT_MS,
    callBudgetMs: e.LLM_CALL_BUDGET_MS,
    requestsPerMinute: e.LLM_RPM,
    tokensPerMinute: e.LLM_TPM,
    breakerFailureThreshold: e.LLM_BREAKER_FAILURES,
    breakerCoolDownMs: e.LLM_BREAKER_COOLDOWN_MS,
    sessionTokenBudget: e.LLM_SESSION_TOKEN_BUDGET,
    prices: { ...GROQ_PRICES, ...parsePrices(e.LLM_PRICES) },
    rulesFirstConfidence: e.LLM_RULES_FIRST_CONFIDENCE,
    maxToolSteps: e.LLM_MAX_TOOL_STEPS,
  };
}

function parsePrices(raw: string | undefined): PriceTable {
  if (raw === undefined) return {};
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new ConfigError('LLM_PRICES', 'is not JSON');
  }
  const parsed = priceOverrides.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(
      'LLM_PRICES',
      `is invalid at ${issue?.path.join('.') || '(root)'}: ${issue?.message}`,
    );
  }
  return parsed.data;
}
