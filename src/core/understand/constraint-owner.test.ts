import { describe, expect, it } from 'vitest';
import { constraintOwner, lineBeneficiary, ownerAsAddressed } from './constraint-owner.ts';
import { normalize } from './normalize.ts';
import { fixtureUnderstanding } from './test-fixture.ts';

const at = (text: string, word: string) => {
  const tokens = normalize(text).tokens;
  return constraintOwner(
    tokens,
    tokens.findIndex((t) => t.norm === word),
  );
};

describe('constraintOwner', () => {
  it('finds the person a diet or allergy statement is about', () => {
    expect(at('my mum is vegetarian', 'vegetarian')).toBe('my mum');
    expect(at('our daughter is allergic to nuts', 'nuts')).toBe('our daughter');
    expect(at('one of my guests is vegan', 'vegan')).toBe('one of my guests');
    expect(at("I'm ordering for my dad, he is vegetarian", 'vegetarian')).toBe('he');
    expect(at('my mum and dad are vegetarian', 'vegetarian')).toBe('my mum');
  });

  it('finds the person a statement is for when named after it in its clause', () => {
    expect(at('no nuts for my son', 'nuts')).toBe('my son');
    expect(at('nothing with gluten for my husband please', 'gluten')).toBe('my husband');
    expect(at('dairy free for one of my guests', 'dairy')).toBe('one of my guests');
    expect(at('no pork for him', 'pork')).toBe('he');
    expect(at('no nuts for me', 'nuts')).toBeUndefined();
    // another clause's person does not take it
    expect(at('my daughter is vegan, something for her?', 'vegan')).toBe('my daughter');
  });

  it('finds some of the party ("one of us", a count opening a clause after the party is spoken of)', () => {
    expect(at('one of us is vegan', 'vegan')).toBe('one of us');
    expect(at('two of us are vegetarian', 'vegetarian')).toBe('two of us');
    expect(at('there are 3 of us, one is vegan', 'vegan')).toBe('one of us');
    expect(at('we are 3 people, one vegan', 'vegan')).toBe('one of us');
    expect(ownerAsAddressed('one of us')).toBe('one of you');
    // a count with no party spoken of is no person ("one vegan curry please")
    expect(at('one vegan curry please', 'vegan')).toBeUndefined();
  });

  it('reads a person\'s "gluten free" as their standing allergy', () => {
    const u = fixtureUnderstanding();
    expect(u.parse('my wife is gluten free').guestConstraints).toEqual([
      { person: 'my wife', allergies: ['gluten'] },
    ]);
    expect(u.parse('we are 2, one gluten free').guestConstraints?.[0]?.allergies).toEqual(['gluten']);
  });

  it('leaves statements about the customer (or "we") to the customer', () => {
    expect(at("I'm vegetarian", 'vegetarian')).toBeUndefined();
    expect(at('we are vegan', 'vegan')).toBeUndefined();
    expect(at('my son and I are vegetarian', 'vegetarian')).toBeUndefined();
    expect(at('my wife ordered already. i am vegan', 'vegan')).toBeUndefined();
  });

  it('speaks of the person back to the customer', () => {
    expect(ownerAsAddressed('my mum')).toBe('your mum');
    expect(ownerAsAddressed('she', 'subject')).toBe('she');
    expect(ownerAsAddressed('she')).toBe('her');
  });
});

describe('guest constraints in the parse', () => {
  const understanding = fixtureUnderstanding();
  it('keeps a guest diet out of the customer constraints', () => {
    const r = understanding.parse('my mum is vegetarian');
    expect(r.constraints).toEqual({ allergies: [] });
    expect(r.guestConstraints).toEqual([{ person: 'my mum', diet: 'vegetarian', allergies: [] }]);
    expect(r.intents[0]?.intent).toBe('provide_info');
    expect(understanding.parse("my husband's vegetarian").guestConstraints).toEqual([
      { person: 'my husband', diet: 'vegetarian', allergies: [] },
    ]);
  });
  it('reads celiac and coeliac as a gluten allergy', () => {
    expect(understanding.parse("I'm celiac").constraints.allergies).toEqual(['gluten']);
    expect(understanding.parse('my girlfriend has coeliac disease').guestConstraints).toEqual([
      { person: 'my girlfriend', allergies: ['gluten'] },
    ]);
  });
});

describe('lineBeneficiary', () => {
  const read = (text: string, after: string) => {
    const tokens = normalize(text).tokens;
    const from = tokens.findIndex((t) => t.norm === after) + 1;
    return lineBeneficiary(tokens, from, tokens.length);
  };

  it('reads "for me" as the customer and "for my son" or "for her" as someone else', () => {
    expect(read('a dal for me', 'dal')).toBe('self');
    expect(read('a dal for myself pls', 'dal')).toBe('self');
    expect(read('the curry for my son', 'curry')).toBe('other');
    expect(read('the curry for her', 'curry')).toBe('other');
  });

  it('names nobody for "for delivery" or a count, nor past the end of the clause', () => {
    expect(read('a dal for delivery', 'dal')).toBeUndefined();
    expect(read('a dal for two', 'dal')).toBeUndefined();
    expect(read('a dal. something for my son later', 'dal')).toBeUndefined();
  });
});
