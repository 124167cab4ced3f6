import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ApiError } from '../http/api-error.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

const WEB_DIR = fileURLToPath(new URL('../../web/', import.meta.url));

/** The web chat's folder: `webRoot`, else src/web/dist when built, else src/web (an index.html there). */
export function resolveWebRoot(webRoot?: string): string | undefined {
  const candidates = webRoot ? [webRoot] : [join(WEB_DIR, 'dist'), WEB_DIR];
  return candidates.find((dir) => existsSync(join(dir, 'index.html')));
}

const PLACEHOLDER = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Maitre</title></head>
<body><main><h1>Maitre</h1><p>The web chat is not built yet. The API is at <a href="/v1/openapi.json">/v1/openapi.json</a>.</p></main></body></html>`;

/** Serves the web chat at `/` and its files (GET only, no directory listing, no path escape). */
export function registerWebRoutes(app: FastifyInstance, webRoot?: string): void {
  const root = resolveWebRoot(webRoot);
  const serve = async (request: FastifyRequest, reply: FastifyReply) => {
    const url = request.url.split('?')[0] ?? '/';
    let rel: string;
    try {
      rel = decodeURIComponent(url);
    } catch {
      throw new ApiError(404, 'NOT_FOUND', 'No such page.');
    }
    if (rel.startsWith('/v1/') || rel.startsWith('/webhooks/'))
      throw new ApiError(404, 'NOT_FOUND', 'No such route.');
    if (!root) {
      if (rel === '/' || rel === '/index.html')
        return reply.type('text/html; charset=utf-8').send(PLACEHOLDER);
      throw new ApiError(404, 'NOT_FOUND', 'No such page.');
    }
    const file = resolve(root, `.${normalize(rel === '/' ? '/index.html' : rel)}`);
    if ((file !== root && !file.startsWith(root.endsWith(sep) ? root : root + sep)) || rel.includes('\0'))
      throw new ApiError(404, 'NOT_FOUND', 'No such page.');
    if (!existsSync(file) || !statSync(file).isFile()) throw new ApiError(404, 'NOT_FOUND', 'No such page.');
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    reply.type(type).header('cache-control', 'no-cache').header('x-content-type-options', 'nosniff');
    if (type.startsWith('text/html'))
      reply
        .header(
          'content-security-policy',
          "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'; object-src 'none'",
        )
        .header('referrer-policy', 'no-referrer');
    return reply.send(readFileSync(file));
  };
  app.get('/', serve);
  app.get('/*', serve);
}
