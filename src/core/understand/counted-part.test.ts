import { describe, expect, it } from 'vitest';
import { converse, replyText } from '../../testing/rule-conversation.ts';
import { venueParser } from './venue-fixture.ts';

const slices = venueParser('slices');

describe('a part counted after "how many" is no dish', () => {
  it('"how many slices does the pepperoni pie have" asks about the pie only', () => {
    const r = slices.parse('how many slices does the pepperoni pie have');
    expect(r.intents[0]?.intent).toBe('item_info');
    expect(r.itemRefs.map((x) => x.itemId)).toEqual(['pepperoni-pie']);
    expect(r.lines).toEqual([]);
  });

  it('"how many slices does it have" asks about the dish in focus, no Cheese Slice named', async () => {
    const c = await converse('slices', ['a pepperoni pie', 'how many slices does it have']);
    expect(replyText(c.last)).toContain('Pepperoni Pie');
    expect(replyText(c.last)).not.toContain('Cheese Slice');
    expect(c.cart).toEqual([]);
  });

  it('with nothing after naming the holder, the counted dish stays asked about', () => {
    const r = venueParser('pieshop').parse('how many wings come in an order');
    expect(r.itemRefs.map((x) => x.itemId)).toContain('chicken-wings');
  });

  it('"how many slices are in the large" with no dish in focus answers from the size choice\'s label', async () => {
    const c = await converse('slices', ['how many slices are in the large']);
    expect(replyText(c.last)).toMatch(/Large is 18" and 8 slices/);
    expect(replyText(c.last)).not.toContain('Cheese Slice');
  });
});

describe('a count update said with a verb of raising or lowering', () => {
  it('"bump those up to 12" sizes the wings by their counted choice', async () => {
    const c = await converse('slices', ['6 chicken wings with bbq', 'bump those up to 12']);
    expect(c.cart).toHaveLength(1);
    expect(c.cart[0]?.quantity).toBe(1);
    expect(c.cart[0]?.options?.map((o) => o.choice)).toContain('12-wings');
  });

  it('"take them down to 1" sets how many of a dish with no counted choice', async () => {
    const c = await converse('slices', ['3 cannoli', 'take them down to 1']);
    expect(c.cart.map((l) => [l.itemId, l.quantity])).toEqual([['cannoli', 1]]);
  });
});

describe('a unit of measure before a thing asks for the thing', () => {
  it('"a quart of kefir" is an order of a dish the menu lacks, never out of scope', async () => {
    const c = await converse('slices', ['a quart of kefir']);
    expect(replyText(c.last)).toMatch(/don't have "kefir"/i);
    expect(replyText(c.last)).not.toMatch(/outside|can't help/i);
  });
});
