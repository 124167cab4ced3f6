import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChatApi } from './chat-api.ts';

const PARTS = [
  '{"type":"start","messageId":"m_1"}',
  '{"type":"text-start","id":"m_1-t0"}',
  '{"type":"text-delta","id":"m_1-t0","delta":"Added 2 "}',
  '{"type":"text-delta","id":"m_1-t0","delta":"Paneer Tikka."}',
  '{"type":"text-end","id":"m_1-t0"}',
  '{"type":"data-session","id":"session","data":{"status":"active","pending":null,"cart":null,"order":null}}',
  '{"type":"finish","finishReason":"stop"}',
  '[DONE]',
];
const sse = (from: number, to: number) =>
  PARTS.slice(from, to)
    .map((data, i) => `id: m_1:${from + i}\ndata: ${data}\n\n`)
    .join('');

/** A server that cuts the reply after three parts, then serves the rest on the resume route. */
describe('createChatApi resumes a dropped reply', () => {
  let server: Server;
  let base: string;
  const resumeHeaders: Array<string | undefined> = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.method === 'POST') {
        res.writeHead(200, { 'content-type': 'text/event-stream' });
        res.write(sse(0, 3), () => setTimeout(() => res.socket?.destroy(), 20));
        return;
      }
      const last = req.headers['last-event-id'];
      resumeHeaders.push(typeof last === 'string' ? last : undefined);
      const after = typeof last === 'string' ? Number(last.split(':')[1]) + 1 : 0;
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.end(sse(after, PARTS.length));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('asks for the events after the last one seen and gets the text exactly once', async () => {
    let text = '';
    let sessions = 0;
    await createChatApi(base).sendMessage({ sessionId: 's_1', token: 'tk' }, 'two paneer tikka', 'c_1', {
      onTextStart: () => {},
      onTextDelta: (_id, delta) => {
        text += delta;
      },
      onTextEnd: () => {},
      onCard: () => {},
      onNotification: () => {},
      onSession: () => {
        sessions++;
      },
    });
    expect(resumeHeaders).toEqual(['m_1:2']);
    expect(text).toBe('Added 2 Paneer Tikka.');
    expect(sessions).toBe(1);
  });
});
