import { describe, expect, it } from 'vitest';
import { measureMachineSpeed } from './machine-speed.ts';

describe('measureMachineSpeed', () => {
  it('times the fixed workload: the best pass is positive and no slower than the median', () => {
    const speed = measureMachineSpeed(3);
    expect(speed.bestMs).toBeGreaterThan(0);
    expect(speed.bestMs).toBeLessThanOrEqual(speed.medianMs);
  });
});
