import { log, say, type TurnContext } from '../dialog/turn-context.ts';
import { joinList } from '../respond/phrases.ts';

const REMOVAL = /^no\s+/i;

/**
 * Tells the customer that option words said with a dish are none of its options ("a yogurt parfait with
 * oat milk": the parfait takes no milk), so they are never silently dropped. `heard`: the words as
 * understanding kept them ("oat milk", "no cashews"); a removal ("no cashews": the dish holds none, see
 * `understand/removal-holds.ts`) is said as nothing to take off (`not_on_dish`), any other word as no
 * option of the dish (`option_not_taken`).
 */
export function sayNotTaken(ctx: TurnContext, name: string, heard: readonly string[]): void {
  const unique = (words: readonly string[]) => [
    ...new Set(words.map((h) => h.replace(REMOVAL, '').trim()).filter(Boolean)),
  ];
  const removals = unique(heard.filter((h) => REMOVAL.test(h)));
  const what = unique(heard.filter((h) => !REMOVAL.test(h))).filter((w) => !removals.includes(w));
  if (what.length > 0) {
    say(ctx, 'option_not_taken', { name, what: joinList(what, 'or') });
    log(ctx, 'dialog.add.option_not_taken', { name, count: what.length });
  }
  if (removals.length > 0) {
    say(ctx, 'not_on_dish', { name, what: joinList(removals, 'and') });
    log(ctx, 'dialog.add.removal_not_held', { name, count: removals.length });
  }
}
