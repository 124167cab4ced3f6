export { AiSdkLanguageModel, createLanguageModel, type LanguageModelDeps } from './ai-sdk-language-model.ts';
export { type BreakerState, CircuitBreaker, type CircuitBreakerOptions } from './circuit-breaker.ts';
export { classifyModelError } from './classify-model-error.ts';
export { createPhraser, type PhraserWiring } from './create-phraser.ts';
export { costMicroUsd, GROQ_PRICES, type ModelPrice, type PriceTable } from './groq-prices.ts';
export {
  DEFAULT_FALLBACK_MODELS,
  DEFAULT_MODEL,
  GROQ_BASE_URL,
  type LlmConfig,
  parseLlmConfig,
} from './llm-config.ts';
export {
  type LlmCallOutcome,
  type LlmCallRecord,
  type LlmMetrics,
  noopLlmMetrics,
  promLlmMetrics,
  promPhraseMetrics,
} from './llm-metrics.ts';
export { loadPhrasePrompts, PHRASE_PROMPT_VERSION } from './load-phrase-prompts.ts';
export { parseGroqDuration, type RateLimitHeaders, readRateLimitHeaders } from './rate-limit-headers.ts';
export { RequestLimiter, type RequestLimiterOptions } from './request-limiter.ts';
