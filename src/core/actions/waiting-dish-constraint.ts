import { topFrame } from '../dialog/frames.ts';
import { log, say, type TurnContext } from '../dialog/turn-context.ts';
import { joinList } from '../respond/phrases.ts';
import type { DraftLine, SessionState } from '../state/session-state.ts';
import { venueGroups } from './cart-actions.ts';
import { dietConflicts } from './diet-check.ts';

/** A stated diet and allergies, the customer's own or a guest's ("my daughter can't have nuts"). */
export interface StatedNeed {
  person?: string;
  diet?: SessionState['constraints']['diet'];
  allergies: SessionState['constraints']['allergies'];
}

/**
 * "my daughter can't have nuts", "I'm allergic to eggs" said while a dish waits on its option question:
 * the need is about the order being made, so the waiting dish is checked against it at once, and its
 * question stays: a dish that breaks it is said to ("Note: Muffin contains eggs."), a dish that fits is
 * said to fit, with the choices of that question that would break the need named ("Of its choices,
 * banana nut would not fit (contains tree nuts).").
 * A guest's need is taken as being about the waiting dish (instead of asking which dish is theirs).
 * Returns false when no dish waits on its option (the caller notes the need as usual). The need itself
 * is noted (said and, for the customer's own, kept) by the caller before.
 */
export async function checkWaitingDish(ctx: TurnContext, need: StatedNeed, whom?: string): Promise<boolean> {
  const frame = topFrame(ctx.state);
  if (frame?.kind !== 'choose_option') return false;
  const draft = frame.slots.draft as DraftLine | undefined;
  const item = draft ? ctx.deps.venue.menu.items.find((i) => i.id === draft.itemId) : undefined;
  if (!draft || !item) return false;
  const guest =
    whom !== undefined
      ? {
          person: whom,
          ...(need.diet ? { diet: need.diet } : {}),
          allergies: need.allergies,
        }
      : draft.guest;
  const wants = guest ?? ctx.state.constraints;
  const groups = venueGroups(ctx, item.optionGroups);
  const reasons = dietConflicts(item, draft.options, groups, wants);
  log(ctx, 'dialog.constraint.waiting_dish', { itemId: item.id, conflicts: reasons.length });
  if (guest) (frame.slots.draft as DraftLine).guest = guest;
  if (reasons.length > 0) {
    // said plainly, and the question stays: the customer may still pick a choice that suits (an oat
    // milk), or drop the dish
    say(ctx, 'diet_note', {
      name: item.name,
      reasons: joinList(reasons.map((r) => (guest ? `${r} (for ${guest.person})` : r))),
    });
    return true;
  }
  // the choices of the question asked that would break the need
  const group = groups.find((g) => g.id === frame.slots.group);
  const breaking = (group?.choices ?? []).flatMap((c) => {
    if (!c.available) return [];
    const why = dietConflicts(
      item,
      [...draft.options, { group: group?.id ?? '', choice: c.id, quantity: 1 }],
      groups,
      wants,
    );
    return why.length > 0 ? [{ name: c.name.toLowerCase(), why }] : [];
  });
  if (breaking.length > 0) {
    const why = [...new Set(breaking.flatMap((b) => b.why))];
    say(ctx, 'waiting_choices_conflict', {
      choices: joinList(breaking.map((b) => b.name)),
      reasons: joinList(why),
    });
  } else say(ctx, 'waiting_dish_fits', { name: item.name });
  return true;
}
