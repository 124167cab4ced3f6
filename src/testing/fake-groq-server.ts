import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Token counts the fake reports (`x_groq.usage` when streamed, `usage` otherwise). */
export interface FakeUsage {
  promptTokens: number;
  completionTokens: number;
}

/** One scripted tool call: its `arguments` JSON text is streamed in `pieces` parts (default 3). */
export interface FakeToolCall {
  name: string;
  arguments: string;
  id?: string;
}

/**
 * What the fake answers one request with.
 * - `text`: the answer in `chunks` (one SSE chunk each when the request asks `stream: true`, joined in
 *   one JSON body otherwise); `holdBeforeLast` delays the last content chunk until the promise settles
 *   (lets a test prove deltas reach it before the server has finished); `chunkDelayMs` between chunks;
 *   `dropAfter` drops the connection after that many chunks (a failure mid-stream).
 * - `tool-calls`: tool calls, their arguments streamed in `pieces` parts; optional leading `text`.
 * - `error`: an HTTP error with Groq's error body (`{ error: { message, type, code } }`) or `body`.
 * - `rate-limited`: 429 with `retry-after: <retryAfter>` (seconds, as Groq sends) and its error body.
 * - `tool-use-failed`: Groq's 400 `tool_use_failed` with a `failed_generation`.
 * - `hang`: accepts the request and never answers (until the client gives up or the server closes).
 * - `reset`: destroys the connection without answering.
 * Every kind takes `headers` (extra response headers) and `firstByteDelayMs` (wait before the status line).
 */
export type FakeReply = {
  headers?: Record<string, string>;
  firstByteDelayMs?: number;
} & (
  | {
      kind: 'text';
      chunks: string[];
      usage?: FakeUsage;
      finishReason?: string;
      chunkDelayMs?: number;
      holdBeforeLast?: Promise<unknown>;
      /** Drops the connection after sending this many chunks (a model failing mid-stream). */
      dropAfter?: number;
    }
  | { kind: 'tool-calls'; calls: FakeToolCall[]; text?: string; pieces?: number; usage?: FakeUsage }
  | { kind: 'error'; status: number; code?: string; message?: string; body?: unknown }
  | { kind: 'rate-limited'; retryAfter?: string; retryAfterMs?: number }
  | { kind: 'tool-use-failed' }
  | { kind: 'hang' }
  | { kind: 'reset' }
);

/** A request the fake received: method, path, headers (lower-case) and the parsed JSON body. */
export interface RecordedRequest {
  method: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: ChatBody | undefined;
  /** `performance.now()` when the request arrived, in ms. */
  receivedAt: number;
}

/** The parts of an OpenAI chat-completions body the fake reads (the rest is kept as sent). */
export interface ChatBody {
  model: string;
  stream?: boolean;
  messages: unknown[];
  tools?: { type: string; function: { name: string; parameters: unknown } }[];
  response_format?: unknown;
  stream_options?: unknown;
  [key: string]: unknown;
}

/** Answers a request: a scripted reply, computed from the recorded request. */
export type FakeHandler = (request: RecordedRequest) => FakeReply;

/**
 * Rate-limit headers Groq sends on every answer (values are the fake's defaults; override per reply
 * or through `FakeGroq.rateLimitHeaders`).
 */
export const DEFAULT_RATE_LIMIT_HEADERS: Record<string, string> = {
  'x-ratelimit-limit-requests': '1000',
  'x-ratelimit-limit-tokens': '300000',
  'x-ratelimit-remaining-requests': '999',
  'x-ratelimit-remaining-tokens': '299000',
  'x-ratelimit-reset-requests': '86.4ms',
  'x-ratelimit-reset-tokens': '200ms',
};

/** A running fake Groq. */
export interface FakeGroq {
  /** `http://127.0.0.1:<port>/openai/v1`: the base URL a client is given (version path included). */
  baseUrl: string;
  /** Every request received, in order. */
  requests: RecordedRequest[];
  /** Headers added to every answer (defaults to {@link DEFAULT_RATE_LIMIT_HEADERS}); mutable. */
  rateLimitHeaders: Record<string, string>;
  /** Models `GET /openai/v1/models` lists. */
  models: string[];
  /** Queues replies, answered first in, first out. */
  enqueue(...replies: FakeReply[]): void;
  /** Answers with `handler` when the queue is empty (default: 500 "no scripted reply"). */
  respondWith(handler: FakeHandler): void;
  /** Replies still queued. */
  pending(): number;
  /** Stops the server, cutting hanging connections. */
  close(): Promise<void>;
}

/**
 * Starts an OpenAI-compatible server on loopback with Groq's paths and wire format:
 * `POST /openai/v1/chat/completions` (JSON, or SSE `data: {...}\n\n` chunks ending with
 * `data: [DONE]`, tool-call deltas with index/id/name/arguments in pieces, `x_groq.usage` in the final
 * chunk, plus OpenAI's top-level `usage` there when the request asks `stream_options.include_usage`) and `GET /openai/v1/models`. Scripted per test with {@link FakeGroq.enqueue} or
 * {@link FakeGroq.respondWith}; nothing leaves the machine.
 */
export async function startFakeGroq(options: { models?: string[] } = {}): Promise<FakeGroq> {
  const queue: FakeReply[] = [];
  let handler: FakeHandler | undefined;
  const requests: RecordedRequest[] = [];
  const fake: FakeGroq = {
    baseUrl: '',
    requests,
    rateLimitHeaders: { ...DEFAULT_RATE_LIMIT_HEADERS },
    models: options.models ?? ['meta-llama/llama-4-maverick-17b-128e-instruct'],
    enqueue: (...replies) => {
      queue.push(...replies);
    },
    respondWith: (h) => {
      handler = h;
    },
    pending: () => queue.length,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  const server: Server = createServer((req, res) => {
    void serve(req, res).catch(() => res.destroy());
  });

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req);
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (req.method === 'GET' && path === '/openai/v1/models') {
      sendJson(res, 200, {
        object: 'list',
        data: fake.models.map((id) => ({
          id,
          object: 'model',
          created: 1_700_000_000,
          owned_by: 'Fake',
          active: true,
        })),
      });
      return;
    }
    if (req.method !== 'POST' || path !== '/openai/v1/chat/completions') {
      sendJson(res, 404, groqError('Unknown request URL', 'invalid_request_error', 'unknown_url'));
      return;
    }
    let body: ChatBody | undefined;
    try {
      body = JSON.parse(raw) as ChatBody;
    } catch {
      sendJson(res, 400, groqError('Invalid JSON body', 'invalid_request_error', 'invalid_json'));
      return;
    }
    const recorded: RecordedRequest = {
      method: req.method,
      path,
      headers: req.headers,
      body,
      receivedAt: performance.now(),
    };
    requests.push(recorded);
    const reply = queue.shift() ??
      handler?.(recorded) ?? {
        kind: 'error',
        status: 500,
        message: 'fake Groq: no scripted reply',
      };
    if (reply.firstByteDelayMs !== undefined) await sleep(reply.firstByteDelayMs);
    const headers = { ...fake.rateLimitHeaders, ...reply.headers };
    await answer(res, reply, body, headers);
  }

  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  fake.baseUrl = `http://127.0.0.1:${port}/openai/v1`;
  return fake;
}

async function answer(
  res: ServerResponse,
  reply: FakeReply,
  body: ChatBody,
  headers: Record<string, string>,
): Promise<void> {
  switch (reply.kind) {
    case 'hang':
      return;
    case 'reset':
      res.socket?.destroy();
      return;
    case 'error':
      sendJson(
        res,
        reply.status,
        reply.body ??
          groqError(reply.message ?? `fake error ${reply.status}`, 'internal_server_error', reply.code),
        headers,
      );
      return;
    case 'rate-limited': {
      const extra: Record<string, string> = {};
      if (reply.retryAfter !== undefined) extra['retry-after'] = reply.retryAfter;
      if (reply.retryAfterMs !== undefined) extra['retry-after-ms'] = String(reply.retryAfterMs);
      sendJson(
        res,
        429,
        groqError(
          `Rate limit reached for model \`${body.model}\` on requests per minute (RPM). Please try again later.`,
          'requests',
          'rate_limit_exceeded',
        ),
        { ...headers, ...extra },
      );
      return;
    }
    case 'tool-use-failed':
      sendJson(
        res,
        400,
        {
          error: {
            message:
              "Failed to call a function. Please adjust your prompt. See 'failed_generation' for more details.",
            type: 'invalid_request_error',
            code: 'tool_use_failed',
            failed_generation: '<function=add_to_cart>{"item": }</function>',
          },
        },
        headers,
      );
      return;
    case 'text':
    case 'tool-calls':
      if (body.stream === true) await streamReply(res, reply, body, headers);
      else sendJson(res, 200, completion(reply, body), headers);
      return;
  }
}

type ContentReply = Extract<FakeReply, { kind: 'text' | 'tool-calls' }>;

let counter = 0;
const nextId = (prefix: string) => `${prefix}_fake${(++counter).toString(36).padStart(6, '0')}`;

function usageOf(reply: ContentReply) {
  const u = reply.usage ?? { promptTokens: 0, completionTokens: 0 };
  return {
    prompt_tokens: u.promptTokens,
    completion_tokens: u.completionTokens,
    total_tokens: u.promptTokens + u.completionTokens,
  };
}

function toolCallsOf(reply: ContentReply) {
  if (reply.kind !== 'tool-calls') return [];
  return reply.calls.map((c) => ({ id: c.id ?? nextId('call'), name: c.name, arguments: c.arguments }));
}

function completion(reply: ContentReply, body: ChatBody) {
  const calls = toolCallsOf(reply);
  const text = reply.kind === 'text' ? reply.chunks.join('') : (reply.text ?? null);
  return {
    id: nextId('chatcmpl'),
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model: body.model,
    choices: [
      {
        index: 0,
        message: {
          role: 'assistant',
          content: text,
          ...(calls.length > 0
            ? {
                tool_calls: calls.map((c) => ({
                  id: c.id,
                  type: 'function',
                  function: { name: c.name, arguments: c.arguments },
                })),
              }
            : {}),
        },
        logprobs: null,
        finish_reason:
          calls.length > 0 ? 'tool_calls' : reply.kind === 'text' ? (reply.finishReason ?? 'stop') : 'stop',
      },
    ],
    usage: usageOf(reply),
    system_fingerprint: 'fp_fake',
    x_groq: { id: nextId('req') },
  };
}

async function streamReply(
  res: ServerResponse,
  reply: ContentReply,
  body: ChatBody,
  headers: Record<string, string>,
): Promise<void> {
  res.writeHead(200, { ...headers, 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
  const id = nextId('chatcmpl');
  const created = Math.floor(Date.now() / 1000);
  const base = {
    id,
    object: 'chat.completion.chunk',
    created,
    model: body.model,
    system_fingerprint: 'fp_fake',
  };
  const send = (delta: Record<string, unknown>, finish: string | null, xGroq: Record<string, unknown>) =>
    write(res, {
      ...base,
      choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }],
      x_groq: xGroq,
    });
  const requestId = nextId('req');
  await send({ role: 'assistant', content: '' }, null, { id: requestId });
  let finish = 'stop';
  if (reply.kind === 'text') {
    for (const [i, chunk] of reply.chunks.entries()) {
      if (reply.dropAfter !== undefined && i >= reply.dropAfter) {
        // the chunks written so far go out first, then the connection closes mid-stream
        res.socket?.destroySoon();
        return;
      }
      if (i === reply.chunks.length - 1 && reply.holdBeforeLast !== undefined) await reply.holdBeforeLast;
      else if (i > 0 && reply.chunkDelayMs !== undefined) await sleep(reply.chunkDelayMs);
      await send({ content: chunk }, null, { id: requestId });
    }
    finish = reply.finishReason ?? 'stop';
  } else {
    if (reply.text !== undefined) await send({ content: reply.text }, null, { id: requestId });
    for (const [index, call] of toolCallsOf(reply).entries()) {
      const parts = splitInto(call.arguments, reply.pieces ?? 3);
      await send(
        {
          tool_calls: [
            { index, id: call.id, type: 'function', function: { name: call.name, arguments: '' } },
          ],
        },
        null,
        { id: requestId },
      );
      for (const part of parts) {
        await send({ tool_calls: [{ index, function: { arguments: part } }] }, null, { id: requestId });
      }
    }
    finish = 'tool_calls';
  }
  const u = usageOf(reply);
  const xGroq = {
    id: requestId,
    usage: { queue_time: 0.001, prompt_time: 0.001, completion_time: 0.002, total_time: 0.003, ...u },
  };
  const includeUsage =
    (body.stream_options as { include_usage?: boolean } | undefined)?.include_usage === true;
  await write(res, {
    ...base,
    choices: [{ index: 0, delta: {}, logprobs: null, finish_reason: finish }],
    x_groq: xGroq,
    ...(includeUsage ? { usage: u } : {}),
  });
  res.write('data: [DONE]\n\n');
  res.end();
}

function splitInto(text: string, pieces: number): string[] {
  const size = Math.max(1, Math.ceil(text.length / pieces));
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out.length > 0 ? out : [''];
}

async function write(res: ServerResponse, chunk: unknown): Promise<void> {
  if (!res.write(`data: ${JSON.stringify(chunk)}\n\n`)) await once(res, 'drain');
}

function groqError(message: string, type: string, code?: string) {
  return { error: { message, type, ...(code !== undefined ? { code } : {}) } };
}

function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { ...headers, 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<string> {
  const parts: Buffer[] = [];
  for await (const part of req) parts.push(part as Buffer);
  return Buffer.concat(parts).toString('utf8');
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
