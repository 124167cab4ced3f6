import { log, say, type TurnContext } from '../dialog/turn-context.ts';
import { joinList } from '../respond/phrases.ts';

/**
 * Tells the customer that an ingredient they asked to leave off ("chicken biryani no onions") is no
 * option the menu takes off, so it went to the kitchen as a note: never dropped without a word, never
 * claimed as a menu change. `note`: the line's kitchen note; its "no <ingredient>" parts are the
 * removals said.
 */
export function sayRemovalNoted(ctx: TurnContext, name: string, note: string): void {
  const what = note
    .split(/,\s*/)
    .map((part) => /^(?:no|without)\s+(.+)$/i.exec(part.trim())?.[1])
    .filter((w): w is string => w !== undefined && w.length > 0);
  if (what.length === 0) return;
  say(ctx, 'removal_noted', { name, what: joinList(what, 'and') });
  log(ctx, 'dialog.add.removal_noted', { name, count: what.length });
}
