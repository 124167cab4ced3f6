import { describe, expect, it } from 'vitest';
import { loadVenue } from '../../domain/load-venue.ts';
import { InMemoryBackend } from '../../testing/in-memory-backend.ts';
import { chunkMenu, quotableMenuText } from './chunk-menu.ts';

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
      context: `Menu > Pizzas > ${item.name}`,
      source: { kind: 'menu', document: 'menu', itemId: 'margherita', section: 'Pizzas' },
      diet: item.diet,
      allergens: item.allergens,
      category: 'pizzas',
      menuVersion: menu.version,
    });
  });

  it('a quotable card drops only the sentence of other names, whatever follows it', async () => {
    const venue = loadVenue('pizzeria');
    const menu = await new InMemoryBackend(venue.menu).getMenu();
    for (const chunk of chunkMenu(menu)) {
      const quoted = quotableMenuText(chunk.text);
      expect(quoted).not.toContain('Also called');
      expect(quoted).toContain('Diet: ');
      expect(quoted).toContain('Price: ');
    }
    expect(quotableMenuText('Soda (Drinks): Fizzy. Also called: pop, st. pop. Diet: Vegan.')).toBe(
      'Soda (Drinks): Fizzy. Diet: Vegan.',
    );
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
