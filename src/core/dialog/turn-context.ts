import type { Cart, MenuItemDto, MenuResponse } from '../../contract/backend-api.ts';
import type { Command } from '../commands/command.ts';
import { silentLogger } from '../ports/logger.ts';
import type { LlmUsage } from '../ports/token-budget.ts';
import type { Act } from '../respond/acts.ts';
import type { BotEvent } from '../respond/bot-event.ts';
import type { PhraseKey } from '../respond/phrases.ts';
import { type RenderContext, renderActs, renderPhrase } from '../respond/render-acts.ts';
import { LISTED_MAX, type SessionState } from '../state/session-state.ts';
import { StepBudgetExceededError } from './step-budget-error.ts';
import type { TurnDeps } from './turn-deps.ts';

/** The working memory of one turn: the state being changed, the acts being emitted, the budget. */
export interface TurnContext {
  state: SessionState;
  deps: TurnDeps;
  /** What the turn did and asks so far, in order (src/core/respond/acts.ts): the turn's record. */
  acts: Act[];
  /**
   * The template rendering of `acts` so far (read-only view, rebuilt when read after an act; rendering
   * is pure, so when does not matter): lets the dialog ask "was anything said yet?". The reply itself is
   * rendered by the respond stage.
   */
  events: BotEvent[];
  /** The templates' wording seed (same session, turn and message → same words) and the venue's name. */
  render: RenderContext;
  steps: number;
  /** The pending question this turn started with, if any. */
  pendingAtStart: SessionState['pending'];
  /** The customer's message, normalized (what understanding read). */
  message: string;
  /** All commands of this turn, in execution order (a yes is judged with what else was asked). */
  commands: readonly Command[];
  flags: {
    /** The customer answered (or changed) what was pending. */
    answered: boolean;
    /** A question was put this turn: no need to re-ask the pending one. */
    asked: boolean;
    cartChanged: boolean;
    /** Something other than the pending question was handled (faq, browse...). */
    digressed: boolean;
    /** A frame's question was put this turn and recorded as pending. */
    pendingSet: boolean;
    /**
     * The order moved on this turn (a checkout detail filled), even if not the one asked for: the
     * re-prompt and not-understood counters start again.
     */
    progressed: boolean;
  };
  menu: MenuResponse | undefined;
  /** The menu items the turn read from the backend (each read once per turn at most; see backendItem). */
  items?: Map<string, Promise<MenuItemDto | null>>;
  /** The backend could not be reached during this turn and the customer was told (degraded mode). */
  outage: boolean;
  /**
   * The turn's copy of the session's cart: the backend's answer to the turn's one read, replaced by the
   * answer to every write (a cart change returns the whole cart), dropped when the cart becomes an order.
   */
  cart: Cart | undefined;
  /**
   * The cart as the backend returned it in an earlier turn, unchanged since as far as the caller knows
   * (TurnOptions.carriedCart): good enough to know the cart is not empty, never for money.
   */
  carried?: Cart;
  /** The cart this turn turned into an order (the backend said so): known to be one without a read. */
  orderedCartId?: string;
  /** The model calls of this turn (understanding, phrasing): added to `state.llmUsage` at its end. */
  llmCalls: LlmUsage[];
}

export function createTurnContext(state: SessionState, deps: TurnDeps, message: string): TurnContext {
  let events: BotEvent[] = [];
  const ctx: TurnContext = {
    state,
    deps,
    acts: [],
    // rendered on demand: re-rendering every act on each act cost O(acts²) per turn
    get events(): BotEvent[] {
      if (staleEvents.delete(ctx)) events = renderActs(ctx.acts, ctx.render);
      return events;
    },
    set events(value: BotEvent[]) {
      staleEvents.delete(ctx);
      events = value;
    },
    render: { seed: `${state.sessionId}:${state.turn}:${message}`, venueName: deps.venue.menu.venue.name },
    steps: 0,
    pendingAtStart: state.pending,
    message,
    commands: [],
    flags: {
      answered: false,
      asked: false,
      cartChanged: false,
      digressed: false,
      pendingSet: false,
      progressed: false,
    },
    menu: undefined,
    outage: false,
    cart: undefined,
    llmCalls: [],
  };
  return ctx;
}

/** Turn contexts whose acts changed since their events were last rendered. */
const staleEvents = new WeakSet<TurnContext>();

/** Counts one dialog step; throws StepBudgetExceededError past the budget. */
export function step(ctx: TurnContext, what: string): void {
  ctx.steps += 1;
  if (ctx.steps > ctx.deps.config.maxStepsPerTurn)
    throw new StepBudgetExceededError(ctx.deps.config.maxStepsPerTurn, what);
}

/**
 * Emits one act. Consecutive additions to the cart share one `items_added` act ("Added 2 × Chana Masala
 * and 1 × Masala Dosa."), unless a sentence or card came between or one replaced a line; consecutive
 * acknowledgements of noted details share one `slot_noted` sentence ("Got it: pickup, today at 7:00 pm.").
 */
export function act(ctx: TurnContext, next: Act): void {
  const last = ctx.acts.findLast((a) => a.type !== 'suggest');
  if (
    next.type === 'items_added' &&
    !next.replaced &&
    last?.type === 'items_added' &&
    !last.replaced &&
    last === ctx.acts.at(-1)
  ) {
    last.lines.push(...next.lines);
    if (next.totals) last.totals = next.totals;
  } else if (
    next.type === 'say' &&
    next.key === 'slot_noted' &&
    last?.type === 'say' &&
    last.key === 'slot_noted' &&
    last === ctx.acts.at(-1)
  ) {
    // "Got it: pickup, today at 7:00 pm.": the details noted in one turn are acknowledged in one sentence
    const part = (v: string | number | undefined) => String(v ?? '').replace(/^for /, '');
    last.vars = { ...last.vars, what: `${part(last.vars?.what)}, ${part(next.vars?.what)}` };
  } else ctx.acts.push(next);
  if (next.type !== 'suggest') staleEvents.add(ctx);
}

/**
 * The social prompts: a greeting, a small-talk answer, an open "what would you like?". A turn says at
 * most one ("lol ok" is one social reply, not "Sure, what would you like? I hear you! Can I get you
 * something to eat?"); the first one said stands.
 */
const SOCIAL_PROMPTS: ReadonlySet<PhraseKey> = new Set<PhraseKey>([
  'greet',
  'greet_brief',
  'greet_again',
  'smalltalk',
  'what_else',
]);

/**
 * Emits a small phrase with no business data (a generic `say` act); returns its template wording. A
 * second social prompt in one turn (SOCIAL_PROMPTS) is not emitted. The answer to a thanks said after
 * the turn's open prompt goes before it ("yes thanks" at "anything else?": "You're welcome! What would
 * you like?"), so that the reply ends on its question, not on "You're welcome!".
 */
export function say(ctx: TurnContext, key: PhraseKey, vars: Record<string, string | number> = {}): string {
  if (SOCIAL_PROMPTS.has(key) && ctx.acts.some((a) => a.type === 'say' && SOCIAL_PROMPTS.has(a.key)))
    return renderPhrase(ctx.render, key, vars);
  const prompt = key === 'thanks' ? ctx.acts.findIndex((a) => a.type === 'say' && a.key === 'what_else') : -1;
  if (prompt >= 0) {
    ctx.acts.splice(prompt, 0, { type: 'say', key, vars });
    staleEvents.add(ctx);
  } else act(ctx, { type: 'say', key, vars });
  return renderPhrase(ctx.render, key, vars);
}

/** Emits text said before, verbatim (a repeat of the last reply, a greeting back). */
export function sayText(ctx: TurnContext, text: string): void {
  act(ctx, { type: 'verbatim', text });
}

/** Emits a card with no sentence of its own (a `show` act). */
export function card(ctx: TurnContext, event: Exclude<BotEvent, { type: 'text' | 'quick_replies' }>): void {
  act(ctx, { type: 'show', card: event });
  if (event.type === 'item_list')
    ctx.state.listed = {
      turn: ctx.state.turn,
      itemIds: event.items.slice(0, LISTED_MAX).map((i) => i.id),
    };
}

/** Offers quick replies with the reply (a `suggest` act; the last one of the turn wins). */
export function quickReplies(ctx: TurnContext, replies: string[]): void {
  act(ctx, { type: 'suggest', replies });
}

/** The backend's menu, read once per turn at most. */
export async function backendMenu(ctx: TurnContext): Promise<MenuResponse> {
  ctx.menu ??= await ctx.deps.backend.getMenu();
  return ctx.menu;
}

/**
 * A menu item as the backend has it, read once per turn at most (two lines of the same dish, a
 * declined offer then its alternatives): later uses share the first read. A failed read is forgotten,
 * so a later use asks again.
 */
export function backendItem(ctx: TurnContext, itemId: string): Promise<MenuItemDto | null> {
  ctx.items ??= new Map();
  let read = ctx.items.get(itemId);
  if (!read) {
    read = ctx.deps.backend.getItem(itemId);
    ctx.items.set(itemId, read);
    read.catch(() => ctx.items?.delete(itemId));
  }
  return read;
}

/** Keeps the backend's latest cart (a read's or a write's answer) for the rest of the turn; returns it. */
export function rememberCart(ctx: TurnContext, cart: Cart): Cart {
  ctx.cart = cart;
  return cart;
}

/** Drops the turn's copy of the cart (it became an order): the next use reads it again. */
export function forgetCart(ctx: TurnContext): void {
  ctx.cart = undefined;
}

/** The session's cart, read from the backend at most once per turn (writes keep the copy current). */
export async function readCart(ctx: TurnContext, cartId: string): Promise<Cart> {
  if (ctx.cart?.id === cartId) return ctx.cart;
  return rememberCart(ctx, await ctx.deps.backend.getCart(ctx.state.customerId, cartId));
}

export function log(ctx: TurnContext, event: string, fields: Record<string, unknown> = {}): void {
  (ctx.deps.logger ?? silentLogger).info(
    { session: ctx.state.sessionId, turn: ctx.state.turn, flow: ctx.state.frames.at(-1)?.kind, ...fields },
    event,
  );
}

export function currency(ctx: TurnContext): string {
  return ctx.deps.venue.menu.venue.currency;
}
