import { APICallError, InvalidToolInputError, NoSuchToolError } from 'ai';
import { z } from 'zod';
import {
  LanguageModelError,
  ModelOutputError,
  ModelRateLimitedError,
  ModelToolCallError,
  ModelUnavailableError,
} from '../errors/index.ts';
import { readRateLimitHeaders } from './rate-limit-headers.ts';

/** OpenAI/Groq error body: `{ error: { message, type, code } }` (only the code is read). */
const errorBody = z.object({ error: z.object({ code: z.string().nullish(), type: z.string().nullish() }) });

/** Wait assumed for a 429 that names none, in ms. */
export const DEFAULT_RETRY_AFTER_MS = 1_000;

function errorCode(body: string | undefined): string | undefined {
  if (body === undefined) return undefined;
  try {
    const parsed = errorBody.safeParse(JSON.parse(body));
    return parsed.success ? (parsed.data.error.code ?? undefined) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Maps whatever the AI SDK threw for one attempt on `model` to the port's typed errors:
 * 429 → `ModelRateLimitedError` (wait from `retry-after-ms`, `retry-after`, `x-ratelimit-reset-*`, else
 * 1 s); 400 with code `tool_use_failed`, an unknown tool or arguments failing the schema →
 * `ModelToolCallError`; 404 or code `model_not_found`/`model_decommissioned` → `ModelUnavailableError`
 * (`model_not_found`); 5xx → (`server_error`); no status (connection refused, reset) → (`network`);
 * 401/403 → (`rejected`); other 4xx → `ModelOutputError`. A `LanguageModelError` passes through;
 * anything else is returned unchanged (e.g. the caller's abort reason).
 */
export function classifyModelError(error: unknown, model: string, nowMs: number): unknown {
  if (error instanceof LanguageModelError) return error;
  if (NoSuchToolError.isInstance(error))
    return new ModelToolCallError('unknown tool', model, error.toolName, { cause: error });
  if (InvalidToolInputError.isInstance(error)) {
    return new ModelToolCallError('arguments do not match the schema', model, error.toolName, {
      cause: error,
    });
  }
  if (!APICallError.isInstance(error)) return error;
  const status = error.statusCode;
  const code = errorCode(error.responseBody);
  if (status === 429) {
    const h = readRateLimitHeaders(error.responseHeaders, nowMs);
    const wait = h.retryAfterMs ?? Math.max(h.resetRequestsMs ?? 0, h.resetTokensMs ?? 0);
    return new ModelRateLimitedError(wait > 0 ? wait : DEFAULT_RETRY_AFTER_MS, model, { cause: error });
  }
  if (code === 'tool_use_failed')
    return new ModelToolCallError('tool_use_failed', model, undefined, { cause: error });
  if (status === 404 || code === 'model_not_found' || code === 'model_decommissioned') {
    return new ModelUnavailableError('model_not_found', `model ${model} not found`, model, status, {
      cause: error,
    });
  }
  if (status === undefined)
    return new ModelUnavailableError('network', 'cannot reach the server', model, undefined, {
      cause: error,
    });
  if (status >= 500)
    return new ModelUnavailableError('server_error', `HTTP ${status}`, model, status, { cause: error });
  if (status === 401 || status === 403) {
    return new ModelUnavailableError('rejected', `HTTP ${status} (check LLM_API_KEY)`, model, status, {
      cause: error,
    });
  }
  return new ModelOutputError(`request rejected with HTTP ${status}${code ? ` (${code})` : ''}`, [], model, {
    cause: error,
  });
}
