import { describe, expect, it } from 'vitest';
import { retractsLastRequest } from './retraction-cues.ts';

describe('retractsLastRequest', () => {
  it.each([
    'never mind',
    'Nevermind.',
    'nvm',
    'oh wait, never mind',
    'forget that',
    'scratch that please',
    'undo',
  ])('"%s" takes back the last request', (t) => expect(retractsLastRequest(t)).toBe(true));
  it.each(['cancel my order', 'forget everything', 'start over', 'never mind the lassi', 'cancel it all'])(
    '"%s" is not a bare retraction',
    (t) => expect(retractsLastRequest(t)).toBe(false),
  );
});
