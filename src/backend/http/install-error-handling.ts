import type { FastifyError, FastifyInstance } from 'fastify';
import { BackendError, type BackendErrorCode } from '../domain/backend-error.ts';
import { ERROR_STATUS } from './error-status.ts';

/**
 * Makes every failure answer `{error:{code,message,details}}`: typed BackendErrors with their
 * status, Fastify's own errors (body too large, wrong media type) mapped to stable codes, anything
 * else a 500 INTERNAL_ERROR without a stack. Also installs the body parsers: JSON (an empty body is
 * no body; malformed JSON is MALFORMED_JSON) and, for the sandbox payment page only, HTML forms.
 */
export function installErrorHandling(app: FastifyInstance): void {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_req, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    if (text.trim() === '') return done(null, undefined);
    try {
      done(null, JSON.parse(text));
    } catch {
      done(new BackendError('MALFORMED_JSON', 'the request body is not valid JSON'), undefined);
    }
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
