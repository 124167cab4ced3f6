import type { FastifyBaseLogger } from 'fastify';
import type { Redis } from 'ioredis';
import type { Registry } from 'prom-client';
import type { TurnSignal } from '../backend-client/turn-abort.ts';
import type { Cart, OrderStatusEvent } from '../contract/backend-api.ts';
import type { BackendPort } from '../core/ports/backend-port.ts';
import type { Clock } from '../core/ports/clock.ts';
import type { IdSource } from '../core/ports/id-source.ts';
import type { LanguageModel } from '../core/ports/language-model.ts';
import type { SessionStore } from '../core/ports/session-store.ts';
import type { TurnSink } from '../core/ports/turn-sink.ts';
import type { BotEvent } from '../core/respond/bot-event.ts';
import type { SessionState } from '../core/state/session-state.ts';
import type { EventBus } from '../sessions/event-bus.ts';
import type { StreamStore } from '../sessions/stream-store.ts';
import type { TurnLock } from '../sessions/turn-lock.ts';
import type { BackendHolds } from './conversation/record-carts.ts';
import type { ServiceStore } from './store/service-store.ts';

/** What a turn returns; `intent` (when the core reports it) labels the turns metric. */
export interface TurnOutcome {
  state: SessionState;
  events: BotEvent[];
  intent?: string;
  /** The last cart the backend returned during the turn, when the turn read or changed it. */
  cart?: Cart;
  /** The backend's cart may differ from `cart` (a cart write failed, an order placement was attempted). */
  cartDoubtful?: boolean;
  /** The backend could not be reached during the turn: the reply's view does not wait on it again. */
  backendDown?: boolean;
}

/**
 * The conversational core bound to its deps: `(state, text, sink) => handleTurn(state, text, coreDeps,
 * { sink })`. A turn that writes its reply to `sink` as it is produced is streamed as it goes; one that
 * does not is streamed from its returned events once it is done. `control` bounds it (TurnControl).
 */
export type TurnFunction = (
  state: SessionState,
  text: string,
  sink?: TurnSink,
  control?: TurnControl,
) => Promise<TurnOutcome>;

/**
 * Given to a turn by the conversation service: `signal` aborts when the turn's deadline passed (its
 * backend calls are then abandoned); `holds` is filled with what the backend may hold (a created cart,
 * an attempted placement's key) so an abandoned turn's session keeps them.
 */
export interface TurnControl {
  signal: TurnSignal;
  holds: BackendHolds;
  /** The cart an earlier turn got back, when nothing can have changed it since (carried-cart.ts). */
  carriedCart?: Cart;
}

/** A SessionStore that can refuse a write from a stale lock holder (RedisSessionStore). */
export interface FencedSessionStore extends SessionStore {
  setFenced(sessionId: string, state: SessionState, fence: number, ttlSeconds?: number): Promise<boolean>;
}

/** Everything buildApp needs; startBot wires the real ones, tests inject fakes. */
export interface BotDeps {
  turn: TurnFunction;
  venueId: string;
  backend: BackendPort;
  sessions: SessionStore | FencedSessionStore;
  store: ServiceStore;
  streams: StreamStore;
  lock: TurnLock;
  bus: EventBus;
  /** The core's understanding for POST /v1/parse. */
  parse?: (text: string) => unknown | Promise<unknown>;
  /** Readiness probe of the backend (GET /readyz); defaults to fetching the menu. */
  checkBackend?: () => Promise<void>;
  /** When set, rate limits are kept in Redis (shared by replicas). */
  redis?: Redis;
  /** With Redis: whether its connection is ready now (health reporting). */
  redisUp?: () => boolean;
  ids?: IdSource;
  clock?: Clock;
  /**
   * The language model built from `BotConfig.llm` (`createLanguageModel`), shared by the model's
   * command generator and phraser; undefined without a key: the rule brain alone.
   */
  languageModel?: LanguageModel;
  logger?: FastifyBaseLogger;
  /** Called with every new (not replayed) order-status webhook, after it was pushed (e.g. the demo kitchen). */
  onOrderEvent?: (event: OrderStatusEvent) => void;
  /** More metrics served on GET /metrics beside the bot's own (the language model's). */
  metricsRegistry?: Registry;
  /** Folder with the built web chat (index.html); default: src/web/dist, then src/web. */
  webRoot?: string;
}
