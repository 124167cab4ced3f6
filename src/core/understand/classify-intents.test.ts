import { describe, expect, it } from 'vitest';
import { INTENTS, type Intent, type ParseContext } from './parse-result.ts';
import { fixtureUnderstanding } from './test-fixture.ts';

const u = fixtureUnderstanding();
const intent = (text: string, context?: ParseContext) => u.parse(text, context).intents[0]?.intent;
const intents = (text: string, context?: ParseContext) => u.parse(text, context).intents.map((i) => i.intent);

const EXAMPLES: Record<Intent, string[]> = {
  greet: ['hi', 'hello there', 'good morning', 'how are you?'],
  goodbye: ['bye', 'see you later'],
  thanks: ['thanks', 'thank you so much'],
  chitchat: ['who made you?', 'tell me a joke'],
  bot_challenge: ['are you a bot?', 'am I talking to a real person'],
  capabilities: ['what can you do?', 'what can I ask you'],
  browse_menu: [
    'what vegan mains do you have',
    'anything without nuts',
    'show me the menu',
    'what desserts do you have?',
  ],
  item_info: ["what's in the paneer tikka", 'how much is the latte', 'is the coke vegan?', 'is it spicy?'],
  recommend: ["I'm stressed", 'something cozy', 'what do you recommend?'],
  order_add: ['a coke please', 'can I get two margheritas', 'I would like the chicken tikka'],
  order_remove: ['remove the coke', 'take off the latte'],
  order_update: ['actually make that two', 'I meant pepsi', 'add bacon to the burger'],
  show_cart: ["what's in my cart", 'show my order', "what's left in my order", "what's on my tab"],
  checkout: ["that's all", 'checkout please'],
  provide_info: ['delivery please', 'my name is Ana Lopez', 'I will pay cash'],
  affirm: ['yes', 'yeah sure'],
  deny: ['no', 'nope'],
  cancel: ['cancel my order', 'never mind'],
  repeat: ['can you repeat that?', 'say that again'],
  help: ['help', 'how does this work?'],
  human_handoff: ['can I talk to a human', 'let me speak to the manager'],
  faq: ['are you open on sunday?', 'what are your opening hours', 'do you do weddings?'],
  order_status: ['where is my order', 'how long until my food arrives'],
  table_booking: ['can I book a table for four tonight?', 'do you take reservations'],
  out_of_scope: [
    'how much has the dow changed today',
    "what's the weather in paris",
    'book a flight to rome',
  ],
};

describe('intents', () => {
  it('covers the closed list', () => {
    expect(Object.keys(EXAMPLES).sort()).toEqual([...INTENTS].sort());
  });

  for (const [name, texts] of Object.entries(EXAMPLES)) {
    it(`recognises ${name}`, () => {
      for (const text of texts) expect([text, intent(text)]).toEqual([text, name]);
    });
  }

  it('reports several requests in one message', () => {
    expect(intents('a coke, and are you open on sunday?')).toEqual(
      expect.arrayContaining(['order_add', 'faq']),
    );
    expect(intents('a masala dosa, and make the biryani extra spicy')).toEqual(
      expect.arrayContaining(['order_add', 'order_update']),
    );
  });

  it('reads "well done" after an order line as a cooking degree, not praise or a checkout', () => {
    expect(intents('a margherita pizza, well done')).not.toEqual(expect.arrayContaining(['thanks']));
    expect(intents('a margherita pizza, well done')).not.toEqual(expect.arrayContaining(['checkout']));
    expect(intents('a margherita pizza, well done')).toContain('order_add');
    // alone it is still praise; "done" after an order is still the end of it
    expect(intent('well done')).toBe('thanks');
    expect(intents('a margherita pizza, done')).toContain('checkout');
  });

  it('reads a discourse marker before a request as that request ("nvm just place it")', () => {
    const atSummary: ParseContext = { expecting: 'confirmation' };
    expect(intent('nvm just place it', atSummary)).toBe('affirm');
    expect(intents('nvm just place it', atSummary)).not.toContain('cancel');
    expect(intent('never mind, go ahead and place it', atSummary)).toBe('affirm');
    expect(intent('nvm')).toBe('cancel');
    expect(intent('never mind')).toBe('cancel');
  });

  it('reads a request anywhere after a discourse marker as the request only, no cancel', () => {
    for (const text of [
      'never mind, show my cart',
      'nevermind. i want to see my cart',
      'oh nvm whats the total',
    ])
      expect(intents(text), text).toEqual(['show_cart']);
    expect(intent('never mind, cancel everything')).toBe('cancel');
    expect(intent('oh never mind')).toBe('cancel');
  });

  it('gives every intent a confidence between 0 and 1, sorted', () => {
    const r = u.parse('two cokes and a margherita');
    expect(r.intents[0]).toEqual({ intent: 'order_add', confidence: expect.any(Number) });
    for (const i of r.intents) expect(i.confidence).toBeGreaterThan(0);
    const c = r.intents.map((i) => i.confidence);
    expect([...c].sort((a, b) => b - a)).toEqual(c);
  });

  it('uses the pending question: confirmation, slots, an option group', () => {
    expect(intent('yes please', { expecting: 'confirmation' })).toBe('affirm');
    expect(intent('go ahead', { expecting: 'confirmation' })).toBe('affirm');
    expect(intent('place it', { expecting: 'confirmation' })).toBe('affirm');
    expect(intent('wait', { expecting: 'confirmation' })).toBe('deny');
    expect(intent('John', { expecting: 'name' })).toBe('provide_info');
    const r = u.parse('large', { expecting: { group: 'pizza-size', itemId: 'margherita-pizza' } });
    expect(r.intents[0]?.intent).toBe('order_update');
    expect(r.lines[0]).toMatchObject({ itemId: 'margherita-pizza', options: [{ choice: 'large' }] });
  });

  it('says which rule gave each intent (ParseResult.why)', () => {
    const r = u.parse('a coke please');
    expect(r.why?.intents[0]).toMatchObject({ intent: 'order_add', rule: 'menu.add' });
    expect(r.why?.intents.map((w) => w.intent)).toEqual(r.intents.map((i) => i.intent));
    expect(r.why?.scope.class).toBe('restaurant');
    expect(u.parse('book a flight to rome').why?.scope.class).toBe('out_of_scope');
  });

  it('never turns unrelated requests into menu actions', () => {
    for (const text of [
      'add milk to my shopping list',
      'how much is my water bill',
      'set a timer for the pizza',
      'how do I make chicken tikka masala at home',
      'what is the nutritional info for a coke',
    ])
      expect([text, intent(text)]).toEqual([text, 'out_of_scope']);
  });

  it('reads an allergen asked of "it" or "that" as a question about the dish in focus, whichever allergen', () => {
    const context: ParseContext = { cart: ['coke'] };
    for (const text of [
      'does it have milk',
      'any soy in it',
      'does that have eggs',
      'is there sesame in that',
    ])
      expect([text, intent(text, context)]).toEqual([text, 'item_info']);
    expect(intent('what time is it', context)).toBe('out_of_scope');
  });
});
