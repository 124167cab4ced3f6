/** Price of one model in US dollars per million tokens (input = prompt, output = completion). */
export interface ModelPrice {
  inputUsdPerMillion: number;
  outputUsdPerMillion: number;
}

/** Prices by model id. */
export type PriceTable = Readonly<Record<string, ModelPrice>>;

/**
 * Groq's on-demand prices in USD per million tokens, from https://groq.com/pricing as recorded on
 * 2025-08-15 (not re-checked since: this machine has no internet). Override or extend with
 * `LLM_PRICES` (JSON, same shape) when Groq changes them or for another provider; a model missing from
 * the table costs 0 and is logged once.
 */
export const GROQ_PRICES: PriceTable = {
  'meta-llama/llama-4-maverick-17b-128e-instruct': { inputUsdPerMillion: 0.2, outputUsdPerMillion: 0.6 },
  'meta-llama/llama-4-scout-17b-16e-instruct': { inputUsdPerMillion: 0.11, outputUsdPerMillion: 0.34 },
  'llama-3.3-70b-versatile': { inputUsdPerMillion: 0.59, outputUsdPerMillion: 0.79 },
  'llama-3.1-8b-instant': { inputUsdPerMillion: 0.05, outputUsdPerMillion: 0.08 },
  'openai/gpt-oss-120b': { inputUsdPerMillion: 0.15, outputUsdPerMillion: 0.75 },
  'openai/gpt-oss-20b': { inputUsdPerMillion: 0.1, outputUsdPerMillion: 0.5 },
};

/**
 * Cost of one call in micro-US-dollars (integer, 1e-6 USD): tokens × USD per million tokens is exactly
 * micro-dollars, rounded to the nearest one. `undefined` price → 0.
 * E.g. 1,000 input + 200 output tokens on Maverick: 1000 × 0.2 + 200 × 0.6 = 320 µUSD.
 */
export function costMicroUsd(
  price: ModelPrice | undefined,
  inputTokens: number,
  outputTokens: number,
): number {
  if (price === undefined) return 0;
  return Math.round(inputTokens * price.inputUsdPerMillion + outputTokens * price.outputUsdPerMillion);
}
