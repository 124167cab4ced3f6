import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bareMenu } from '../../domain/fixtures/bare-menu.ts';
import { Menu } from '../../domain/menu-schema.ts';
import { converse } from '../../testing/rule-conversation.ts';
import type { TurnResult } from '../handle-turn.ts';

/** A venue folder holding the bare menu alone (no moods, no documents). */
const venue = (() => {
  const dir = mkdtempSync(join(tmpdir(), 'maitre-bare-'));
  writeFileSync(join(dir, 'menu.json'), JSON.stringify(bareMenu()));
  return dir;
})();

const textOf = (turn: TurnResult) =>
  turn.events.flatMap((e) => (e.type === 'text' ? [e.text] : [])).join(' ');

async function reply(message: string): Promise<string> {
  return textOf((await converse(venue, [message])).last);
}

describe('a menu whose items give no description, ingredients or tags', () => {
  it('loads, with empty ingredients and tags and no description', () => {
    const item = Menu.parse(bareMenu()).items.find((i) => i.id === 'takoyaki');
    expect(item?.ingredients).toEqual([]);
    expect(item?.tags).toEqual([]);
    expect(item?.description).toBeUndefined();
  });

  it('"tell me about" a bare dish introduces it by its category, with no empty ingredients', async () => {
    const text = await reply('tell me about the takoyaki');
    expect(text).toContain('Takoyaki: one of our small plates.');
    expect(text).toContain('Allergens: molluscs, gluten, eggs.');
    expect(text).not.toMatch(/Ingredients:|undefined|made with \./);
  });

  it('"tell me about" a full dish keeps its description and ingredients', async () => {
    const text = await reply('tell me about the tonkotsu ramen');
    expect(text).toContain('Pork bone broth');
    expect(text).toContain('Ingredients: pork broth, wheat noodles, chashu pork, scallions.');
  });

  it.each([
    ['what are the ingredients of the edamame', 'Edamame'],
    ['does the shoyu ramen have onion', 'Shoyu Ramen'],
    ['is there garlic in the takoyaki', 'Takoyaki'],
    ["what's in the spicy miso ramen?", 'Spicy Miso Ramen'],
  ])('"%s" says the menu does not list its ingredients, never that one is absent', async (message, name) => {
    const text = await reply(message);
    expect(text).toContain(`Our menu doesn't list the ingredients of the ${name}`);
    expect(text).not.toMatch(/we don't have|made with \.|is not spicy|is hot\b/i);
  });

  it('an ingredient asked of a full dish is answered from its ingredients', async () => {
    const text = await reply('does the tonkotsu ramen have scallions');
    expect(text).toContain(
      'The Tonkotsu Ramen is made with pork broth, wheat noodles, chashu pork and scallions.',
    );
    expect(text).not.toMatch(/we don't have/i);
  });

  it('a diet question is answered from the diet the menu declares, with the allergens, no empty list', async () => {
    expect(await reply('is the edamame vegan?')).toBe('Yes, the Edamame is vegan. It contains soy.');
    expect(await reply('is the shoyu ramen vegetarian?')).toBe(
      'No, the Shoyu Ramen is not vegetarian: it is marked non-vegetarian on our menu. It contains gluten and soy.',
    );
  });

  it('an allergen question on a dish with none declared says none are declared', async () => {
    expect(await reply('any allergens in the green tea?')).toBe('The Green Tea has no declared allergens.');
  });

  it('a bare dish is ordered, browsed and recommended like any other', async () => {
    const { cart } = await converse(venue, ['2 spicy miso ramen, large, and a green tea']);
    expect(cart.map((l) => [l.itemId, l.quantity])).toEqual([
      ['spicy-miso-ramen', 2],
      ['green-tea', 1],
    ]);
    expect(await reply('show me the small plates')).toMatch(/small plates/i);
    const spicy = (await converse(venue, ['something spicy please'])).last;
    expect(spicy.state.pending?.kind === 'offer_item' && spicy.state.pending.itemId).toBe('spicy-miso-ramen');
  });
});
