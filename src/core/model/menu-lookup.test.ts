import { describe, expect, it } from 'vitest';
import { loadVenue } from '../../domain/load-venue.ts';
import { menuLookup, nameWords } from './menu-lookup.ts';

const venue = loadVenue('spice-route');

describe('menuLookup', () => {
  it('finds the items a word of whose name or alias is said, in menu order, as a scan of the menu does', () => {
    const lookup = menuLookup(venue.menu);
    for (const message of ['two samosas and a mango lassi please', 'any chicken or paneer?', 'hello']) {
      const said = nameWords(message);
      const scanned = venue.menu.items
        .filter((i) => [i.name, ...i.aliases].some((n) => [...nameWords(n)].some((w) => said.has(w))))
        .map((i) => i.id);
      expect(lookup.itemsNamedBy(said)).toEqual(scanned);
    }
  });

  it('is built once per menu object and looks items and option groups up by id', () => {
    const lookup = menuLookup(venue.menu);
    expect(menuLookup(venue.menu)).toBe(lookup);
    const item = venue.menu.items[0];
    const group = venue.menu.optionGroups[0];
    expect(lookup.item(item?.id ?? '')).toBe(item);
    expect(lookup.group(group?.id ?? '')).toBe(group);
    expect(lookup.item('no-such-item')).toBeUndefined();
  });
});
