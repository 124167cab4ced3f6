import { describe, expect, it } from 'vitest';
import { loadVenue } from '../../domain/load-venue.ts';
import { createUnderstanding } from './index.ts';

const venue = loadVenue('noodle-bar');
const u = createUnderstanding(venue.menu, venue.moods, venue.documents);

describe('scale words said with a dish', () => {
  it('asks the heat scale for heat said with no level, never says it is not offered', () => {
    const p = u.parse('dan dan noodles but less spicy');
    expect(p.lines[0]?.ask).toContain('spice-level');
    expect(p.lines[0]?.unresolved).toEqual([]);
  });

  it('reads "not spicy" as the numbered scale\'s mild level', () => {
    const p = u.parse('pad thai with tofu, not spicy');
    expect(p.lines[0]?.options.map((o) => o.choice)).toContain('spice-1');
  });

  it('says back a percent the scale lacks and asks the scale', () => {
    const p = u.parse('a thai milk tea with boba 40% sugar');
    expect(p.lines[0]?.ask).toContain('sugar-level');
    expect(p.lines[0]?.unresolved).toEqual(['40%']);
    expect(p.unresolved).toEqual([]);
  });

  it('leaves an offered percent its choice', () => {
    const p = u.parse('a taro milk tea 50% sugar');
    expect(p.lines[0]?.options.map((o) => o.choice)).toContain('sugar-50');
    expect(p.lines[0]?.ask ?? []).toEqual([]);
  });
});
