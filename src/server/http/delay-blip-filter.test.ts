import { describe, expect, it } from 'vitest';
import { DelayBlipFilter } from './load-shedding.ts';

describe('DelayBlipFilter', () => {
  it('admits requests during the first sample interval of a pressure episode, then sheds', () => {
    const filter = new DelayBlipFilter(50);
    expect(filter.admits(1_000)).toBe(true); // one slow turn made the next sample read high
    expect(filter.admits(1_010)).toBe(true);
    expect(filter.admits(1_049)).toBe(true);
    expect(filter.admits(1_050)).toBe(false); // pressure outlasted a sample: overload
    expect(filter.admits(1_090)).toBe(false);
    expect(filter.admits(1_139)).toBe(false);
  });

  it('starts a new episode after two quiet intervals', () => {
    const filter = new DelayBlipFilter(50);
    filter.admits(0);
    expect(filter.admits(60)).toBe(false);
    expect(filter.admits(200)).toBe(true); // nothing met pressure for over 100 ms
    expect(filter.admits(260)).toBe(false);
  });
});
