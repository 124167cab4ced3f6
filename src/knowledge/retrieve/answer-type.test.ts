import { describe, expect, it } from 'vitest';
import { askedAnswerTypes, holdsAnswerType } from './answer-type.ts';

describe('askedAnswerTypes', () => {
  it.each([
    ['how long does pickup take', ['duration']],
    ['how much notice for a party order', ['duration']],
    ['how much is the corkage fee', ['money']],
    ['how many guests fit in the back room', ['count']],
    ['what time do you close on sunday', ['clock']],
    ['how long have you been in business', ['year']],
    ['what is your address', ['place']],
    ['where do i collect my order', ['place']],
    ['who do i talk to about a party order', ['contact']],
    ['how much should i tip the driver', ['money']],
    ['do you have a patio', []],
  ])('"%s" asks %j', (q, types) => {
    expect(askedAnswerTypes(q)).toEqual(types);
  });
});

describe('holdsAnswerType', () => {
  it('finds durations, money, clock times, years and street addresses', () => {
    expect(holdsAnswerType('Orders are usually ready in 20 – 25 minutes.', ['duration'])).toBe(true);
    expect(holdsAnswerType('Refunds take 3-5 business days.', ['duration'])).toBe(true);
    expect(holdsAnswerType('Give us an hour for large orders.', ['duration'])).toBe(true);
    expect(holdsAnswerType('Corkage is $12 per bottle.', ['money'])).toBe(true);
    expect(holdsAnswerType('The kitchen closes at 9:30 pm.', ['clock'])).toBe(true);
    expect(holdsAnswerType('Family-run since 1998.', ['year'])).toBe(true);
    expect(holdsAnswerType('Find us at 42 Harbor Road, Portland.', ['place'])).toBe(true);
    expect(holdsAnswerType('Collect it from the shelf inside the side entrance.', ['place'])).toBe(true);
    expect(holdsAnswerType('Write to events@example.com or call (555) 010-2030.', ['contact'])).toBe(true);
    expect(holdsAnswerType('The card reader suggests 15%, 18% or 20%.', ['money'])).toBe(true);
  });

  it('rejects a passage without the asked kind of value', () => {
    expect(holdsAnswerType('Ask for contactless delivery at the door.', ['duration'])).toBe(false);
    expect(holdsAnswerType('We accept all major cards.', ['money'])).toBe(false);
    expect(holdsAnswerType('We are closed on Mondays.', ['clock'])).toBe(false);
    expect(holdsAnswerType('Ask our team about party orders.', ['contact'])).toBe(false);
  });
});
