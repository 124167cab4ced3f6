import type { FastifyBaseLogger } from 'fastify';
import { TurnAbort } from '../../backend-client/turn-abort.ts';
import type { Cart } from '../../contract/backend-api.ts';
import { randomIds } from '../../core/ports/id-source.ts';
import type { TurnSink } from '../../core/ports/turn-sink.ts';
import type { BotEvent } from '../../core/respond/bot-event.ts';
import { createSessionState, type SessionState } from '../../core/state/session-state.ts';
import type { LockLease } from '../../sessions/turn-lock.ts';
import type { BotDeps, FencedSessionStore, TurnControl, TurnOutcome } from '../bot-deps.ts';
import type { BotConfig } from '../config/parse-bot-config.ts';
import { ApiError, sessionNotFound, TurnFailedError, unauthorized } from '../http/api-error.ts';
import { hashToken, newSessionToken, tokenMatches } from '../http/session-token.ts';
import type { BotMetrics } from '../metrics/bot-metrics.ts';
import { PartRecorder } from '../stream/part-recorder.ts';
import { errorParts, eventsFromParts, ReplyFramer, type UIPart } from '../stream/reply-parts.ts';
import { carriedCart, cartToCarry } from './carried-cart.ts';
import { type Notification, orderStatusText, parseNotifications } from './notification.ts';
import type { BackendHolds } from './record-carts.ts';
import {
  buildSessionView,
  type CartView,
  cartView,
  type SessionView,
  sessionSummary,
} from './session-view.ts';
import { TokenHashCache } from './token-hash-cache.ts';

export interface Reply {
  messageId: string;
  events: BotEvent[];
  session: SessionView;
}

/** One part of a reply as it is produced: its JSON text, its index in the stream, and the part. */
export type PartListener = (part: {
  messageId: string;
  json: string;
  index: number;
  part: UIPart | '[DONE]';
}) => void;

const SESSION_ID = /^[A-Za-z0-9_-]{1,100}$/;
const CLARIFYING = new Set(['clarify', 'choose_option', 'confirm_quantity', 'diet_conflict']);
const LOCK_WAIT_MS = 10_000;

/** The one use case behind every door: sessions, turns (serialised), views and order-status pushes. */
export class ConversationService {
  private readonly ids;
  /** Token hashes read recently: a session's requests read the store once a minute, not each time. */
  private readonly tokenHashes = new TokenHashCache();

  constructor(
    private readonly deps: BotDeps,
    private readonly config: BotConfig,
    private readonly metrics: BotMetrics,
    private readonly log: FastifyBaseLogger,
  ) {
    this.ids = deps.ids ?? randomIds;
  }

  async createSession(): Promise<{ sessionId: string; token: string; expiresInSeconds: number }> {
    const sessionId = this.ids.next('s');
    const token = newSessionToken();
    const ttl = this.config.sessionTtlSeconds;
    const state = createSessionState({
      sessionId,
      venueId: this.deps.venueId,
      customerId: this.ids.next('cu'),
    });
    await this.deps.sessions.set(sessionId, state, ttl);
    const hash = hashToken(token);
    await this.deps.store.saveTokenHash(sessionId, hash, ttl);
    // the session's first request on this replica needs no store read for it (the hash never changes)
    this.tokenHashes.set(sessionId, hash);
    this.log.info({ sessionId }, 'session.created');
    return { sessionId, token, expiresInSeconds: ttl };
  }

  /** Checks the token belongs to the session: 401 without one, 404 for any mismatch. */
  async authenticate(sessionId: string, token: string | undefined): Promise<void> {
    if (token === undefined) throw unauthorized();
    if (!SESSION_ID.test(sessionId)) throw sessionNotFound();
    let stored = this.tokenHashes.get(sessionId);
    if (stored === undefined) {
      stored = await this.deps.store.getTokenHash(sessionId);
      if (stored !== undefined) this.tokenHashes.set(sessionId, stored);
    }
    if (stored === undefined || !tokenMatches(token, stored)) throw sessionNotFound();
  }

  /**
   * Runs one turn under the session's lock and records its reply stream. The reply opens (`start`) once
   * the lock is held and the session read, before the turn runs; the turn's parts (text deltas, cards) are
   * recorded and handed to `listener` as they are produced, so a client sees them at once and a dropped
   * one resumes from the record. Errors before the reply opened are thrown as they are (409 busy, 404);
   * after it opened, an error ends the recorded stream with an error part and is thrown as a
   * `TurnFailedError` holding all parts when a listener saw the beginning, as it is otherwise.
   */
  async takeTurn(
    sessionId: string,
    text: string,
    clientMessageId?: string,
    listener?: PartListener,
  ): Promise<Reply & { parts: string[] }> {
    const ttl = this.config.sessionTtlSeconds;
    const messageId = this.ids.next('m');
    if (clientMessageId !== undefined) {
      const earlier = await this.deps.store.claimClientMessage(sessionId, clientMessageId, messageId, ttl);
      if (earlier !== undefined) return this.replay(sessionId, earlier);
    }
    // a reply stays resumable (and replayable by clientMessageId) for REPLY_RETENTION_SECONDS
    const keep = this.config.replyRetentionSeconds;
    // the stream begins, the lock is taken and the session read in one tick: on Redis the three go out in
    // one write and run in that order, so when the lock was free the read saw the last holder's save
    const [began, acquired, early] = await Promise.allSettled([
      this.deps.streams.begin(sessionId, messageId, keep),
      this.deps.lock.acquire(sessionId, LOCK_WAIT_MS),
      this.deps.sessions.get(sessionId),
    ]);
    if (began.status === 'rejected') {
      if (acquired.status === 'fulfilled') await acquired.value.release().catch(() => {});
      throw began.reason;
    }
    if (acquired.status === 'rejected') {
      await this.record(messageId, errorParts(messageId, 'This conversation is busy; try again.'));
      throw acquired.reason;
    }
    const lease = acquired.value;
    const recorder = new PartRecorder(this.deps.streams, messageId, keep);
    const framer = new ReplyFramer(messageId, (json, index, part) => {
      // the opening part waits for the first words (stored with them, or with the completion)
      if (part !== '[DONE]' && part.type === 'start') recorder.hold(json);
      else recorder.push(json);
      listener?.({ messageId, json, index, part });
    });
    let before: SessionState | undefined;
    // the session as stored, while it holds a carried cart this turn has not replaced yet
    let stored: SessionState | undefined;
    let after: SessionState;
    let events: BotEvent[];
    let turnCart: Cart | undefined;
    let backendDown = false;
    const started = performance.now();
    let drained: Promise<string[]> | undefined;
    let releasedOnce = false;
    let statusRead: Promise<string | undefined> | undefined;
    try {
      // read before the lock was ours (it waited) or failed: read again, now under the lock
      if (lease.immediate && early.status === 'fulfilled') before = early.value;
      else before = await this.deps.sessions.get(sessionId);
      if (!before) throw sessionNotFound();
      // the cart the last turn left for the view, if nothing can have changed it since (carried-cart.ts)
      const reuseMs = this.config.cartReuseMs;
      const carried = carriedCart(before, this.deps.lock, lease, this.nowMs(), reuseMs)
        ? before.viewCart
        : undefined;
      if (before.viewCart) {
        stored = before;
        const { viewCart: _carried, ...rest } = before;
        before = rest; // the core never sees it
      }
      framer.start();
      let streamed = false;
      let abandoned = false;
      // a method, not an arrow property: under tsx (esbuild's keepNames) a named arrow costs a
      // defineProperty each time it is made, here every turn
      const sink: TurnSink = {
        write(part) {
          if (abandoned) return; // a turn past its deadline writes nothing more
          if (part.type === 'text-delta') framer.textDelta(part.delta);
          else if (part.type === 'card') framer.card(part.event);
          else return;
          streamed = true;
        },
      };
      let outcome: Awaited<ReturnType<BotDeps['turn']>> | typeof DEADLINE_PASSED;
      const control: TurnControl = {
        signal: UNSET_SIGNAL,
        holds: {},
        ...(carried ? { carriedCart: carried.cart } : {}),
      };
      try {
        outcome = await this.withDeadline(before, text, sink, control);
      } catch (error) {
        this.metrics.observeTurn('error', (performance.now() - started) / 1000);
        this.log.error({ sessionId, err: error }, 'turn.failed');
        framer.fail('Sorry, something went wrong on our side.');
        await recorder.close();
        throw new TurnFailedError(messageId, framer.parts);
      }
      if (outcome === DEADLINE_PASSED) {
        abandoned = true;
        this.log.warn({ sessionId, deadlineMs: this.config.turnDeadlineMs }, 'turn.deadline_passed');
        this.metrics.observeTurn('deadline', (performance.now() - started) / 1000);
        outcome = abandonedTurn(before, control.holds);
        streamed = false;
      }
      after = outcome.state;
      events = outcome.events;
      turnCart = outcome.cart;
      backendDown = outcome.backendDown === true;
      const keep = cartToCarry(after, outcome, carried, lease.fence, this.nowMs(), reuseMs);
      if (keep) after.viewCart = keep;
      else delete after.viewCart;
      turnCart ??= keep?.cart;
      // a turn function that does not stream: its events are the reply
      if (!streamed) for (const event of events) framer.event(event);
      // the saved state replaces the carried copy from here (a save that fails leaves a fence gap on
      // Redis; a memory save cannot fail)
      stored = undefined;
      // the save, the lock's release and the inbox's drain in one tick (one write on Redis, in this order)
      const saved = this.save(sessionId, after, lease.fence, ttl);
      const released = this.release(lease, sessionId);
      drained = this.deps.store.drain(sessionId);
      drained.catch(() => {}); // awaited below; a failed save must not leave it unhandled
      // the order's status for the view, read in the same tick (one write on Redis, not one more)
      statusRead = after.order ? this.deps.store.getOrderStatus(after.order.id) : undefined;
      statusRead?.catch(() => {}); // awaited by the view; a failed save must not leave it unhandled
      try {
        await saved;
      } catch (error) {
        await released;
        // the turn did not count: its drained notifications go back for the next one
        const back = await drained.catch(() => []);
        for (const json of back) await this.deps.store.enqueue(sessionId, json, ttl).catch(() => {});
        drained = undefined;
        throw error;
      }
      await released;
      releasedOnce = true;
      this.metrics.observeTurn('ok', (performance.now() - started) / 1000);
      this.observe(before, after, events, outcome.intent);
    } catch (error) {
      if (!framer.started || error instanceof TurnFailedError) throw error;
      // the reply had begun: end the recorded stream with an error part
      framer.fail(error instanceof ApiError ? error.message : 'Sorry, something went wrong on our side.');
      await recorder.close();
      throw listener ? new TurnFailedError(messageId, framer.parts) : error;
    } finally {
      // a turn that did not end well may have changed the cart: its carried copy is void (under the lock)
      if (stored && before) await this.voidCarriedCart(sessionId, before, lease.fence, ttl);
      // a lease's second release does nothing: a turn that released its lock above skips it
      if (!releasedOnce) await this.release(lease, sessionId);
    }
    if (after.order && after.order.id !== before.order?.id) {
      await this.deps.store.mapOrder(after.order.id, sessionId, ttl * 24);
      this.log.info({ sessionId, orderId: after.order.id }, 'order.mapped');
    }
    const notifications = parseNotifications(await (drained ?? this.deps.store.drain(sessionId)));
    const session = await this.view(after, events, notifications, turnCart, backendDown, statusRead);
    framer.finish(notifications, sessionSummary(session));
    // together: on Redis both go out in one write (auto-pipelining), one round trip instead of two
    await Promise.all([recorder.close(), this.deps.store.touch(sessionId, ttl)]);
    this.metrics.sessionActive(sessionId);
    return { messageId, events, session, parts: framer.parts };
  }

  /**
   * Runs the turn with the deadline TURN_DEADLINE_MS: past it, the turn's signal aborts (its backend
   * calls are abandoned, so it changes nothing more) and DEADLINE_PASSED is returned; whatever the turn
   * does afterwards is discarded. `control` receives the signal and collects what the backend holds.
   */
  private withDeadline(
    before: SessionState,
    text: string,
    sink: TurnSink,
    control: TurnControl,
  ): Promise<Awaited<ReturnType<BotDeps['turn']>> | typeof DEADLINE_PASSED> {
    const abort = new TurnAbort();
    control.signal = abort;
    // one promise settled by whichever comes first (no race over a second promise, no async frame)
    return new Promise((resolve, reject) => {
      let turn: ReturnType<BotDeps['turn']> | undefined;
      const timer = setTimeout(() => {
        abort.abort();
        turn?.catch(() => {}); // its late failure is of no interest
        resolve(DEADLINE_PASSED);
      }, this.config.turnDeadlineMs);
      try {
        turn = this.deps.turn(before, text, sink, control);
      } catch (error) {
        clearTimeout(timer);
        reject(error);
        return;
      }
      turn.then(
        (outcome) => {
          clearTimeout(timer);
          resolve(outcome);
        },
        (error: unknown) => {
          clearTimeout(timer);
          reject(error);
        },
      );
    });
  }

  /** The session as GET /v1/sessions/{id} shows it; drains queued notifications. */
  async getView(sessionId: string): Promise<SessionView> {
    const state = await this.deps.sessions.get(sessionId);
    if (!state) throw sessionNotFound();
    const notifications = parseNotifications(await this.deps.store.drain(sessionId));
    return this.view(state, [], notifications);
  }

  /** Queues an order-status notification for the order's session and publishes it to live channels. */
  async notifyOrderStatus(event: {
    id: string;
    orderId: string;
    status: string;
    createdAt: string;
  }): Promise<{
    sessionId?: string;
    stale?: boolean;
  }> {
    const ttl = this.config.sessionTtlSeconds;
    // Webhooks of one order may arrive out of order after retries: an older status never overwrites a newer.
    const known = parseOrderStatus(await this.deps.store.getOrderStatus(event.orderId));
    if (known && known.at > event.createdAt) return { stale: true };
    await this.deps.store.setOrderStatus(
      event.orderId,
      JSON.stringify({ status: event.status, at: event.createdAt }),
      ttl * 24,
    );
    // The order is mapped right after the turn that placed it; its first webhook may race that turn.
    let sessionId = await this.deps.store.sessionForOrder(event.orderId);
    for (let wait = 0; !sessionId && wait < 10; wait++) {
      await new Promise((r) => setTimeout(r, 100));
      sessionId = await this.deps.store.sessionForOrder(event.orderId);
    }
    if (!sessionId) return {};
    const notification: Notification = {
      id: `n_${event.id}`,
      type: 'order_status',
      orderId: event.orderId,
      status: event.status,
      text: orderStatusText(event.status),
      createdAt: (this.deps.clock?.now() ?? new Date()).toISOString(),
    };
    const json = JSON.stringify(notification);
    await this.deps.store.enqueue(sessionId, json, ttl);
    await this.deps.bus.publish(channelOf(sessionId), { kind: 'notification', json });
    this.log.info({ sessionId, orderId: event.orderId, status: event.status }, 'push.published');
    return { sessionId };
  }

  /** Subscribes a live channel to the session's pushes; each is removed from the queue once delivered. */
  async subscribe(sessionId: string, deliver: (n: Notification) => void): Promise<() => Promise<void>> {
    const unsubscribe = await this.deps.bus.subscribe(channelOf(sessionId), (message) => {
      const json = (message as { json?: unknown }).json;
      if (typeof json !== 'string') return;
      const [notification] = parseNotifications([json]);
      if (!notification) return;
      deliver(notification);
      this.deps.store.dequeue(sessionId, json).catch(() => {});
    });
    // Anything queued while no channel was open goes out first.
    for (const json of await this.deps.store.peek(sessionId)) {
      const [notification] = parseNotifications([json]);
      if (!notification) continue;
      deliver(notification);
      await this.deps.store.dequeue(sessionId, json);
    }
    return unsubscribe;
  }

  private async replay(sessionId: string, messageId: string): Promise<Reply & { parts: string[] }> {
    const deadline = Date.now() + LOCK_WAIT_MS + 5_000;
    const appearBy = Date.now() + 1_000;
    for (;;) {
      const recorded = await this.deps.streams.read(messageId);
      // the first send records its stream at once; none after a second: it is no longer kept
      if (!recorded && Date.now() > appearBy)
        throw new ApiError(
          409,
          'REPLY_EXPIRED',
          'This message was already answered and its reply is no longer kept; send a new message.',
        );
      if (recorded?.complete) {
        const view = await this.getView(sessionId);
        return { messageId, events: eventsFromParts(recorded.parts), session: view, parts: recorded.parts };
      }
      if (Date.now() > deadline)
        throw new ApiError(409, 'SESSION_BUSY', 'The first send is still being answered.');
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** Releases the turn's lock once (a second call does nothing); a failure is logged, never thrown. */
  private async release(lease: LockLease, sessionId: string): Promise<void> {
    await lease.release().catch((err: unknown) => this.log.warn({ sessionId, err }, 'lock.release_failed'));
  }

  private async save(sessionId: string, state: SessionState, fence: number, ttl: number): Promise<void> {
    const store = this.deps.sessions as Partial<FencedSessionStore>;
    if (typeof store.setFenced === 'function') {
      const ok = await store.setFenced(sessionId, state, fence, ttl);
      if (!ok) {
        this.log.warn({ sessionId, fence }, 'lock.fenced_write_refused');
        throw new ApiError(409, 'SESSION_BUSY', 'A newer turn of this conversation won; try again.', {}, 1);
      }
      return;
    }
    await this.deps.sessions.set(sessionId, state, ttl);
  }

  /**
   * Saves the session as it was before a turn that failed, without its carried cart (the turn may have
   * changed the cart before failing), so no later turn's view shows that copy. Best effort: with Redis a
   * later turn's fence also tells it (carried-cart.ts).
   */
  private async voidCarriedCart(
    sessionId: string,
    before: SessionState,
    fence: number,
    ttl: number,
  ): Promise<void> {
    try {
      await this.save(sessionId, before, fence, ttl);
    } catch (err) {
      this.log.warn({ sessionId, err }, 'session.carried_cart_not_voided');
    }
  }

  private nowMs(): number {
    return (this.deps.clock?.now() ?? new Date()).getTime();
  }

  private async record(messageId: string, parts: string[]): Promise<void> {
    const keep = this.config.replyRetentionSeconds;
    await this.deps.streams.complete(messageId, keep, parts);
  }

  private async view(
    state: SessionState,
    events: BotEvent[],
    notifications: Notification[],
    turnCart?: Cart,
    backendDown = false,
    statusRead?: Promise<string | undefined>,
  ): Promise<SessionView> {
    let cart: CartView | null = null;
    let card: BotEvent | undefined;
    for (let i = events.length - 1; i >= 0 && !card; i--) if (events[i]?.type === 'cart') card = events[i];
    if (card && card.type === 'cart') {
      const { type: _t, ...rest } = card;
      cart = rest;
    } else if (turnCart) {
      // the cart the turn already read or changed: no second trip to the backend
      cart = cartView(turnCart);
    } else if (state.cartId && !backendDown) {
      try {
        cart = cartView(await this.deps.backend.getCart(state.customerId, state.cartId));
      } catch (err) {
        this.log.warn({ sessionId: state.sessionId, err }, 'session.cart_unavailable');
      }
    }
    const status = state.order
      ? parseOrderStatus(await (statusRead ?? this.deps.store.getOrderStatus(state.order.id)))?.status
      : undefined;
    return buildSessionView(state, cart, status, notifications);
  }

  private observe(before: SessionState, after: SessionState, events: BotEvent[], intent?: string): void {
    this.metrics.turns.inc({ intent: intent ?? 'unknown' });
    if (after.counters.understandingFailures > before.counters.understandingFailures)
      this.metrics.fallbacks.inc();
    if (after.pending && CLARIFYING.has(after.pending.kind)) this.metrics.clarifications.inc();
    if (events.some((e) => e.type === 'handoff')) this.metrics.handoffs.inc();
    if (after.order && after.order.id !== before.order?.id) {
      this.metrics.ordersPlaced.inc({ currency: after.order.currency });
      this.metrics.orderValue.observe({ currency: after.order.currency }, after.order.total);
    }
  }
}

const DEADLINE_PASSED = Symbol('deadline passed');

/**
 * The placeholder signal of a turn's control until `withDeadline` gives it the turn's own: aborted, so
 * nothing can run under it by mistake. One for all turns: `AbortSignal.abort()` builds a DOMException
 * (with its stack) each time, a measurable cost per turn.
 */
const UNSET_SIGNAL = AbortSignal.abort();

/** What the customer reads when a turn passed its deadline (nothing it did is kept). */
export const DEADLINE_REPLY =
  "Sorry, the kitchen is slow to answer right now and I couldn't finish that. Nothing has changed; please try again in a moment.";

/**
 * The outcome of a turn abandoned at its deadline: the session as it was before the turn (so its pending
 * question still stands and nothing half done is kept), one turn and one error further, plus what the
 * backend may hold from it (a cart it created; the key of an order placement it attempted, so a retry
 * cannot place a second order).
 */
function abandonedTurn(before: SessionState, holds: BackendHolds): TurnOutcome {
  const state = structuredClone(before);
  state.turn += 1;
  state.counters.errors += 1;
  if (state.cartId === null && holds.cartId) state.cartId = holds.cartId;
  if (holds.idempotencyKey) state.idempotencyKey = holds.idempotencyKey;
  state.lastReply = DEADLINE_REPLY;
  return { state, events: [{ type: 'text', text: DEADLINE_REPLY }], backendDown: true };
}

/** The stored latest status of an order: `{status, at}` JSON (at = the event's createdAt). */
function parseOrderStatus(value: string | undefined): { status: string; at: string } | undefined {
  if (value === undefined) return undefined;
  try {
    const parsed = JSON.parse(value) as { status?: unknown; at?: unknown };
    if (typeof parsed.status === 'string' && typeof parsed.at === 'string')
      return { status: parsed.status, at: parsed.at };
  } catch {
    // not ours
  }
  return undefined;
}

export function channelOf(sessionId: string): string {
  return `session:${sessionId}`;
}
