import type { Cart, CartLine, MenuItemDto } from '../../contract/backend-api.ts';
import { askedWithGate, groupOffered } from '../../domain/group-offered.ts';
import { picksShort } from '../../domain/group-picks.ts';
import type { OptionGroup } from '../../domain/menu-schema.ts';
import { ensureOrderFrame, pushFrame, queueFrame } from '../dialog/frames.ts';
import {
  act,
  backendItem,
  card,
  log,
  quickReplies,
  readCart,
  rememberCart,
  say,
  step,
  type TurnContext,
} from '../dialog/turn-context.ts';
import { actLine, actTotals, draftLine } from '../respond/act-lines.ts';
import { itemEntry } from '../respond/cards.ts';
import { orderReference } from '../respond/order-reference.ts';
import type { DraftLine, FrameKind, SessionState } from '../state/session-state.ts';
import { findAlternatives } from './alternatives.ts';
import { backendRefusalAct } from './backend-refusal.ts';
import { dietConflicts, withDishFits } from './diet-check.ts';
import { mergeIntoTwin } from './merge-identical-line.ts';
import { removalNames, sortRemovals } from './missing-removals.ts';
import { lineLabel } from './resolve-line-ref.ts';
import { sayRemovalNoted } from './say-removal-noted.ts';

export function venueGroups(ctx: TurnContext, ids: readonly string[]): OptionGroup[] {
  return ids.flatMap((id) => {
    const g = ctx.deps.venue.menu.optionGroups.find((x) => x.id === id);
    return g ? [g] : [];
  });
}

/** The cart, created on first use and replaced by a fresh one once the previous became an order. */
export async function ensureCart(ctx: TurnContext): Promise<Cart> {
  const { state, deps } = ctx;
  if (state.cartId && state.cartId !== ctx.orderedCartId) {
    const cart = await readCart(ctx, state.cartId);
    if (!cart.orderId) return cart;
  }
  // "can I add a muffin" after the order went through: the placed order cannot change, say this starts anew
  const after = state.cartId !== null && state.order !== undefined && state.order.status !== 'cancelled';
  const cart = rememberCart(ctx, await deps.backend.createCart(state.customerId));
  if (after && state.order) say(ctx, 'cart_locked_new', { order: orderReference(state.order.id) });
  state.cartId = cart.id;
  state.idempotencyKey = undefined;
  delete state.slots.notes;
  return cart;
}

/**
 * The open cart (read at most once per turn, see `readCart`), or undefined when none or it became an
 * order. `carried`: the cart an earlier turn got back from the backend will do when the turn holds none
 * (`ctx.carried`; for a step that only needs to know what the cart holds, never prices or totals).
 */
export async function currentCart(
  ctx: TurnContext,
  { carried = false }: { carried?: boolean } = {},
): Promise<Cart | undefined> {
  const { state } = ctx;
  if (!state.cartId || state.cartId === ctx.orderedCartId) return undefined;
  if (carried && ctx.cart?.id !== state.cartId && ctx.carried?.id === state.cartId && !ctx.carried.orderId)
    return ctx.carried;
  const cart = await readCart(ctx, state.cartId);
  return cart.orderId ? undefined : cart;
}

export function newDraft(
  item: { id: string; name: string },
  quantity: number,
  partial: Partial<DraftLine> = {},
): DraftLine {
  return {
    itemId: item.id,
    name: item.name,
    quantity,
    options: [],
    without: [],
    checked: { quantity: false, diet: false },
    ...partial,
  };
}

async function refuseUnavailable(ctx: TurnContext, item: MenuItemDto, available?: number): Promise<void> {
  const alternatives = await findAlternatives(ctx, item);
  const low = available !== undefined && available > 0;
  act(ctx, {
    type: 'item_refused',
    reason: low ? 'low_stock' : 'unavailable',
    item: { itemId: item.id, name: item.name },
    ...(low ? { available } : {}),
    alternatives: alternatives.map((a) => ({ itemId: a.id, name: a.name })),
  });
  if (alternatives.length > 0) {
    card(ctx, { type: 'item_list', title: 'Alternatives', items: alternatives.map(itemEntry) });
    quickReplies(
      ctx,
      alternatives.map((a) => `Add ${a.name}`),
    );
  }
  log(ctx, 'dialog.item.refused_unavailable', { itemId: item.id });
}

/**
 * Runs a requested line through the hard constraints, in order: exists and available (backend), quantity
 * caps, required options, diet and allergies, large-quantity confirmation; then adds it (or swaps it in).
 * A check that needs the customer puts a pattern frame on the stack holding the draft.
 */
export async function requestAdd(
  ctx: TurnContext,
  draft: DraftLine,
  mode: 'queue' | 'push' = 'queue',
): Promise<void> {
  step(ctx, 'request_add');
  const { deps, state } = ctx;
  const { config } = deps;
  ensureOrderFrame(ctx);
  // an ordinary add to an open cart is not preceded by a cart read: the caps are checked on the cart the
  // addition returns (undone when broken), or, when a question comes first, on a read made then
  const blind = addsBlind(ctx, draft);
  const [item, read] = await Promise.all([
    backendItem(ctx, draft.itemId),
    blind ? Promise.resolve(undefined) : currentCart(ctx),
  ]);
  let cart = read;
  if (!item) {
    act(ctx, { type: 'item_refused', reason: 'unknown_item', item: { name: draft.name }, alternatives: [] });
    return;
  }
  if (!item.available) return refuseUnavailable(ctx, item);
  if (item.stock !== null && item.stock < draft.quantity) return refuseUnavailable(ctx, item, item.stock);
  let capsChecked = false;
  const capsHold = async (): Promise<boolean> => {
    if (capsChecked) return true;
    capsChecked = true;
    if (blind) cart = await currentCart(ctx);
    // a unit split off a line leaves that line one fewer
    const kept = (cart?.lines ?? [])
      .filter((l) => l.id !== draft.replacesLineId)
      .map((l) => (l.id === draft.splitsLineId ? { ...l, quantity: l.quantity - 1 } : l));
    return withinCaps(ctx, item.name, draft.quantity, kept, draft.itemId);
  };
  if (!blind && !(await capsHold())) return;
  const waiting = ctx.state.frames.filter((f) => f.kind !== 'order').length;
  const place = async (c: TurnContext, kind: FrameKind, stepId: string, slots: Record<string, unknown>) => {
    if (!(await capsHold())) return;
    if (waiting >= config.maxPendingQuestions) {
      act(c, {
        type: 'item_refused',
        reason: 'too_many_pending',
        item: { itemId: item.id, name: item.name },
        alternatives: [],
      });
      log(c, 'dialog.frames.capped', { kind });
      return;
    }
    // a dish ordered while another question is open waits below it: said, so it is not lost from view,
    // and the turn made progress (the open question is asked again, not counted as ignored)
    const top = c.state.frames.at(-1);
    const open = mode === 'queue' && top !== undefined && top.kind !== 'order' && top.asked;
    (mode === 'push' ? pushFrame : queueFrame)(c, kind, stepId, slots);
    if (open) {
      say(c, 'asked_next', { name: draft.quantity > 1 ? `${draft.quantity} × ${item.name}` : item.name });
      c.flags.progressed = true;
    }
  };
  if (draft.quantityUnknown) {
    // "some samosas": how many is asked, never guessed
    await place(ctx, 'ask_quantity', 'ask', { draft: { ...draft, name: item.name } });
    return;
  }
  const groups = venueGroups(ctx, item.optionGroups);
  // the diet check comes before a missing option: a choice only adds allergens or lowers the diet, so a
  // conflict found now stands whatever is chosen, and asking the size of a dish they cannot eat is wasted
  if (!draft.checked.diet) {
    const own = draft.guest ?? state.constraints;
    const reasons = dietConflicts(item, draft.options, groups, withDishFits(own, draft.fits)).map((r) =>
      draft.guest ? `${r} (for ${draft.guest.person})` : r,
    );
    if (reasons.length > 0) {
      await place(ctx, 'diet_conflict', 'ask', {
        draft: { ...draft, name: item.name },
        reasons,
        category: item.category,
      });
      log(ctx, 'dialog.diet.conflict_flagged', { itemId: item.id });
      return;
    }
  }
  // a required group offered only with another group's choice (a combo's side) is asked only with it;
  // a combo's drink (one pick, no default, offered only with the combo) is asked once the combo is taken
  // a group of several picks said with fewer than its min ("a mochi with mango" of three flavors) is
  // asked for the rest, never sent to be refused
  const missing = groups.find(
    (g) =>
      (picksShort(g, draft.options) > 0 && groupOffered(g, draft.options)) ||
      (((g.min > 0 && !g.choices.some((c) => c.default)) ||
        ((askedWithGate(g) || draft.ask?.includes(g.id)) && !draft.declined?.includes(g.id))) &&
        !draft.options.some((o) => o.group === g.id) &&
        groupOffered(g, draft.options)),
  );
  if (missing) {
    await place(ctx, 'choose_option', 'ask', { draft: { ...draft, name: item.name }, group: missing.id });
    return;
  }
  if (!draft.checked.quantity && draft.quantity > config.confirmQuantityAbove) {
    await place(ctx, 'confirm_quantity', 'ask', { draft: { ...draft, name: item.name } });
    return;
  }
  await commitDraft(ctx, draft, item.name, capsChecked ? { cart } : { blind: true });
}

/**
 * Whether an addition may go to the session's cart without reading it first: the cart exists and is
 * still open (no order placed or being placed from this session; nothing but this conversation changes
 * it), the turn holds no copy of it, nothing is replaced, and the quantity alone breaks no cap.
 */
function addsBlind(ctx: TurnContext, draft: DraftLine): boolean {
  const { state, deps } = ctx;
  const { maxQuantityPerLine, maxQuantityPerOrder } = deps.config;
  return (
    state.cartId !== null &&
    state.order === undefined &&
    state.idempotencyKey === undefined &&
    ctx.cart === undefined &&
    draft.replacesLineId === undefined &&
    draft.splitsLineId === undefined &&
    draft.quantity <= Math.min(maxQuantityPerLine, maxQuantityPerOrder)
  );
}

/**
 * The quantity caps hold for the cart, not the message: the units of one menu item across all its lines
 * (`maxQuantityPerLine`) and all units of the order (`maxQuantityPerOrder`), counting what `lines` (the
 * cart lines that stay) already hold. Says why and returns false when `quantity` more would break one.
 */
export function withinCaps(
  ctx: TurnContext,
  name: string,
  quantity: number,
  lines: readonly CartLine[],
  itemId: string,
): boolean {
  const { maxQuantityPerLine: maxItem, maxQuantityPerOrder: maxOrder } = ctx.deps.config;
  const sameItem = lines.reduce((n, l) => n + (l.itemId === itemId ? l.quantity : 0), 0);
  if (sameItem + quantity > maxItem) {
    act(ctx, {
      type: 'item_refused',
      reason:
        sameItem === 0 ? 'quantity_line' : sameItem < maxItem ? 'quantity_item_room' : 'quantity_item_full',
      item: { itemId, name },
      quantity,
      max: maxItem,
      inCart: sameItem,
      alternatives: [],
    });
    log(ctx, 'dialog.quantity.refused', { scope: 'item' });
    return false;
  }
  const inCart = lines.reduce((n, l) => n + l.quantity, 0);
  if (inCart + quantity > maxOrder) {
    act(ctx, {
      type: 'item_refused',
      reason: 'quantity_order',
      item: { itemId, name },
      quantity,
      total: inCart + quantity,
      max: maxOrder,
      alternatives: [],
    });
    log(ctx, 'dialog.quantity.refused', { scope: 'order' });
    return false;
  }
  return true;
}

/**
 * Adds the draft to the cart (`known.cart`: read this turn, or created now), or, `blind`, straight to the
 * session's open cart with the caps checked on the cart the backend returns: a broken cap removes the
 * line again and says why, as the check before would have.
 */
async function commitDraft(
  ctx: TurnContext,
  draft: DraftLine,
  name: string,
  known: { cart: Cart | undefined } | { blind: true },
): Promise<void> {
  const { deps, state } = ctx;
  const open = 'blind' in known ? undefined : (known.cart ?? (await ensureCart(ctx)));
  const cartId = open?.id ?? (state.cartId as string);
  const replaced = open?.lines.find((l) => l.id === draft.replacesLineId);
  if (replaced) rememberCart(ctx, await deps.backend.removeLine(state.customerId, cartId, replaced.id));
  // "make one of them a …": the unit leaves its line first, and goes back to it when the addition is refused
  const split = open?.lines.find((l) => l.id === draft.splitsLineId && l.quantity > 1);
  if (split)
    rememberCart(
      ctx,
      await deps.backend.updateLine(state.customerId, cartId, split.id, { quantity: split.quantity - 1 }),
    );
  const before = open ? new Set(open.lines.map((l) => l.id)) : undefined;
  // removals the dish holds as no option are said below, never sent: those it is made with go to the
  // kitchen as a note ("no mayo" on a sandwich made with mayo), the others are nothing to take off
  const removals = sortRemovals(deps.venue.menu, draft.itemId, draft.options, draft.without);
  const missing = removals.absent;
  const held = draft.without.filter(
    (w) => !removals.lacking.some((m) => m.group === w.group && m.choice === w.choice),
  );
  const notes = [draft.note, removals.note].filter(Boolean).join(', ');
  let after: Cart;
  try {
    after = rememberCart(
      ctx,
      await deps.backend.addLine(state.customerId, cartId, {
        itemId: draft.itemId,
        quantity: draft.quantity,
        options: draft.options,
        without: held,
        ...(notes ? { notes } : {}),
      }),
    );
  } catch (error) {
    if (split)
      rememberCart(
        ctx,
        await deps.backend.updateLine(state.customerId, cartId, split.id, { quantity: split.quantity }),
      );
    const refused = backendRefusalAct(error, { itemId: draft.itemId, name: draft.name }, draft.quantity);
    if (!refused) throw error;
    act(ctx, refused);
    log(ctx, 'dialog.cart.line_refused', { itemId: draft.itemId });
    return;
  }
  // the backend appends a new line for every addition
  const line =
    (before && after.lines.find((l) => !before.has(l.id))) ??
    after.lines.findLast((l) => l.itemId === draft.itemId);
  if (!open && line) {
    const others = after.lines.filter((l) => l.id !== line.id);
    if (!withinCaps(ctx, name, draft.quantity, others, draft.itemId)) {
      rememberCart(ctx, await deps.backend.removeLine(state.customerId, cartId, line.id));
      log(ctx, 'dialog.cart.line_undone', { itemId: draft.itemId });
      return;
    }
  }
  // the same dish made the same way as a line already there: one line, its quantity raised
  const merged = line && !replaced ? await mergeIntoTwin(ctx, cartId, line, after) : undefined;
  if (merged) {
    state.lastLineId = merged.line.id;
    noteJustAdded(state, merged.line.id);
    state.focusItemId = draft.itemId;
    ctx.flags.cartChanged = true;
    act(ctx, {
      type: 'item_updated',
      line: actLine(merged.line, deps.venue.menu),
      described: true,
      totals: actTotals(merged.cart.totals),
    });
    if (removals.note) sayRemovalNoted(ctx, draft.name, removals.note);
    if (missing.length > 0)
      say(ctx, 'not_on_dish', { name: draft.name, what: removalNames(deps.venue.menu, missing) });
    log(ctx, 'dialog.cart.line_merged', { itemId: draft.itemId });
    return;
  }
  if (line) {
    state.lastLineId = line.id;
    noteJustAdded(state, line.id);
  }
  state.focusItemId = draft.itemId;
  ctx.flags.cartChanged = true;
  const swapped = replaced ?? split;
  act(ctx, {
    type: 'items_added',
    lines: [line ? actLine(line, deps.venue.menu) : draftLine(draft)],
    ...(swapped ? { replaced: { itemId: swapped.itemId, name: swapped.name } } : {}),
    totals: actTotals(after.totals),
  });
  const rest = split ? after.lines.find((l) => l.id === split.id) : undefined;
  if (rest) say(ctx, 'split_rest', { what: `${rest.quantity} × ${lineLabel(rest).replace(/^\d+ × /, '')}` });
  if (removals.note) sayRemovalNoted(ctx, draft.name, removals.note);
  if (missing.length > 0)
    say(ctx, 'not_on_dish', { name: draft.name, what: removalNames(deps.venue.menu, missing) });
  log(ctx, replaced ? 'dialog.correction.applied' : 'dialog.cart.line_added', { itemId: draft.itemId });
}

/** The cart line a change refers to: by item, else by category, else the line last touched. */
export function findTargetLine(
  ctx: TurnContext,
  cart: Cart,
  target: { itemId?: string | undefined; category?: string | undefined },
): CartLine | undefined {
  if (target.itemId) {
    const byItem = cart.lines.findLast((l) => l.itemId === target.itemId);
    if (byItem) return byItem;
  }
  const categoryOf = (itemId: string) => ctx.deps.venue.menu.items.find((i) => i.id === itemId)?.category;
  const category = target.category ?? (target.itemId ? categoryOf(target.itemId) : undefined);
  if (category) {
    const byCategory = cart.lines.findLast((l) => categoryOf(l.itemId) === category);
    if (byCategory) return byCategory;
    if (target.itemId) return undefined;
  }
  if (target.itemId && !target.category) return undefined;
  return cart.lines.find((l) => l.id === ctx.state.lastLineId) ?? cart.lines.at(-1);
}

/** Notes `lineId` among the lines this turn added (`SessionState.justAdded`). */
function noteJustAdded(state: SessionState, lineId: string): void {
  const same = state.justAdded?.turn === state.turn ? state.justAdded.lineIds : [];
  state.justAdded = { turn: state.turn, lineIds: [...same.filter((id) => id !== lineId), lineId] };
}
