import { log, say, type TurnContext } from '../dialog/turn-context.ts';
import { joinList } from '../respond/phrases.ts';

/**
 * Tells the customer that option words said with a dish are none of its options ("a yogurt parfait with
 * oat milk": the parfait takes no milk), so they are never silently dropped. `heard`: the words as
 * understanding kept them ("oat milk", "no whipped cream"); a leading "no" is dropped, as the dish has
 * nothing of the kind to take off either.
 */
export function sayNotTaken(ctx: TurnContext, name: string, heard: readonly string[]): void {
  const what = [...new Set(heard.map((h) => h.replace(/^no\s+/i, '').trim()).filter(Boolean))];
  if (what.length === 0) return;
  say(ctx, 'option_not_taken', { name, what: joinList(what, 'or') });
  log(ctx, 'dialog.add.option_not_taken', { name, count: what.length });
}
