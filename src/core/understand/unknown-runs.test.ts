import { describe, expect, it } from 'vitest';
import { normalize } from './normalize.ts';
import { withUnitCounts } from './unknown-runs.ts';

describe('withUnitCounts', () => {
  it('says an unknown unit word back with the number before it', () => {
    const { tokens } = normalize('milk tea 30% sugar');
    expect(withUnitCounts([{ text: 'percent', suggestions: [] }], tokens).map((u) => u.text)).toEqual([
      '30 percent',
    ]);
  });

  it('leaves a unit word with no number before it, and any other word', () => {
    const { tokens } = normalize('what percent is it, fountain');
    expect(
      withUnitCounts(
        [
          { text: 'percent', suggestions: [] },
          { text: 'fountain', suggestions: [] },
        ],
        tokens,
      ).map((u) => u.text),
    ).toEqual(['percent', 'fountain']);
  });
});
