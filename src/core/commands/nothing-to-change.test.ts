import { describe, expect, it } from 'vitest';
import { saysNothingToChange } from './nothing-to-change.ts';

describe('saysNothingToChange', () => {
  it.each([
    'nope all good',
    "nah that's everything",
    'no, looks right',
    'no',
    'not really',
    'nothing, it is all fine',
    'No thanks, fine as is',
    'nope, all correct',
    "we're good",
    'nah leave it as is',
    'that all looks good thanks',
  ])('"%s" says there is nothing to change', (text) => {
    expect(saysNothingToChange(text)).toBe(true);
  });

  it.each([
    'no add a coke',
    'no, change the rice',
    'no wait',
    'nah, but make it delivery',
    "no it's wrong",
    'looks right?',
    'no actually',
    'nope, the address is wrong',
    'no one taco',
  ])('"%s" asks for something or doubts', (text) => {
    expect(saysNothingToChange(text)).toBe(false);
  });
});
