import { Counter, Histogram, type Registry } from 'prom-client';
import type { PhraseMetrics } from '../core/phrase/model-phraser.ts';
import type { LlmTurnMetrics } from '../core/ports/token-budget.ts';

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

/**
 * The phrasing and per-turn counters in `registry`: `maitre_llm_phrase_total{outcome}` (how each turn
 * was worded: model, regenerated, cached, skipped, budget, fallback_*, completed_*),
 * `maitre_llm_guard_issues_total{kind}` (sentences the output guard refused), per turn with model
 * calls `maitre_llm_turn_tokens` (in + out) and `maitre_llm_turn_cost_usd` histograms, and what the
 * conversations spent, summed over sessions (the session totals of `SessionState.llmUsage`; no session
 * label): `maitre_llm_conversation_tokens_total{kind="understand"|"phrase",direction="input"|"output"}`
 * and `maitre_llm_conversation_cost_usd_total{kind}`.
 */
export function promPhraseMetrics(registry: Registry): PhraseMetrics & LlmTurnMetrics {
  const registers = [registry];
  const phrases = new Counter({
    name: 'maitre_llm_phrase_total',
    help: 'Turns by how their reply was worded (model, regenerated, cached, templates and why)',
    labelNames: ['outcome'],
    registers,
  });
  const issues = new Counter({
    name: 'maitre_llm_guard_issues_total',
    help: 'Generated sentences refused by the output guard, by kind',
    labelNames: ['kind'],
    registers,
  });
  const turnTokens = new Histogram({
    name: 'maitre_llm_turn_tokens',
    help: 'Language-model tokens (input + output) per turn that called the model',
    buckets: [100, 250, 500, 1000, 2000, 4000, 8000],
    registers,
  });
  const turnCost = new Histogram({
    name: 'maitre_llm_turn_cost_usd',
    help: 'Language-model cost per turn that called the model, US dollars (price table)',
    buckets: [0.00005, 0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005],
    registers,
  });
  const conversationTokens = new Counter({
    name: 'maitre_llm_conversation_tokens_total',
    help: 'Language-model tokens spent by conversations (the session totals), by kind (understand, phrase) and direction',
    labelNames: ['kind', 'direction'],
    registers,
  });
  const conversationCost = new Counter({
    name: 'maitre_llm_conversation_cost_usd_total',
    help: 'Language-model cost of conversations (the session totals) in US dollars, by kind (understand, phrase)',
    labelNames: ['kind'],
    registers,
  });
  return {
    recordPhrase: (outcome) => phrases.inc({ outcome }),
    recordGuardIssue: (kind) => issues.inc({ kind }),
    recordTurn: (u, calls) => {
      turnTokens.observe(u.inputTokens + u.outputTokens);
      turnCost.observe(u.costMicroUsd / 1e6);
      for (const c of calls) {
        const kind = c.kind ?? 'phrase';
        if (c.inputTokens > 0) conversationTokens.inc({ kind, direction: 'input' }, c.inputTokens);
        if (c.outputTokens > 0) conversationTokens.inc({ kind, direction: 'output' }, c.outputTokens);
        if (c.costMicroUsd > 0) conversationCost.inc({ kind }, c.costMicroUsd / 1e6);
      }
    },
  };
}
