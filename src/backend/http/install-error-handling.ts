import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { BackendError, type BackendErrorCode } from '../domain/backend-error.ts';
import { ERROR_STATUS } from './error-status.ts';

/**
 * Makes every failure answer `{error:{code,message,details}}`: typed BackendErrors with their
 * status, Fastify's own errors (body too large, wrong media type) mapped to stable codes, anything
 * else a 500 INTERNAL_ERROR without a stack. Also installs the body parsers: JSON (an empty body is
 * no body; malformed JSON is MALFORMED_JSON) and, for the sandbox payment page only, HTML forms.
 * A NUL character (U+0000) anywhere in the URL or in a JSON string is refused up front (400
 * BAD_REQUEST, reason `NUL_CHARACTER`): it is never meaningful here and PostgreSQL cannot store it.
 */
export function installErrorHandling(app: FastifyInstance): void {
  app.addHook('onRequest', async (request) => {
    if (request.url.includes('\u0000') || /%00/i.test(request.url)) throw nulCharacter();
  });
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_req, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    if (text.trim() === '') return done(null, undefined);
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      return done(new BackendError('MALFORMED_JSON', 'the request body is not valid JSON'), undefined);
    }
    if (hasNul(value)) return done(nulCharacter(), undefined);
    done(null, value);
  });
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (req, _body, done) => {
    if (req.url.startsWith('/pay/')) return done(null, {});
    done(new BackendError('UNSUPPORTED_MEDIA_TYPE', 'send application/json'), undefined);
  });

  app.setErrorHandler((error: FastifyError | BackendError, request, reply) => {
    const { status, code, message, details } = describe(error);
    if (status >= 500) {
      request.log.error(
        { event: 'http.internal_error', err: error, route: request.routeOptions.url },
        'http.internal_error',
      );
    }
    void reply
      .code(status)
      .type('application/json; charset=utf-8')
      .send({ error: details === undefined ? { code, message } : { code, message, details } });
  });

  app.setNotFoundHandler((request, reply) => {
    void reply.code(404).send({
      error: { code: 'ROUTE_NOT_FOUND', message: `no route ${request.method} ${request.url.split('?')[0]}` },
    });
  });
}

/**
 * Fastify's `frameworkErrors` option: errors raised before routing (a URL that is not valid UTF-8 once
 * percent-decoded, FST_ERR_BAD_URL) answer in the contract's shape, 400 BAD_REQUEST with the reason.
 */
export function frameworkErrors(error: FastifyError, _request: FastifyRequest, reply: FastifyReply): void {
  void reply
    .code(400)
    .type('application/json; charset=utf-8')
    .send({
      error: { code: 'BAD_REQUEST', message: 'the request is malformed', details: { reason: error.code } },
    });
}

function nulCharacter(): BackendError {
  return new BackendError('BAD_REQUEST', 'the request contains a NUL character', { reason: 'NUL_CHARACTER' });
}

/** Whether a parsed JSON value holds U+0000 in any string or key. */
function hasNul(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (Array.isArray(value)) return value.some(hasNul);
  if (value !== null && typeof value === 'object')
    return Object.entries(value).some(([k, v]) => k.includes('\u0000') || hasNul(v));
  return false;
}

function describe(error: FastifyError | BackendError): {
  status: number;
  code: BackendErrorCode;
  message: string;
  details: Record<string, unknown> | undefined;
} {
  if (error instanceof BackendError) {
    return {
      status: ERROR_STATUS[error.code],
      code: error.code,
      message: error.message,
      details: error.details,
    };
  }
  const status = typeof error.statusCode === 'number' ? error.statusCode : 500;
  if (status === 413)
    return {
      status,
      code: 'PAYLOAD_TOO_LARGE',
      message: 'the request body is too large',
      details: undefined,
    };
  if (status === 415) {
    return { status, code: 'UNSUPPORTED_MEDIA_TYPE', message: 'send application/json', details: undefined };
  }
  if (status >= 400 && status < 500) {
    return {
      status: 400,
      code: 'BAD_REQUEST',
      message: 'the request is malformed',
      details: { reason: error.code },
    };
  }
  return {
    status: 500,
    code: 'INTERNAL_ERROR',
    message: 'something went wrong on our side',
    details: undefined,
  };
}
