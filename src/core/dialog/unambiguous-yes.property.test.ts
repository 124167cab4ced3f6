import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Order } from '../../contract/backend-api.ts';
import { loadVenue } from '../../domain/load-venue.ts';
import { fixedClock } from '../../testing/fixed-clock.ts';
import { InMemoryBackend } from '../../testing/in-memory-backend.ts';
import { sequentialIds } from '../../testing/sequential-ids.ts';
import { createDialogConfig } from '../config/dialog-config.ts';
import { handleTurn } from '../handle-turn.ts';
import type { BotEvent } from '../respond/bot-event.ts';
import type { SessionState } from '../state/session-state.ts';
import { createUnderstanding } from '../understand/index.ts';

/**
 * Property: over random conversations (fixed seed), every placed order was preceded by a summary of
 * exactly that cart (lines, totals, fulfillment, payment) that was still the pending question, and the
 * message that placed it is a plain yes. The oracle is the test's own labelling of its messages, not
 * the module under test. Liveness: a plain yes to a summary just shown places the order (unless the
 * backend refuses it), so the property is not met by never placing anything.
 */

/** Plain yeses: the only messages allowed to place an order. */
const YES = ['yes', 'yes please', 'sure', 'ok place it', 'yep', 'yes thanks', 'go ahead'];
/** Not yeses, many of them looking like one. */
const NOT_YES = [
  'no',
  "I'd rather not",
  "I'd prefer not to",
  "I'd like to change something first",
  'yes... actually no',
  'sure, but make it delivery to 12 Elm Street',
  'yes and add a coke',
  'yes but pay by card instead',
  'nah, not yet',
  'wait',
  'yes?',
  'hmm, let me think',
  'ok, but remove the coke',
];
const ITEMS = [
  'three samosas and a mango lassi',
  'a coke',
  'two paneer tikka',
  'add a samosa',
  'remove the coke',
  'make that two',
  'a chicken biryani',
  'regular',
  'another mango lassi',
];
const DETAILS = [
  'pickup',
  'delivery',
  '12 Elm Street',
  'Sam',
  '555 123 4567',
  'cash',
  'card',
  'skip',
  'actually, pickup',
  'pay by card instead',
];
const OTHER = ['how much is it so far?', 'what are your hours?', 'show my order', 'repeat that', 'thanks'];
const CHECKOUT = ['checkout', "that's all"];
/** The usual path to the summary, so that most conversations reach it. */
const TO_SUMMARY = ['checkout', 'pickup', 'Sam', '555 123 4567', 'cash', 'skip'];

const message = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...YES).map((m) => [m]) },
  { weight: 4, arbitrary: fc.constantFrom(...NOT_YES).map((m) => [m]) },
  { weight: 4, arbitrary: fc.constantFrom(...ITEMS).map((m) => [m]) },
  { weight: 3, arbitrary: fc.constantFrom(...DETAILS).map((m) => [m]) },
  { weight: 1, arbitrary: fc.constantFrom(...OTHER).map((m) => [m]) },
  { weight: 1, arbitrary: fc.constantFrom(...CHECKOUT).map((m) => [m]) },
  { weight: 2, arbitrary: fc.constant(TO_SUMMARY) },
);
const conversation = fc
  .tuple(fc.constantFrom(...ITEMS.slice(0, 3)), fc.array(message, { minLength: 2, maxLength: 8 }))
  .map(([first, rest]) => [first, ...rest.flat()]);

type Summary = Extract<BotEvent, { type: 'order_summary' }>;

/** What differs between a placed order and the summary the customer said yes to (empty: nothing). */
function differences(order: Order, summary: Summary, slots: SessionState['slots']): string[] {
  const out: string[] = [];
  const lines = (xs: { itemId: string; quantity: number; total: number }[]) =>
    JSON.stringify(xs.map((l) => [l.itemId, l.quantity, l.total]));
  const ordered = lines(order.lines.map((l) => ({ ...l, total: l.lineTotal })));
  const shown = lines(summary.lines.map((l) => ({ ...l, total: l.lineTotal.amount })));
  if (ordered !== shown) out.push(`lines ${ordered} vs summary ${shown}`);
  if (order.totals.total !== summary.totals.total.amount)
    out.push(`total ${order.totals.total} vs ${summary.totals.total.amount}`);
  if (order.fulfillment !== summary.fulfillment) out.push(`fulfillment ${order.fulfillment}`);
  // the details the order went out with (the session's, at placing) are the ones the summary showed
  const shownDetails = [summary.address ?? '', summary.name, summary.phone, summary.paymentMethod];
  const used = [slots.fulfillment === 'delivery' ? (slots.address ?? '') : '', slots.name, slots.phone];
  if (JSON.stringify(used) !== JSON.stringify(shownDetails.slice(0, 3))) out.push('details');
  if (order.paymentMethod !== summary.paymentMethod) out.push('payment method');
  return out;
}

describe('property: only a clear yes to the summary of exactly that cart places an order', () => {
  const venue = loadVenue('spice-route');
  const understanding = createUnderstanding(venue.menu, venue.moods, venue.documents);
  const config = createDialogConfig();

  it('holds over 1,000 random conversations', async () => {
    let placed = 0;
    let freshYeses = 0;
    await fc.assert(
      fc.asyncProperty(conversation, async (messages) => {
        const backend = new InMemoryBackend(venue.menu);
        const deps = { venue, understanding, backend, clock: fixedClock(), ids: sequentialIds(), config };
        let state: SessionState | undefined;
        let lastSummary: Summary | undefined;
        let summaryJustShown = false;
        for (const text of messages) {
          const before = state;
          const result = await handleTurn(state, text, deps);
          state = result.state;
          const newOrder = state.order && state.order.id !== before?.order?.id ? state.order : undefined;
          if (summaryJustShown && YES.includes(text)) freshYeses++;
          if (newOrder) {
            placed++;
            const problems: string[] = [];
            if (!YES.includes(text)) problems.push(`placed on "${text}", not a plain yes`);
            if (before?.pending?.kind !== 'confirm_order') problems.push('the summary was not the question');
            if (!lastSummary) problems.push('no summary was shown');
            else {
              const order = await backend.getOrder(state.customerId, newOrder.id);
              problems.push(...differences(order, lastSummary, state.slots));
            }
            if (problems.length > 0) throw new Error(`${problems.join('; ')} in [${messages.join(' | ')}]`);
          } else if (summaryJustShown && YES.includes(text)) {
            // liveness: a plain yes to the summary just shown places it, unless the backend refuses
            const reply = result.events.flatMap((e) => (e.type === 'text' ? [e.text] : [])).join(' ');
            if (!/minimum|sorry|couldn't|can't/i.test(reply))
              throw new Error(`a plain "${text}" to a fresh summary did not place: ${reply}`);
          }
          const summary = result.events.find((e): e is Summary => e.type === 'order_summary');
          if (summary) lastSummary = summary;
          summaryJustShown = summary !== undefined && state.pending?.kind === 'confirm_order';
          if (newOrder) lastSummary = undefined;
        }
      }),
      { numRuns: 1000, seed: 20261130, endOnFailure: true },
    );
    // the property is not vacuous: many conversations reach a placed order
    expect(placed).toBeGreaterThan(100);
    expect(freshYeses).toBeGreaterThan(100);
  }, 120_000);
});
