import { describe, expect, it } from 'vitest';
import { guardMessage } from './guard-message.ts';

describe('guardMessage', () => {
  it('strips markup, then drops card details hidden in it', () => {
    expect(guardMessage('<b>Sam</b>, 4111 <i>1111</i> 1111 1111')).toEqual({
      text: 'Sam',
      cardDropped: true,
    });
    expect(guardMessage('**two** samosas')).toEqual({ text: 'two samosas', cardDropped: false });
    expect(guardMessage('4111\t1111\n1111 1111, Sam')).toEqual({ text: 'Sam', cardDropped: true });
  });

  it('answers a message seen before with the same reading, which no caller can change', () => {
    const message = 'my card is 4111 1111 1111 1111, <b>two</b> samosas';
    const first = guardMessage(message);
    const again = guardMessage(message);
    expect(again).toEqual({ text: 'my card is, two samosas', cardDropped: true });
    expect(again).toEqual(first);
    expect(Object.isFrozen(again)).toBe(true);
    expect(guardMessage(`${message} `)).toEqual(first);
  });
});
