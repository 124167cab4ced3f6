import { Redis } from 'ioredis';
import pino from 'pino';
import { Registry } from 'prom-client';
import { BackendClient } from '../backend-client/backend-client.ts';
import { TurnAbort } from '../backend-client/turn-abort.ts';
import type { TurnDeps } from '../core/dialog/turn-deps.ts';
import { createDialogConfig, handleTurn, normalizeMessage, randomIds, systemClock } from '../core/index.ts';
import type { TurnSink } from '../core/ports/turn-sink.ts';
import { createUnderstanding } from '../core/understand/index.ts';
import type { Venue } from '../domain/venue.ts';
import { ConfigError } from '../errors/index.ts';
import { startKnowledge } from '../knowledge/start-knowledge.ts';
import { createLanguageModel } from '../llm/ai-sdk-language-model.ts';
import { createPhraser } from '../llm/create-phraser.ts';
import { promLlmMetrics } from '../llm/llm-metrics.ts';
import { modelCommandGenerators } from '../llm/model-command-generators.ts';
import { MemoryEventBus } from '../sessions/memory-event-bus.ts';
import { MemorySessionStore } from '../sessions/memory-session-store.ts';
import { MemoryStreamStore } from '../sessions/memory-stream-store.ts';
import { MemoryTurnLock } from '../sessions/memory-turn-lock.ts';
import {
  REDIS_COMMAND_OPTIONS,
  REDIS_SUBSCRIBER_OPTIONS,
  redisReady,
  watchRedis,
} from '../sessions/redis-connection.ts';
import { RedisEventBus } from '../sessions/redis-event-bus.ts';
import { loadScriptsOnReady } from '../sessions/redis-script.ts';
import { RedisServiceStore } from '../sessions/redis-service-store.ts';
import { RedisSessionStore } from '../sessions/redis-session-store.ts';
import { RedisStreamStore } from '../sessions/redis-stream-store.ts';
import { RedisTurnLock } from '../sessions/redis-turn-lock.ts';
import type { BotDeps, TurnControl } from './bot-deps.ts';
import { knowledgeOptions } from './config/knowledge-options.ts';
import type { BotConfig } from './config/parse-bot-config.ts';
import { recordCarts } from './conversation/record-carts.ts';
import { botLoggerOptions } from './http/log-redaction.ts';
import { MemoryServiceStore } from './store/memory-service-store.ts';

export interface WiredDeps {
  deps: BotDeps;
  /** Resolves once the stores can take commands (Redis connections ready; at once in memory). */
  ready(): Promise<void>;
  /** Closes Redis connections (after the app closed). */
  close(): Promise<void>;
}

/**
 * The real wiring: the core's handleTurn with rule-based understanding of the venue, the backend client,
 * and memory adapters, or Redis ones when REDIS_URL is set. With `config.llm` (a key or `LLM_BASE_URL`)
 * the language model is created once and exposed as `deps.languageModel`; it reads messages with the
 * rules (merged) and the model phraser words the replies (docs/llm.md); its metrics go to
 * `deps.metricsRegistry`.
 */
export function createBotDeps(
  config: BotConfig,
  venue: Venue,
  backend: { url: string; serviceToken: string },
): WiredDeps {
  if (!backend.serviceToken)
    throw new ConfigError('BACKEND_SERVICE_TOKEN', 'is required to talk to the backend');
  const logger = pino(botLoggerOptions(config.logLevel));
  const client = new BackendClient({
    baseUrl: backend.url,
    serviceToken: backend.serviceToken,
    timeoutMs: config.backendTimeoutMs,
    menuFreshMs: config.backendMenuFreshMs,
  });
  const understanding = createUnderstanding(venue.menu, venue.moods, venue.documents);
  const knowledge = startKnowledge({ venue, backend: client, ...knowledgeOptions(config.knowledge), logger });
  const metricsRegistry = new Registry();
  const languageModel = config.llm
    ? createLanguageModel(config.llm, { logger, metrics: promLlmMetrics(metricsRegistry) })
    : undefined;
  const phrasing =
    languageModel && config.llm
      ? createPhraser({
          config: config.llm,
          venue,
          logger,
          registry: metricsRegistry,
          model: languageModel,
          // a document or menu re-indexed is a new version: cached knowledge answers are not reused
          knowledgeVersion: knowledge.version,
        })
      : undefined;
  const dialog = createDialogConfig({ maxMessageLength: config.maxMessageChars });
  const turnDeps: TurnDeps = {
    venue,
    understanding,
    backend: client,
    knowledge: knowledge.retriever,
    clock: systemClock,
    ids: randomIds,
    config: dialog,
    logger,
    ...(phrasing ? { phraser: phrasing.phraser, llmMetrics: phrasing.turnMetrics } : {}),
    ...(languageModel && config.llm
      ? {
          languageModel,
          // rules and model merged (docs/llm.md); the prompts are loaded and validated here, at start
          commandGenerators: modelCommandGenerators({
            model: languageModel,
            config: config.llm,
            understanding,
            dialog,
            backend: client,
            knowledge: knowledge.retriever,
            logger,
          }),
        }
      : {}),
  };
  const base = {
    turn: async (
      state: Parameters<BotDeps['turn']>[0],
      text: string,
      sink?: TurnSink,
      control?: TurnControl,
    ) => {
      // each turn its own view of the client: abandoned at the turn's deadline, told of stale menu reads
      const view = client.scoped(control?.signal ?? new TurnAbort());
      const carts = recordCarts(view, control?.holds);
      const result = await handleTurn(
        state,
        text,
        { ...turnDeps, backend: carts.port },
        {
          ...(sink ? { sink } : {}),
          ...(control?.carriedCart ? { carriedCart: control.carriedCart } : {}),
        },
      );
      const intent = result.trace.parse?.intents[0]?.intent;
      const cart = carts.lastCart();
      return {
        state: result.state,
        events: result.events,
        ...(intent ? { intent } : {}),
        ...(cart && cart.id === result.state.cartId ? { cart } : {}),
        ...(carts.doubtful() ? { cartDoubtful: true } : {}),
        ...(view.metOutage() ? { backendDown: true } : {}),
      };
    },
    venueId: venue.id,
    backend: client,
    // the same cut as a turn: the parse's `text` shows what was read
    parse: (text: string) => understanding.parse(normalizeMessage(text, config.maxMessageChars).text),
    checkBackend: async () => {
      const res = await fetch(`${backend.url}/healthz`, { signal: AbortSignal.timeout(2000) }).catch(
        () => undefined,
      );
      if (res?.ok) return;
      // a backend without /healthz: its menu, fresh (an answer from the last known menu is no proof)
      const view = client.scoped(AbortSignal.timeout(2000));
      await view.getMenu();
      if (view.servedFromCache()) throw new Error('backend unreachable');
    },
    ids: randomIds,
    clock: systemClock,
    logger,
    metricsRegistry,
    ...(languageModel ? { languageModel } : {}),
  } satisfies Partial<BotDeps>;

  if (!config.redisUrl) {
    return {
      deps: {
        ...base,
        sessions: new MemorySessionStore(config.sessionTtlSeconds),
        store: new MemoryServiceStore(),
        streams: new MemoryStreamStore(),
        lock: new MemoryTurnLock(),
        bus: new MemoryEventBus(),
      },
      ready: async () => {},
      close: () => knowledge.close(),
    };
  }
  // fail fast while Redis is unreachable (503 within a second), log it as rate-limited JSON events
  const redis = new Redis(config.redisUrl, REDIS_COMMAND_OPTIONS);
  const subscriber = new Redis(config.redisUrl, REDIS_SUBSCRIBER_OPTIONS);
  const health = watchRedis(redis, logger, 'commands');
  loadScriptsOnReady(redis);
  watchRedis(subscriber, logger, 'subscriber');
  const prefix = config.redisPrefix;
  const bus = new RedisEventBus(redis, subscriber, prefix);
  return {
    deps: {
      ...base,
      sessions: new RedisSessionStore(redis, prefix, config.sessionTtlSeconds),
      store: new RedisServiceStore(redis, prefix),
      streams: new RedisStreamStore(redis, prefix),
      lock: new RedisTurnLock(redis, { prefix }),
      bus,
      redis,
      redisUp: () => health.isUp(),
    },
    ready: async () => {
      await Promise.all([redisReady(redis), redisReady(subscriber)]);
    },
    close: async () => {
      await bus.close();
      redis.disconnect();
      await knowledge.close();
    },
  };
}
