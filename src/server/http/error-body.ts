import { MaitreError } from '../../errors/index.ts';
import { LockTimeoutError } from '../../sessions/lock-timeout-error.ts';
import { ApiError } from './api-error.ts';

export interface ErrorReply {
  status: number;
  body: { error: { code: string; message: string; details?: Record<string, unknown> } };
  retryAfterSeconds?: number;
}

const FASTIFY_CODES: Record<string, [number, string]> = {
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'BODY_TOO_LARGE'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, 'UNSUPPORTED_MEDIA_TYPE'],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'INVALID_JSON'],
  FST_ERR_CTP_INVALID_JSON_BODY: [400, 'INVALID_JSON'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [400, 'INVALID_REQUEST'],
  FST_ERR_VALIDATION: [400, 'VALIDATION_FAILED'],
};

/** Maps any thrown value to the `{error:{code,message,details}}` body and a status. */
export function toErrorReply(error: unknown): ErrorReply {
  if (error instanceof ApiError) {
    return {
      status: error.status,
      body: { error: error.toJSON() },
      ...(error.retryAfterSeconds !== undefined ? { retryAfterSeconds: error.retryAfterSeconds } : {}),
    };
  }
  if (error instanceof LockTimeoutError)
    return {
      status: 409,
      body: { error: { code: error.code, message: error.message } },
      retryAfterSeconds: 1,
    };
  if (error instanceof MaitreError && error.code === 'CONFIG_INVALID')
    return { status: 500, body: { error: { code: 'INTERNAL', message: 'Internal error.' } } };
  const e = error as { code?: unknown; statusCode?: unknown; message?: unknown; name?: unknown };
  const mapped = typeof e.code === 'string' ? FASTIFY_CODES[e.code] : undefined;
  if (mapped)
    return { status: mapped[0], body: { error: { code: mapped[1], message: cleanMessage(e.message) } } };
  if (e.name === 'SyntaxError' || (typeof e.statusCode === 'number' && e.statusCode === 400))
    return { status: 400, body: { error: { code: 'INVALID_JSON', message: cleanMessage(e.message) } } };
  if (typeof e.statusCode === 'number' && e.statusCode >= 400 && e.statusCode < 500)
    return {
      status: e.statusCode,
      body: { error: { code: 'INVALID_REQUEST', message: cleanMessage(e.message) } },
    };
  if (isStoreOutage(error))
    return {
      status: 503,
      body: {
        error: { code: 'STORE_UNAVAILABLE', message: 'The session store is unreachable; try again shortly.' },
      },
      retryAfterSeconds: 1,
    };
  return { status: 500, body: { error: { code: 'INTERNAL', message: 'Internal error.' } } };
}

/** ioredis errors when Redis is down (after its retries). */
function isStoreOutage(error: unknown): boolean {
  const e = error as { name?: unknown; message?: unknown } | null;
  return (
    e?.name === 'MaxRetriesPerRequestError' ||
    (typeof e?.message === 'string' &&
      /Connection is closed|ECONNREFUSED|Stream isn't writeable|Command timed out|enableOfflineQueue/.test(
        e.message,
      ))
  );
}

function cleanMessage(message: unknown): string {
  return typeof message === 'string' && message.length > 0 ? message.slice(0, 300) : 'Bad request.';
}
