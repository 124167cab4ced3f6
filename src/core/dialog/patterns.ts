import { cancelPlacedOrder, keepPlacedOrder } from '../actions/after-order.ts';
import { findAlternatives } from '../actions/alternatives.ts';
import { currentCart, newDraft, requestAdd } from '../actions/cart-actions.ts';
import { placeOrder, startCheckout } from '../actions/checkout.ts';
import { contactRouteOf, contactSentence } from '../actions/contact-route.ts';
import { withDishFits } from '../actions/diet-check.ts';
import { updateItem } from '../actions/edit-cart.ts';
import { recommend } from '../actions/knowledge-actions.ts';
import { itemEntry } from '../respond/cards.ts';
import { joinList } from '../respond/phrases.ts';
import type { DraftLine, Frame } from '../state/session-state.ts';
import { clearPatterns, orderFrame, popFrame, topFrame } from './frames.ts';
import { askSummaryChange } from './summary-change.ts';
import {
  backendItem,
  card,
  log,
  quickReplies,
  rememberCart,
  say,
  step,
  type TurnContext,
} from './turn-context.ts';

/**
 * Repair and confirmation patterns: each is a frame with a tiny flow (ask → yes | no). This table is
 * what "yes" and "no" mean depending on the frame on top of the stack.
 */
export interface PatternDefinition {
  description: string;
  onConfirm(ctx: TurnContext, frame: Frame): Promise<void>;
  onDeny(ctx: TurnContext, frame: Frame, alternative: boolean): Promise<void>;
  /** Dropped silently when the customer moves on without answering. */
  dropWhenIgnored: boolean;
}

const draftOf = (frame: Frame) => frame.slots.draft as DraftLine;

export const PATTERNS: Record<Exclude<Frame['kind'], 'order'>, PatternDefinition> = {
  choose_option: {
    description: 'ask for a required option of an item (size, crust); the answer completes the draft line',
    dropWhenIgnored: false,
    // a yes or "that's it" picks no option: say what the item still needs and how to drop it
    onConfirm: async (ctx, frame) => sayOptionNeeded(ctx, frame),
    onDeny: async (ctx, frame) => {
      popFrame(ctx.state, frame);
      say(ctx, 'left_out', { name: draftOf(frame).name });
    },
  },
  ask_quantity: {
    description: 'a count was said without a number ("some samosas"): ask how many before adding',
    dropWhenIgnored: false,
    onConfirm: async (ctx, frame) => {
      say(ctx, 'ask_quantity', { name: draftOf(frame).name });
      ctx.flags.asked = true;
    },
    onDeny: async (ctx, frame) => {
      popFrame(ctx.state, frame);
      say(ctx, 'left_out', { name: draftOf(frame).name });
    },
  },
  confirm_quantity: {
    description: 'confirm a large quantity before adding it',
    dropWhenIgnored: false,
    onConfirm: async (ctx, frame) => {
      popFrame(ctx.state, frame);
      const draft = draftOf(frame);
      await requestAdd(ctx, { ...draft, checked: { ...draft.checked, quantity: true } }, 'push');
    },
    onDeny: async (ctx, frame) => {
      popFrame(ctx.state, frame);
      say(ctx, 'quantity_declined', { name: draftOf(frame).name });
      ctx.flags.asked = true;
    },
  },
  more_or_total: {
    description:
      'a bare repeat of the count of a dish the cart holds that many of ("2 cokes" with 2 in the cart): 2 in total or 2 more?',
    dropWhenIgnored: true,
    // "more", "yes": that many more on the cart's line
    onConfirm: async (ctx, frame) => {
      popFrame(ctx.state, frame);
      ctx.flags.answered = true;
      const cart = await currentCart(ctx);
      const line = cart?.lines.find((l) => l.id === frame.slots.lineId);
      if (!line) {
        say(ctx, 'what_else');
        ctx.flags.asked = true;
        return;
      }
      await updateItem(ctx, {
        type: 'update_item',
        itemId: line.itemId,
        quantity: line.quantity + Number(frame.slots.quantity ?? 0),
      });
    },
    // "in total", "no": the cart already holds them
    onDeny: async (ctx, frame) => {
      popFrame(ctx.state, frame);
      ctx.flags.answered = true;
      say(ctx, 'kept_total', {
        quantity: Number(frame.slots.quantity ?? 0),
        name: String(frame.slots.name ?? ''),
      });
    },
  },
  diet_conflict: {
    description: 'an item conflicts with the stated diet or allergies: add anyway, or pick another',
    dropWhenIgnored: false,
    onConfirm: async (ctx, frame) => {
      popFrame(ctx.state, frame);
      const draft = draftOf(frame);
      log(ctx, 'dialog.diet.conflict_accepted', { itemId: draft.itemId });
      await requestAdd(ctx, { ...draft, checked: { ...draft.checked, diet: true } }, 'push');
    },
    onDeny: async (ctx, frame) => {
      popFrame(ctx.state, frame);
      const draft = draftOf(frame);
      // another dish still waits on its question ("a vegan muffin and an americano"): that question is
      // asked next, so the dish said with this one is not lost behind a list of alternatives
      if (ctx.state.frames.some((f) => f.kind !== 'order')) {
        say(ctx, 'left_out', { name: draft.name });
        return;
      }
      const item = await backendItem(ctx, draft.itemId);
      const alternatives = item
        ? await findAlternatives(ctx, item, withDishFits(draft.guest ?? ctx.state.constraints, draft.fits))
        : [];
      if (alternatives.length === 0) {
        say(ctx, 'offer_declined');
        ctx.flags.asked = true;
        return;
      }
      say(ctx, 'pick_another', {
        alternatives: `How about ${joinList(
          alternatives.map((a) => a.name),
          'or',
        )}?`,
      });
      card(ctx, { type: 'item_list', title: 'Alternatives', items: alternatives.map(itemEntry) });
      quickReplies(
        ctx,
        alternatives.map((a) => `Add ${a.name}`),
      );
      ctx.flags.asked = true;
    },
  },
  clarify: {
    description: 'an item was not recognised: offer the closest menu names',
    dropWhenIgnored: true,
    onConfirm: async (ctx, frame) => {
      const choices = (frame.slots.choices as { id: string; name: string }[]) ?? [];
      popFrame(ctx.state, frame);
      const only = choices.length === 1 ? choices[0] : undefined;
      if (!only) {
        say(ctx, 'what_else');
        ctx.flags.asked = true;
        return;
      }
      await requestAdd(ctx, newDraft(only, (frame.slots.quantity as number | undefined) ?? 1), 'push');
    },
    onDeny: async (ctx, frame) => {
      popFrame(ctx.state, frame);
      // "a birch beer and a cheese pizza" → "did you mean the root beer?" → "no": the pizza's question,
      // waiting below, is asked next (the turn asks the top frame)
      const below = topFrame(ctx.state);
      if (below && below.kind !== 'order') return;
      say(ctx, 'what_else');
      ctx.flags.asked = true;
    },
  },
  confirm_cancel: {
    description:
      'cancel the order in progress, after a yes; with `orderId`, the placed order (through the backend)',
    dropWhenIgnored: false,
    onConfirm: async (ctx, frame) => {
      if (typeof frame.slots.orderId === 'string') return cancelPlacedOrder(ctx, frame);
      const { state, deps } = ctx;
      const cart = await currentCart(ctx);
      if (cart)
        for (const line of cart.lines)
          rememberCart(ctx, await deps.backend.removeLine(state.customerId, cart.id, line.id));
      ctx.flags.cartChanged = true;
      state.frames = [];
      state.idempotencyKey = undefined;
      state.lastLineId = undefined;
      say(ctx, 'cancelled');
      ctx.flags.asked = true;
      log(ctx, 'dialog.cancel.confirmed');
    },
    onDeny: async (ctx, frame) => {
      if (typeof frame.slots.orderId === 'string') return keepPlacedOrder(ctx, frame);
      popFrame(ctx.state, frame);
      say(ctx, 'cancel_kept');
    },
  },
  offer_handoff: {
    description: "offer the team's contact route after repeated failures or re-prompts",
    dropWhenIgnored: true,
    onConfirm: async (ctx, frame) => {
      popFrame(ctx.state, frame);
      handOff(ctx, (frame.slots.reason as string | undefined) ?? 'customer accepted a hand-off');
    },
    onDeny: async (ctx, frame) => {
      popFrame(ctx.state, frame);
      ctx.state.counters.understandingFailures = 0;
      for (const f of ctx.state.frames) f.reprompts = 0;
      say(ctx, 'handoff_declined');
    },
  },
  guest_dish: {
    description: "someone else's diet or allergy was stated: ask which dish is theirs, then check it",
    dropWhenIgnored: true,
    onConfirm: async (ctx) => {
      say(ctx, 'what_else');
      ctx.flags.asked = true;
    },
    onDeny: async (ctx, frame) => {
      popFrame(ctx.state, frame);
      say(ctx, 'what_else');
      ctx.flags.asked = true;
    },
  },
  offer_item: {
    description:
      'a recommended item (or the closest to a half-and-half, with `also`): add it after a yes; "something else" offers the next pick',
    dropWhenIgnored: true,
    onConfirm: async (ctx, frame) => {
      popFrame(ctx.state, frame);
      const also = (frame.slots.also as DraftLine[] | undefined) ?? [];
      await requestAdd(ctx, draftOf(frame), 'push');
      for (const draft of also) await requestAdd(ctx, draft, 'push');
    },
    onDeny: async (ctx, frame, alternative) => {
      popFrame(ctx.state, frame);
      const offered = [...((frame.slots.offered as string[] | undefined) ?? []), draftOf(frame).itemId];
      if (alternative && offered.length < 4) {
        const mood = frame.slots.mood as string | undefined;
        const maxSpice = frame.slots.maxSpice as number | undefined;
        const withoutIngredients = frame.slots.withoutIngredients as string[] | undefined;
        await recommend(ctx, {
          type: 'recommend',
          ...(mood ? { mood } : {}),
          ...(maxSpice !== undefined ? { maxSpice } : {}),
          ...(withoutIngredients ? { withoutIngredients } : {}),
          exclude: offered,
        });
        return;
      }
      say(ctx, 'offer_declined');
      ctx.flags.asked = true;
    },
  },
};

/**
 * "Talk to a person": until staff can take a conversation over in Maitre, the truth is the venue's own
 * contact route (phone, e-mail, hours from menu.json or its documents). No `handoff` event and no
 * `handedOff` flag: nobody is joining. The conversation carries on with the bot.
 */
export function handOff(ctx: TurnContext, reason: string): void {
  step(ctx, 'handoff');
  clearPatterns(ctx.state);
  const route = contactSentence(contactRouteOf(ctx.deps.venue));
  if (route) say(ctx, 'handoff', { route });
  else say(ctx, 'handoff_no_route');
  ctx.flags.asked = true;
  log(ctx, 'dialog.handoff.contact_given', { reason, route: route !== undefined });
}

/** "yes": what it means depends on the frame on top. */
export async function confirmTop(ctx: TurnContext): Promise<void> {
  step(ctx, 'confirm');
  const frame = topFrame(ctx.state);
  ctx.flags.answered = true;
  if (!frame) {
    say(ctx, 'what_else');
    ctx.flags.asked = true;
    return;
  }
  if (frame.kind !== 'order') return PATTERNS[frame.kind].onConfirm(ctx, frame);
  // placeOrder decides whether this is a clear yes to the summary of exactly this cart (unambiguous-yes.ts)
  if (frame.step === 'confirm') return placeOrder(ctx);
  if (frame.step === 'notes') {
    // a second "yes" after the note was asked for: no note comes; the order carries on without one
    if (frame.slots.noteAsked === true) {
      ctx.state.skipped.push('notes');
      say(ctx, 'skipped');
      return;
    }
    // "yes" to "any notes?": the note itself comes next (asked once)
    frame.slots.noteAsked = true;
    ctx.flags.answered = false;
    say(ctx, 'notes_go_ahead');
    ctx.flags.asked = true;
    return;
  }
  if (frame.step === 'items') {
    say(ctx, 'what_else');
    ctx.flags.asked = true;
  }
}

/** "no": what it means depends on the frame on top. */
export async function denyTop(ctx: TurnContext, alternative = false): Promise<void> {
  step(ctx, 'deny');
  const frame = topFrame(ctx.state);
  ctx.flags.answered = true;
  if (!frame) {
    say(ctx, 'offer_declined');
    ctx.flags.asked = true;
    return;
  }
  if (frame.kind !== 'order') return PATTERNS[frame.kind].onDeny(ctx, frame, alternative);
  if (frame.step === 'items') return startCheckout(ctx);
  if (frame.step === 'notes') {
    ctx.state.skipped.push('notes');
    return;
  }
  if (frame.step === 'confirm') return askSummaryChange(ctx);
}

/** The frame a customer's mid-flow cancel applies to. */
export function hasOrderInProgress(ctx: TurnContext): boolean {
  return orderFrame(ctx.state) !== undefined || ctx.state.frames.length > 0;
}

/**
 * Tells the customer that the item of an open option question still needs that option, and that
 * "remove it" leaves the item out: said when they finish or say yes instead of choosing.
 */
export function sayOptionNeeded(ctx: TurnContext, frame: Frame): void {
  if (ctx.acts.some((a) => a.type === 'say' && a.key === 'option_needed')) return;
  const group = ctx.deps.venue.menu.optionGroups.find((g) => g.id === frame.slots.group);
  say(ctx, 'option_needed', { name: draftOf(frame).name, group: (group?.name ?? 'choice').toLowerCase() });
  ctx.flags.answered = true;
}
