import type { MenuItemDto } from '../../contract/backend-api.ts';
import { nameMeasure } from '../../domain/name-measure.ts';
import type { Command, CommandOf } from '../commands/command.ts';
import { backendMenu, log, say, type TurnContext } from '../dialog/turn-context.ts';
import { formatMoney } from '../respond/format-money.ts';
import { joinList } from '../respond/phrases.ts';

/** What each ranking is said as, for the reply ("the lowest-priced pizza"). */
const WHAT: Record<CommandOf<'pick_ranked'>['by'], string> = {
  price_low: 'lowest-priced',
  price_high: 'highest-priced',
  size_high: 'biggest',
  size_low: 'smallest',
};

/**
 * Runs a `pick_ranked` command: ranks its available dishes by the backend's price (never a number from
 * the message) or by the measure their names give, then orders the one at the end asked for (described
 * instead when the customer asked), asks between dishes tied for it, or, for a size the names do not
 * give, says so and lists the dishes. `run` executes the command it turns into (an order, a question
 * about the dish, a which-one question, a list).
 */
export async function pickRanked(
  ctx: TurnContext,
  cmd: CommandOf<'pick_ranked'>,
  run: (next: Command) => Promise<void>,
): Promise<void> {
  const menu = await backendMenu(ctx);
  const offered = menu.items.filter((i) => i.available && cmd.items.includes(i.id));
  const ranked = cmd.by.startsWith('price') ? byPrice(offered, cmd.by) : bySize(offered, cmd.by);
  const noun = cmd.noun ?? 'dish';
  if (!ranked) {
    say(ctx, 'sizes_not_given', { noun, what: WHAT[cmd.by] });
    await run({
      type: 'browse',
      items: cmd.items,
      allergenFree: [],
      ...(cmd.noun ? { noun: plural(cmd.noun) } : {}),
    });
    return;
  }
  const best = ranked.tied[0];
  if (!best) return;
  log(ctx, 'dialog.ranked_pick', { by: cmd.by, itemIds: ranked.tied.map((i) => i.id) });
  if (ranked.tied.length > 1) {
    const detail = ranked.detail(best);
    if (detail)
      say(ctx, 'menu_superlative_tied', {
        what: `${WHAT[cmd.by]} ${noun}`,
        names: joinList(ranked.tied.map((i) => i.name)),
        detail,
      });
    await run({
      type: 'clarify',
      reason: 'ambiguous',
      choices: ranked.tied.map((i) => ({ id: i.id, name: i.name })),
      ...(cmd.quantity > 1 ? { quantity: cmd.quantity } : {}),
    });
    return;
  }
  if (cmd.asked) {
    await run({ type: 'item_info', itemId: best.id });
    return;
  }
  const detail = ranked.detail(best);
  const what = `${WHAT[cmd.by]} ${noun}`;
  if (detail) say(ctx, 'ranked_pick', { what, name: best.name, detail });
  else say(ctx, 'ranked_pick_plain', { what, name: best.name });
  await run({ type: 'add_item', itemId: best.id, quantity: cmd.quantity, options: [], without: [] });
}

interface Ranked {
  /** The dishes at the end asked for (one, or several tied), menu order. */
  tied: MenuItemDto[];
  detail: (item: MenuItemDto) => string;
}

function byPrice(items: readonly MenuItemDto[], by: 'price_low' | 'price_high' | string): Ranked {
  const sign = by === 'price_low' ? -1 : 1;
  const top = Math.max(...items.map((i) => sign * i.price.amount));
  return {
    tied: items.filter((i) => sign * i.price.amount === top),
    detail: (i) => formatMoney(i.price.amount, i.price.currency),
  };
}

/** By the measure the names give, among the dishes of the unit most of them share; undefined when fewer than two give one. */
function bySize(items: readonly MenuItemDto[], by: string): Ranked | undefined {
  const measured = items.flatMap((item) => {
    const m = nameMeasure(item.name);
    return m ? [{ item, ...m }] : [];
  });
  const units = new Map<string, number>();
  for (const m of measured) units.set(m.unit, (units.get(m.unit) ?? 0) + 1);
  const unit = [...units.entries()].sort((a, b) => b[1] - a[1])[0];
  if (!unit || unit[1] < 2) return undefined;
  const same = measured.filter((m) => m.unit === unit[0]);
  const sign = by === 'size_high' ? 1 : -1;
  const top = Math.max(...same.map((m) => sign * m.value));
  return { tied: same.filter((m) => sign * m.value === top).map((m) => m.item), detail: () => '' };
}

/** "burrito" → "burritos", "sandwich" → "sandwiches", "berry" → "berries": the kind's plural, for the list's title. */
function plural(noun: string): string {
  if (/(?:s|x|z|ch|sh)$/.test(noun)) return `${noun}es`;
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  return `${noun}s`;
}
