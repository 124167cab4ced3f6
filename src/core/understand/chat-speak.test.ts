import { describe, expect, it } from 'vitest';
import { loadVenue } from '../../domain/index.ts';
import { unstretch } from './chat-speak.ts';
import { normalize } from './normalize.ts';
import { createUnderstanding } from './understanding.ts';

const words = (text: string) => normalize(text).normalized;

describe('chat speak', () => {
  it('brings a stretched word back: a final run to one letter, an inner run to two', () => {
    expect(unstretch('hellooo')).toBe('hello');
    expect(unstretch('byeeee')).toBe('bye');
    expect(unstretch('nooo')).toBe('no');
    expect(unstretch('gooood')).toBe('good');
    expect(unstretch('lattte')).toBe('latte');
    expect(unstretch('pizzza')).toBe('pizza');
    // two letters when they spell a common word
    expect(unstretch('tooo')).toBe('too');
    // a double letter is no stretch
    expect(unstretch('coffee')).toBe('coffee');
    expect(unstretch('hello')).toBe('hello');
  });

  it('expands chat shorthand and keeps words it does not know', () => {
    expect(words('tysm')).toBe('thank you so much');
    expect(words('ttyl')).toBe('talk to you later');
    expect(words('gm!')).toBe('good morning !');
    expect(words('okie dokie')).toBe('okay');
    expect(words('constructor')).toBe('constructor');
    expect(words('toString')).toBe('tostring');
  });

  it('reads a gesture emoji as its words and drops other pictographs', () => {
    expect(words('👋')).toBe('hi');
    expect(words('👍🏽')).toBe('ok');
    expect(words('🙏')).toBe('thanks');
    expect(words('2 pizzas 🍕🍕 please')).toBe('2 pizzas please');
  });
});

describe('small talk typed as people chat', () => {
  const v = loadVenue('pizzeria');
  const u = createUnderstanding(v.menu, v.moods, v.documents);
  const primary = (text: string) => u.parse(text).intents[0]?.intent;

  it.each([
    ['heyyy', 'greet'],
    ['gm', 'greet'],
    ['👋', 'greet'],
    ['byeeee', 'goodbye'],
    ['ttyl', 'goodbye'],
    ['thank youuu so much', 'thanks'],
    ['tysm!!', 'thanks'],
    ['🙏', 'thanks'],
    ['yesss', 'affirm'],
    ['👍', 'affirm'],
    ['cool', 'affirm'],
    ['noooo', 'deny'],
    ['👎', 'deny'],
    ['lmao', 'chitchat'],
    ['haha ur funny', 'chitchat'],
    ['scrap everything', 'cancel'],
    ['lets start over', 'cancel'],
    ['is a person typing these replies', 'bot_challenge'],
    ["g'day", 'greet'],
    ['ok im outta here', 'goodbye'],
    ['signing off now', 'goodbye'],
    ['clear everything', 'cancel'],
    ['sorry?', 'repeat'],
    ['eh?', 'repeat'],
    ['what can this bot do', 'capabilities'],
    ['who am i talking to?', 'bot_challenge'],
    ['thankyou', 'thanks'],
    ['mhmm', 'affirm'],
  ])('%s → %s', (text, intent) => {
    expect(primary(text)).toBe(intent);
  });

  it('a laugh beside an order is tone, not small talk', () => {
    const r = u.parse('lol can i get 2 pepperoni pizzas');
    expect(r.intents[0]?.intent).toBe('order_add');
    expect(r.lines[0]?.quantity).toBe(2);
  });

  it('an everyday word that is an article-led alias ("the works") needs its article', () => {
    expect(primary('yep, that works')).toBe('affirm');
    expect(u.parse('can i get the works').lines.map((l) => l.itemId)).toEqual(['supreme-pizza']);
  });
});

describe("another assistant's request holding a social, status, venue or payment word", () => {
  const v = loadVenue('spice-route');
  const u = createUnderstanding(v.menu, v.moods, v.documents);
  const primary = (text: string) => u.parse(text).intents[0]?.intent;

  it.each([
    'reset my bank card pin',
    'cancel my flight to goa',
    'text my sister that im on the way home',
    'how do you say thank you very much in tamil',
    'which airline has the best restaurant lounges',
    'pay off my credit card bill',
  ])('%s → out_of_scope', (text) => {
    expect(primary(text)).toBe('out_of_scope');
  });

  it('our own requests with those words keep their reading', () => {
    expect(primary('cancel my order')).toBe('cancel');
    expect(primary("where's my food?")).toBe('order_status');
    expect(primary('thanks so much')).toBe('thanks');
    expect(primary('is the restaurant open on sunday')).toBe('faq');
  });
});

describe('contractions typed without the apostrophe, read by what follows', () => {
  const v = loadVenue('spice-route');
  const u = createUnderstanding(v.menu, v.moods, v.documents);
  const reading = (text: string) => {
    const r = u.parse(text);
    return `${r.intents[0]?.intent}: ${r.lines.map((l) => `${l.itemId} x${l.quantity}`).join(', ')}`;
  };

  it.each([
    ['id like 2 of the most amazing butter chickens', 'order_add: butter-chicken x2'],
    ['id love 3 of your best samosas', 'order_add: samosa x3'],
    ['wed like 2 mango lassis', 'order_add: mango-lassi x2'],
    ['well have 2 samosas', 'order_add: samosa x2'],
  ])('"%s" orders', (text, expected) => {
    expect(reading(text)).toBe(expected);
  });

  it('reads "were" opening a clause as "we\'re" before a state', () => {
    expect(reading('were all set')).toBe(reading('we are all set'));
    expect(u.parse('were ready to order').intents[0]?.intent).not.toBe('out_of_scope');
  });

  it('keeps the word where no verb of wanting follows', () => {
    expect(u.parse('do you need to see my id').lines).toEqual([]);
  });
});
