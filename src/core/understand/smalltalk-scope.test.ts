import { describe, expect, it } from 'vitest';
import { loadVenue } from '../../domain/index.ts';
import type { Intent } from './parse-result.ts';
import { createUnderstanding } from './understanding.ts';

// Issue 7, "Small talk, control and scope", with other wordings of each kind
const venues = Object.fromEntries(
  ['spice-route', 'pizzeria'].map((name) => {
    const v = loadVenue(name);
    return [name, createUnderstanding(v.menu, v.moods, v.documents)];
  }),
);
const u = venues['spice-route'] as ReturnType<typeof createUnderstanding>;
const pizza = venues.pizzeria as ReturnType<typeof createUnderstanding>;
const primary = (text: string, under = u) => under.parse(text).intents[0]?.intent;

const SOCIAL: Partial<Record<Intent, string[]>> = {
  // CLINC150 labels "how are you" a greeting, and so do we: the reply greets
  greet: [
    'hi',
    'hello there',
    'good evening!',
    'good afternoon to you',
    'howdy folks',
    'how are you?',
    'good to see you',
  ],
  goodbye: ['bye', 'see you later', 'ok bye for now', 'catch you later', 'I have to go now, bye'],
  thanks: ['thanks', 'thank you so much', 'cheers mate', 'much appreciated', 'thanks a bunch'],
  affirm: ['yes', 'yeah sure', 'yep', 'that is right', 'absolutely'],
  deny: ['no', 'nope', 'no thank you', 'not really', 'nah'],
  cancel: ['cancel', 'never mind', 'forget it', 'cancel that please', 'stop, forget about it'],
  repeat: [
    'can you repeat that?',
    'say that again',
    'come again?',
    'what did you just say?',
    'sorry, repeat please',
  ],
  bot_challenge: [
    'are you a bot?',
    'am I talking to a real person',
    'is this a human or a machine?',
    'are you an AI',
  ],
  capabilities: [
    'what can you do?',
    'what can I ask you',
    'what are you able to help with?',
    'what can you help me with',
  ],
  chitchat: ['who made you?', 'tell me a joke', 'what is your name?', 'do you have any pets?'],
};

describe('small talk and control across wordings', () => {
  for (const [intent, texts] of Object.entries(SOCIAL))
    it(`recognises ${intent}`, () => {
      for (const text of texts) expect([text, primary(text)]).toEqual([text, intent]);
    });
});

describe('restaurant words never veto a menu or venue reading', () => {
  it.each([
    ['is the restaurant open on sunday', 'faq'],
    ['how long is the wait', 'faq'],
    ['how long is the wait right now?', 'faq'],
    ['what is the wait at the moment?', 'faq'],
    ['is the restaurant open late on fridays?', 'faq'],
    ['how many calories in the samosa', 'item_info'],
    ['how many calories does the samosa have?', 'item_info'],
    ['what should I eat?', 'recommend'],
    ['what should I get for dinner?', 'recommend'],
    ['something sweet?', 'recommend'],
  ] as const)('%s → %s', (text, intent) => {
    expect(primary(text)).toBe(intent);
  });
});

describe('table bookings are not offered', () => {
  it.each([
    'can I book a table for two at 8?',
    'do you take reservations?',
    'I want to reserve a table for saturday',
  ])('%s → table_booking', (text) => {
    expect(primary(text)).toBe('table_booking');
    expect(primary(text, pizza)).toBe('table_booking');
  });

  // the party's size with an ask for the house's pick is no booking (a booking phrase still is)
  it.each([
    "we're a table of 4, what should we get",
    'party of 6, what is good here',
    'we are a group of 8, what do you recommend',
  ])('%s → recommend', (text) => {
    expect(primary(text)).toBe('recommend');
    expect(primary(text, pizza)).toBe('recommend');
  });
});

describe('unrelated requests that contain a menu word stay out of scope', () => {
  it.each([
    'top up my water bottle for the gym',
    'fill my water bottle before the gym',
    'add coke to my shopping list',
    'how do I make butter chicken at home',
    'recommend a plumber',
    'can you recommend a good plumber',
    'can you suggest a nice hotel in paris',
    // the "good" of an ask for a referral is no goodbye
    'recommend a good plumber',
    'recommend me a good podcast',
    'know a good dentist nearby?',
  ])('%s', (text) => {
    expect(primary(text)).toBe('out_of_scope');
    expect(primary(text, pizza)).toBe('out_of_scope');
  });
});

describe("another assistant's task with a menu word or an ordering verb makes no menu action", () => {
  const MENU = [
    'order_add',
    'order_update',
    'order_remove',
    'browse_menu',
    'item_info',
    'recommend',
    'checkout',
  ];
  it.each([
    'how long should i bake a pizza for',
    'can you help me find a recipe for samosas',
    'help me find a good pizza spot in chicago',
    'remind me to order a coke tomorrow',
    'roll the dice for me',
    'spell pepperoni',
    'tell the kids where i am',
    'can i use yogurt instead of cream',
  ])('%s', (text) => {
    for (const under of [u, pizza]) {
      const r = under.parse(text);
      expect([text, MENU.includes(r.intents[0]?.intent ?? '')]).toEqual([text, false]);
      expect(r.lines).toEqual([]);
    }
  });
  it("the venue's own questions and orders keep their reading", () => {
    expect(primary('how long is the wait?')).toBe('faq');
    expect(primary('a large pepperoni pizza at 7pm please', pizza)).toBe('order_add');
  });
});

describe('social wordings that share words with another intent', () => {
  it.each([
    ['thanks, bye', 'goodbye'],
    ['thanks for chatting, later', 'goodbye'],
    ['it is nice to see you', 'greet'],
    ['hey, how is it going?', 'greet'],
    ['ok thanks', 'thanks'],
    ['great job, thank you', 'thanks'],
    ['can you help me with anything i need', 'capabilities'],
    ['nvm', 'cancel'],
  ] as const)('%s → %s', (text, intent) => {
    expect(primary(text)).toBe(intent);
  });
  it('"ok thanks" still answers a pending yes/no question as a yes', () => {
    expect(u.parse('ok thanks', { expecting: 'confirmation' }).intents[0]?.intent).toBe('affirm');
  });
});

describe('only a clear yes confirms', () => {
  it.each(["I'd rather not", "I'd prefer not to", 'yes... actually no', 'sure, no wait'])(
    '%s → deny',
    (text) => {
      expect(u.parse(text, { expecting: 'confirmation' }).intents[0]?.intent).toBe('deny');
    },
  );
  it.each(["I'd like to change something first", 'why?'])('%s is not a yes', (text) => {
    expect(u.parse(text, { expecting: 'confirmation' }).intents[0]?.intent).not.toBe('affirm');
  });
  it.each(['yes', 'yes please', 'sure, why not', 'go ahead'])('%s → affirm', (text) => {
    expect(u.parse(text, { expecting: 'confirmation' }).intents[0]?.intent).toBe('affirm');
  });
});

describe('a mention is not an order', () => {
  it('"no drinks thanks" declines', () => {
    for (const text of ['no drinks thanks', 'no dessert, thanks'])
      expect([text, primary(text)]).toEqual([text, 'deny']);
  });
  it('a joke about a dish is small talk and orders nothing', () => {
    for (const text of [
      'tell me a joke about pepperoni pizza',
      'do you know a funny story about garlic knots?',
    ]) {
      const r = pizza.parse(text);
      expect([text, r.intents[0]?.intent]).toEqual([text, 'chitchat']);
      expect(r.lines).toEqual([]);
    }
  });
});
