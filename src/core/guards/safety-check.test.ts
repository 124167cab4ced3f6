import { describe, expect, it } from 'vitest';
import { safetyConcernOf } from './safety-check.ts';

describe('safetyConcernOf', () => {
  it.each([
    'I want to kill myself',
    "i'm thinking about killing myself tonight",
    'I feel like hurting myself',
    'sometimes I want to harm myself',
    'I keep cutting myself',
    "I'm suicidal",
    'having suicidal thoughts again',
    "I've been thinking of suicide",
    'I want to end my life',
    'thinking about taking my own life',
    'i just want to die',
    'I wanna die',
    "I don't want to live anymore",
    'i dont want to be alive',
    "what's the point in living",
    "there's no reason to go on",
    'I feel like ending it all',
    'life is not worth living',
    "I wish I wasn't alive",
    'i wish i were dead',
    'everyone would be better off without me',
    "I'm going to end it all",
    'kms',
    'I self-harm',
    'SELF HARM',
    'I want to jump off a bridge',
    'going to overdose on my pills',
    'my friend says he wants to kill himself',
  ])('"%s" is a self-harm concern', (text) => {
    expect(safetyConcernOf(text)).toBe('self_harm');
  });

  it.each([
    'a large pepperoni pizza',
    'what is the point of life, anyway',
    'this tiramisu is to die for',
    "I'm dying for a burger",
    'I could kill for a coke right now',
    'two orders of suicide wings please',
    'the killer burrito, extra hot',
    'cut the pizza into 8 slices',
    'I hurt my back, can you deliver?',
    'kill the onions on the burger',
    'can I help myself to extra napkins',
    'I treat myself to a cannoli every friday',
    'end my order here, checkout',
    "i'm starving, what's good",
    "I'm going to die of hunger if the pizza doesn't come soon",
    "I'd die for a cannoli",
    'i could die for some garlic knots',
    'this chat is killing me, just give me a margherita',
  ])('"%s" is not', (text) => {
    expect(safetyConcernOf(text)).toBeUndefined();
  });

  it('answers a message seen before as the first time', () => {
    for (let i = 0; i < 3; i++) {
      expect(safetyConcernOf('I want to kill myself')).toBe('self_harm');
      expect(safetyConcernOf('a killer margherita please')).toBeUndefined();
    }
  });
});
