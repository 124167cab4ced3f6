import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { latencyOf, runOpenLoop } from './open-loop.ts';

describe('runOpenLoop', () => {
  let server: Server;
  let url: string;
  const seen: Array<{ path: string; auth: string | undefined; text: string; shed: boolean }> = [];

  beforeAll(async () => {
    let n = 0;
    // every third request is shed; replies alternate between Content-Length and chunked bodies
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => {
        body += c.toString();
      });
      req.on('end', () => {
        n++;
        seen.push({
          path: req.url ?? '',
          auth: req.headers.authorization,
          text: JSON.parse(body).text,
          shed: n % 3 === 0,
        });
        if (n % 3 === 0) {
          res.writeHead(503, { 'retry-after': '1', 'content-type': 'application/json' });
          res.end('{"error":{"code":"OVERLOADED"}}');
        } else if (n % 2 === 0) {
          res.writeHead(200, { 'content-type': 'application/json' });
          res.write('{"ok":');
          res.end('true}');
        } else {
          res.writeHead(200, { 'content-type': 'application/json', 'content-length': '11' });
          res.end('{"ok":true}');
        }
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('sends the scheduled number of turns, each session its messages in turn, and counts answers by kind', async () => {
    const result = await runOpenLoop({
      url,
      ratePerSecond: 60,
      durationSeconds: 1,
      sessions: [
        { sessionId: 's1', token: 't1' },
        { sessionId: 's2', token: 't2' },
      ],
      messages: ['hi', 'show my cart'],
    });
    expect(result.scheduled).toBe(60);
    expect(result.ok + result.shed + result.otherStatus + result.timeouts + result.errors).toBe(60);
    expect(result.shed).toBe(20);
    expect(result.ok).toBe(40);
    expect(seen).toHaveLength(60);
    expect(seen.every((r) => r.auth === `Bearer ${r.path.split('/')[3] === 's1' ? 't1' : 't2'}`)).toBe(true);
    for (const id of ['s1', 's2']) {
      const sent = seen.filter((r) => r.path === `/v1/sessions/${id}/messages`);
      expect(sent.length).toBeGreaterThan(0);
      // s1 starts the cycle at its first message, s2 at its second; a shed message is sent again (a
      // customer told "busy, try again" says it again), an answered one moves the script on
      let at = id === 's1' ? 0 : 1;
      for (const r of sent) {
        expect(r.text).toBe(at % 2 === 0 ? 'hi' : 'show my cart');
        if (!r.shed) at++;
      }
    }
    expect(seen.some((r, i) => r.shed && seen.slice(i + 1).some((x) => x.path === r.path))).toBe(true);
  });

  it('runs on loopback only', async () => {
    await expect(
      runOpenLoop({
        url: 'http://example.com',
        ratePerSecond: 1,
        durationSeconds: 1,
        sessions: [],
        messages: [],
      }),
    ).rejects.toThrow(/loopback only/);
  });

  it('reads percentiles off the sorted latencies', () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(latencyOf(values)).toEqual({ p50: 51, p90: 91, p99: 100, max: 100 });
    expect(latencyOf([])).toEqual({ p50: 0, p90: 0, p99: 0, max: 0 });
  });
});
