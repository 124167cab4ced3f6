import { MaitreError } from '../../errors/maitre-error.ts';
import type { Act } from '../respond/acts.ts';
import { renderActs } from '../respond/render-acts.ts';
import { copyJson } from '../state/copy-data.ts';
import type { SessionState } from '../state/session-state.ts';
import { say, type TurnContext } from './turn-context.ts';

/**
 * True for a failure to reach the restaurant backend: unreachable, timed out, overloaded or a server
 * fault (a MaitreError with code `BACKEND_UNAVAILABLE`, or whose `details.status` is 0, 429 or ≥ 500, as
 * the backend adapter reports them; BackendPort). A refusal (4xx) is not an outage.
 */
export function isBackendOutage(error: unknown): boolean {
  if (!(error instanceof MaitreError)) return false;
  if (error.code === 'BACKEND_UNAVAILABLE') return true;
  const status = error.details?.status;
  return typeof status === 'number' && (status === 0 || status === 429 || status >= 500);
}

/**
 * What a step of the turn may change, restored when the step fails on an outage: the state (without its
 * transcript) and the acts as JSON data, the flags as a copy. Both are plain JSON data (the state is
 * stored as JSON between turns; acts are zod-checked data), so the JSON copy (`copyJson`: the same value
 * as a JSON round trip, several times cheaper than writing the text or a `structuredClone`) is
 * faithful; it is read back, copied again, only on a rollback.
 */
export interface Checkpoint {
  state: SessionState;
  acts: Act[];
  flags: TurnContext['flags'];
}

/**
 * A copy of the turn's state, acts and flags before a step that may call the backend. The transcript
 * (`state.history`, up to `historySize` whole replies: most of the state's bytes) is not copied: no step
 * changes it (the turn appends to it only once done, `remember`), and `rollBack` keeps the one in place.
 */
export function checkpoint(ctx: TurnContext): Checkpoint {
  // the spread keeps the state's key order; the history is left out of the copy
  return {
    state: copyJson({ ...ctx.state, history: [] }),
    acts: copyJson(ctx.acts),
    flags: { ...ctx.flags },
  };
}

/**
 * `checkpoint(ctx)` for a turn whose state is still the one it received (`previous`: the turn works on
 * a copy and never changes it) but for its turn number, without copying the state now: the checkpoint
 * holds `previous` shallowly (with the turn's number and no transcript) and `rollBack` copies it when
 * it is used, so it restores the same state. The caller vouches that nothing changed the turn's state
 * since it was copied from `previous`.
 */
export function checkpointUnchanged(ctx: TurnContext, previous: SessionState): Checkpoint {
  // the spread keeps the state's key order, as `checkpoint` does
  return {
    state: { ...previous, history: [], turn: ctx.state.turn },
    acts: copyJson(ctx.acts),
    flags: { ...ctx.flags },
  };
}

/**
 * Undoes a step that failed on an outage: the state, acts and flags return to the checkpoint, so
 * nothing the step half did is kept or said (no false confirmation), except what the backend may
 * already hold: a cart created during the step and the key of an order whose placement may have gone
 * through (a retry reuses it, so it cannot place a second order). The checkpoint stays good for another
 * rollback.
 */
export function rollBack(ctx: TurnContext, saved: Checkpoint): void {
  const { cartId, idempotencyKey, history } = ctx.state;
  const restored = copyJson(saved.state);
  restored.history = history;
  if (restored.cartId === null && cartId !== null) restored.cartId = cartId;
  if (idempotencyKey !== undefined) restored.idempotencyKey = idempotencyKey;
  for (const key of Object.keys(ctx.state) as Array<keyof SessionState>) delete ctx.state[key];
  Object.assign(ctx.state, restored);
  ctx.acts = copyJson(saved.acts);
  ctx.events = renderActs(ctx.acts, ctx.render);
  ctx.flags = { ...saved.flags };
  ctx.cart = undefined;
}

/** Commands that only read (the cart, the order's status, the menu): their outage is not a failed change. */
const READS = new Set(['show_cart', 'order_status', 'ask_knowledge', 'recommend', 'browse', 'item_info']);

/**
 * Says once per turn that the kitchen (the backend) cannot be reached: that the command `what` could
 * not change the order (or, for a read, look it up), or (`show`) that the order could not be shown
 * again though nothing in it changed.
 */
export function sayKitchenUnreachable(ctx: TurnContext, what: string): void {
  if (ctx.outage) return;
  ctx.outage = true;
  if (what !== 'show') say(ctx, READS.has(what) ? 'kitchen_unreachable_read' : 'kitchen_unreachable');
  // the stale-menu note already said the kitchen cannot be reached
  else say(ctx, staleNoted.has(ctx) ? 'order_kept_unchanged' : 'kitchen_unreachable_order_kept');
}

const OUTAGE_KEYS = new Set([
  'kitchen_unreachable',
  'kitchen_unreachable_order_kept',
  'order_kept_unchanged',
]);
const staleNoted = new WeakSet<TurnContext>();

/**
 * When a menu read of this turn was answered from the last known menu (BackendPort.servedFromCache)
 * and the reply shows something besides the outage notice, says that it may be out of date.
 */
export function noteStaleMenu(ctx: TurnContext): void {
  if (staleNoted.has(ctx) || !ctx.deps.backend.servedFromCache?.()) return;
  const shown = ctx.acts.some((a) => a.type !== 'suggest' && !(a.type === 'say' && OUTAGE_KEYS.has(a.key)));
  if (!shown) return;
  staleNoted.add(ctx);
  say(ctx, ctx.outage ? 'menu_maybe_stale_short' : 'menu_maybe_stale');
}
