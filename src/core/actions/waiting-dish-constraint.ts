import { popFrame, topFrame } from '../dialog/frames.ts';
import { log, say, type TurnContext } from '../dialog/turn-context.ts';
import { joinList } from '../respond/phrases.ts';
import type { DraftLine, SessionState } from '../state/session-state.ts';
import { requestAdd, venueGroups } from './cart-actions.ts';
import { dietConflicts } from './diet-check.ts';

/** A stated diet and allergies, the customer's own or a guest's ("my daughter can't have nuts"). */
export interface StatedNeed {
  person?: string;
  diet?: SessionState['constraints']['diet'];
  allergies: SessionState['constraints']['allergies'];
}

/**
 * "my daughter can't have nuts", "I'm allergic to eggs" said while a dish waits on its option question:
 * the need is about the order being made, so the waiting dish is checked against it at once. A dish
 * that breaks it is flagged as any dish ordered against a stated need is ("Heads up: Muffin contains
 * eggs. Add it anyway, or pick something else?"); a dish that fits keeps its question, with the choices
 * of that question that would break the need named ("Of its choices, banana nut contains tree nuts").
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
  if (reasons.length > 0) {
    // the flow a dish ordered against the need takes: the conflict is asked before its option
    popFrame(ctx.state, frame);
    await requestAdd(
      ctx,
      { ...draft, ...(guest ? { guest } : {}), checked: { ...draft.checked, diet: false } },
      'push',
    );
    return true;
  }
  if (guest) (frame.slots.draft as DraftLine).guest = guest;
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
