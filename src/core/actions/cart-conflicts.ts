import type { CartLine } from '../../contract/backend-api.ts';
import type { TurnContext } from '../dialog/turn-context.ts';
import { venueGroups } from './cart-actions.ts';
import { dietConflicts } from './diet-check.ts';

/** A cart line that breaks the customer's stated diet or allergies, and why ("contains tree nuts"). */
export interface CartConflict {
  name: string;
  reasons: string[];
}

/**
 * The cart lines that break the customer's own stated diet and allergies (guests' needs are checked when
 * their dishes are added), each with its reasons, in cart order; the options picked on the line count
 * ("a latte with almond milk" contains tree nuts). Lines whose dish left the menu are skipped.
 */
export function cartConflicts(ctx: TurnContext, lines: readonly CartLine[]): CartConflict[] {
  const { menu } = ctx.deps.venue;
  return lines.flatMap((line) => {
    const item = menu.items.find((i) => i.id === line.itemId);
    if (!item) return [];
    const picks = line.options.map((o) => ({ group: o.group, choice: o.choice, quantity: o.quantity }));
    const reasons = dietConflicts(item, picks, venueGroups(ctx, item.optionGroups), ctx.state.constraints);
    return reasons.length > 0 ? [{ name: line.name, reasons }] : [];
  });
}
