import { describe, expect, it } from 'vitest';
import { foldWord, normalize } from './normalize.ts';

describe('normalize', () => {
  it('lowercases, expands contractions and keeps offsets into the original text', () => {
    const n = normalize("I'd like 2 Pizzas, please");
    expect(n.normalized).toBe('i would like 2 pizzas , please');
    const pizzas = n.tokens.find((t) => t.norm === 'pizzas');
    expect(n.text.slice(pizzas?.oStart, pizzas?.oEnd)).toBe('Pizzas');
    expect(n.normalized.slice(pizzas?.start, pizzas?.end)).toBe('pizzas');
  });

  it('joins digits with thousands separators and splits numbers from units', () => {
    expect(normalize('18,000 waters').tokens[0]?.num).toBe(18000);
    expect(normalize('a 2l pepsi').tokens.map((t) => t.key)).toEqual(['a', '2', 'liter', 'pepsi']);
    expect(normalize('20oz').tokens.map((t) => t.key)).toEqual(['20', 'oz']);
  });

  it('reads an inch mark after a number as the word inch', () => {
    expect(normalize('a 12" sub').tokens.map((t) => t.norm)).toEqual(['a', '12', 'inch', 'sub']);
    expect(normalize('6” turkey').tokens.map((t) => t.norm)).toEqual(['6', 'inch', 'turkey']);
    expect(normalize('he said "2 cokes"').tokens.map((t) => t.norm)).toEqual(['he', 'said', '2', 'cokes']);
  });

  it('reads "in" after a number as the inch of a length, not when it starts a place or a share', () => {
    expect(normalize('two 6in turkeys').tokens.map((t) => t.norm)).toEqual(['two', '6', 'inch', 'turkeys']);
    expect(normalize('club 12 in toasted').tokens.map((t) => t.norm)).toEqual([
      'club',
      '12',
      'inch',
      'toasted',
    ]);
    expect(normalize('put 2 in a bag').tokens.map((t) => t.norm)).toEqual(['put', '2', 'in', 'a', 'bag']);
    expect(normalize('ready in 20 minutes').tokens.map((t) => t.norm)).toEqual([
      'ready',
      'in',
      '20',
      'minutes',
    ]);
    expect(normalize('3 in each box').tokens.map((t) => t.norm)).toEqual(['3', 'in', 'each', 'box']);
  });

  it('folds plurals and unit spellings alike for menu phrases and input', () => {
    expect(foldWord('pizzas')).toBe('pizza');
    expect(foldWord('cokes')).toBe('coke');
    expect(foldWord('curries')).toBe('curry');
    expect(foldWord('tomatoes')).toBe('tomato');
    expect(foldWord('sandwiches')).toBe('sandwich');
    expect(foldWord('litres')).toBe('liter');
    expect(foldWord('glass')).toBe('glass');
    expect(foldWord('hummus')).toBe('hummus');
  });

  it('drops the period of an abbreviation but keeps a sentence end', () => {
    expect(normalize('a dr. pepper. thanks').normalized).toBe('a dr pepper . thanks');
    expect(normalize('the end. dr').normalized).toBe('the end . dr');
  });

  it('splits a trailing count ("x2", "× 2") into "x" and the number', () => {
    expect(normalize('garlic knots x2').tokens.map((t) => t.norm)).toEqual(['garlic', 'knots', 'x', '2']);
    expect(normalize('cokes × 3').tokens.map((t) => t.norm)).toEqual(['cokes', 'x', '3']);
    expect(normalize('xl pizza').tokens.map((t) => t.norm)).toEqual(['xl', 'pizza']);
  });
});
