import { describe, expect, it } from 'vitest';
import { removesLastThing, retractsLastRequest } from './retraction-cues.ts';

describe('retractsLastRequest', () => {
  it.each([
    'never mind',
    'Nevermind.',
    'nvm',
    'oh wait, never mind',
    'forget that',
    'scratch that please',
    'undo',
    'take that off',
    'oops, take it off please',
    'remove that one',
    'get rid of that',
  ])('"%s" takes back the last request', (t) => expect(retractsLastRequest(t)).toBe(true));
  it.each([
    'cancel my order',
    'forget everything',
    'start over',
    'never mind the lassi',
    'cancel it all',
    'take it',
    'take off the onions',
  ])('"%s" is not a bare retraction', (t) => expect(retractsLastRequest(t)).toBe(false));
});

describe('removesLastThing', () => {
  it('is a retraction with a removal verb', () => {
    expect(removesLastThing('take it off')).toBe(true);
    expect(removesLastThing('oh scratch that')).toBe(false);
  });
});
