import { describe, expect, it } from 'vitest';
import { normalize } from './normalize.ts';
import { venueParser } from './venue-fixture.ts';
import { whOrderQuestionSpan, whOrderQuestions } from './wh-order-question.ts';

const tok = (text: string) => normalize(text).tokens;
const grill = venueParser('grill');
const pizzeria = venueParser('pizzeria');

describe('whOrderQuestions', () => {
  it('finds an order verb whose object is the wh-word', () => {
    expect(whOrderQuestions(tok('which burgers can i have'))).toHaveLength(1);
    expect(whOrderQuestions(tok('what can i get if i am vegan'))).toHaveLength(1);
    expect(whOrderQuestions(tok('which pizzas could i order without dairy'))).toHaveLength(1);
  });

  it('leaves an order verb with its own object', () => {
    expect(whOrderQuestions(tok('can i have the classic burger'))).toHaveLength(0);
    expect(whOrderQuestions(tok('what a day, can i get a burger'))).toHaveLength(0);
  });

  it('leaves a question answered by a sentence after it', () => {
    expect(whOrderQuestionSpan(tok('which burger can i have? the classic please')).size).toBe(0);
  });
});

describe('a "which X can i have" question', () => {
  it('orders nothing after a stated allergy', () => {
    const r = grill.parse("i'm allergic to eggs, which burgers can i have");
    expect(r.intents.map((i) => i.intent)).not.toContain('order_add');
    expect(r.constraints.allergies).toContain('eggs');
    expect(
      pizzeria.parse("i can't have dairy, which pizzas could i get").intents.map((i) => i.intent),
    ).not.toContain('order_add');
  });

  it('still orders when said directly', () => {
    expect(grill.parse('can i have the classic burger').intents.map((i) => i.intent)).toContain('order_add');
  });
});
