import { describe, expect, it } from 'vitest';
import { converse, replyText } from '../../testing/rule-conversation.ts';
import { isCommonDishName } from './common-dish-names.ts';
import { venueParser } from './venue-fixture.ts';

describe('common dish names of ordinary words (common-dish-names.ts)', () => {
  it('knows a common dish name, its last word plural too; a brand product is none', () => {
    expect(isCommonDishName('eggs benedict')).toBe(true);
    expect(isCommonDishName('crab cakes')).toBe(true);
    expect(isCommonDishName('red bull')).toBe(false);
    expect(isCommonDishName('benedict')).toBe(false);
  });

  it('a common dish the menu lacks is one absent dish, never its words read as the menu', () => {
    const diner = venueParser('diner');
    for (const [text, dish] of [
      ['can I get mac and cheese', 'mac and cheese'],
      ['eggs benedict please', 'eggs benedict'],
      ['i want a sloppy joe', 'sloppy joe'],
    ] as const) {
      const r = diner.parse(text);
      expect(r.intents[0]?.intent, text).toBe('order_add');
      expect(r.lines, text).toEqual([]);
      expect(
        r.unresolved.map((u) => u.text),
        text,
      ).toEqual([dish]);
      // "sloppy joe" is no cup of joe: no dish spelt like its words is offered
      expect(
        r.unresolved[0]?.suggestions.map((s) => s.name),
        text,
      ).not.toContain('Coffee');
    }
  });

  it('is offered the dishes of its food head noun, and nothing is ordered in its place', async () => {
    const c = await converse('deli', ['a bowl of split pea soup']);
    expect(replyText(c.last)).toContain('"split pea soup"');
    expect(replyText(c.last)).toContain('Chicken Noodle Soup');
    expect(c.cart).toEqual([]);
  });

  it('where every word is a dish of the menu, the words are read as said', () => {
    const r = venueParser('grill').parse('an order of onion rings');
    expect(r.lines.map((l) => l.itemId)).toEqual(['onion-rings']);
  });
});
