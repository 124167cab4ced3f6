import type { Venue } from '../../domain/venue.ts';

const words = (s: string) =>
  s
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1);

/**
 * The menu items whose names share the most words with `text` (an unknown item id or name a generator
 * proposed), best first, at most `limit`; none when no word is shared. Used to offer choices instead of
 * guessing an item into the cart.
 */
export function nearestItems(venue: Venue, text: string, limit = 4): Array<{ id: string; name: string }> {
  const heard = new Set(words(text));
  return venue.menu.items
    .map((item) => {
      const own = new Set([...words(item.name), ...words(item.id), ...item.aliases.flatMap(words)]);
      let shared = 0;
      for (const w of heard) if (own.has(w)) shared++;
      return { item, shared };
    })
    .filter((x) => x.shared > 0)
    .sort((a, b) => b.shared - a.shared)
    .slice(0, limit)
    .map(({ item }) => ({ id: item.id, name: item.name }));
}
