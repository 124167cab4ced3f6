import { describe, expect, it } from 'vitest';
import { converse } from '../../testing/rule-conversation.ts';

const reply = async (venue: string, text: string) =>
  JSON.stringify((await converse(venue, [text])).last.acts);

describe('"is X gluten free" says yes only when the menu flags the dish', () => {
  it('a flagged dish: yes', async () => {
    expect(await reply('spice-route', 'is the onion bhaji gluten free')).toContain('gluten free');
    expect(await reply('spice-route', 'is the onion bhaji gluten free')).toContain('item_diet_yes');
  });

  it('no flag, no gluten declared: the declared allergens speak, no promise', async () => {
    const text = await reply('taqueria', 'is the burrito bowl gluten free');
    expect(text).not.toContain('item_diet_yes');
    expect(text).toContain('item_allergen_no');
  });

  it('a dish holding the allergen: no', async () => {
    expect(await reply('spice-route', 'is the butter chicken nut free')).toContain('item_diet_no');
  });
});

describe('a removal the kitchen takes as a note is shown with the line', () => {
  it('"paneer tikka, leave off the onions"', async () => {
    const { cart, last } = await converse('spice-route', ['paneer tikka, leave off the onions']);
    expect(cart[0]?.notes).toBe('no onions');
    expect(JSON.stringify(last.acts)).toContain('no onions');
  });
});
