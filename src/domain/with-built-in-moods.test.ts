import { describe, expect, it } from 'vitest';
import { thaiMenu } from './fixtures/thai-menu.ts';
import { loadVenue } from './load-venue.ts';
import { Menu } from './menu-schema.ts';
import { withBuiltInMoods } from './with-built-in-moods.ts';

const thai = Menu.parse(thaiMenu());
const byId = (moods: ReturnType<typeof withBuiltInMoods>, id: string) => moods.find((m) => m.id === id);

describe('withBuiltInMoods', () => {
  it('defines the built-in moods over the menu features: spice, categories, tags, dish words', () => {
    const moods = withBuiltInMoods(thai, []);
    expect(byId(moods, 'spicy')?.items).toEqual(['tom-yum', 'green-curry', 'drunken-noodles']);
    expect(byId(moods, 'sweet-tooth')?.items).toEqual(['mango-sticky-rice']);
    const cozy = byId(moods, 'cozy');
    expect(cozy?.items).toEqual(
      expect.arrayContaining(['tom-yum', 'tom-kha', 'green-curry', 'massaman', 'jasmine-tea']),
    );
    expect(cozy?.items).not.toContain('thai-iced-tea');
    expect(byId(moods, 'refreshing')?.items).toContain('thai-iced-tea');
    expect(byId(moods, 'refreshing')?.items).not.toContain('jasmine-tea');
  });

  it('keeps a mood that fits nothing on this menu, so it is still understood', () => {
    const cafe = loadVenue('cafe');
    const spicy = byId(cafe.moods, 'spicy');
    expect(spicy).toBeDefined();
    expect(spicy?.items).toEqual([]);
  });

  it("reads a menu alone's tags and dish names (deli)", () => {
    const deli = loadVenue('deli');
    expect(byId(deli.moods, 'sweet-tooth')?.items).toContain('black-and-white-cookie');
    expect(byId(deli.moods, 'cozy')?.items).toEqual(
      expect.arrayContaining(['chicken-noodle-soup', 'coffee']),
    );
    expect(byId(deli.moods, 'spicy')?.items).toEqual(['buffalo-chicken']);
  });

  it("leaves the venue's moods first and unchanged, and gives their phrases to them", () => {
    const pizzeria = loadVenue('pizzeria');
    const own = pizzeria.moods.filter((m) => !m.builtIn);
    expect(own.map((m) => m.id)).toEqual(pizzeria.moods.slice(0, own.length).map((m) => m.id));
    const ownPhrases = new Set(own.flatMap((m) => [m.name, ...m.aliases].map((p) => p.toLowerCase())));
    for (const m of pizzeria.moods.filter((x) => x.builtIn))
      for (const p of m.aliases) expect(ownPhrases.has(p.toLowerCase())).toBe(false);
    expect(pizzeria.moods.filter((m) => m.id === 'sweet-tooth')).toHaveLength(1);
  });

  it('never takes a phrase the menu uses for a dish, category, option or tag', () => {
    const moods = withBuiltInMoods(
      Menu.parse({
        ...thaiMenu(),
        categories: [...thaiMenu().categories, { id: 'x', name: 'Something Sweet' }],
      }),
      [],
    );
    for (const m of moods) expect(m.aliases.map((a) => a.toLowerCase())).not.toContain('something sweet');
  });
});
