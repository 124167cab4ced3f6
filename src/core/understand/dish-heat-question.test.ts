import { describe, expect, it } from 'vitest';
import { venueParser } from './venue-fixture.ts';

const spice = venueParser('spice-route');
const diner = venueParser('diner');
const deli = venueParser('deli');
const burritos = venueParser('burritos');
const pizzeria = venueParser('pizzeria');

const intent = (r: { intents: Array<{ intent: string }> }) => r.intents[0]?.intent;

describe('a heat question about one dish', () => {
  it('asks the heat of a named dish, never for a spicy pick', () => {
    for (const [p, text, id] of [
      [spice, 'how much kick has the chilli chicken got', 'chilli-chicken'],
      [spice, 'how fiery are the samosas', 'samosa'],
      [pizzeria, 'is the spicy diavola mild', 'spicy-diavola'],
      [deli, 'is the philly cheesesteak hot?', 'philly-cheesesteak'],
    ] as const) {
      const r = p.parse(text);
      expect(intent(r), text).toBe('item_info');
      expect(
        r.itemRefs.map((x) => x.itemId),
        text,
      ).toContain(id);
      expect(r.itemQuestion?.topic, text).toBe('spice');
      expect(
        r.intents.some((i) => i.intent === 'recommend'),
        text,
      ).toBe(false);
    }
  });

  it('a dish this menu lacks, named definitely, is said to be absent, with no spicy pick', () => {
    for (const [p, text, dish] of [
      [diner, 'how fiery is the chicken curry', 'chicken curry'],
      [deli, 'how much heat does the enchilada have', 'enchilada'],
    ] as const) {
      const r = p.parse(text);
      expect(intent(r), text).toBe('item_info');
      expect(
        r.unresolved.map((u) => u.text),
        text,
      ).toContain(dish);
      expect(
        r.intents.some((i) => i.intent === 'recommend'),
        text,
      ).toBe(false);
    }
  });

  it('asks the heat of the dish in focus: "is this one hot?", "is that dish fiery?"', () => {
    for (const text of ['is this one hot?', 'is that dish fiery']) {
      const r = spice.parse(text);
      expect(intent(r), text).toBe('item_info');
      expect(r.itemQuestion?.topic, text).toBe('spice');
    }
  });
});

describe('heat words that ask no heat', () => {
  it('"heat up" and "warm it up" are preparation, no spicy mood', () => {
    for (const text of ['could you heat up the naan', 'warm it up a bit please']) {
      const r = spice.parse(text);
      expect(r.mood, text).toBeUndefined();
      expect(
        r.intents.some((i) => i.intent === 'recommend'),
        text,
      ).toBe(false);
    }
    expect(burritos.parse('can you heat up my waffle').mood).toBeUndefined();
  });

  it('"not too hot" caps the heat, it is no "no"', () => {
    const r = diner.parse('something not too hot please');
    expect(r.intents.some((i) => i.intent === 'deny')).toBe(false);
    expect(r.filters.maxSpice).toBe(1);
  });
});

describe('an existential browse beats the focus pronoun', () => {
  it('"anything that has no milk" asks for dishes, not about the dish in focus', () => {
    const r = spice.parse('do you have anything that has no milk');
    expect(intent(r)).not.toBe('item_info');
    expect(r.filters.allergenFree).toContain('milk');
  });
});

describe('a food word before part of a dish name', () => {
  it('names a dish this menu lacks; the near one is offered, not described', () => {
    const r = diner.parse('tell me about your salmon melt');
    expect(r.itemRefs).toEqual([]);
    const absent = [...r.unresolved, ...(r.absentDishes ?? [])];
    expect(absent.map((u) => u.text)).toEqual(['salmon melt']);
    expect(absent[0]?.suggestions.map((s) => s.id)).toEqual(['patty-melt']);
  });

  it('"hot" of a dish served hot or iced asks its temperature, never its heat', () => {
    const r = venueParser('cafe').parse('is the latte hot');
    expect(r.itemQuestion?.topic).not.toBe('spice');
    expect(r.itemRefs.map((x) => x.itemId)).toContain('latte');
  });
});
