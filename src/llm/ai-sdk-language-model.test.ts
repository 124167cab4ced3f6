import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  ModelOutputError,
  ModelRateLimitedError,
  ModelTimeoutError,
  ModelToolCallError,
  ModelUnavailableError,
} from '../errors/index.ts';
import { type FakeGroq, startFakeGroq } from '../testing/fake-groq-server.ts';
import { AiSdkLanguageModel, type LanguageModelDeps } from './ai-sdk-language-model.ts';
import { DEFAULT_MODEL, type LlmConfig, parseLlmConfig } from './llm-config.ts';
import type { LlmCallRecord } from './llm-metrics.ts';

let fake: FakeGroq;
let calls: LlmCallRecord[];

beforeEach(async () => {
  fake = await startFakeGroq();
  calls = [];
});
afterEach(async () => {
  await fake.close();
});

function config(overrides: Partial<LlmConfig> = {}, url = fake.baseUrl): LlmConfig {
  const base = parseLlmConfig({
    LLM_BASE_URL: url,
    LLM_API_KEY: 'test-key',
    LLM_PROVIDER: 'groq',
    LLM_RETRY_BASE_MS: '1',
    LLM_TIMEOUT_MS: '5000',
  });
  if (base === undefined) throw new Error('no config');
  return { ...base, fallbackModels: [], ...overrides };
}

function model(overrides: Partial<LlmConfig> = {}, deps: LanguageModelDeps = {}, url?: string) {
  return new AiSdkLanguageModel(config(overrides, url), {
    metrics: { recordCall: (r) => calls.push(r) },
    ...deps,
  });
}

const hello = [{ role: 'user' as const, content: 'hello' }];

describe('streaming text', () => {
  it('hands each delta to the caller before the server has sent the last chunk', async () => {
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let lastSent = false;
    void held.then(() => {
      lastSent = true;
    });
    fake.enqueue({
      kind: 'text',
      chunks: ['Our ', 'chana ', 'masala', '.'],
      holdBeforeLast: held,
      usage: { promptTokens: 1000, completionTokens: 200 },
    });
    const deltas: string[] = [];
    const deltasBeforeLast: string[] = [];
    const result = await model().generate({
      messages: hello,
      onTextDelta: (delta) => {
        deltas.push(delta);
        if (!lastSent) deltasBeforeLast.push(delta);
        release();
      },
    });
    expect(deltasBeforeLast[0]).toBe('Our ');
    expect(deltas.join('')).toBe('Our chana masala.');
    expect(result.text).toBe('Our chana masala.');
    expect(result.finishReason).toBe('stop');
    expect(result.usage).toEqual({ inputTokens: 1000, outputTokens: 200 });
    // Maverick: 1000 × $0.20/M + 200 × $0.60/M = 320 µUSD.
    expect(result.costMicroUsd).toBe(320);
    expect(result.model).toBe(DEFAULT_MODEL);
    expect(fake.requests[0]?.body?.stream).toBe(true);
    expect(fake.requests[0]?.headers.authorization).toBe('Bearer test-key');
    expect(calls).toEqual([
      {
        model: DEFAULT_MODEL,
        outcome: 'ok',
        inputTokens: 1000,
        outputTokens: 200,
        costMicroUsd: 320,
        attempts: 1,
      },
    ]);
  });

  it('offers the deltas as an async iterable', async () => {
    fake.enqueue({ kind: 'text', chunks: ['a', 'b', 'c'], usage: { promptTokens: 3, completionTokens: 3 } });
    const { textStream, result } = model().stream({ messages: hello });
    const got: string[] = [];
    for await (const delta of textStream) got.push(delta);
    expect(got).toEqual(['a', 'b', 'c']);
    expect((await result).text).toBe('abc');
  });

  it('sends system, assistant tool calls and tool results in OpenAI form', async () => {
    fake.enqueue({ kind: 'text', chunks: ['ok'] });
    await model().generate({
      messages: [
        { role: 'system', content: 'be brief' },
        { role: 'user', content: 'add a naan' },
        {
          role: 'assistant',
          content: '',
          toolCalls: [{ id: 'call_1', name: 'add_to_cart', input: { item: 'naan' } }],
        },
        { role: 'tool', toolCallId: 'call_1', toolName: 'add_to_cart', result: { ok: true } },
      ],
    });
    const sent = fake.requests[0]?.body?.messages as Record<string, unknown>[];
    expect(sent.map((m) => m.role)).toEqual(['system', 'user', 'assistant', 'tool']);
    expect(sent[2]?.tool_calls).toEqual([
      { id: 'call_1', type: 'function', function: { name: 'add_to_cart', arguments: '{"item":"naan"}' } },
    ]);
    expect(sent[3]).toMatchObject({ role: 'tool', tool_call_id: 'call_1' });
  });

  it('reads usage from stream_options.include_usage on an OpenAI-compatible server', async () => {
    fake.enqueue({ kind: 'text', chunks: ['hi'], usage: { promptTokens: 7, completionTokens: 2 } });
    const result = await model({ provider: 'openai-compatible', model: 'some/model' }).generate({
      messages: hello,
    });
    expect(fake.requests[0]?.body?.stream_options).toEqual({ include_usage: true });
    expect(result.usage).toEqual({ inputTokens: 7, outputTokens: 2 });
    expect(result.costMicroUsd).toBe(0);
  });
});

const tools = {
  add_to_cart: {
    description: 'Add an item to the cart',
    input: z.object({ itemId: z.string(), quantity: z.number().int().min(1) }),
  },
  list_menu: { description: 'List the menu', input: z.object({ category: z.string().optional() }) },
};

describe('tool calls', () => {
  it('assembles tool-call deltas streamed in pieces', async () => {
    fake.enqueue({
      kind: 'tool-calls',
      pieces: 4,
      calls: [
        { id: 'call_a', name: 'add_to_cart', arguments: '{"itemId":"chana-masala","quantity":2}' },
        { id: 'call_b', name: 'list_menu', arguments: '{"category":"breads"}' },
      ],
      usage: { promptTokens: 50, completionTokens: 20 },
    });
    const result = await model().generate({ messages: hello, tools });
    expect(result.toolCalls).toEqual([
      { id: 'call_a', name: 'add_to_cart', input: { itemId: 'chana-masala', quantity: 2 } },
      { id: 'call_b', name: 'list_menu', input: { category: 'breads' } },
    ]);
    expect(result.finishReason).toBe('tool-calls');
    const sentTools = fake.requests[0]?.body?.tools ?? [];
    expect(sentTools.map((t) => t.function.name)).toEqual(['add_to_cart', 'list_menu']);
    expect(sentTools[0]?.function.parameters).toMatchObject({ required: ['itemId', 'quantity'] });
  });

  it("retries Groq's tool_use_failed once, then succeeds", async () => {
    fake.enqueue(
      { kind: 'tool-use-failed' },
      { kind: 'tool-calls', calls: [{ name: 'list_menu', arguments: '{}' }] },
    );
    const result = await model({ maxRetries: 0 }).generate({ messages: hello, tools });
    expect(result.toolCalls.map((c) => c.name)).toEqual(['list_menu']);
    expect(fake.requests).toHaveLength(2);
  });

  it('fails with ModelToolCallError after the second malformed call, and the breaker stays closed', async () => {
    fake.enqueue(
      { kind: 'tool-use-failed' },
      { kind: 'tool-use-failed' },
      { kind: 'text', chunks: ['unused'] },
    );
    const m = model({ breakerFailureThreshold: 1 });
    await expect(m.generate({ messages: hello, tools })).rejects.toBeInstanceOf(ModelToolCallError);
    expect(fake.requests).toHaveLength(2);
    expect(m.breakerState).toBe('closed');
    expect(calls.at(-1)?.outcome).toBe('tool_use_failed');
  });

  it('treats arguments that fail the tool schema as a malformed call', async () => {
    const bad = {
      kind: 'tool-calls' as const,
      calls: [{ name: 'add_to_cart', arguments: '{"itemId":"x","quantity":0}' }],
    };
    fake.enqueue(bad, bad);
    const error = await model()
      .generate({ messages: hello, tools })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ModelToolCallError);
    expect((error as ModelToolCallError).toolName).toBe('add_to_cart');
    expect(fake.requests).toHaveLength(2);
  });
});

describe('structured output', () => {
  const commands = z.object({
    commands: z.array(z.object({ type: z.enum(['add', 'remove']), item: z.string() })),
  });

  it('parses the answer with the zod schema and asks for a JSON schema', async () => {
    fake.enqueue({ kind: 'text', chunks: ['{"commands":[{"type":', '"add","item":"naan"}]}'] });
    const result = await model().generateObject({
      messages: hello,
      schema: commands,
      schemaName: 'commands',
    });
    expect(result.object).toEqual({ commands: [{ type: 'add', item: 'naan' }] });
    expect(fake.requests[0]?.body?.response_format).toMatchObject({ type: 'json_schema' });
  });

  it('rejects output that does not match the schema with its issues', async () => {
    fake.enqueue({
      kind: 'text',
      chunks: ['{"commands":[{"type":"order","item":"naan"}]}'],
      usage: { promptTokens: 10, completionTokens: 5 },
    });
    const error = await model()
      .generateObject({ messages: hello, schema: commands })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ModelOutputError);
    expect((error as ModelOutputError).issues[0]).toMatch(/^commands\.0\.type:/);
    expect(calls.at(-1)).toMatchObject({
      outcome: 'bad_output',
      attempts: 1,
      inputTokens: 10,
      outputTokens: 5,
    });
  });

  it('rejects an answer that is not JSON', async () => {
    fake.enqueue({ kind: 'text', chunks: ['Sure! Here you go'] });
    await expect(model().generateObject({ messages: hello, schema: commands })).rejects.toBeInstanceOf(
      ModelOutputError,
    );
  });
});

describe('limits and failures', () => {
  it('waits as long as a 429 asks, then retries', async () => {
    fake.enqueue({ kind: 'rate-limited', retryAfter: '1' }, { kind: 'text', chunks: ['ok'] });
    const result = await model().generate({ messages: hello });
    expect(result.text).toBe('ok');
    const [first, second] = fake.requests;
    expect(second!.receivedAt - first!.receivedAt).toBeGreaterThanOrEqual(1000);
  });

  it('honours retry-after-ms', async () => {
    fake.enqueue({ kind: 'rate-limited', retryAfterMs: 300 }, { kind: 'text', chunks: ['ok'] });
    await model().generate({ messages: hello });
    const [first, second] = fake.requests;
    expect(second!.receivedAt - first!.receivedAt).toBeGreaterThanOrEqual(300);
  });

  it('fails at once with the asked wait when it is longer than the turn may stall', async () => {
    fake.enqueue({ kind: 'rate-limited', retryAfter: '30' }, { kind: 'text', chunks: ['unused'] });
    const error = await model({ maxRateLimitWaitMs: 3000 })
      .generate({ messages: hello })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ModelRateLimitedError);
    expect((error as ModelRateLimitedError).retryAfterMs).toBe(30_000);
    expect(fake.requests).toHaveLength(1);
  });

  it('reads x-ratelimit headers: no request is sent while the window is exhausted', async () => {
    fake.enqueue({
      kind: 'text',
      chunks: ['ok'],
      headers: { 'x-ratelimit-remaining-requests': '0', 'x-ratelimit-reset-requests': '2m59.56s' },
    });
    const m = model({ maxRateLimitWaitMs: 1000 });
    await m.generate({ messages: hello });
    const error = await m.generate({ messages: hello }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ModelRateLimitedError);
    expect((error as ModelRateLimitedError).retryAfterMs).toBeGreaterThan(170_000);
    expect(fake.requests).toHaveLength(1);
  });

  it('retries a 500 and succeeds', async () => {
    fake.enqueue(
      { kind: 'error', status: 500 },
      { kind: 'error', status: 503 },
      { kind: 'text', chunks: ['ok'] },
    );
    const result = await model({ maxRetries: 2 }).generate({ messages: hello });
    expect(result.text).toBe('ok');
    expect(fake.requests).toHaveLength(3);
    expect(calls.at(-1)).toMatchObject({ outcome: 'ok', attempts: 3 });
  });

  it('retries a dropped connection', async () => {
    fake.enqueue({ kind: 'reset' }, { kind: 'text', chunks: ['ok'] });
    expect((await model().generate({ messages: hello })).text).toBe('ok');
    expect(fake.requests).toHaveLength(2);
  });

  it('starts no retry past the call budget (fake clock)', async () => {
    let now = 0;
    const m = model({ maxRetries: 5, retryBaseDelayMs: 1, callBudgetMs: 1_000 }, { now: () => now });
    fake.respondWith(() => {
      now += 600;
      return { kind: 'error', status: 500 };
    });
    await expect(m.generate({ messages: hello })).rejects.toMatchObject({ reason: 'server_error' });
    expect(fake.requests).toHaveLength(2);
  });

  it('falls back to the next model when the first is not found', async () => {
    fake.enqueue(
      { kind: 'error', status: 404, code: 'model_not_found', message: 'The model does not exist' },
      { kind: 'text', chunks: ['ok'] },
    );
    const result = await model({ fallbackModels: ['llama-3.3-70b-versatile'] }).generate({ messages: hello });
    expect(result.model).toBe('llama-3.3-70b-versatile');
    expect(fake.requests.map((r) => r.body?.model)).toEqual([DEFAULT_MODEL, 'llama-3.3-70b-versatile']);
  });

  it('times out a hanging server with ModelTimeoutError', async () => {
    fake.enqueue({ kind: 'hang' });
    await expect(
      model({ stallTimeoutMs: 200, maxRetries: 0 }).generate({ messages: hello }),
    ).rejects.toBeInstanceOf(ModelTimeoutError);
  });

  it('waits out a slow first byte shorter than the timeout', async () => {
    fake.enqueue({ kind: 'text', chunks: ['late'], firstByteDelayMs: 150 });
    const result = await model({ stallTimeoutMs: 5000 }).generate({ messages: hello });
    expect(result.text).toBe('late');
  });

  it('does not retry once text reached the caller', async () => {
    fake.enqueue(
      { kind: 'text', chunks: ['par', 'tial'], chunkDelayMs: 1000 },
      { kind: 'text', chunks: ['unused'] },
    );
    const deltas: string[] = [];
    const error = await model({ stallTimeoutMs: 300 })
      .generate({ messages: hello, onTextDelta: (d) => deltas.push(d) })
      .catch((e: unknown) => e);
    expect(deltas).toEqual(['par']);
    expect(error).toBeInstanceOf(ModelUnavailableError);
    expect((error as ModelUnavailableError).reason).toBe('stream_broken');
    expect(fake.requests).toHaveLength(1);
  });

  it('rejects with the caller abort reason, not a model error', async () => {
    fake.enqueue({ kind: 'hang' });
    const controller = new AbortController();
    const pending = model().generate({ messages: hello, signal: controller.signal });
    setTimeout(() => controller.abort(new Error('customer left')), 50);
    await expect(pending).rejects.toThrow('customer left');
    expect(calls.at(-1)?.outcome).toBe('aborted');
  });
});

describe('circuit breaker', () => {
  it('with the server down: typed failures, then the breaker opens and fails fast', async () => {
    const down = await startFakeGroq();
    const url = down.baseUrl;
    await down.close();
    const m = model({ maxRetries: 0, breakerFailureThreshold: 2 }, {}, url);
    for (let i = 0; i < 2; i++) {
      const error = await m.generate({ messages: hello }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ModelUnavailableError);
      expect((error as ModelUnavailableError).reason).toBe('network');
    }
    expect(m.breakerState).toBe('open');
    const fast = await m.generate({ messages: hello }).catch((e: unknown) => e);
    expect((fast as ModelUnavailableError).reason).toBe('circuit_open');
    expect(calls.map((c) => c.outcome)).toEqual(['unavailable', 'unavailable', 'circuit_open']);
    expect(calls.at(-1)?.attempts).toBe(0);
  });

  it('half-opens after its cool-down (fake clock): a good trial closes it, a bad one reopens it', async () => {
    let now = 1_000_000;
    const m = model(
      { maxRetries: 0, breakerFailureThreshold: 1, breakerCoolDownMs: 30_000 },
      { now: () => now },
    );
    fake.enqueue({ kind: 'error', status: 500 });
    await expect(m.generate({ messages: hello })).rejects.toBeInstanceOf(ModelUnavailableError);
    expect(m.breakerState).toBe('open');

    now += 29_999;
    const early = await m.generate({ messages: hello }).catch((e: unknown) => e);
    expect((early as ModelUnavailableError).reason).toBe('circuit_open');
    expect(fake.requests).toHaveLength(1);

    now += 1;
    expect(m.breakerState).toBe('half-open');
    fake.enqueue({ kind: 'error', status: 500 });
    await expect(m.generate({ messages: hello })).rejects.toMatchObject({ reason: 'server_error' });
    expect(m.breakerState).toBe('open');

    now += 30_000;
    fake.enqueue({ kind: 'text', chunks: ['back'] });
    expect((await m.generate({ messages: hello })).text).toBe('back');
    expect(m.breakerState).toBe('closed');
    expect(fake.requests).toHaveLength(3);
  });
});
