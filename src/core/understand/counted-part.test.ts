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
});
