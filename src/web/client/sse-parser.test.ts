import { describe, expect, it } from 'vitest';
import { createSseParser, readSse, type SseEvent } from './sse-parser.ts';

function parse(chunks: string[]): SseEvent[] {
  const events: SseEvent[] = [];
  const parser = createSseParser((e) => events.push(e));
  for (const chunk of chunks) parser.push(chunk);
  parser.end();
  return events;
}

describe('createSseParser', () => {
  it('reads ids and data, skips comments, joins multi-line data', () => {
    const events = parse([
      ': keepalive\n\nid: m_1:0\ndata: {"type":"start"}\n\ndata: a\ndata: b\n\nid: m_1:2\ndata: [DONE]\n\n',
    ]);
    expect(events).toEqual([
      { id: 'm_1:0', event: undefined, data: '{"type":"start"}' },
      { id: undefined, event: undefined, data: 'a\nb' },
      { id: 'm_1:2', event: undefined, data: '[DONE]' },
    ]);
  });

  it('gives the same events however the bytes are split, with \\n, \\r\\n or \\r line ends', () => {
    const text = 'id: 1\r\ndata: {"delta":"Added 2 "}\r\n\r\nid: 2\rdata: x\r\rid: 3\ndata:no-space\n\n';
    const whole = parse([text]);
    expect(whole.map((e) => [e.id, e.data])).toEqual([
      ['1', '{"delta":"Added 2 "}'],
      ['2', 'x'],
      ['3', 'no-space'],
    ]);
    for (let size = 1; size <= 7; size++) {
      const chunks: string[] = [];
      for (let i = 0; i < text.length; i += size) chunks.push(text.slice(i, i + size));
      expect(parse(chunks)).toEqual(whole);
    }
  });

  it('flushes a last event that has no blank line after it, and ignores events without data', () => {
    expect(parse(['id: 5\n\nevent: ping\ndata: tail']).map((e) => [e.event, e.data])).toEqual([
      ['ping', 'tail'],
    ]);
  });
});

describe('readSse', () => {
  it('decodes UTF-8 split across chunks', async () => {
    const bytes = new TextEncoder().encode('data: {"delta":"Crème brûlée — 2 ×"}\n\n');
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const b of bytes) controller.enqueue(new Uint8Array([b]));
        controller.close();
      },
    });
    const events: SseEvent[] = [];
    await readSse(body, (e) => events.push(e));
    expect(events.map((e) => e.data)).toEqual(['{"delta":"Crème brûlée — 2 ×"}']);
  });
});
