import { Counter, type Registry } from 'prom-client';

/**
 * How a model call ended: `ok`, or the failure's kind (`rate_limited`, `unavailable`, `circuit_open`,
 * `timeout`, `tool_use_failed`, `bad_output`, `aborted` by the caller).
 */
export type LlmCallOutcome =
  | 'ok'
  | 'rate_limited'
  | 'unavailable'
  | 'circuit_open'
  | 'timeout'
  | 'tool_use_failed'
  | 'bad_output'
  | 'aborted';

/** One finished call (all attempts and fallbacks together). Tokens are counts; cost in micro-USD (1e-6 USD). */
export interface LlmCallRecord {
  /** The model that answered, or the last one tried. */
  model: string;
  outcome: LlmCallOutcome;
  inputTokens: number;
  outputTokens: number;
  costMicroUsd: number;
  /** HTTP attempts made (1 when the first one answered; 0 when refused before any request). */
  attempts: number;
}

/** Where the adapter reports calls (the lead registers the Prometheus one in the bot's registry). */
export interface LlmMetrics {
  recordCall(record: LlmCallRecord): void;
}

/** Reports nothing. */
export const noopLlmMetrics: LlmMetrics = { recordCall: () => {} };

/**
 * Prometheus counters in `registry`: `maitre_llm_calls_total{model,outcome}`,
 * `maitre_llm_tokens_total{model,direction="input"|"output"}`, `maitre_llm_cost_usd_total{model}` (US
 * dollars, from the price table) and `maitre_llm_attempts_total{model}` (HTTP requests, retries included).
 */
export function promLlmMetrics(registry: Registry): LlmMetrics {
  const registers = [registry];
  const calls = new Counter({
    name: 'maitre_llm_calls_total',
    help: 'Language-model calls by model and outcome',
    labelNames: ['model', 'outcome'],
    registers,
  });
  const tokens = new Counter({
    name: 'maitre_llm_tokens_total',
    help: 'Language-model tokens by model and direction (input = prompt, output = completion)',
    labelNames: ['model', 'direction'],
    registers,
  });
  const cost = new Counter({
    name: 'maitre_llm_cost_usd_total',
    help: 'Language-model cost in US dollars, from the configured price table',
    labelNames: ['model'],
    registers,
  });
  const attempts = new Counter({
    name: 'maitre_llm_attempts_total',
    help: 'Language-model HTTP requests, retries included',
    labelNames: ['model'],
    registers,
  });
  return {
    recordCall: (r) => {
      calls.inc({ model: r.model, outcome: r.outcome });
      if (r.inputTokens > 0) tokens.inc({ model: r.model, direction: 'input' }, r.inputTokens);
      if (r.outputTokens > 0) tokens.inc({ model: r.model, direction: 'output' }, r.outputTokens);
      if (r.costMicroUsd > 0) cost.inc({ model: r.model }, r.costMicroUsd / 1e6);
      if (r.attempts > 0) attempts.inc({ model: r.model }, r.attempts);
    },
  };
}
