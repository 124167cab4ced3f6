import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { buildWebAssets, type WebAssets } from './build-web.ts';
import type { WebPageOptions } from './page-html.ts';

export interface WebChatPluginOptions extends WebPageOptions {
  /** Prebuilt assets (otherwise built with esbuild when the plugin registers). */
  assets?: WebAssets;
}

const IMMUTABLE = 'public, max-age=31536000, immutable';

function contentSecurityPolicy(apiBase: string | undefined): string {
  let api = '';
  try {
    if (apiBase) api = ` ${new URL(apiBase).origin}`;
  } catch {
    // a relative base stays same-origin
  }
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    `connect-src 'self'${api}`,
    "base-uri 'none'",
    "form-action 'self'",
    "object-src 'none'",
  ].join('; ');
}

/**
 * Serves the reference web chat: `/` (the page), `/app.js`, `/app.css`. The page links the assets with
 * a content hash (`?v=`), so those responses are cached for a year; the page itself is revalidated.
 */
export const webChatPlugin: FastifyPluginAsync<WebChatPluginOptions> = async (app, options) => {
  const { assets: prebuilt, ...page } = options;
  const assets = prebuilt ?? (await buildWebAssets(page));
  const csp = contentSecurityPolicy(page.apiBase);

  const asset =
    (body: string, hash: string, type: string) => async (request: FastifyRequest, reply: FastifyReply) => {
      const etag = `"${hash}"`;
      const version = (request.query as Record<string, unknown> | undefined)?.v;
      reply
        .header('content-type', type)
        .header('cache-control', version === hash ? IMMUTABLE : 'no-cache')
        .header('etag', etag)
        .header('x-content-type-options', 'nosniff');
      if (request.headers['if-none-match'] === etag) return reply.code(304).send();
      return reply.send(body);
    };

  app.get('/', async (_request, reply) =>
    reply
      .header('content-type', 'text/html; charset=utf-8')
      .header('cache-control', 'no-cache')
      .header('content-security-policy', csp)
      .header('x-content-type-options', 'nosniff')
      .header('referrer-policy', 'no-referrer')
      .send(assets.html),
  );
  app.get('/app.js', asset(assets.js, assets.jsHash, 'text/javascript; charset=utf-8'));
  app.get('/app.css', asset(assets.css, assets.cssHash, 'text/css; charset=utf-8'));
};
