import { describe, expect, it } from 'vitest';
import { venueParser } from './venue-fixture.ts';

const heroes = venueParser('heroes');
const torpedo = venueParser('torpedo');
const spice = venueParser('spice-route');
const pieshop = venueParser('pieshop');

const asked = (r: ReturnType<typeof heroes.parse>) =>
  r.unresolved.map((u) => ({ text: u.text, ids: u.suggestions.map((s) => s.id), which: u.which === true }));

describe("a part of dishes' names before a kind noun", () => {
  it('asks which among the dishes both name, never among all of the kind', () => {
    const r = torpedo.parse('can i get an italian sub');
    expect(r.lines).toEqual([]);
    expect(asked(r)).toEqual([{ text: 'italian sub', ids: ['italian-bmt', 'spicy-italian'], which: true }]);
  });

  it('the kind noun names every category holding it (cold and hot heroes)', () => {
    const r = heroes.parse('could i get a chicken hero');
    expect(r.lines).toEqual([]);
    expect(asked(r)).toEqual([
      {
        text: 'chicken hero',
        ids: ['chicken-salad', 'chicken-parm', 'chicken-cutlet', 'chicken-cheesesteak', 'buffalo-chicken'],
        which: true,
      },
    ]);
  });

  it('a count before the words makes it an order to ask about', () => {
    const r = pieshop.parse('a chicken pizza please');
    expect(r.intents[0]?.intent).toBe('order_add');
    expect(r.lines).toEqual([]);
    expect(asked(r)[0]?.ids).toEqual(['bbq-chicken-pizza', 'buffalo-chicken-pizza', 'chicken-bacon-ranch']);
  });

  it("a filter word before the kind's plural browses it, never a missing dish", () => {
    const r = spice.parse('what vegan mains do you have');
    expect(r.intents[0]?.intent).toBe('browse_menu');
    expect(r.unresolved).toEqual([]);
  });

  it('one dish of the kind: that dish', () => {
    expect(pieshop.lines('a meat pizza')).toEqual(['meat-lovers x1 [] -[]']);
  });

  it('no dish of the kind: the whole phrase is not on the menu, nothing added', () => {
    const r = spice.parse("i'd like a lamb burger");
    expect(r.lines).toEqual([]);
    expect(asked(r)).toEqual([
      { text: 'lamb burger', ids: ['lamb-rogan-josh', 'lamb-shank-nihari'], which: false },
    ]);
    const melt = torpedo.parse('a turkey melt please');
    expect(melt.lines).toEqual([]);
    expect(melt.unresolved.map((u) => u.text)).toEqual(['turkey melt']);
  });

  it("a dish named outright that is of the kind stays that dish (the venue's own alias)", () => {
    expect(venueParser('hoagies').lines('gimme a cheesesteak hoagie')).toEqual(['philly x1 [] -[]']);
  });
});

describe('a dish word before an unknown food noun', () => {
  it('names a dish the menu lacks, quoted whole, and adds nothing', () => {
    const r = venueParser('bakehouse').parse('can i get a chai frappuccino');
    expect(r.lines).toEqual([]);
    expect(r.unresolved.map((u) => u.text)).toEqual(['chai frappuccino']);
    expect(
      venueParser('cafe')
        .parse('a coffee cake please')
        .unresolved.map((u) => u.text),
    ).toEqual(['coffee cake']);
  });
});
