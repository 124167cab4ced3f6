import { describe, expect, it } from 'vitest';
import { loadVenue } from '../../domain/index.ts';
import { answerOpenAt } from './open-at.ts';

// the pizzeria: Tuesday 11:00–22:00, delivery 11:30–21:30; a Tuesday at 2 pm in Chicago
const pizzeria = loadVenue('pizzeria');
const now = new Date('2026-12-01T20:00:00Z');
const ask = (question: string, time: string) => answerOpenAt(question, time, pizzeria, now)?.text;

describe('answerOpenAt', () => {
  it('answers an hours question naming a time for that time, not for now', () => {
    expect(ask('are you open at 5pm?', '17:00')).toBe("Yes, we're open today at 5:00 pm.");
    expect(ask('are you open at 11pm?', '23:00')).toBe(
      "No, we're closed today at 11:00 pm: that day we're open 11:00 am – 10:00 pm.",
    );
    expect(ask('do you deliver at 10pm?', '22:00')).toMatch(/^No, we don't deliver today at 10:00 pm: /);
    expect(ask('are you open tomorrow at 9am?', 'tomorrow 09:00')).toMatch(
      /^No, we're closed tomorrow at 9:00 am/,
    );
  });

  it('leaves a named weekday, a time gone by and other questions to the other answers', () => {
    expect(ask('are you open on saturday at 8pm', '20:00')).toBeUndefined();
    expect(ask('are you open at 9am', '09:00')).toBeUndefined();
    expect(ask('can i have a pizza at 7pm', '19:00')).toBeUndefined();
  });
});
