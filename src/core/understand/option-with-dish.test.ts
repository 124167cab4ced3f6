import { describe, expect, it } from 'vitest';
import { venueParser } from './venue-fixture.ts';

describe('a choice said as a dish "with the <dish>" goes on the dish pointed at', () => {
  it('[diner] "rye toast with the omelet" at the western omelet question is its toast', () => {
    const r = venueParser('diner').parse('rye toast with the omelet', {
      expecting: { group: 'potato', itemId: 'western-omelet' },
    });
    expect(r.lines.map((l) => [l.itemId, l.action])).toEqual([['western-omelet', 'update']]);
    expect(r.lines[0]?.options.map((o) => `${o.group}/${o.choice}`)).toEqual(['toast/rye-toast']);
  });

  it('[diner] with nothing pointed at, the toast stays a dish', () => {
    const r = venueParser('diner').parse('rye toast with the omelet');
    expect(r.lines.map((l) => l.itemId)).toContain('side-toast');
  });

  it('[spice-route] "a masala dosa with a mango lassi" stays two dishes', () => {
    const r = venueParser('spice-route').parse('a masala dosa with a mango lassi', { cart: ['masala-dosa'] });
    expect(r.lines.map((l) => l.itemId)).toEqual(['masala-dosa', 'mango-lassi']);
  });
});
