import { describe, expect, it } from 'vitest';
import { venueParser } from './venue-fixture.ts';

const torpedo = venueParser('torpedo');
const intents = (text: string) => torpedo.parse(text).intents.map((i) => i.intent);

describe('a greeting run into the message', () => {
  it('reads what follows as said alone, the greeting beside it', () => {
    for (const text of ['hi what time do you close', 'hi are you open right now', 'hello do you deliver'])
      expect([text, intents(text)]).toEqual([text, ['faq', 'greet']]);
    expect(intents('hello! whats vegan here')).toEqual(['browse_menu', 'greet']);
    const order = torpedo.parse('hi there can i get a spicy italian');
    expect(order.intents.map((i) => i.intent)).toEqual(['order_add', 'greet']);
    expect(order.lines.map((l) => l.itemId)).toEqual(['spicy-italian']);
  });

  it('keeps the customer text and offsets pointing into it', () => {
    const r = torpedo.parse('hi can i get a lasagna');
    expect(r.text).toBe('hi can i get a lasagna');
    const absent = r.unresolved.find((u) => u.text === 'lasagna');
    expect(absent?.span && r.text.slice(...absent.span)).toBe('lasagna');
  });

  it('leaves a greeting whole when what follows reads as nothing or it is all there is', () => {
    for (const text of ['hey bot', 'hi there anyone around', 'hey', 'hi guys', 'hey how are you doing'])
      expect([text, intents(text)[0]]).toEqual([text, 'greet']);
    // "do you deliver" asks: it sets no delivery
    expect(torpedo.parse('hello do you deliver').slots.fulfillment).toBeUndefined();
  });
});
