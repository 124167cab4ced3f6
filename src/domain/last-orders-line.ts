import type { VenueDocument } from './venue.ts';

/**
 * "Last orders 15 minutes before close", "the kitchen takes its last order 15 minutes before closing":
 * a count of minutes said in the same sentence (up to a period, semicolon or line end) after "last
 * order(s)" and before "before close/closing".
 */
const LAST_ORDERS =
  /\blast\s+orders?\b[^.;\n]{0,60}?\b(\d{1,3})\s*(?:minutes?|mins?)\s+before\s+(?:we\s+)?clos/gi;

/**
 * The minutes before closing that a venue's documents give for last orders, for a menu file without
 * `venue.lastOrdersMinutesBeforeClose`. Undefined when no document says it, or when they say different
 * counts (never a guess between them). Minutes from 1 to 240.
 */
export function readLastOrdersMinutes(documents: readonly VenueDocument[]): number | undefined {
  const said = new Set<number>();
  for (const doc of documents)
    for (const m of doc.text.matchAll(LAST_ORDERS)) {
      const minutes = Number(m[1]);
      if (minutes >= 1 && minutes <= 240) said.add(minutes);
    }
  return said.size === 1 ? [...said][0] : undefined;
}
