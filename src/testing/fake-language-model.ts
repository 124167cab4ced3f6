import type {
  LanguageModel,
  ModelRequest,
  ModelResult,
  ObjectRequest,
  ObjectResult,
} from '../core/ports/language-model.ts';
import { ModelUnavailableError } from '../errors/index.ts';
import { streamOfDeltas } from '../llm/stream-of-deltas.ts';

/**
 * One scripted answer of {@link fakeLanguageModel}: text in `chunks` (after `firstDelayMs`, then
 * `chunkDelayMs` between chunks), or a failure (`fail`: before any text, or after `failAfter` chunks).
 */
export interface FakeModelReply {
  chunks: string[];
  firstDelayMs?: number;
  chunkDelayMs?: number;
  usage?: { inputTokens: number; outputTokens: number };
  failAfter?: number;
}

/** A `LanguageModel` in memory (no HTTP): answers `stream`/`generate` from a script; records the requests. */
export interface FakeLanguageModel extends LanguageModel {
  requests: Array<Omit<ModelRequest, 'onTextDelta'>>;
  enqueue(...replies: FakeModelReply[]): void;
  /** The answer when the queue is empty (default: fails with `ModelUnavailableError`). */
  respondWith(handler: (request: Omit<ModelRequest, 'onTextDelta'>) => FakeModelReply): void;
}

const wait = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    if (ms <= 0) return resolve();
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });

/**
 * A scripted model for core tests and the bench: deltas are delivered with real timers (so a test can
 * see a delta before the answer ends), the caller's abort signal is obeyed, usage is the script's (or
 * characters / 4), cost 1 micro-USD per token.
 */
export function fakeLanguageModel(model = 'fake-model'): FakeLanguageModel {
  const queue: FakeModelReply[] = [];
  let handler: ((request: Omit<ModelRequest, 'onTextDelta'>) => FakeModelReply) | undefined;
  const requests: Array<Omit<ModelRequest, 'onTextDelta'>> = [];
  const next = (request: Omit<ModelRequest, 'onTextDelta'>): FakeModelReply | undefined =>
    queue.shift() ?? handler?.(request);
  async function play(request: ModelRequest): Promise<ModelResult> {
    const { onTextDelta, ...rest } = request;
    requests.push(rest);
    const reply = next(rest);
    if (!reply) throw new ModelUnavailableError('server_error', 'no scripted reply', model);
    await wait(reply.firstDelayMs ?? 0, request.signal);
    let text = '';
    for (const [i, chunk] of reply.chunks.entries()) {
      if (reply.failAfter !== undefined && i >= reply.failAfter)
        throw new ModelUnavailableError(i > 0 ? 'stream_broken' : 'server_error', 'scripted failure', model);
      if (i > 0) await wait(reply.chunkDelayMs ?? 0, request.signal);
      if (request.signal?.aborted) throw request.signal.reason;
      text += chunk;
      onTextDelta?.(chunk);
    }
    const chars = request.messages.reduce((n, m) => n + ('content' in m ? m.content.length : 0), 0);
    const usage = reply.usage ?? {
      inputTokens: Math.ceil(chars / 4),
      outputTokens: Math.ceil(text.length / 4),
    };
    return {
      text,
      toolCalls: [],
      finishReason: 'stop',
      usage,
      costMicroUsd: usage.inputTokens + usage.outputTokens,
      model,
    };
  }
  return {
    requests,
    enqueue: (...replies) => {
      queue.push(...replies);
    },
    respondWith: (h) => {
      handler = h;
    },
    generate: play,
    stream: (request) => streamOfDeltas((onTextDelta) => play({ ...request, onTextDelta })),
    async generateObject<T>(_request: ObjectRequest<T>): Promise<ObjectResult<T>> {
      throw new ModelUnavailableError('server_error', 'the fake model has no structured output', model);
    },
  };
}
