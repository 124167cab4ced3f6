import { describe, expect, it } from 'vitest';
import { closesOrder } from './closes-order.ts';
import { PROCEED } from './dialog-cues.ts';

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

describe('closesOrder: built from the shared order-complete phrases, it reads as before', () => {
  // the whole-message pattern as it was written before its phrases were shared with CUES.checkout
  const BEFORE =
    /^\s*(?:(?:no|nope|nah|naw|ok|okay|yes|yeah|yep|alright|um+|hmm+|so|actually|then|just)[\s,.!]+)*(?:nothing(?: else| more)(?: for (?:me|us|now))?|that'?(?:s|ll be| is| will be) (?:everything|all(?: for (?:now|today|me|us))?|it(?: for (?:now|today|me|us))?)|that(?:'?ll| will| should) do(?: it)?|i'?m (?:all set|good|finished)|i am (?:all set|good|finished)|we'?re (?:all set|good|done)|(?:i'?m |i am )?all set|nothing (?:more|else) to add|no more)(?:[\s,.!]+(?:please|thanks|thank you|then|now|cheers|thx))*\s*[.!]*\s*$/i;
  it.each([
    'nothing else for now',
    'nothing more',
    'nothing more for me',
    'nothing else for today',
    "that's everything",
    'thats everything for now',
    "that'll be it",
    'that will be everything',
    'that is it for today',
    'that is all for us thanks',
    "that'll do",
    'that should do',
    'im finished',
    'i am good',
    "we're done",
    'were all set',
    'all set for now',
    'i am all set',
    "i'm all set",
    'nothing else to add',
    'no more',
    'no more fries',
    'ok so, nothing else thx',
    "that' is all",
    'that is everything for now',
    'i am finished for now',
    'the chicken one',
  ])('"%s" reads as before', (text) => {
    expect(closesOrder(text)).toBe(PROCEED.test(text) || BEFORE.test(text));
  });
});
