import { ModelBudgetExceededError } from '../../errors/index.ts';
import type { TokenUsage } from './language-model.ts';

/**
 * Tokens (input + output) a session has left: `budgetTokens - usedTokens`, never below 0;
 * `Infinity` when `budgetTokens` is 0 (no budget, `LLM_SESSION_TOKEN_BUDGET=0`).
 */
export function remainingTokens(usedTokens: number, budgetTokens: number): number {
  return budgetTokens === 0 ? Number.POSITIVE_INFINITY : Math.max(0, budgetTokens - usedTokens);
}

/**
 * Checks, before a model call, that a session which has used `usedTokens` may spend about
 * `nextEstimate` more within `budgetTokens` (0 = unlimited). The session keeps its running total in
 * its state (add each call's `usage` with {@link addUsage}).
 * @throws ModelBudgetExceededError (`LLM_BUDGET_EXCEEDED`) when it may not: the rule brain answers.
 */
export function assertWithinTokenBudget(usedTokens: number, budgetTokens: number, nextEstimate = 0): void {
  if (budgetTokens > 0 && usedTokens + nextEstimate > budgetTokens) {
    throw new ModelBudgetExceededError(usedTokens, budgetTokens);
  }
}

/** A session's running total after one more call: `usedTokens + input + output`. */
export function addUsage(usedTokens: number, usage: TokenUsage): number {
  return usedTokens + usage.inputTokens + usage.outputTokens;
}

/**
 * One model call's usage as a turn records it: tokens, cost in micro-USD (1e-6 USD, integer, from the
 * adapter's price table), the model that answered. `estimated`: the call was cut (guard, timeout,
 * failure) before the provider reported usage: tokens are characters / 4 and the cost 0.
 */
export interface LlmUsage {
  inputTokens: number;
  outputTokens: number;
  costMicroUsd: number;
  model: string;
  estimated?: boolean;
  /** What the call was for: reading the message (`understand`) or wording the reply (`phrase`). */
  kind?: LlmCallKind;
}

/** What a model call was for, as metrics count it. */
export type LlmCallKind = 'understand' | 'phrase';

/** A turn's model spending, summed over its calls (understanding and phrasing). */
export interface TurnLlmUsage {
  inputTokens: number;
  outputTokens: number;
  costMicroUsd: number;
  calls: number;
}

/**
 * Where a turn's model spending is reported (Prometheus in src/llm/llm-metrics.ts): the turn's sum,
 * and its calls (tokens and cost by kind; never a session id).
 */
export interface LlmTurnMetrics {
  recordTurn(usage: TurnLlmUsage, calls: readonly LlmUsage[]): void;
}

/**
 * Tokens a text costs, estimated as characters / 4 rounded up: the usual approximation for English
 * with Llama-family tokenizers (the adapter's limiter uses the same), good to ±20%; no tokenizer is
 * loaded. Used to trim prompts and by `npm run eval` for prompt sizes.
 */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 4);
}

/**
 * The longest prefix of `items` (most wanted first) whose estimated tokens fit in `budgetTokens`: what a
 * prompt keeps of its history (newest first) and passages (best first). Never splits an item.
 */
export function fitToTokenBudget<T>(
  items: readonly T[],
  budgetTokens: number,
  text: (item: T) => string,
): T[] {
  const kept: T[] = [];
  let used = 0;
  for (const item of items) {
    const cost = estimateTokens(text(item));
    if (used + cost > budgetTokens) break;
    used += cost;
    kept.push(item);
  }
  return kept;
}
