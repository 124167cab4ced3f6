import { describe, expect, it } from 'vitest';
import { formatMoney } from './format-money.ts';

describe('formatMoney', () => {
  it('formats minor units with the currency', () => {
    expect(formatMoney(1299, 'USD')).toBe('$12.99');
    expect(formatMoney(0, 'USD')).toBe('$0.00');
    expect(formatMoney(45000, 'INR')).toBe('₹450.00');
    expect(formatMoney(1500, 'JPY')).toBe('¥1,500');
  });
});
