import { describe, expect, it } from 'vitest';
import { closesOrder } from './closes-order.ts';

describe('closesOrder: the customer says the order is complete', () => {
  it.each([
    'thats it',
    "that's all",
    'nothing else',
    "that's everything",
    "nah that'll be all",
    'im done',
    'no, nothing else thanks',
    'that should do it',
    "I'm all set",
  ])('"%s" closes the order', (text) => {
    expect(closesOrder(text)).toBe(true);
  });

  it.each(['the al pastor one', 'both', 'all of them', 'no', 'nothing else but a coke', 'is that all?'])(
    '"%s" does not',
    (text) => {
      expect(closesOrder(text)).toBe(false);
    },
  );
});
