import type { FastifyInstance } from 'fastify';

const ALLOW_HEADERS = 'authorization, content-type, accept, last-event-id';
const EXPOSE_HEADERS = 'retry-after, x-vercel-ai-ui-message-stream';

/**
 * CORS for the origins in CORS_ORIGINS (`*` for any): answers preflights and marks responses. Headers go
 * on the raw response so hijacked SSE streams carry them too. Nothing is added for other origins.
 */
export function registerCors(app: FastifyInstance, origins: readonly string[]): void {
  if (origins.length === 0) return;
  const any = origins.includes('*');
  const allowed = new Set(origins);
  // callback style (no promise per request); a preflight is answered here (`done` not called)
  app.addHook('onRequest', (request, reply, done) => {
    const origin = request.headers.origin;
    if (typeof origin !== 'string' || !(any || allowed.has(origin))) return done();
    const raw = reply.raw;
    raw.setHeader('access-control-allow-origin', any ? '*' : origin);
    if (!any) raw.setHeader('vary', 'Origin');
    raw.setHeader('access-control-expose-headers', EXPOSE_HEADERS);
    if (request.method === 'OPTIONS' && request.headers['access-control-request-method']) {
      raw.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
      raw.setHeader('access-control-allow-headers', ALLOW_HEADERS);
      raw.setHeader('access-control-max-age', '600');
      reply.code(204).send();
      return;
    }
    done();
  });
}
