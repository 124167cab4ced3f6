import { describe, expect, it } from 'vitest';
import { ParseResult } from './parse-result.ts';
import { fixtureMenu, fixtureUnderstanding } from './test-fixture.ts';
import { createUnderstanding } from './understanding.ts';

const u = fixtureUnderstanding();

describe('createUnderstanding', () => {
  it('returns results that satisfy the ParseResult schema, whatever the input', () => {
    const inputs = [
      '',
      '   ',
      '???',
      '🍕🍕🍕',
      'a'.repeat(5000),
      'two large pepperoni pizzas with extra cheese and no onions and a diet coke and 3 bottles of sprite',
      'no no no no',
      'and and with without extra',
      '1,2,3',
      '0 cokes',
      '12.5 lattes',
      "I'm",
      'deliver to',
      'my name is',
      'ÇA VA? café crème',
    ];
    for (const text of inputs) {
      const r = u.parse(text);
      expect(() => ParseResult.parse(r), text).not.toThrow();
      expect(r.intents.length).toBeGreaterThan(0);
    }
  });

  it('needs no moods or documents (maitre parse --menu)', () => {
    const bare = createUnderstanding(fixtureMenu, []);
    expect(bare.parse('two cokes').lines[0]).toMatchObject({ itemId: 'coke', quantity: 2 });
    expect(bare.parse("I'm stressed").mood).toBeUndefined();
  });

  it('derives everything from the menu: a renamed item is understood with no code change', () => {
    const menu = structuredClone(fixtureMenu);
    const coke = menu.items.find((i) => i.id === 'coke');
    if (coke) {
      coke.name = 'Thums Up';
      coke.aliases = ['thumbs up'];
    }
    const renamed = createUnderstanding(menu, []);
    expect(renamed.parse('two thums ups').lines[0]).toMatchObject({ itemId: 'coke', quantity: 2 });
    expect(renamed.parse('a thumbs up please').lines[0]?.itemId).toBe('coke');
  });
});
