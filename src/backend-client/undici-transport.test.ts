import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TransportRequest } from './backend-transport.ts';
import { RequestDeadline } from './request-deadline.ts';
import { undiciTransport } from './undici-transport.ts';

/** What the server saw of each request: method, URL as sent, headers and body. */
interface Seen {
  method: string | undefined;
  url: string | undefined;
  headers: IncomingMessage['headers'];
  body: string;
}

describe('undiciTransport', () => {
  let server: Server;
  let base: string;
  const seen: Seen[] = [];
  const held: ServerResponse[] = [];

  beforeAll(async () => {
    server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk) => {
        body += chunk;
      });
      request.on('end', () => {
        seen.push({ method: request.method, url: request.url, headers: request.headers, body });
        const url = request.url ?? '';
        if (url.startsWith('/frozen')) return void held.push(response);
        if (url.startsWith('/half')) {
          response.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' });
          response.write('{"partial":');
          return void held.push(response);
        }
        if (url.startsWith('/cached')) {
          response.writeHead(304, { ETag: '"v1"' });
          return void response.end();
        }
        if (url.startsWith('/chunked')) {
          response.writeHead(200, { 'content-type': 'application/json' });
          response.write('\ufeff{"a":"é');
          setTimeout(() => response.end('è","b":1}'), 5);
          return;
        }
        response.writeHead(201, { 'content-type': 'application/json', ETag: '"v2"' });
        response.end(JSON.stringify({ ok: true }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    for (const response of held) response.destroy();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  function request(overrides: Partial<TransportRequest> = {}): TransportRequest {
    return {
      method: 'GET',
      headers: { accept: 'application/json' },
      body: undefined,
      deadline: new RequestDeadline(5_000),
      ...overrides,
    };
  }

  it('sends the method, headers and body, and reads the status, the ETag and the body as text', async () => {
    const deadline = new RequestDeadline(5_000);
    const response = await undiciTransport(`${base}/api/carts/c1/lines`, {
      method: 'POST',
      headers: { accept: 'application/json', 'content-type': 'application/json', authorization: 'Bearer t' },
      body: '{"itemId":"dal"}',
      deadline,
    });
    deadline.release();
    expect(response.status).toBe(201);
    expect(response.etag).toBe('"v2"');
    expect(JSON.parse(await response.text())).toEqual({ ok: true });
    const last = seen.at(-1);
    expect(last).toMatchObject({ method: 'POST', url: '/api/carts/c1/lines', body: '{"itemId":"dal"}' });
    expect(last?.headers.authorization).toBe('Bearer t');
  });

  it('reads a body that comes in several chunks as UTF-8, a leading BOM skipped', async () => {
    const response = await undiciTransport(`${base}/chunked`, request());
    expect(response.etag).toBeNull();
    expect(await response.text()).toBe('{"a":"éè","b":1}');
  });

  it('discards the body of a 304', async () => {
    const response = await undiciTransport(`${base}/cached`, request());
    expect(response.status).toBe(304);
    expect(response.etag).toBe('"v1"');
    await expect(response.discard()).resolves.toBeUndefined();
  });

  it('sends the path as URL parsing leaves it (dot segments resolved, a quote in the query encoded)', async () => {
    await (await undiciTransport(`${base}/api/carts/../menu?q=it's`, request())).text();
    expect(seen.at(-1)?.url).toBe('/api/menu?q=it%27s');
    await (await undiciTransport(`${base}/api/menu?diet=vegan&category=mains`, request())).text();
    expect(seen.at(-1)?.url).toBe('/api/menu?diet=vegan&category=mains');
  });

  it('rejects with the deadline’s reason when it aborts before the answer', async () => {
    const deadline = new RequestDeadline(50);
    const error = await undiciTransport(`${base}/frozen`, request({ deadline })).catch((e: unknown) => e);
    expect((error as DOMException).name).toBe('TimeoutError');
  });

  it('fails the body’s reading with the deadline’s reason when it aborts during the body', async () => {
    const deadline = new RequestDeadline(5_000);
    const response = await undiciTransport(`${base}/half`, request({ deadline }));
    const reading = response.text();
    deadline.abort(new Error('turn abandoned'));
    await expect(reading).rejects.toThrow('turn abandoned');
  });

  it('rejects when the backend cannot be reached, and on a URL that is not http(s)', async () => {
    await expect(undiciTransport('http://127.0.0.1:1/api/menu', request())).rejects.toThrow(/ECONNREFUSED/);
    await expect(undiciTransport('ftp://127.0.0.1/api/menu', request())).rejects.toThrow(
      /Invalid URL protocol/,
    );
  });
});
