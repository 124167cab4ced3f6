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

  it('reads a percent sign after a number as the word percent', () => {
    expect(normalize('50% sugar').tokens.map((t) => t.norm)).toEqual(['50', 'percent', 'sugar']);
    expect(normalize('25 % sweet, 2%').tokens.map((t) => t.key)).toEqual([
      '25',
      'percent',
      'sweet',
      ',',
      '2',
      'percent',
    ]);
    expect(normalize('30 pct').tokens.map((t) => t.key)).toEqual(['30', 'percent']);
    expect(normalize('50% sugar').tokens[0]?.num).toBe(50);
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

  it('reads "id", "wed", "hed" as "I\'d", "we\'d", "he\'d" only before a verb of wanting or ordering', () => {
    expect(normalize('id like 2 samosas').normalized).toBe('i would like 2 samosas');
    expect(normalize('id love a coke').normalized).toBe('i would love a coke');
    expect(normalize('id prefer the naan').normalized).toBe('i would prefer the naan');
    expect(normalize('id rather have tea').normalized).toBe('i would rather have tea');
    expect(normalize('wed like two naan').normalized).toBe('we would like two naan');
    expect(normalize('hed want a samosa').normalized).toBe('he would want a samosa');
    expect(normalize('is my id needed').normalized).toBe('is my id needed');
    expect(normalize('id card').normalized).toBe('id card');
    expect(normalize('the order id is 42').normalized).toBe('the order id is 42');
  });

  it('reads "were" as "we\'re" only where it opens a clause and a state or an -ing verb follows', () => {
    expect(normalize('were ready to order').normalized).toBe('we are ready to order');
    expect(normalize('ok, were all set').normalized).toBe('ok , we are all set');
    expect(normalize('were going to need 2 naan').normalized).toBe('we are going to need 2 naan');
    expect(normalize('were the samosas vegan').normalized).toBe('were the samosas vegan');
    expect(normalize('they were ready').normalized).toBe('they were ready');
    expect(normalize('were you open').normalized).toBe('were you open');
  });

  it('reads "well" as "we\'ll" only where it opens a clause and an ordering verb follows', () => {
    expect(normalize('well have 2 samosas').normalized).toBe('we will have 2 samosas');
    expect(normalize('well take the naan').normalized).toBe('we will take the naan');
    expect(normalize('well have you got naan').normalized).toBe('well have you got naan');
    expect(normalize('well done please').normalized).toBe('well done please');
    expect(normalize('cooked well').normalized).toBe('cooked well');
    expect(normalize('as well take a coke').normalized).toBe('as well take a coke');
  });

  it('expands contractions typed without the apostrophe that are no words', () => {
    expect(normalize('theyre hungry').normalized).toBe('they are hungry');
    expect(normalize('youve got it').normalized).toBe('you have got it');
    expect(normalize('we havent paid').normalized).toBe('we have not paid');
    expect(normalize('it wasnt hot').normalized).toBe('it was not hot');
    expect(normalize('couldnt find it').normalized).toBe('could not find it');
  });
});
