import type { CartLine, Fulfillment, Totals } from '../../contract/backend-api.ts';
import type { VenueSettings } from '../../domain/index.ts';

/**
 * Subtotal, tax (round half up of subtotal × taxRateBps / 10 000, in integers), the delivery fee
 * (for delivery, unless the subtotal reaches `freeAbove`; none for an empty cart) and the total.
 */
export function computeTotals(
  lines: CartLine[],
  venue: VenueSettings,
  fulfillment: Fulfillment | null,
): Totals {
  const subtotal = lines.reduce((sum, l) => sum + l.lineTotal, 0);
  const tax = Math.floor((subtotal * venue.taxRateBps + 5000) / 10_000);
  const free = venue.delivery.freeAbove !== undefined && subtotal >= venue.delivery.freeAbove;
  const deliveryFee = fulfillment === 'delivery' && subtotal > 0 && !free ? venue.delivery.fee : 0;
  return { currency: venue.currency, subtotal, tax, deliveryFee, total: subtotal + tax + deliveryFee };
}
