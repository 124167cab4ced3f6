import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type FakeGroq, startFakeGroq } from './fake-groq-server.ts';

let fake: FakeGroq;
beforeEach(async () => {
  fake = await startFakeGroq({ models: ['m1', 'm2'] });
});
afterEach(async () => {
  await fake.close();
});

const post = (body: unknown) =>
  fetch(`${fake.baseUrl}/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

describe('fake Groq', () => {
  it('lists its models on /openai/v1/models', async () => {
    const res = await fetch(`${fake.baseUrl}/models`);
    const body = (await res.json()) as { data: { id: string }[] };
    expect(body.data.map((m) => m.id)).toEqual(['m1', 'm2']);
  });

  it('answers a non-streamed request with one chat.completion JSON, usage and rate-limit headers', async () => {
    fake.enqueue({
      kind: 'tool-calls',
      text: 'Adding.',
      calls: [{ id: 'call_1', name: 'add_to_cart', arguments: '{"itemId":"naan"}' }],
      usage: { promptTokens: 9, completionTokens: 4 },
    });
    const res = await post({ model: 'm1', messages: [] });
    expect(res.headers.get('x-ratelimit-remaining-requests')).toBe('999');
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toMatchObject({
      object: 'chat.completion',
      model: 'm1',
      choices: [
        {
          finish_reason: 'tool_calls',
          message: {
            content: 'Adding.',
            tool_calls: [
              {
                id: 'call_1',
                type: 'function',
                function: { name: 'add_to_cart', arguments: '{"itemId":"naan"}' },
              },
            ],
          },
        },
      ],
      usage: { prompt_tokens: 9, completion_tokens: 4, total_tokens: 13 },
    });
  });

  it('streams SSE chunks with tool-call deltas and x_groq.usage last, then [DONE]', async () => {
    fake.enqueue({ kind: 'tool-calls', pieces: 2, calls: [{ id: 'c', name: 't', arguments: '{"a":1}' }] });
    const text = await (await post({ model: 'm1', messages: [], stream: true })).text();
    const events = text.split('\n\n').filter((e) => e !== '');
    expect(events.at(-1)).toBe('data: [DONE]');
    const chunks = events.slice(0, -1).map((e) => JSON.parse(e.slice('data: '.length)));
    const toolDeltas = chunks.flatMap((c) => c.choices[0].delta.tool_calls ?? []);
    expect(toolDeltas[0]).toMatchObject({ index: 0, id: 'c', function: { name: 't', arguments: '' } });
    expect(toolDeltas.map((d: { function: { arguments: string } }) => d.function.arguments).join('')).toBe(
      '{"a":1}',
    );
    expect(chunks.at(-1)).toMatchObject({
      choices: [{ finish_reason: 'tool_calls' }],
      x_groq: { usage: { total_tokens: 0 } },
    });
  });

  it("sends Groq's error bodies and records what it received", async () => {
    fake.enqueue({ kind: 'tool-use-failed' }, { kind: 'rate-limited', retryAfter: '2' });
    const failed = await post({ model: 'm1', messages: [{ role: 'user', content: 'x' }] });
    expect(failed.status).toBe(400);
    expect(((await failed.json()) as { error: { code: string } }).error.code).toBe('tool_use_failed');
    const limited = await post({ model: 'm2', messages: [] });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('2');
    expect(fake.requests.map((r) => r.body?.model)).toEqual(['m1', 'm2']);
    const unscripted = await post({ model: 'm1', messages: [] });
    expect(unscripted.status).toBe(500);
  });

  it('answers from a handler once the queue is empty', async () => {
    fake.respondWith((req) => ({ kind: 'text', chunks: [`echo ${req.body?.model}`] }));
    const body = (await (await post({ model: 'm2', messages: [] })).json()) as {
      choices: { message: { content: string } }[];
    };
    expect(body.choices[0]?.message.content).toBe('echo m2');
  });
});
