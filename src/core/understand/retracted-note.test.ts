import { describe, expect, it } from 'vitest';
import { retractedNote } from './retracted-note.ts';

describe('retractedNote', () => {
  it.each([
    ['extra foam please. actually no notes', ''],
    ['leave it at the door, actually no, ring the bell', 'ring the bell'],
    ['well done. no notes after all', ''],
    ['napkins please, forget that', ''],
  ])('"%s" keeps "%s"', (text, kept) => {
    expect(retractedNote(text)?.kept).toBe(kept);
  });

  it('gives the words the cue took back', () => {
    expect(retractedNote('2 tacos, actually no, 3')).toEqual({ kept: '3', before: '2 tacos' });
  });

  it.each([
    ['extra napkins please'],
    ['no onions please'],
    ['never mind that, extra napkins'],
    ['make it mild actually'],
  ])('"%s" retracts nothing', (text) => {
    expect(retractedNote(text)).toBeUndefined();
  });
});

describe('a cue after a lead-in alone', () => {
  it.each(['oops sorry I meant a bacon cheeseburger', 'oh, I meant the lamb one', 'my bad, never mind'])(
    '"%s" takes back nothing said in the message',
    (t) => expect(retractedNote(t)).toBeUndefined(),
  );
});
