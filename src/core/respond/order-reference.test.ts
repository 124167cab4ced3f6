import { describe, expect, it } from 'vitest';
import { orderReference } from './order-reference.ts';

describe('orderReference', () => {
  it('shows the last six letters or digits of a uuid order id, uppercased, without the prefix', () => {
    expect(orderReference('ord_5b59207a-1c2d-4e5f-8a9b-9c1e2fa04b7d')).toBe('#A04B7D');
  });
  it('keeps a short id whole', () => {
    expect(orderReference('ord_3')).toBe('#3');
    expect(orderReference('o_12')).toBe('#12');
  });
  it('never leaks the internal prefix', () => {
    expect(orderReference('ord_ab')).not.toMatch(/ord/i);
  });
});
