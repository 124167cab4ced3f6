import type { Cart, CartLine } from '../../contract/backend-api.ts';
import { choiceName } from '../../domain/choice-name.ts';
import type { CommandOf, LineRef } from '../commands/command.ts';
import { popFrame, pushFrame } from '../dialog/frames.ts';
import { act, log, rememberCart, say, step, type TurnContext } from '../dialog/turn-context.ts';
import { actLine, actTotals, draftLine } from '../respond/act-lines.ts';
import type { DraftLine } from '../state/session-state.ts';
import { backendRefusalAct } from './backend-refusal.ts';
import {
  currentCart,
  findTargetLine,
  newDraft,
  requestAdd,
  venueGroups,
  withinCaps,
} from './cart-actions.ts';
import { dietConflicts } from './diet-check.ts';
import { removalNames, sortRemovals } from './missing-removals.ts';
import { recountQueued } from './queued-count.ts';
import { reaskedGroupOf, reaskLineOption } from './reask-line-option.ts';
import { requiredChoiceRemoval } from './required-choice-removal.ts';
import { lineLabel, resolveLineRef } from './resolve-line-ref.ts';
import { sayNotTaken } from './say-not-taken.ts';
import { sayRemovalNoted } from './say-removal-noted.ts';

type Pick = { group: string; choice: string; quantity: number; qualifier?: 'light' | 'extra' | undefined };

const isDefaultChoice = (ctx: TurnContext, group: string, choice: string): boolean =>
  ctx.deps.venue.menu.optionGroups.find((g) => g.id === group)?.choices.find((c) => c.id === choice)
    ?.default === true;

/** Merges new option picks into a line's: a single-choice group's pick replaces the old one. */
export function mergeOptions(
  ctx: TurnContext,
  line: CartLine,
  picks: readonly Pick[],
  without: readonly { group: string; choice: string; qualifier?: 'light' | 'extra' | undefined }[],
): { options: Pick[]; without: { group: string; choice: string }[] } {
  let options: Pick[] = line.options.map((o) => ({
    group: o.group,
    choice: o.choice,
    quantity: o.quantity,
    ...(o.qualifier ? { qualifier: o.qualifier } : {}),
  }));
  for (const pick of picks) {
    const group = ctx.deps.venue.menu.optionGroups.find((g) => g.id === pick.group);
    if (group?.selection === 'single') options = options.filter((o) => o.group !== pick.group);
    else options = options.filter((o) => !(o.group === pick.group && o.choice === pick.choice));
    options.push(pick);
  }
  const removed = line.without.map((w) => ({ group: w.group, choice: w.choice }));
  for (const w of without) {
    if (w.qualifier) {
      // "no extra cheese": the qualifier goes, the choice stays (a default needs no pick at all)
      options = options.flatMap((o) => {
        if (o.group !== w.group || o.choice !== w.choice || o.qualifier !== w.qualifier) return [o];
        const { qualifier: _q, ...plain } = o;
        return isDefaultChoice(ctx, w.group, w.choice) ? [] : [plain];
      });
      continue;
    }
    options = options.filter((o) => !(o.group === w.group && o.choice === w.choice));
    if (
      isDefaultChoice(ctx, w.group, w.choice) &&
      !removed.some((r) => r.group === w.group && r.choice === w.choice)
    )
      removed.push(w);
  }
  // a pick cancels an earlier removal of the same choice ("actually, keep the onions")
  const kept = removed.filter((r) => !picks.some((p) => p.group === r.group && p.choice === r.choice));
  return { options, without: kept };
}

/**
 * "swap the biryani for a vegetable biryani" while a Chicken Biryani still waits on its option: the
 * waiting dish (the one named, else the latest of the new dish's category) is replaced, keeping its
 * count and the picks the new dish can take; nothing is added to the cart for it. False when no dish
 * waits that fits.
 */
async function replacePendingDraft(ctx: TurnContext, cmd: CommandOf<'update_item'>): Promise<boolean> {
  const { state, deps } = ctx;
  const newItem = deps.venue.menu.items.find((i) => i.id === cmd.replaceWith);
  if (!newItem) return false;
  const categoryOf = (id: string) => deps.venue.menu.items.find((i) => i.id === id)?.category;
  const frame = state.frames.findLast((f) => {
    const draft = f.kind !== 'order' ? (f.slots.draft as DraftLine | undefined) : undefined;
    if (!draft || draft.itemId === newItem.id) return false;
    return cmd.itemId ? draft.itemId === cmd.itemId : categoryOf(draft.itemId) === newItem.category;
  });
  if (!frame) return false;
  const old = frame.slots.draft as DraftLine;
  popFrame(state, frame);
  const draft = newDraft(newItem, cmd.quantity ?? old.quantity, {
    options: cmd.options ?? [],
    without: cmd.without ?? [],
    ...(cmd.note ? { note: cmd.note } : old.note ? { note: old.note } : {}),
  });
  for (const o of old.options)
    if (newItem.optionGroups.includes(o.group) && !draft.options.some((d) => d.group === o.group))
      draft.options.push(o);
  log(ctx, 'dialog.cart.pending_replaced', { itemId: old.itemId, replaceWith: newItem.id });
  await requestAdd(ctx, draft);
  return true;
}

/** "make that two", "change the pizza to large", "I meant pepsi", "add bacon to the burger". */
export async function updateItem(ctx: TurnContext, cmd: CommandOf<'update_item'>): Promise<void> {
  step(ctx, 'update_item');
  const { deps } = ctx;
  // "make that 2 coffees" while the coffee waits behind another dish's question: that dish's count
  if (await recountQueued(ctx, cmd)) return;
  if (cmd.replaceWith && (await replacePendingDraft(ctx, cmd))) return;
  const cart = await currentCart(ctx);
  // "change the crust": the group asked again for the one line taking it (the dish named, else any)
  if (cmd.reask && !cmd.line && cart && cart.lines.length > 0) {
    const groups = cmd.reask;
    const takers = cart.lines.filter(
      (l) => (!cmd.itemId || l.itemId === cmd.itemId) && reaskedGroupOf(ctx, l, groups) !== undefined,
    );
    if (takers.length > 1) return askWhichLine(ctx, takers, cmd);
    if (takers.length === 1) return applyLineChange(ctx, cart, takers[0] as CartLine, cmd);
    say(ctx, 'not_in_cart', { what: referenceName(ctx, cmd) });
    return;
  }
  if (!cart || cart.lines.length === 0) {
    // nothing to change yet: treat a named item as a request to add it
    const itemId = cmd.replaceWith ?? cmd.itemId;
    const item = itemId ? deps.venue.menu.items.find((i) => i.id === itemId) : undefined;
    if (item) {
      await requestAdd(
        ctx,
        newDraft(item, cmd.quantity ?? 1, {
          options: cmd.options ?? [],
          without: cmd.without ?? [],
          ...(cmd.note ? { note: cmd.note } : {}),
        }),
      );
      return;
    }
    say(ctx, 'cart_empty');
    ctx.flags.asked = true;
    return;
  }
  if (cmd.replaceWith) {
    const newItem = deps.venue.menu.items.find((i) => i.id === cmd.replaceWith);
    // "make one of them a bacon cheeseburger", "make it a …": the line pointed at, or one unit of it
    const pointed = cmd.line
      ? resolveLineRef(ctx, cart, { itemId: cmd.itemId, category: cmd.category, line: cmd.line })
      : undefined;
    if (pointed?.kind === 'ask') return askWhichLine(ctx, pointed.lines, cmd);
    const split = pointed?.kind === 'lines' && pointed.split;
    const named = cmd.itemId ? deps.venue.menu.items.find((i) => i.id === cmd.itemId) : undefined;
    const line =
      (pointed?.kind === 'lines' ? pointed.lines[0] : undefined) ??
      findTargetLine(ctx, cart, { itemId: cmd.itemId, category: newItem?.category }) ??
      (named ? findTargetLine(ctx, cart, { itemId: named.id }) : findTargetLine(ctx, cart, {}));
    // "swap the fries for onion rings" with no fries nor any dish of their kind in the cart: nothing
    // to swap, never the last line
    if (newItem && !line && named) {
      say(ctx, 'not_in_cart', { what: named.name });
      return;
    }
    if (!newItem || !line) return;
    // "swap the croissant for a chocolate one" read as the same dish with nothing new: no swap
    // happened, so none is claimed; the customer is asked what instead
    if (!split && changesNothing(line, newItem.id, cmd)) {
      say(ctx, 'swap_unclear', { name: line.name });
      ctx.flags.asked = true;
      log(ctx, 'dialog.cart.swap_unclear', { itemId: line.itemId });
      return;
    }
    const draft: DraftLine = newDraft(newItem, split ? 1 : (cmd.quantity ?? line.quantity), {
      options: cmd.options ?? [],
      without: cmd.without ?? [],
      ...(split ? { splitsLineId: line.id } : { replacesLineId: line.id }),
      ...(cmd.note ? { note: cmd.note } : line.notes ? { note: line.notes } : {}),
    });
    // keep the old line's picks that the new item can take (the size of a swapped pizza)
    for (const o of line.options)
      if (newItem.optionGroups.includes(o.group) && !draft.options.some((d) => d.group === o.group))
        draft.options.push({ group: o.group, choice: o.choice, quantity: o.quantity });
    await requestAdd(ctx, draft, 'push');
    return;
  }
  const picked = [...(cmd.options ?? []), ...(cmd.without ?? [])];
  const takes = (l: CartLine) => linesTaking(ctx, { ...cart, lines: [l] }, picked).length === 1;
  // "the mushroom one", "the second pizza", "one of them", "both": the line(s) pointed at
  if (cmd.line) {
    const target = resolveLineRef(
      ctx,
      cart,
      { itemId: cmd.itemId, category: cmd.category, line: cmd.line },
      takes,
    );
    if (target.kind === 'lines') {
      for (const line of target.lines) await applyLineChange(ctx, cart, line, cmd, target.split);
      return;
    }
    if (target.kind === 'ask') return askWhichLine(ctx, target.lines, cmd);
    if (!cmd.line.lineId) {
      say(ctx, 'not_in_cart', { what: referenceName(ctx, cmd) });
      return;
    }
    // the line in focus does not take the change: as if no line were named
  }
  // "thin crust please", "add bacon" with no dish named (or only the dish several lines hold): the one
  // line that takes it, or ask which; never the last line by default
  if (!cmd.category && cmd.quantity === undefined && picked.length > 0) {
    const takers = linesTaking(ctx, cart, picked).filter((l) => !cmd.itemId || l.itemId === cmd.itemId);
    // "on corn tortillas pls" right after one more taco was ordered: that taco's, with no dish named
    const just = cmd.itemId && !cmd.unnamed ? undefined : justOrderedLine(ctx, takers);
    if (just) return applyLineChange(ctx, cart, just, cmd);
    if (takers.length > 1) return askWhichLine(ctx, takers, cmd);
    if (takers.length === 1) return applyLineChange(ctx, cart, takers[0] as CartLine, cmd);
  }
  // "make the pizzas 3", "3 of the wings": a count goes to the line(s) of the dish or category named,
  // never to another line; several of them and nothing says which: ask
  if ((cmd.quantity ?? cmd.scale) !== undefined && (cmd.itemId || cmd.category)) {
    const namedLines = linesNamed(ctx, cart, cmd);
    if (namedLines.length > 1) return askWhichLine(ctx, namedLines, cmd);
    if (namedLines.length === 1) return applyLineChange(ctx, cart, namedLines[0] as CartLine, cmd);
    say(ctx, 'not_in_cart', { what: referenceName(ctx, cmd) });
    return;
  }
  // "two tacos and a horchata" then "actually make it one": the count goes to the line of that add it
  // changes (the tacos), not to the last one mentioned that already holds it (the horchata)
  const counted = countedJustAddedLine(ctx, cart, cmd);
  if (counted)
    return counted.length === 1
      ? applyLineChange(ctx, cart, counted[0] as CartLine, cmd)
      : askWhichLine(ctx, counted, cmd);
  // "change it to 3" with several lines and none in focus (the last one touched was removed): nothing
  // says which line "it" is, so ask; never the last line by default
  const inFocus = cart.lines.some((l) => l.id === ctx.state.lastLineId);
  if (!cmd.itemId && !cmd.category && !inFocus && cart.lines.length > 1)
    return askWhichLine(ctx, cart.lines, cmd);
  const line = findTargetLine(ctx, cart, { itemId: cmd.itemId, category: cmd.category });
  if (!line) {
    const name = deps.venue.menu.items.find((i) => i.id === cmd.itemId)?.name ?? 'that';
    say(ctx, 'not_in_cart', { what: name });
    return;
  }
  await applyLineChange(ctx, cart, line, cmd);
}

/**
 * For a bare count ("make it one", "actually just 2": no dish, option or note said) right after a turn
 * that added several lines, when the line in focus already holds that count: the lines of that add whose
 * count the change would alter (one: that line; several: which is asked). Undefined otherwise (the
 * line in focus takes the count as usual).
 */
function countedJustAddedLine(
  ctx: TurnContext,
  cart: Cart,
  cmd: CommandOf<'update_item'>,
): CartLine[] | undefined {
  const { justAdded, lastLineId, turn } = ctx.state;
  if (cmd.quantity === undefined || cmd.itemId || cmd.category || cmd.line?.lineId) return undefined;
  if (cmd.options?.length || cmd.without?.length || cmd.note || cmd.variant || cmd.replaceWith || cmd.reask)
    return undefined;
  if (!justAdded || justAdded.turn !== turn - 1 || justAdded.lineIds.length < 2) return undefined;
  const focus = cart.lines.find((l) => l.id === lastLineId);
  if (!focus || focus.quantity !== cmd.quantity || !justAdded.lineIds.includes(focus.id)) return undefined;
  const others = cart.lines.filter((l) => justAdded.lineIds.includes(l.id) && l.quantity !== cmd.quantity);
  return others.length > 0 ? others : undefined;
}

/**
 * The one line the previous turn added, when it is among `takers` and is the line last touched: options
 * said next with no dish nor pointer go on it ("a steak taco" then "on corn tortillas pls"). Undefined
 * when that turn added several lines (both just ordered: which one is asked) or is not the previous one.
 */
function justOrderedLine(ctx: TurnContext, takers: readonly CartLine[]): CartLine | undefined {
  const { justAdded, lastLineId, turn } = ctx.state;
  if (!justAdded || justAdded.turn !== turn - 1 || justAdded.lineIds.length !== 1) return undefined;
  const id = justAdded.lineIds[0];
  if (id !== lastLineId) return undefined;
  return takers.find((l) => l.id === id);
}

/**
 * True when swapping `line` for `newItemId` with `cmd` would leave it as it is: the same dish, no count,
 * option, removal or note said.
 */
function changesNothing(line: CartLine, newItemId: string, cmd: CommandOf<'update_item'>): boolean {
  return (
    newItemId === line.itemId &&
    (cmd.quantity === undefined || cmd.quantity === line.quantity) &&
    (cmd.options ?? []).length === 0 &&
    (cmd.without ?? []).length === 0 &&
    !cmd.note
  );
}

/** The line's count, options, removals and notes as the kitchen sees them, in a comparable form. */
function lineShape(l: CartLine): string {
  const opts = l.options.map((o) => `${o.group}/${o.choice}/${o.quantity}/${o.qualifier ?? ''}`).sort();
  const without = l.without.map((w) => `${w.group}/${w.choice}`).sort();
  return JSON.stringify([l.itemId, l.quantity, opts, without, l.notes ?? '']);
}

/** True when an edit left the line as it was (the backend's line before and after). */
function sameLine(before: CartLine, after: CartLine): boolean {
  return lineShape(before) === lineShape(after);
}

/** The cart lines of the dish a change names, else of the category it names. */
function linesNamed(ctx: TurnContext, cart: Cart, cmd: CommandOf<'update_item'>): CartLine[] {
  const categoryOf = (itemId: string) => ctx.deps.venue.menu.items.find((i) => i.id === itemId)?.category;
  return cmd.itemId
    ? cart.lines.filter((l) => l.itemId === cmd.itemId)
    : cart.lines.filter((l) => categoryOf(l.itemId) === cmd.category);
}

/** A choice the bot offered in its "which one?" question: an item, or a cart line (`lineId`). */
export interface OfferedChoice {
  id: string;
  name: string;
  lineId?: string;
}

/**
 * The answer to "which one?" asked about a change or removal: the chosen line (or item), or every
 * offered one for "both" / "all of them".
 */
export async function applyChosenEdit(
  ctx: TurnContext,
  edit: CommandOf<'update_item'> | CommandOf<'remove_item'>,
  chosen: CommandOf<'choose'>,
  offered: readonly OfferedChoice[] = [],
): Promise<void> {
  const one = edit.line?.one ? { one: true as const } : {};
  const targets = chosen.all
    ? offered.map((c) => ({ itemId: c.id, lineId: c.lineId }))
    : [{ itemId: chosen.itemId, lineId: chosen.lineId }];
  for (const t of targets) {
    const line = t.lineId ? { line: { has: [], lineId: t.lineId, ...one } } : {};
    const cmd = { ...edit, itemId: t.itemId, ...line };
    if (cmd.type === 'update_item') await updateItem(ctx, cmd);
    else await removeItem(ctx, cmd);
  }
}

/** "Which one: Pepperoni Pizza (Large 14\") or Pepperoni Pizza (Medium 12\")?": the lines listed, the edit kept. */
function askWhichLine(
  ctx: TurnContext,
  lines: readonly CartLine[],
  edit: CommandOf<'update_item'> | CommandOf<'remove_item'>,
): void {
  const { line: _ref, ...rest } = edit;
  const one = edit.line?.one ? { line: { has: [], one: true as const } } : {};
  pushFrame(ctx, 'clarify', 'ask', {
    choices: lines.map((l) => ({ id: l.itemId, name: lineLabel(l), lineId: l.id })),
    ambiguous: true,
    edit: { ...rest, ...one },
  });
  log(ctx, 'dialog.cart.line_ambiguous', { lines: lines.length });
}

/** What a line reference named, for "there's no … in your order". */
function referenceName(ctx: TurnContext, cmd: CommandOf<'update_item'> | CommandOf<'remove_item'>): string {
  const item = ctx.deps.venue.menu.items.find((i) => i.id === cmd.itemId)?.name;
  const category = ctx.deps.venue.menu.categories.find((c) => c.id === cmd.category)?.name;
  const choices = (cmd.line?.has ?? []).map((id) => choiceName(ctx.deps.venue.menu, { choice: id }));
  const what = item ?? category?.toLowerCase() ?? 'item';
  return choices.length > 0 ? `${what} with ${choices.join(' and ')}` : what;
}

async function applyLineChange(
  ctx: TurnContext,
  cart: Cart,
  line: CartLine,
  cmd: CommandOf<'update_item'>,
  split = false,
): Promise<void> {
  const { state, deps } = ctx;
  // the dish just changed is the one "it" means next ("how much is it now?")
  state.focusItemId = line.itemId;
  if (cmd.reask && reaskLineOption(ctx, line, cmd.reask, cmd.reaskChoices)) return;
  // "double it", "triple that": the line's count multiplied, held to the caps below like any count
  if (cmd.scale !== undefined && cmd.quantity === undefined && !split)
    return applyLineChange(ctx, cart, line, { ...cmd, quantity: line.quantity * cmd.scale });
  if (split && cmd.quantity === undefined) return splitOffUnit(ctx, cart, line, cmd);
  if (cmd.quantity !== undefined) {
    const others = cart.lines.filter((l) => l.id !== line.id);
    if (!withinCaps(ctx, line.name, cmd.quantity, others, line.itemId)) return;
  }
  const item = deps.venue.menu.items.find((i) => i.id === line.itemId);
  const allowed = new Set(item?.optionGroups ?? []);
  const picks = (cmd.options ?? []).filter(
    (o) => allowed.has(o.group) && !onlyDescribed(ctx, item, o, cmd.note),
  );
  // "can I get the bacon crispy" with a coffee in focus: the coffee takes no bacon; said, never dropped
  // silently, and the words said of the option ("crispy") are not put on the coffee either
  const untaken = (cmd.options ?? []).filter((o) => !allowed.has(o.group));
  if (untaken.length > 0) {
    sayNotTaken(
      ctx,
      line.name,
      untaken.map((o) => choiceName(deps.venue.menu, o).toLowerCase()),
    );
    if (picks.length === 0 && (cmd.without ?? []).length === 0 && cmd.quantity === undefined) return;
  }
  // "actually no coke" on a Fountain Soda (Coke): a required pick cannot come off; the line is meant
  const meant = requiredChoiceRemoval(
    deps.venue.menu,
    line,
    cmd.without ?? [],
    split || picks.length > 0 || untaken.length > 0 || cmd.quantity !== undefined || cmd.note !== undefined,
  );
  if (meant?.kind === 'remove') return removeWholeLine(ctx, cart, line);
  if (meant?.kind === 'ask' && reaskLineOption(ctx, line, [meant.group])) return;
  // "no onions" on a dish without onions: say so, never drop it silently
  // "no onions" on a dish made with onion but with no option for it: a kitchen note, said as such
  const menu = deps.venue.menu;
  const {
    lacking,
    absent: missing,
    note: removalNote,
  } = sortRemovals(menu, line.itemId, line.options, cmd.without ?? []);
  if (removalNote) sayRemovalNoted(ctx, line.name, removalNote);
  if (missing.length > 0)
    say(ctx, 'not_on_dish', { name: line.name, what: removalNames(deps.venue.menu, missing) });
  const isMissing = (o: { choice: string }) => lacking.some((m) => m.choice === o.choice);
  const without = (cmd.without ?? []).filter((o) => allowed.has(o.group) && !isMissing(o));
  if (
    lacking.length > 0 &&
    picks.length === 0 &&
    without.length === 0 &&
    cmd.quantity === undefined &&
    !cmd.note &&
    !removalNote
  )
    return;
  const change: {
    quantity?: number;
    options?: Pick[];
    without?: { group: string; choice: string }[];
    notes?: string;
  } = {};
  if (cmd.quantity !== undefined) change.quantity = cmd.quantity;
  const notes = [cmd.note ?? (removalNote ? line.notes : undefined), removalNote].filter(Boolean).join(', ');
  if (notes) change.notes = notes;
  if (picks.length > 0 || without.length > 0) Object.assign(change, mergeOptions(ctx, line, picks, without));
  if (Object.keys(change).length === 0) {
    say(ctx, 'not_understood');
    return;
  }
  if (change.options && item) {
    const reasons = dietConflicts(item, picks, venueGroups(ctx, item.optionGroups), state.constraints);
    if (reasons.length > 0)
      say(ctx, 'diet_conflict_cart', { name: line.name, reasons: reasons.join(' and ') });
  }
  let after: Cart;
  try {
    after = rememberCart(ctx, await deps.backend.updateLine(state.customerId, cart.id, line.id, change));
  } catch (error) {
    const refused = backendRefusalAct(error, { itemId: line.itemId, name: line.name });
    if (!refused) throw error;
    act(ctx, refused);
    return;
  }
  const updated = after.lines.find((l) => l.id === line.id);
  state.lastLineId = line.id;
  // "make the tacos 2" with 2 already: nothing changed, and nothing is claimed to have
  if (updated && sameLine(line, updated)) {
    say(ctx, 'already_so', { what: lineLabel(updated) });
    log(ctx, 'dialog.correction.unchanged', { itemId: line.itemId });
    return;
  }
  ctx.flags.cartChanged = true;
  act(ctx, {
    type: 'item_updated',
    line: actLine(updated ?? line, ctx.deps.venue.menu),
    described: updated !== undefined,
    totals: actTotals(after.totals),
  });
  log(ctx, 'dialog.correction.applied', { itemId: line.itemId });
}

/**
 * "Make one of them thin crust" on a line of 2: one unit leaves the line (its quantity goes down by one)
 * and comes back as a line of its own with the change; the others stay as they were.
 */
async function splitOffUnit(
  ctx: TurnContext,
  cart: Cart,
  line: CartLine,
  cmd: CommandOf<'update_item'>,
): Promise<void> {
  const { state, deps } = ctx;
  const item = deps.venue.menu.items.find((i) => i.id === line.itemId);
  const allowed = new Set(item?.optionGroups ?? []);
  const picks = (cmd.options ?? []).filter((o) => allowed.has(o.group));
  const without = (cmd.without ?? []).filter((o) => allowed.has(o.group));
  if (picks.length === 0 && without.length === 0) {
    say(ctx, 'not_understood');
    return;
  }
  const merged = mergeOptions(ctx, line, picks, without);
  let after: Cart;
  try {
    rememberCart(
      ctx,
      await deps.backend.updateLine(state.customerId, cart.id, line.id, { quantity: line.quantity - 1 }),
    );
    try {
      after = rememberCart(
        ctx,
        await deps.backend.addLine(state.customerId, cart.id, {
          itemId: line.itemId,
          quantity: 1,
          options: merged.options,
          without: merged.without,
        }),
      );
    } catch (error) {
      // the unit goes back to its line: a refused split loses nothing
      rememberCart(
        ctx,
        await deps.backend.updateLine(state.customerId, cart.id, line.id, { quantity: line.quantity }),
      );
      throw error;
    }
  } catch (error) {
    const refused = backendRefusalAct(error, { itemId: line.itemId, name: line.name });
    if (!refused) throw error;
    act(ctx, refused);
    return;
  }
  const known = new Set(cart.lines.map((l) => l.id));
  const added = after.lines.find((l) => !known.has(l.id)) ?? after.lines.at(-1);
  if (added) state.lastLineId = added.id;
  ctx.flags.cartChanged = true;
  const rest = after.lines.find((l) => l.id === line.id);
  if (added)
    act(ctx, {
      type: 'item_updated',
      line: actLine(added, ctx.deps.venue.menu),
      described: true,
      totals: actTotals(after.totals),
    });
  if (rest) say(ctx, 'split_rest', { what: `${rest.quantity} × ${lineLabel(rest).replace(/^\d+ × /, '')}` });
  log(ctx, 'dialog.cart.line_split', { itemId: line.itemId });
}

/** "remove the coke", "one less coke"; also drops a pending question about that item. */
export async function removeItem(ctx: TurnContext, cmd: CommandOf<'remove_item'>): Promise<void> {
  step(ctx, 'remove_item');
  const { state, deps } = ctx;
  const categoryOf = (itemId: string) => deps.venue.menu.items.find((i) => i.id === itemId)?.category;
  const matches = (itemId: string) =>
    cmd.itemId ? itemId === cmd.itemId : cmd.category !== undefined && categoryOf(itemId) === cmd.category;
  const draftFrame = state.frames.findLast(
    (f) => f.kind !== 'order' && f.slots.draft !== undefined && matches((f.slots.draft as DraftLine).itemId),
  );
  if (draftFrame) {
    popFrame(state, draftFrame);
    act(ctx, { type: 'items_removed', lines: [draftLine(draftFrame.slots.draft as DraftLine)] });
    ctx.flags.answered = true;
    ctx.flags.cartChanged = true;
    return;
  }
  const cart = await currentCart(ctx);
  if (cart && cmd.line) return removeByRef(ctx, cart, cmd, cmd.line);
  const lines = cart
    ? cmd.itemId
      ? cart.lines.filter((l) => l.itemId === cmd.itemId)
      : cmd.category
        ? cart.lines.filter((l) => categoryOf(l.itemId) === cmd.category).slice(-1)
        : cart.lines.filter((l) => l.id === (state.lastLineId ?? cart.lines.at(-1)?.id))
    : [];
  if (!cart || lines.length === 0) {
    const name = deps.venue.menu.items.find((i) => i.id === cmd.itemId)?.name;
    if (name) say(ctx, 'not_in_cart', { what: name });
    else say(ctx, 'nothing_to_remove');
    return;
  }
  const line = lines.at(-1)!;
  if (cmd.quantity !== undefined && cmd.quantity < line.quantity) {
    const after = rememberCart(
      ctx,
      await deps.backend.updateLine(state.customerId, cart.id, line.id, {
        quantity: line.quantity - cmd.quantity,
      }),
    );
    act(ctx, {
      type: 'item_updated',
      line: { ...draftLine(line), lineId: line.id, quantity: line.quantity - cmd.quantity },
      described: true,
      totals: actTotals(after.totals),
    });
  } else {
    let after = cart;
    for (const l of lines)
      after = rememberCart(ctx, await deps.backend.removeLine(state.customerId, cart.id, l.id));
    act(ctx, { type: 'items_removed', lines: lines.map((l) => actLine(l)), totals: actTotals(after.totals) });
    if (lines.some((l) => l.id === state.lastLineId)) state.lastLineId = undefined;
  }
  ctx.flags.cartChanged = true;
  log(ctx, 'dialog.cart.line_removed', { itemId: line.itemId });
}

/** One cart line taken out whole ("actually no coke" of a Fountain Soda (Coke)). */
async function removeWholeLine(ctx: TurnContext, cart: Cart, line: CartLine): Promise<void> {
  const { state, deps } = ctx;
  const after = rememberCart(ctx, await deps.backend.removeLine(state.customerId, cart.id, line.id));
  act(ctx, { type: 'items_removed', lines: [actLine(line)], totals: actTotals(after.totals) });
  if (state.lastLineId === line.id) state.lastLineId = undefined;
  ctx.flags.cartChanged = true;
  log(ctx, 'dialog.cart.line_removed', { itemId: line.itemId });
}

/** "Remove the mushroom one", "remove one of them", "remove both": the line(s) pointed at. */
async function removeByRef(
  ctx: TurnContext,
  cart: Cart,
  cmd: CommandOf<'remove_item'>,
  ref: LineRef,
): Promise<void> {
  const { state, deps } = ctx;
  const target = resolveLineRef(ctx, cart, { itemId: cmd.itemId, category: cmd.category, line: ref });
  if (target.kind === 'none') {
    say(ctx, 'not_in_cart', { what: referenceName(ctx, cmd) });
    return;
  }
  if (target.kind === 'ask') return askWhichLine(ctx, target.lines, cmd);
  let after = cart;
  const only = target.lines[0] as CartLine;
  if (target.split) {
    after = rememberCart(
      ctx,
      await deps.backend.updateLine(state.customerId, cart.id, only.id, { quantity: only.quantity - 1 }),
    );
    const rest = after.lines.find((l) => l.id === only.id);
    act(ctx, {
      type: 'item_updated',
      line: rest ? actLine(rest) : { ...draftLine(only), lineId: only.id, quantity: only.quantity - 1 },
      described: true,
      totals: actTotals(after.totals),
    });
  } else {
    for (const l of target.lines)
      after = rememberCart(ctx, await deps.backend.removeLine(state.customerId, cart.id, l.id));
    act(ctx, {
      type: 'items_removed',
      lines: target.lines.map((l) => actLine(l)),
      totals: actTotals(after.totals),
    });
    if (target.lines.some((l) => l.id === state.lastLineId)) state.lastLineId = undefined;
  }
  ctx.flags.cartChanged = true;
  log(ctx, 'dialog.cart.line_removed', { itemId: only.itemId });
}

/** The cart lines whose item takes every option group named (the lines "add bacon" could mean). */
function linesTaking(ctx: TurnContext, cart: Cart, picks: ReadonlyArray<{ group: string }>): CartLine[] {
  const groups = new Set(picks.map((p) => p.group));
  return cart.lines.filter((l) => {
    const item = ctx.deps.venue.menu.items.find((i) => i.id === l.itemId);
    return item !== undefined && [...groups].every((g) => item.optionGroups.includes(g));
  });
}

/**
 * The pick is an option the dish already holds, named by the change's note ("bacon crispy" on a Bacon
 * Cheeseburger, whose ingredients hold bacon): the note says how to prepare it, no second portion is
 * added (nor charged). Understanding puts the option's name in the note only when the request was said
 * of it without a verb that puts something on (`understand/with-prep-notes.ts`).
 */
function onlyDescribed(
  ctx: TurnContext,
  item: { name: string; ingredients?: readonly string[] } | undefined,
  pick: { group: string; choice: string },
  note: string | undefined,
): boolean {
  if (!item || !note) return false;
  const name = choiceName(ctx.deps.venue.menu, pick).toLowerCase();
  if (!` ${note.toLowerCase()} `.includes(` ${name} `)) return false;
  const holds = [item.name, ...(item.ingredients ?? [])].map((w) => ` ${w.toLowerCase()} `);
  return holds.some((w) => w.includes(` ${name} `));
}
