import { describe, expect, it } from 'vitest';
import { converse, replyText } from '../../testing/rule-conversation.ts';
import { venueParser } from './venue-fixture.ts';

/** Count of "we don't have" notices in a reply. */
const absentNotices = (reply: string) => reply.match(/we don't have/g)?.length ?? 0;

describe('a common product name the menu does not carry is one name', () => {
  it('is said back whole and offered the menu drinks, never read by its parts', async () => {
    const { last, cart } = await converse('taqueria', ["i'll have a red bull"]);
    const reply = replyText(last);
    expect(reply).toContain('"red bull"');
    expect(reply).toContain('Jarritos');
    expect(absentNotices(reply)).toBe(1);
    expect(cart).toEqual([]);
  });

  it('offers drinks, not the dish one of its words names ("dr pepper" is no Sausage & Peppers)', async () => {
    const reply = replyText((await converse('heroes', ['can i get a dr pepper'])).last);
    expect(reply).toContain('"dr pepper"');
    expect(reply).toContain('Fountain Drink');
    expect(reply).not.toContain('Sausage');
  });

  it('said alone, is a drink asked for, not out of scope', async () => {
    const reply = replyText((await converse('heroes', ['a mountain dew'])).last);
    expect(reply).toContain('"mountain dew"');
    expect(reply).toContain('Snapple');
  });

  it('a menu that carries the name reads it as its own', () => {
    const grill = venueParser('grill');
    expect(grill.lines('a dr pepper')).toEqual(['fountain-soda x1 [dr-pepper] -[]']);
    expect(grill.lines('a root beer float')).toEqual(['root-beer-float x1 [] -[]']);
    expect(venueParser('cafe').parse('3 pumps caramel in a large iced latte').intents[0]?.intent).toBe(
      'order_add',
    );
  });

  it('a drink sharing a word with a menu drink offers that one first', () => {
    const r = venueParser('taqueria').parse('a diet coke');
    expect(r.unresolved.map((u) => [u.text, u.suggestions[0]?.name])).toEqual([
      ['diet coke', 'Mexican Coke'],
    ]);
  });
});

describe('unknown words said in a row are one mention', () => {
  it('"a fountain drink" at a venue without one is said absent once', async () => {
    const reply = replyText((await converse('taqueria', ["i'll have a fountain drink"])).last);
    expect(reply).toContain('"fountain drink"');
    expect(absentNotices(reply)).toBe(1);
  });

  it('"root beer" where the menu has neither word is said absent once, whole', async () => {
    const reply = replyText((await converse('taqueria', ['can i get a root beer'])).last);
    expect(reply).toContain('"root beer"');
    expect(absentNotices(reply)).toBe(1);
  });
});
