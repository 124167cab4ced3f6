import { describe, expect, it } from 'vitest';
import { loadVenue } from '../../domain/load-venue.ts';
import { InMemoryBackend } from '../../testing/in-memory-backend.ts';
import { chunkMenu } from './chunk-menu.ts';

describe('chunkMenu', () => {
  it('makes one plain-text card per backend menu item with its metadata', async () => {
    const venue = loadVenue('pizzeria');
    const menu = await new InMemoryBackend(venue.menu).getMenu();
    const chunks = chunkMenu(menu);
    expect(chunks).toHaveLength(menu.items.length);
    const item = menu.items.find((i) => i.id === 'margherita')!;
    const chunk = chunks.find((c) => c.id === 'menu:margherita')!;
    expect(chunk.text.startsWith(`${item.name} (Pizzas): `)).toBe(true);
    expect(chunk.text).toContain(`$${(item.price.amount / 100).toFixed(2)}`);
    expect(chunk.text).toContain(`Ingredients: ${item.ingredients.join(', ')}.`);
    expect(chunk.text).toMatch(/Size: Small 10", Medium 12"/);
    expect(chunk).toMatchObject({
      context: `Menu > Pizzas > ${item.name} (also called: ${item.aliases.join(', ')})`,
      source: { kind: 'menu', document: 'menu', itemId: 'margherita', section: 'Pizzas' },
      diet: item.diet,
      allergens: item.allergens,
      category: 'pizzas',
      menuVersion: menu.version,
    });
  });

  it('keeps other names in the indexed context, never in the quoted text', async () => {
    const venue = loadVenue('pizzeria');
    const menu = await new InMemoryBackend(venue.menu).getMenu();
    const item = menu.items.find((i) => i.aliases.length > 0)!;
    const chunk = chunkMenu(menu).find((c) => c.id === `menu:${item.id}`)!;
    expect(chunk.text).not.toMatch(/also called/i);
    expect(chunk.context).toContain(item.aliases[0]);
  });

  it('says when an item is unavailable, and formats a zero-decimal currency', async () => {
    const venue = loadVenue('pizzeria');
    const backend = new InMemoryBackend(venue.menu, { unavailable: ['margherita'] });
    const menu = await backend.getMenu();
    expect(chunkMenu(menu).find((c) => c.id === 'menu:margherita')?.text).toContain('Currently unavailable.');
    const yen = {
      ...menu,
      venue: { ...menu.venue, currency: 'JPY' },
      items: [{ ...menu.items[0]!, price: { amount: 1200, currency: 'JPY' } }],
    };
    expect(chunkMenu(yen)[0]?.text).toContain('Price: ¥1,200.');
  });
});
