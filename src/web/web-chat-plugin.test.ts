import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWebAssets } from './build-web.ts';
import { webChatPlugin } from './web-chat-plugin.ts';

describe('webChatPlugin', () => {
  const app = Fastify();

  beforeAll(async () => {
    await app.register(webChatPlugin, { title: 'Spice <Route>' });
    await app.ready();
  });
  afterAll(() => app.close());

  it('serves the page, revalidated, with a strict content security policy', async () => {
    const res = await app.inject({ method: 'GET', url: '/' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.body).toContain('<title>Spice &lt;Route&gt;</title>');
    expect(res.body).toMatch(/<label for="input"[^>]*>Your message<\/label>/);
    expect(res.body).toContain('role="log"');
  });

  it('serves the script and styles with long caching when the hash matches, and 304 on a matching ETag', async () => {
    const assets = await buildWebAssets();
    for (const [url, hash, type] of [
      ['/app.js', assets.jsHash, 'text/javascript; charset=utf-8'],
      ['/app.css', assets.cssHash, 'text/css; charset=utf-8'],
    ] as const) {
      const page = await app.inject({ method: 'GET', url: '/' });
      expect(page.body).toContain(`${url.slice(1)}?v=${hash}`);
      const fresh = await app.inject({ method: 'GET', url: `${url}?v=${hash}` });
      expect(fresh.statusCode).toBe(200);
      expect(fresh.headers['content-type']).toBe(type);
      expect(fresh.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      const plain = await app.inject({ method: 'GET', url });
      expect(plain.headers['cache-control']).toBe('no-cache');
      const again = await app.inject({ method: 'GET', url, headers: { 'if-none-match': `"${hash}"` } });
      expect(again.statusCode).toBe(304);
      expect(again.body).toBe('');
    }
  });

  it('bundles a small script without zod or other libraries', async () => {
    const { js, css } = await buildWebAssets();
    expect(js.length).toBeLessThan(40_000);
    expect(js).not.toMatch(/ZodError|zod/);
    expect(css).toContain('prefers-reduced-motion');
  });
});
