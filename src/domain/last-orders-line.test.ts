import { describe, expect, it } from 'vitest';
import { readLastOrdersMinutes } from './last-orders-line.ts';

const doc = (text: string) => ({ id: 'hours', title: 'Hours', text });

describe('readLastOrdersMinutes', () => {
  it('reads the minutes said with "last order(s)" and "before close/closing" in one sentence', () => {
    expect(readLastOrdersMinutes([doc('- Minimum order $15. Last orders 15 minutes before close.')])).toBe(
      15,
    );
    expect(
      readLastOrdersMinutes([
        doc(
          'The kitchen takes its last order 20 minutes before closing; delivery stops 30 minutes before closing.',
        ),
      ]),
    ).toBe(20);
  });

  it('reads nothing from other sentences, and no guess between two counts', () => {
    expect(
      readLastOrdersMinutes([doc('Last orders at the bar. Delivery stops 30 minutes before closing.')]),
    ).toBe(undefined);
    expect(
      readLastOrdersMinutes([
        doc('Last orders 15 minutes before close.'),
        doc('Last orders 30 mins before closing.'),
      ]),
    ).toBeUndefined();
    expect(readLastOrdersMinutes([])).toBeUndefined();
  });
});
