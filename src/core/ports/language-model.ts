import type { z } from 'zod';

/**
 * The language-model port: chat messages in, text (streamed), tool calls or a zod-validated object out.
 * Provider-neutral: the adapter (`src/llm/`) speaks Groq or any OpenAI-compatible server. Every method
 * fails with the typed errors of `src/errors/` (see {@link LanguageModel}); none of them ever throws a
 * provider's own error type.
 */

/**
 * One message of a conversation with the model.
 * - `system`: instructions (persona, policies).
 * - `user`: the customer's message with its context.
 * - `assistant`: an earlier answer: its text and the tool calls it made (`toolCalls`, possibly empty).
 * - `tool`: the result of one tool call, matched by `toolCallId`; `result` is any JSON-serialisable value.
 */
export type ChatMessage =
  | { role: 'system'; content: string }
  | { role: 'user'; content: string }
  | { role: 'assistant'; content: string; toolCalls?: ToolCall[] }
  | { role: 'tool'; toolCallId: string; toolName: string; result: unknown };

/**
 * A tool the model may call: what it does (read by the model) and its arguments as a zod object
 * schema (sent as JSON Schema; the model's arguments are validated against it before they are
 * returned). Tools are never executed by the port: the caller runs them and sends back `tool` messages.
 */
export interface ToolSpec<Input = unknown> {
  description: string;
  input: z.ZodType<Input>;
}

/** Tools offered in one request, by name (e.g. `{ add_to_cart: {...}, list_menu: {...} }`). */
export type ToolSet = Record<string, ToolSpec>;

/** A tool call the model made: `id` (the provider's, echoed in the `tool` message), tool `name`, `input` validated by the tool's schema. */
export interface ToolCall {
  id: string;
  name: string;
  input: unknown;
}

/**
 * Which tools the model may or must call: `auto` (default when tools are given), `required` (some tool),
 * `none`, or one tool by name.
 */
export type ToolChoice = 'auto' | 'required' | 'none' | { tool: string };

/**
 * Why the model stopped: `stop` (finished its answer), `length` (hit `maxOutputTokens`), `tool-calls`
 * (wants tool results), `content-filter`, `other`.
 */
export type FinishReason = 'stop' | 'length' | 'tool-calls' | 'content-filter' | 'other';

/** Tokens one call consumed, as the provider reported them (0 when it reported nothing). */
export interface TokenUsage {
  /** Prompt (input) tokens. */
  inputTokens: number;
  /** Completion (output) tokens. */
  outputTokens: number;
}

/** Common options of every request. */
export interface ModelRequest {
  /** The conversation, system message(s) first. */
  messages: ChatMessage[];
  /** Tools the model may call (omit for plain text). */
  tools?: ToolSet;
  /** Default `auto` when `tools` is given. */
  toolChoice?: ToolChoice;
  /** Cap on completion tokens. */
  maxOutputTokens?: number;
  /** Sampling temperature, 0..2 (provider default when omitted). */
  temperature?: number;
  /**
   * Cancels the call (e.g. the customer disconnected). The promise then rejects with the signal's
   * reason (an `AbortError` DOMException by default), not with a model error.
   */
  signal?: AbortSignal;
  /**
   * Called with each text delta as it arrives from the model, before the call finishes (the streaming
   * sink). Deltas concatenated equal the final `text`. Once a delta was delivered the call is no longer
   * retried: a later failure rejects with `ModelUnavailableError` (`stream_broken`).
   */
  onTextDelta?: (delta: string) => void;
}

/** The result of a text or tool-calling request. */
export interface ModelResult {
  /** The answer's text (may be empty when the model only called tools). */
  text: string;
  /** Tool calls in the order the model made them; empty when none. */
  toolCalls: ToolCall[];
  finishReason: FinishReason;
  usage: TokenUsage;
  /** Cost of this call in micro-US-dollars (integer, 1e-6 USD), from the adapter's price table; 0 when the model has no price. */
  costMicroUsd: number;
  /** The model that answered (a fallback model when the primary failed). */
  model: string;
}

/** A structured-output request: the answer must be JSON matching `schema`. */
export interface ObjectRequest<T> extends Omit<ModelRequest, 'tools' | 'toolChoice' | 'onTextDelta'> {
  /** The zod schema the answer is parsed with (sent to the provider as JSON Schema). */
  schema: z.ZodType<T>;
  /** A short name for the schema (`commands`, ...), sent to providers that use one. */
  schemaName?: string;
}

/** The result of a structured-output request: `object` is the parsed, schema-valid value. */
export interface ObjectResult<T> extends Omit<ModelResult, 'text' | 'toolCalls'> {
  object: T;
}

/**
 * A streamed call: `textStream` yields text deltas as they arrive; `result` settles when the call ends.
 * Consume `textStream` (or ignore it: deltas are buffered) and await `result`, which rejects with the
 * call's typed error; `textStream` then ends (it never throws).
 */
export interface ModelStream {
  textStream: AsyncIterable<string>;
  result: Promise<ModelResult>;
}

/**
 * A chat model. Errors (all `LanguageModelError` from `src/errors/`):
 * - `ModelRateLimitedError` (`LLM_RATE_LIMITED`, `retryAfterMs`): rate limited longer than the adapter waits;
 * - `ModelUnavailableError` (`LLM_UNAVAILABLE`, `reason`): down, 5xx after retries, circuit open (fails fast);
 * - `ModelTimeoutError` (`LLM_TIMEOUT`): no data within the timeout, after retries;
 * - `ModelToolCallError` (`LLM_TOOL_USE_FAILED`): a malformed tool call, after one retry;
 * - `ModelOutputError` (`LLM_BAD_OUTPUT`): output that fails its schema, or a request the provider rejected.
 * Retries, rate limits, the circuit breaker and model fallback happen inside the adapter.
 */
export interface LanguageModel {
  /** Text and/or tool calls; streams internally and reports deltas through `request.onTextDelta`. */
  generate(request: ModelRequest): Promise<ModelResult>;
  /** The same call, with the deltas as an async iterable. */
  stream(request: Omit<ModelRequest, 'onTextDelta'>): ModelStream;
  /** Structured output parsed and validated with `request.schema`. */
  generateObject<T>(request: ObjectRequest<T>): Promise<ObjectResult<T>>;
}
