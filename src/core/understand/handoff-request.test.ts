import { describe, expect, it } from 'vitest';
import { asksForPerson } from './handoff-request.ts';
import { normalize } from './normalize.ts';

const asks = (text: string) => asksForPerson(normalize(text).tokens, text.trim().endsWith('?'));

describe('asksForPerson', () => {
  it('reads a staff word, someone to reach with a verb of contact, or a way to reach the venue', () => {
    for (const text of [
      'this is useless, human pls',
      'get me a manager',
      'can i call someone',
      'can i just call the store',
      'is there a number i can ring',
      'could somebody there phone me back',
      'whats your number, i want to call',
    ])
      expect(asks(text), text).toBe(true);
  });

  it('is no request for a person when a number is given, someone is only mentioned, or staff are asked about', () => {
    for (const text of [
      'my number is 555 0100, call me',
      'is it ok for someone with a nut allergy?',
      'i want something for someone who is vegan',
      'is the staff friendly at the restaurant on weekends?',
      'could you be a real person',
      'am i speaking with someone real',
      'can i just give you my card number here in the chat',
      'whats my order number, can you message it',
      // the someone is who names, not who is reached
      'what do you guys call this place',
      'what do people call this sandwich',
    ])
      expect(asks(text), text).toBe(false);
  });
});
