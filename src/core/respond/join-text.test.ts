import { describe, expect, it } from 'vitest';
import { joinText } from './join-text.ts';

describe('joinText', () => {
  it('puts a space between a finished sentence and the next one', () => {
    expect(joinText('Container: Can, Bottle or Fountain Cup.', 'Now, back to your order: which size?')).toBe(
      'Container: Can, Bottle or Fountain Cup. Now, back to your order: which size?',
    );
    expect(joinText('Added.', '"Anything else?"')).toBe('Added. "Anything else?"');
  });

  it('appends pieces that already carry their space, or continue a word or a number', () => {
    expect(joinText('Added.', ' Anything else?')).toBe('Added. Anything else?');
    expect(joinText('That is $12.', '99 in all.')).toBe('That is $12.99 in all.');
    expect(joinText('Pepperoni Piz', 'za')).toBe('Pepperoni Pizza');
    expect(joinText('', 'Hi.')).toBe('Hi.');
  });
});
