import { performance } from 'node:perf_hooks';
import underPressure from '@fastify/under-pressure';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { SheddingConfig } from '../config/parse-bot-config.ts';
import type { BotMetrics } from '../metrics/bot-metrics.ts';
import { pathOf } from './path-of.ts';
import type { TurnGate } from './turn-gate.ts';

/**
 * Only the API (`/v1/...`: sessions, turns, streams, sockets) is shed: that is where the work is. The web
 * chat's files are cheap and let the page load and show a kind message; probes and metrics answer
 * under pressure (a busy replica is alive, and says how busy it is); the HMAC-signed webhook is
 * cheap and retried by the backend anyway.
 */
function shed(url: string): boolean {
  return url.startsWith('/v1/');
}

/** The body of a shed request (docs/api.md, `503 OVERLOADED`). */
export const OVERLOADED_BODY = {
  error: {
    code: 'OVERLOADED',
    message: 'The service is busy; try again shortly.',
  },
} as const;

/**
 * Tells a blip from overload in the event-loop delay: one slow turn (a cold first turn, a long message)
 * delays the loop once and the next sample reads high, though nothing queues behind it. A request that
 * meets delay pressure is admitted during the first sample interval of a pressure episode (an episode
 * ends when no request met pressure for two intervals); past it, pressure that lasted more than one
 * sample is overload and requests are shed. The turns-in-flight bound covers a sudden burst meanwhile.
 */
export class DelayBlipFilter {
  private episodeStart = Number.NEGATIVE_INFINITY;
  private lastSeen = Number.NEGATIVE_INFINITY;

  constructor(private readonly sampleIntervalMs: number) {}

  /** `now` in ms (monotonic): true while pressure may still be a blip (admit the request). */
  admits(now: number): boolean {
    if (now - this.lastSeen > 2 * this.sampleIntervalMs) this.episodeStart = now;
    this.lastSeen = now;
    return now - this.episodeStart < this.sampleIntervalMs;
  }
}

/**
 * Sheds load before it queues (@fastify/under-pressure): while the mean event-loop delay of the last
 * sample, the V8 heap used or the resident set size is above its threshold (`config`, from the
 * `SHED_*` variables), every API request (for the delay, once it outlasted a sample: `DelayBlipFilter`) (`/v1/...`) is answered at once with
 * `503 OVERLOADED` and `Retry-After`, before its body is read, its session loaded or its turn run.
 * Register it first, so no other hook spends work on a request that is shed. Counts each shed
 * request in `maitre_shed_total{reason}`.
 */
export async function registerLoadShedding(
  app: FastifyInstance,
  config: Readonly<SheddingConfig>,
  metrics: BotMetrics,
): Promise<void> {
  const retryAfter = String(config.retryAfterSeconds);
  const blip = new DelayBlipFilter(config.sampleIntervalMs);
  await app.register(underPressure, {
    maxEventLoopDelay: config.maxEventLoopDelayMs,
    maxHeapUsedBytes: config.maxHeapUsedBytes,
    maxRssBytes: config.maxRssBytes,
    sampleInterval: config.sampleIntervalMs,
    retryAfter: config.retryAfterSeconds,
    // under-pressure sends what the handler returns (its typings say void); undefined lets the request in
    pressureHandler: ((request: FastifyRequest, reply: FastifyReply, type: string) => {
      if (!shed(request.url)) return undefined;
      if (type === 'eventLoopDelay' && blip.admits(performance.now())) return undefined;
      metrics.shed.inc({ reason: type });
      reply.code(503).header('retry-after', retryAfter);
      return OVERLOADED_BODY;
    }) as unknown as (request: FastifyRequest, reply: FastifyReply, type: string) => void,
  });
}

/** A request that runs a turn: a message (`POST /v1/sessions/{id}/messages`) or a chat turn (`POST /v1/chat`). */
function isTurn(method: string, url: string): boolean {
  if (method !== 'POST') return false;
  const path = pathOf(url);
  return path === '/v1/chat' || MESSAGES_PATH.test(path);
}

const MESSAGES_PATH = /^\/v1\/sessions\/[^/]+\/messages$/;

/**
 * Admits turn requests through `gate` (`TurnGate`: `SHED_MAX_TURNS_IN_FLIGHT` and
 * `SHED_MAX_EVENT_LOOP_UTILIZATION`): a turn request (message or chat) that the gate refuses is answered
 * at once, before its body is read, with `503 OVERLOADED` and `Retry-After`, counted in
 * `maitre_shed_total{reason}` (`turnsInFlight` or `eventLoopUtilization`); an admitted one holds its
 * place until its response is over (a streamed reply included). Unlike the event-loop delay, which is
 * seen only after a queue has built up, these bound the queue itself, so admitted turns keep their
 * latency under overload. Register it after `registerLoadShedding`. WebSocket turns take their place in
 * the socket route.
 */
export function registerTurnGate(
  app: FastifyInstance,
  gate: TurnGate,
  config: Readonly<SheddingConfig>,
  metrics: BotMetrics,
): void {
  if (!gate.active) return;
  const retryAfter = String(config.retryAfterSeconds);
  const leave = () => gate.leave();
  // callback style: an async hook costs a promise per request; a refused turn is answered here and the
  // request goes no further (`done` not called)
  app.addHook('onRequest', (request, reply, done) => {
    if (!isTurn(request.method, request.url)) return done();
    const refusal = gate.enter();
    if (refusal) {
      metrics.shed.inc({ reason: refusal });
      reply.code(503).header('retry-after', retryAfter).send(OVERLOADED_BODY);
      return;
    }
    reply.raw.on('close', leave); // a response closes once: no once-wrapper per request
    done();
  });
}
