import { describe, expect, it } from 'vitest';
import { afterOrderRequestOf } from './after-order-request.ts';

describe('afterOrderRequestOf', () => {
  it.each([
    'what did I order?',
    'what did i get again',
    'remind me what I ordered',
    'can you tell me what I ordered',
    "what's in my order?",
    'what was my order again',
    'show me my order',
    'read my order back to me',
    'can I see my receipt',
    'what have I ordered so far',
    'order summary please',
    "what's on my order?",
    'what did I end up ordering',
  ])('"%s" asks for a recap', (text) => {
    expect(afterOrderRequestOf(text)).toBe('recap');
  });

  it.each([
    'cancel my order',
    "I'd like to cancel my order",
    'please cancel the order I just placed',
    'can I cancel it?',
    'I want to cancel',
    'call off the order',
    "I don't want my order anymore",
    'scrap that order please',
    'how do I cancel my order',
    'actually I changed my mind, cancel the whole thing',
  ])('"%s" asks to cancel', (text) => {
    expect(afterOrderRequestOf(text)).toBe('cancel');
  });

  it.each([
    "don't cancel my order",
    'please cancel my reservation for tonight',
    'can I cancel my table booking',
    'I want to cancel my card',
    'please do not cancel it',
    'where is my order?',
    'what is my order status',
    'how long until my order is ready',
    'a large pepperoni pizza',
    'I want to order a coke',
    'what do you recommend',
    'thanks!',
    'what did you say?',
    'what have i got on my to-do list',
    'give me the details on my income',
    "i don't need my reservation, can you cancel it",
  ])('"%s" is neither', (text) => {
    expect(afterOrderRequestOf(text)).toBeUndefined();
  });
});
