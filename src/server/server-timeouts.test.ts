import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseBotConfig } from './config/parse-bot-config.ts';
import { startTestBot, type TestBot } from './testing/start-test-bot.ts';

/** Opens a raw connection to the bot, writes `data`, and resolves with what came back once it closed. */
function holdOpen(url: string, data: string): Promise<{ socket: Socket; closed: Promise<string> }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect({ host: hostname, port: Number(port) }, () => {
      socket.write(data);
      let received = '';
      socket.on('data', (chunk) => {
        received += String(chunk);
      });
      const closed = new Promise<string>((done) => socket.on('close', () => done(received)));
      resolve({ socket, closed });
    });
    socket.on('error', reject);
  });
}

describe('server timeouts: slow clients are dropped', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot({ env: { REQUEST_TIMEOUT_MS: '400', HEADERS_TIMEOUT_MS: '300' } });
  });
  afterAll(() => bot.close());

  it('drops a client that sent its headers and half of its body (408, connection closed)', async () => {
    const { sessionId, token } = await bot.session();
    const body = JSON.stringify({ text: 'two butter chicken please' });
    const { closed } = await holdOpen(
      bot.url,
      `POST /v1/sessions/${sessionId}/messages HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${token}\r\n` +
        `Content-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body.slice(0, 10)}`,
    );
    const received = await closed;
    expect(received).toMatch(/^HTTP\/1\.1 408/);
  });

  it('drops a client that never finishes its headers', async () => {
    const { closed } = await holdOpen(bot.url, 'GET /healthz HTTP/1.1\r\nHost: x\r\nX-Slow: ');
    expect(await closed).toMatch(/^HTTP\/1\.1 408/);
  });

  it('keeps a push stream open past the request timeout (responses are not limited)', async () => {
    const { sessionId, token } = await bot.session();
    const { socket, closed } = await holdOpen(
      bot.url,
      `GET /v1/sessions/${sessionId}/events HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${token}\r\n\r\n`,
    );
    let open = true;
    void closed.then(() => {
      open = false;
    });
    await new Promise((r) => setTimeout(r, 1_200)); // three request timeouts
    expect(open).toBe(true);
    socket.destroy();
  });

  it('defaults drop a slow client within 30 s', () => {
    const config = parseBotConfig({});
    expect(config.requestTimeoutMs).toBe(20_000);
    expect(config.headersTimeoutMs).toBe(10_000);
    // Node checks every connectionsCheckingInterval (set to at most 2 s): 20 + 2 < 30
    expect(config.requestTimeoutMs + 2_000).toBeLessThan(30_000);
  });
});
