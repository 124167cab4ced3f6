import { describe, expect, it } from 'vitest';
import { loadVenue } from '../../domain/index.ts';
import type { Venue } from '../../domain/venue.ts';
import { generateCommands } from '../commands/generate-commands.ts';
import { createDialogConfig } from '../config/dialog-config.ts';
import { createSessionState } from '../state/session-state.ts';
import { createUnderstanding, type Understanding } from '../understand/index.ts';
import { answerFact } from './answer-fact.ts';

/** Customer phrasings across the five sample venues: each is read as a question and answered from the fields. */
const PHRASINGS: readonly (readonly [string, string])[] = [
  ['pizzeria', 'what time do you close tonight?'],
  ['pizzeria', 'are you open now?'],
  ['pizzeria', 'when do you open tomorrow?'],
  ['pizzeria', 'open on christmas?'],
  ['pizzeria', 'hours on sunday?'],
  ['pizzeria', 'do you deliver to oak hollow?'],
  ['pizzeria', 'do you deliver to 78613'],
  ['pizzeria', 'is there a minimum?'],
  ['pizzeria', 'how much is delivery?'],
  ['pizzeria', 'free delivery?'],
  ['pizzeria', 'do you take google pay?'],
  ['pizzeria', 'do you take amex'],
  ['pizzeria', 'can i pay cash'],
  ['pizzeria', 'do you accept checks?'],
  ['pizzeria', 'are you open on thanksgiving'],
  ['pizzeria', 'what are your hours'],
  ['pizzeria', 'you guys open mondays?'],
  ['pizzeria', 'how late are you open tonight'],
  ['spice-route', 'do you deliver to natomas?'],
  ['spice-route', 'do you deliver to midtown'],
  ['spice-route', 'is there a minimum order for delivery?'],
  ['spice-route', 'open new years day?'],
  ['spice-route', 'what time does the kitchen close'],
  ['spice-route', 'is apple pay ok'],
  ['spice-route', 'do you take venmo'],
  ['spice-route', 'how much do you charge to deliver'],
  ['burgers', 'are you open right now'],
  ['burgers', 'open till midnight on friday?'],
  ['burgers', "what's the delivery fee"],
  ['burgers', 'do you deliver to rino'],
  ['coffee', 'do you take cash'],
  ['coffee', 'when do you open saturday'],
  ['coffee', 'do you deliver to 97212'],
  ['subs', 'open on easter?'],
  ['subs', 'do you deliver to ybor city'],
  ['subs', 'whats the minimum for delivery'],
  ['subs', 'do you take samsung pay'],
  ['subs', 'closing time?'],
  ['pizzeria', 'are you guys open on christmas eve'],
  ['pizzeria', 'xmas hours?'],
  ['pizzeria', 'what time does delivery stop tonight'],
  ['pizzeria', 'do you deliver on sundays?'],
  ['pizzeria', 'where do you deliver'],
  ['pizzeria', 'how far do you deliver'],
  ['pizzeria', 'do you deliver to austin'],
  ['pizzeria', 'delivery fee?'],
  ['pizzeria', 'is delivery free'],
  ['pizzeria', "what's the minimum order"],
  ['pizzeria', 'is there a delivery minimum'],
  ['pizzeria', 'how much extra do you charge to bring it to my house?'],
  ['pizzeria', 'is google pay accepted?'],
  ['pizzeria', 'can I pay with apple pay'],
  ['pizzeria', 'do you take credit cards'],
  ['pizzeria', 'visa ok?'],
  ['pizzeria', 'what forms of payment do you take'],
  ['spice-route', 'are you open tomorrow'],
  ['spice-route', 'open july 4th?'],
  ['spice-route', 'when does the kitchen stop taking orders'],
  ['spice-route', 'do you deliver to west sacramento'],
  ['spice-route', 'do you deliver to 95819'],
  ['spice-route', 'can i pay with upi'],
  ['spice-route', 'what time do you open on sunday'],
  ['burgers', 'how late are you open on saturday'],
  ['burgers', 'do you deliver to five points'],
  ['burgers', 'can I pay cash on delivery'],
  ['coffee', 'what time do you open tomorrow morning'],
  ['coffee', 'do you deliver to sabin'],
  ['coffee', 'are you open on new years day'],
  ['coffee', 'is there a delivery charge'],
  ['subs', 'are you open sunday'],
  ['subs', 'do you deliver to hyde park'],
  ['subs', 'do you take checks'],
  ['subs', 'are you open on thanksgiving'],
  ['subs', 'whats your hours today'],
];

const venues = new Map<string, { venue: Venue; understanding: Understanding }>();
function load(name: string) {
  let entry = venues.get(name);
  if (!entry) {
    const venue = loadVenue(name);
    entry = { venue, understanding: createUnderstanding(venue.menu, venue.moods, venue.documents) };
    venues.set(name, entry);
  }
  return entry;
}
const config = createDialogConfig();
const NOW = new Date('2026-12-03T00:00:00Z');

describe('fact questions end to end: read as faq, routed to ask_knowledge, answered exactly', () => {
  it.each(PHRASINGS)('%s: "%s"', (name, text) => {
    const { venue, understanding } = load(name);
    const parse = understanding.parse(text);
    expect(parse.intents[0]?.intent).toBe('faq');
    const state = createSessionState({ sessionId: 's', venueId: venue.id, customerId: 'c' });
    expect(generateCommands(parse, state, venue, config).map((c) => c.type)).toContain('ask_knowledge');
    expect(answerFact(text, venue, NOW)?.text).toBeTruthy();
  });
});
