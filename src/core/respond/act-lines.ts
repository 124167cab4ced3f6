import type { CartLine, Totals } from '../../contract/backend-api.ts';
import type { ActLine, ActTotals } from './acts.ts';
import { type LineMenu, lineOptionLabels } from './cards.ts';

/**
 * A backend cart line as an act states it: id, item, name, quantity, option labels (with the menu, the
 * defaults a held choice brings too), line total (minor units).
 */
export function actLine(line: CartLine, menu?: LineMenu): ActLine {
  return {
    lineId: line.id,
    itemId: line.itemId,
    name: line.name,
    quantity: line.quantity,
    options: lineOptionLabels(line, menu),
    lineTotal: line.lineTotal,
  };
}

/** A line known only by item, name and quantity (a pending draft; a line the backend did not return). */
export function draftLine(draft: { itemId: string; name: string; quantity: number }): ActLine {
  return { itemId: draft.itemId, name: draft.name, quantity: draft.quantity, options: [] };
}

/** The backend's cart totals, minor units, copied as they are. */
export function actTotals(totals: Totals): ActTotals {
  const { currency, subtotal, tax, deliveryFee, total } = totals;
  return { currency, subtotal, tax, deliveryFee, total };
}
