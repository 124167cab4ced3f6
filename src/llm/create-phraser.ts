import type { Registry } from 'prom-client';
import { createModelPhraser } from '../core/phrase/model-phraser.ts';
import { LruReplyCache } from '../core/phrase/reply-cache.ts';
import type { LanguageModel } from '../core/ports/language-model.ts';
import type { Logger } from '../core/ports/logger.ts';
import type { Phraser } from '../core/ports/phraser.ts';
import type { LlmTurnMetrics } from '../core/ports/token-budget.ts';
import type { Venue } from '../domain/venue.ts';
import { createLanguageModel } from './ai-sdk-language-model.ts';
import type { LlmConfig } from './llm-config.ts';
import { promLlmMetrics, promPhraseMetrics } from './llm-metrics.ts';
import { loadPhrasePrompts } from './load-phrase-prompts.ts';

/** A model phraser with its model, cache and metrics, ready for `TurnDeps`. */
export interface PhraserWiring {
  phraser: Phraser;
  model: LanguageModel;
  /** For `TurnDeps.llmMetrics`: tokens and cost per turn. */
  turnMetrics: LlmTurnMetrics;
}

/**
 * Wires the generation half: the adapter (unless `model` is given, e.g. one shared with the
 * understanding half), the phrasing prompts (prompts/phrase/v1), a reply cache of `cacheEntries`
 * knowledge answers (default 1,000) and, when `registry` is given, the call, phrasing and per-turn
 * metrics in it.
 */
export function createPhraser(options: {
  config: LlmConfig;
  venue: Venue;
  logger?: Logger;
  registry?: Registry;
  model?: LanguageModel;
  cacheEntries?: number;
  knowledgeVersion?: () => string;
}): PhraserWiring {
  const metrics = options.registry ? promPhraseMetrics(options.registry) : undefined;
  const model =
    options.model ??
    createLanguageModel(options.config, {
      ...(options.logger ? { logger: options.logger } : {}),
      ...(options.registry ? { metrics: promLlmMetrics(options.registry) } : {}),
    });
  const phraser = createModelPhraser({
    model,
    venue: options.venue,
    prompts: loadPhrasePrompts(),
    sessionTokenBudget: options.config.sessionTokenBudget,
    cache: new LruReplyCache(options.cacheEntries ?? 1000),
    ...(options.knowledgeVersion ? { knowledgeVersion: options.knowledgeVersion } : {}),
    ...(metrics ? { metrics } : {}),
    ...(options.logger ? { logger: options.logger } : {}),
  });
  return { phraser, model, turnMetrics: metrics ?? { recordTurn: () => {} } };
}
