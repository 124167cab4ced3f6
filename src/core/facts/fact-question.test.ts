import { describe, expect, it } from 'vitest';
import { loadVenue } from '../../domain/index.ts';
import { readFactQuestion } from './fact-question.ts';

const pizzeria = loadVenue('pizzeria');
const spice = loadVenue('spice-route');
const topic = (q: string, venue = pizzeria) => readFactQuestion(q, venue.menu.venue)?.topic;

describe('the fact topic reader', () => {
  it.each([
    ['are you open now?', 'opening-hours'],
    ['what time do you close tonight?', 'opening-hours'],
    ['when do you open tomorrow?', 'opening-hours'],
    ['open on christmas?', 'opening-hours'],
    ['xmas eve hours', 'opening-hours'],
    ['hours on sunday?', 'opening-hours'],
    ['how late are you open', 'opening-hours'],
    ['do you close on holidays?', 'opening-hours'],
    ['what time do you stop delivering', 'opening-hours'],
    ['when does the kitchen stop taking orders', 'opening-hours'],
    ['do you deliver to oak hollow?', 'delivery-area'],
    ['do you deliver to 78613', 'delivery-area'],
    ['how far do you deliver?', 'delivery-area'],
    ['is there a minimum?', 'delivery-minimum'],
    ["what's the least I can order for delivery", 'delivery-minimum'],
    ['how much is delivery?', 'delivery-fee'],
    ['is there a delivery charge', 'delivery-fee'],
    ['how much do I pay for delivery', 'delivery-fee'],
    ['free delivery?', 'free-delivery'],
    ['do you take google pay?', 'payment'],
    ['can i pay with a credit card', 'payment'],
    ['how can I pay?', 'payment'],
    ['cash on delivery?', 'payment'],
  ])('reads "%s" as %s', (q, expected) => {
    expect(topic(q)).toBe(expected);
  });

  it('reads a topic word typed one letter off, and leaves other long words alone', () => {
    expect(topic('whats the minimun for delivry', spice)).toBe('delivery-minimum');
    expect(topic('how much is the delivry fee')).toBe('delivery-fee');
    expect(topic('what is the capital of france')).toBeUndefined();
  });

  it('reads the day, the service and the aspect of an hours question', () => {
    expect(readFactQuestion('what time do you close tonight?', pizzeria.menu.venue)).toEqual({
      topic: 'opening-hours',
      hours: { when: { kind: 'today' }, service: 'venue', aspect: 'closing' },
    });
    expect(readFactQuestion('do you deliver on sundays?', pizzeria.menu.venue)).toEqual({
      topic: 'opening-hours',
      hours: { when: { kind: 'weekday', weekday: 'sunday' }, service: 'delivery', aspect: 'open-now' },
    });
    // an order said with a closing or latest time asks for last orders
    for (const q of ['whats the latest i can put an order in?', 'can i still order before you shut tonight'])
      expect(readFactQuestion(q, pizzeria.menu.venue)).toMatchObject({ hours: { aspect: 'last-orders' } });
    // the customer's own last order is no hours question
    expect(readFactQuestion('what was my last order', pizzeria.menu.venue)).toBeUndefined();
    const eve = readFactQuestion('open christmas eve?', spice.menu.venue);
    expect(eve?.topic === 'opening-hours' && eve.hours.when).toMatchObject({
      kind: 'holiday',
      name: 'Christmas Eve',
    });
  });

  it.each([
    'how long does delivery take?',
    'can I tip the driver?',
    'when is the lunch special?',
    'do you have gluten free pizza?',
    'is the delivery contactless?',
    'what is your phone number',
    'add a large pepperoni',
    'is there a minimum for pickup?',
    'is the bank open on sunday?',
    'what time does walmart close',
    'can i pay my phone bill',
    'do gift cards have an expiry date?',
    'can i get the balance of my gift card back as cash',
    'is the weekend deal available for delivery?',
    'are those hours in eastern time zone?',
  ])('leaves "%s" to retrieval', (q) => {
    expect(readFactQuestion(q, pizzeria.menu.venue)).toBeUndefined();
  });
});
