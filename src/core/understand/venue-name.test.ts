import { describe, expect, it } from 'vitest';
import { venueParser } from './venue-fixture.ts';
import { asksAboutVenueName, VENUE_STAND_IN, venueNameReader } from './venue-name.ts';

describe('venueNameReader', () => {
  it('masks the name with a leading "the", any case and punctuation, keeping a possessive', () => {
    const read = venueNameReader('Spice Route');
    expect(read('why is it called Spice Route?').text).toBe(`why is it called ${VENUE_STAND_IN}?`);
    expect(read('is the spice route open on sunday').text).toBe(`is ${VENUE_STAND_IN} open on sunday`);
    expect(read("what's spice route's story").text).toBe(`what's ${VENUE_STAND_IN}'s story`);
  });

  it('reads "&" and "and" alike, and a closing place noun as optional', () => {
    expect(venueNameReader('Brick & Basil Pizzeria')('is brick and basil pizzeria open').named).toBe(true);
    expect(venueNameReader('Pie Shop Pizza Co.')('is pie shop pizza co open on mondays').text).toBe(
      `is ${VENUE_STAND_IN} open on mondays`,
    );
    expect(venueNameReader('Flat Top Burger Grill')('is flat top burger open late').named).toBe(true);
  });

  it('leaves a message without the whole name, and a one-word name, alone', () => {
    expect(venueNameReader('Spice Route')('how spicy is the spice level').named).toBe(false);
    expect(venueNameReader('Flat Top Burger Grill')('a burger from the grill').named).toBe(false);
    expect(venueNameReader('Tacos')('two tacos please').named).toBe(false);
    expect(venueNameReader('Sunny Side Diner')('two eggs sunny side up').named).toBe(false);
    expect(venueNameReader('Sunny Side Diner')('is sunny side diner open').named).toBe(true);
  });

  it('tells a question about the name from one about the venue', () => {
    const read = venueNameReader('Spice Route');
    expect(asksAboutVenueName(read('why is it called spice route'))).toBe(true);
    expect(asksAboutVenueName(read('what does the name spice route mean'))).toBe(true);
    expect(asksAboutVenueName(read('is spice route open on sunday'))).toBe(false);
    expect(asksAboutVenueName(read('why is it called that'))).toBe(false);
  });
});

describe('the venue name in the parse', () => {
  it('asks the documents about the name, not the spice level', () => {
    const r = venueParser('spice-route').parse('why is it called spice route');
    expect(r.intents[0]?.intent).toBe('faq');
    expect(r.why?.intents[0]?.rule).toBe('understanding.venue_name');
    expect(r.itemQuestion).toBeUndefined();
    expect(r.question).toContain('spice route');
  });

  it('reads an hours question that names the venue as one, with no menu word taken from the name', () => {
    const r = venueParser('pieshop').parse('is pie shop pizza co open on mondays');
    expect(r.lines).toEqual([]);
    expect(r.text).not.toMatch(/pizza/i);
    const s = venueParser('spice-route').parse('is spice route open on sunday');
    expect(s.itemQuestion).toBeUndefined();
    expect(s.mood).toBeUndefined();
  });
});
