import { createGroq } from '@ai-sdk/groq';
import { createOpenAICompatible } from '@ai-sdk/openai-compatible';
import { Output, streamText } from 'ai';
import type {
  FinishReason,
  LanguageModel,
  ModelRequest,
  ModelResult,
  ModelStream,
  ObjectRequest,
  ObjectResult,
  ToolCall,
} from '../core/ports/language-model.ts';
import { type Logger, silentLogger } from '../core/ports/logger.ts';
import {
  LanguageModelError,
  ModelOutputError,
  ModelRateLimitedError,
  ModelTimeoutError,
  ModelToolCallError,
  ModelUnavailableError,
} from '../errors/index.ts';
import { type BreakerState, CircuitBreaker } from './circuit-breaker.ts';
import { classifyModelError } from './classify-model-error.ts';
import { costMicroUsd } from './groq-prices.ts';
import type { LlmConfig } from './llm-config.ts';
import { type LlmCallOutcome, type LlmMetrics, noopLlmMetrics } from './llm-metrics.ts';
import { parseObject } from './parse-model-object.ts';
import { readRateLimitHeaders } from './rate-limit-headers.ts';
import { RequestLimiter } from './request-limiter.ts';
import { streamOfDeltas } from './stream-of-deltas.ts';
import { cachedSchema, toAiToolChoice, toAiTools, toModelMessages } from './to-ai-sdk-call.ts';

/** What the adapter needs besides its config; every field has a production default. */
export interface LanguageModelDeps {
  logger?: Logger;
  metrics?: LlmMetrics;
  /** Milliseconds now, for the breaker and the limiter (default `Date.now`; a fake clock in tests). */
  now?: () => number;
  /** Waits `ms` (default a timer); rejects with the signal's reason when it aborts. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** The fetch the provider uses (default the global one). */
  fetch?: typeof globalThis.fetch;
  /** Random 0..1 for retry jitter (default `Math.random`). */
  random?: () => number;
}

/** Output tokens assumed for the limiter's estimate when a request sets no `maxOutputTokens`. */
const DEFAULT_OUTPUT_ESTIMATE = 512;

type CallKind =
  | { object: false }
  | { object: true; schema: ObjectRequest<unknown>['schema']; name: string | undefined };

interface CallState {
  /** A text delta reached the caller: the call can no longer be retried. */
  emitted: boolean;
  attempts: number;
  model: string;
  /** `now()` when the call started, for `callBudgetMs`. */
  startedAt: number;
}

const defaultSleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });

/**
 * The `LanguageModel` port on the Vercel AI SDK (`ai` + `@ai-sdk/groq`, or `@ai-sdk/openai-compatible`
 * for other servers). Every call goes: circuit breaker (fails fast with `ModelUnavailableError`
 * `circuit_open` while open) → for each model (the configured one, then `fallbackModels` on
 * not-found, 5xx-after-retries or rate limits) → attempts, each behind the {@link RequestLimiter},
 * streamed, with a stall timeout (`stallTimeoutMs` without a byte → `ModelTimeoutError`).
 * Retries (own loop rather than `p-retry`: the delay depends on the error and the malformed-tool-call
 * budget is separate): 429 after the asked wait when ≤ `maxRateLimitWaitMs`; 5xx, network errors and
 * timeouts after `retryBaseDelayMs × 2^n × (1..2)` (jitter), up to `maxRetries`; a malformed tool call
 * once. Never after a text delta reached the caller, and no retry nor fallback starts once the call
 * would pass `callBudgetMs` (the last error is thrown instead). Usage and cost come from the streamed usage
 * (`x_groq.usage` on Groq, `stream_options.include_usage` elsewhere).
 */
export class AiSdkLanguageModel implements LanguageModel {
  readonly breaker: CircuitBreaker;
  readonly limiter: RequestLimiter;
  private readonly provider: (model: string) => Parameters<typeof streamText>[0]['model'];
  private readonly logger: Logger;
  private readonly metrics: LlmMetrics;
  private readonly now: () => number;
  private readonly sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  private readonly random: () => number;

  constructor(
    private readonly config: LlmConfig,
    deps: LanguageModelDeps = {},
  ) {
    this.logger = deps.logger ?? silentLogger;
    this.metrics = deps.metrics ?? noopLlmMetrics;
    this.now = deps.now ?? Date.now;
    this.sleep = deps.sleep ?? defaultSleep;
    this.random = deps.random ?? Math.random;
    this.limiter = new RequestLimiter({
      requestsPerMinute: config.requestsPerMinute,
      tokensPerMinute: config.tokensPerMinute,
      maxWaitMs: config.maxRateLimitWaitMs,
      now: this.now,
      sleep: (ms, signal) => this.sleep(ms, signal),
    });
    this.breaker = new CircuitBreaker({
      failureThreshold: config.breakerFailureThreshold,
      coolDownMs: config.breakerCoolDownMs,
      now: this.now,
      onStateChange: (state) => this.logger.warn({ state }, 'llm.breaker.state'),
    });
    const baseFetch = deps.fetch ?? globalThis.fetch;
    const observingFetch: typeof globalThis.fetch = async (input, init) => {
      const response = await baseFetch(input, init);
      this.limiter.observe(readRateLimitHeaders(response.headers, this.now()));
      return response;
    };
    if (config.provider === 'groq') {
      const groq = createGroq({
        baseURL: config.baseUrl,
        apiKey: config.apiKey ?? '',
        fetch: observingFetch,
      });
      this.provider = (model) => groq(model);
    } else {
      const compatible = createOpenAICompatible({
        name: 'llm',
        baseURL: config.baseUrl,
        ...(config.apiKey !== undefined ? { apiKey: config.apiKey } : {}),
        includeUsage: true,
        supportsStructuredOutputs: true,
        fetch: observingFetch,
      });
      this.provider = (model) => compatible.chatModel(model);
    }
  }

  /** The breaker's state now (`closed`, `open`, `half-open`). */
  get breakerState(): BreakerState {
    return this.breaker.state;
  }

  async generate(request: ModelRequest): Promise<ModelResult> {
    return (await this.call(request, { object: false })).result;
  }

  stream(request: Omit<ModelRequest, 'onTextDelta'>): ModelStream {
    return streamOfDeltas((onTextDelta) =>
      this.call({ ...request, onTextDelta }, { object: false }).then(({ result }) => result),
    );
  }

  async generateObject<T>(request: ObjectRequest<T>): Promise<ObjectResult<T>> {
    const { schema, schemaName, ...rest } = request;
    const { result, object } = await this.call(rest, { object: true, schema, name: schemaName });
    const { text: _text, toolCalls: _calls, ...meta } = result;
    return { ...meta, object: object as T };
  }

  /** One call through breaker, models and retries; for structured output, `object` is the parsed answer. */
  private async call(
    request: ModelRequest,
    kind: CallKind,
  ): Promise<{ result: ModelResult; object?: unknown }> {
    const state: CallState = { emitted: false, attempts: 0, model: this.config.model, startedAt: this.now() };
    if (!this.breaker.tryAcquire()) {
      this.record(state, 'circuit_open');
      throw new ModelUnavailableError(
        'circuit_open',
        `failing fast for ${this.breaker.retryInMs()} ms more`,
        this.config.model,
      );
    }
    let result: ModelResult | undefined;
    try {
      result = await this.acrossModels(request, kind, state);
      this.breaker.success();
      const object = kind.object ? parseObject(result.text, kind.schema, result.model) : undefined;
      this.record(state, 'ok', result);
      return { result, object };
    } catch (error) {
      const outcome = outcomeOf(error);
      if (outcome === 'unavailable' || outcome === 'timeout') this.breaker.failure();
      else if (outcome === 'tool_use_failed' || outcome === 'bad_output') this.breaker.success();
      else this.breaker.release();
      this.record(state, outcome, result);
      throw error;
    }
  }

  private async acrossModels(request: ModelRequest, kind: CallKind, state: CallState): Promise<ModelResult> {
    const models = [this.config.model, ...this.config.fallbackModels];
    for (const [i, model] of models.entries()) {
      state.model = model;
      try {
        return await this.withRetries(model, request, kind, state);
      } catch (error) {
        const next = models[i + 1];
        if (next === undefined || state.emitted || !isModelSpecific(error) || this.overBudget(state, 0))
          throw error;
        this.logger.warn({ model, next, code: (error as LanguageModelError).code }, 'llm.model.fallback');
      }
    }
    throw new ModelUnavailableError('model_not_found', 'no model configured', this.config.model);
  }

  private async withRetries(model: string, request: ModelRequest, kind: CallKind, state: CallState) {
    let retries = 0;
    let toolRetries = 0;
    for (;;) {
      try {
        return await this.attempt(model, request, kind, state);
      } catch (raw) {
        let error = classifyModelError(raw, model, this.now());
        if (state.emitted && error instanceof LanguageModelError && !(error instanceof ModelToolCallError)) {
          error = new ModelUnavailableError('stream_broken', error.message, model, undefined, {
            cause: error,
          });
        }
        if (!(error instanceof LanguageModelError) || state.emitted) throw error;
        let delay: number | undefined;
        if (error instanceof ModelToolCallError) delay = toolRetries++ < 1 ? 0 : undefined;
        else if (retries < this.config.maxRetries) {
          if (error instanceof ModelRateLimitedError) {
            delay = error.retryAfterMs <= this.config.maxRateLimitWaitMs ? error.retryAfterMs : undefined;
          } else if (
            error instanceof ModelTimeoutError ||
            (error instanceof ModelUnavailableError &&
              (error.reason === 'server_error' || error.reason === 'network'))
          ) {
            delay = Math.round(this.config.retryBaseDelayMs * 2 ** retries * (1 + this.random()));
          }
          if (delay !== undefined) retries += 1;
        }
        if (delay === undefined || this.overBudget(state, delay)) throw error;
        this.logger.info(
          { model, code: error.code, attempt: state.attempts, delayMs: delay },
          'llm.call.retry',
        );
        if (delay > 0) await this.sleep(delay, request.signal);
      }
    }
  }

  private async attempt(
    model: string,
    request: ModelRequest,
    kind: CallKind,
    state: CallState,
  ): Promise<ModelResult> {
    request.signal?.throwIfAborted();
    const estimate = estimateTokens(request);
    await this.limiter.acquire(estimate, model, request.signal);
    state.attempts += 1;
    const controller = new AbortController();
    let stalled = false;
    let timer: NodeJS.Timeout | undefined;
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        stalled = true;
        controller.abort(new ModelTimeoutError(this.config.stallTimeoutMs, model));
      }, this.config.stallTimeoutMs);
    };
    const onCallerAbort = () => controller.abort(request.signal?.reason);
    request.signal?.addEventListener('abort', onCallerAbort, { once: true });
    arm();
    let text = '';
    const toolCalls: ToolCall[] = [];
    let finishReason: FinishReason = 'other';
    let usage = { inputTokens: 0, outputTokens: 0 };
    try {
      const result = streamText({
        model: this.provider(model),
        messages: toModelMessages(request.messages),
        ...(request.tools !== undefined ? { tools: toAiTools(request.tools) } : {}),
        ...(request.toolChoice !== undefined ? { toolChoice: toAiToolChoice(request.toolChoice) } : {}),
        ...(request.maxOutputTokens !== undefined ? { maxOutputTokens: request.maxOutputTokens } : {}),
        ...(request.temperature !== undefined ? { temperature: request.temperature } : {}),
        ...(kind.object
          ? { output: Output.object({ schema: cachedSchema(kind.schema), name: kind.name }) }
          : {}),
        // System messages come from our own prompt templates, never from the customer (whose text is only
        // ever a user message), so they are allowed in `messages`.
        allowSystemInMessages: true,
        maxRetries: 0,
        abortSignal: controller.signal,
        onError: () => {},
      });
      for await (const part of result.fullStream) {
        arm();
        switch (part.type) {
          case 'text-delta':
            if (part.text === '') break;
            text += part.text;
            if (request.onTextDelta !== undefined) {
              state.emitted = true;
              request.onTextDelta(part.text);
            }
            break;
          case 'tool-call':
            if (part.invalid === true)
              throw new ModelToolCallError('invalid tool call', model, part.toolName, { cause: part.error });
            toolCalls.push({ id: part.toolCallId, name: part.toolName, input: part.input });
            break;
          case 'error':
            throw part.error;
          case 'finish':
            finishReason = part.finishReason === 'error' ? 'other' : part.finishReason;
            usage = {
              inputTokens: part.totalUsage.inputTokens ?? 0,
              outputTokens: part.totalUsage.outputTokens ?? 0,
            };
            break;
          default:
            break;
        }
      }
    } catch (error) {
      if (stalled) throw new ModelTimeoutError(this.config.stallTimeoutMs, model, { cause: error });
      request.signal?.throwIfAborted();
      throw error;
    } finally {
      clearTimeout(timer);
      request.signal?.removeEventListener('abort', onCallerAbort);
    }
    if (stalled) throw new ModelTimeoutError(this.config.stallTimeoutMs, model);
    request.signal?.throwIfAborted();
    await this.limiter.settle(estimate, usage.inputTokens + usage.outputTokens);
    return {
      text,
      toolCalls,
      finishReason,
      usage,
      costMicroUsd: costMicroUsd(this.config.prices[model], usage.inputTokens, usage.outputTokens),
      model,
    };
  }

  /** Whether waiting `delayMs` more would take the call past `callBudgetMs` (no more retries or fallbacks). */
  private overBudget(state: CallState, delayMs: number): boolean {
    return this.now() - state.startedAt + delayMs > this.config.callBudgetMs;
  }

  private record(state: CallState, outcome: LlmCallOutcome, result?: ModelResult): void {
    const record = {
      model: result?.model ?? state.model,
      outcome,
      inputTokens: result?.usage.inputTokens ?? 0,
      outputTokens: result?.usage.outputTokens ?? 0,
      costMicroUsd: result?.costMicroUsd ?? 0,
      attempts: state.attempts,
    };
    this.metrics.recordCall(record);
    if (outcome === 'ok') this.logger.info(record, 'llm.call.done');
    else this.logger.warn(record, 'llm.call.failed');
  }
}

/** Builds the adapter from `parseLlmConfig`'s result. */
export function createLanguageModel(config: LlmConfig, deps: LanguageModelDeps = {}): AiSdkLanguageModel {
  return new AiSdkLanguageModel(config, deps);
}

function outcomeOf(error: unknown): LlmCallOutcome {
  if (error instanceof ModelRateLimitedError) return 'rate_limited';
  if (error instanceof ModelTimeoutError) return 'timeout';
  if (error instanceof ModelToolCallError) return 'tool_use_failed';
  if (error instanceof ModelOutputError) return 'bad_output';
  if (error instanceof ModelUnavailableError)
    return error.reason === 'circuit_open' ? 'circuit_open' : 'unavailable';
  return 'aborted';
}

/** Errors that another model may not have: not found, 5xx after retries, rate limits (Groq's are per model). */
function isModelSpecific(error: unknown): boolean {
  if (error instanceof ModelRateLimitedError) return true;
  return (
    error instanceof ModelUnavailableError &&
    (error.reason === 'model_not_found' || error.reason === 'server_error')
  );
}

/** Input tokens ≈ characters / 4 (a rough, documented estimate), plus the output cap. */
function estimateTokens(request: ModelRequest): number {
  let chars = 0;
  for (const m of request.messages)
    chars += 'content' in m ? m.content.length : JSON.stringify(m.result ?? null).length;
  return Math.ceil(chars / 4) + (request.maxOutputTokens ?? DEFAULT_OUTPUT_ESTIMATE);
}
