import { describe, expect, it } from 'vitest';
import { venueParser } from './venue-fixture.ts';

const intents = (p: ReturnType<typeof venueParser>, text: string) =>
  p.parse(text).intents.map((i) => i.intent);

describe('a casual question naming a menu category is a browse, not "say it again"', () => {
  it.each([
    ['pizzeria', 'what sides you got'],
    ['burritos', 'what drinks u got'],
    ['spice-route', 'which desserts you got'],
  ])('at %s: "%s"', (venue, text) => {
    const got = intents(venueParser(venue), text);
    expect(got).toContain('browse_menu');
    expect(got).not.toContain('repeat');
  });

  it('asking to hear it again is still a repeat', () => {
    expect(intents(venueParser('pizzeria'), 'come again?')).toContain('repeat');
  });
});
