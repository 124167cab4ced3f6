import { describe, expect, it } from 'vitest';
import type { Venue } from '../../domain/venue.ts';
import { fixedClock } from '../../testing/fixed-clock.ts';
import { fixtureVenue } from '../../testing/fixture-venue.ts';
import { InMemoryBackend } from '../../testing/in-memory-backend.ts';
import { parsed, scriptedUnderstanding } from '../../testing/parse-result-builder.ts';
import { sequentialIds } from '../../testing/sequential-ids.ts';
import { createDialogConfig } from '../config/dialog-config.ts';
import type { TurnDeps } from '../dialog/turn-deps.ts';
import { handleTurn, type TurnResult } from '../handle-turn.ts';
import { orderReference } from '../respond/order-reference.ts';
import type { SessionState } from '../state/session-state.ts';

const TABLE = {
  'a coke': parsed('a coke', { intents: ['order_add'], lines: [{ itemId: 'coke' }] }),
  'a water': parsed('a water', { intents: ['order_add'], lines: [{ itemId: 'water' }] }),
  checkout: parsed('checkout', { intents: ['checkout'] }),
  pickup: parsed('pickup', { intents: ['provide_info'], slots: { fulfillment: 'pickup' } }),
  Ana: parsed('Ana', { intents: ['provide_info'], slots: { name: 'Ana' } }),
  '555 123 4567': parsed('555 123 4567', { intents: ['provide_info'], slots: { phone: '555 123 4567' } }),
  card: parsed('card', { intents: ['provide_info'], slots: { paymentMethod: 'card' } }),
  cash: parsed('cash', { intents: ['provide_info'], slots: { paymentMethod: 'cash' } }),
  yes: parsed('yes', { intents: ['affirm'] }),
  no: parsed('no', { intents: ['deny'] }),
  'what did I order?': parsed('what did I order?', { intents: ['show_cart'] }),
  'cancel my order': parsed('cancel my order', { intents: ['cancel'] }),
  'talk to a person': parsed('talk to a person', { intents: ['human_handoff'] }),
  blah: parsed('blah', { intents: ['out_of_scope'] }),
};

const CONTACT = {
  id: 'contact',
  title: 'Contact',
  text: '# Contact\n\n- Phone: (303) 555-0100\n- E-mail: team@bistro.test\n',
};

function setup(options: { venue?: Venue; events?: string[] } = {}) {
  const venue = options.venue ?? fixtureVenue();
  const clock = fixedClock();
  const backend = new InMemoryBackend(venue.menu, { now: () => clock.now() });
  const logged: { event: string; fields: Record<string, unknown> }[] = [];
  const deps: TurnDeps = {
    venue,
    understanding: scriptedUnderstanding(TABLE),
    backend,
    clock,
    ids: sequentialIds(),
    config: createDialogConfig({ askNotes: false }),
    logger: {
      info: (fields, event) => logged.push({ event, fields }),
      warn: () => {},
      error: () => {},
    },
  };
  let state: SessionState | undefined;
  const say = async (text: string): Promise<TurnResult & { reply: string }> => {
    const result = await handleTurn(state, text, deps);
    state = result.state;
    return { ...result, reply: result.events.flatMap((e) => (e.type === 'text' ? [e.text] : [])).join(' ') };
  };
  const placeOrder = async (pay: 'card' | 'cash' = 'card') => {
    for (const text of ['a coke', 'checkout', 'pickup', 'Ana', '555 123 4567', pay]) await say(text);
    const placed = await say('yes');
    expect(placed.state.order?.status).toBe('placed');
    return placed.state.order!.id;
  };
  return { say, placeOrder, backend, clock, logged, state: () => state! };
}

describe('after the order', () => {
  it('"what did I order?" recaps the placed order from the backend: lines, total, status', async () => {
    const t = setup();
    const id = await t.placeOrder();
    t.backend.setOrderStatus(id, 'preparing');
    const recap = await t.say('what did I order?');
    expect(recap.reply).not.toContain(id);
    expect(recap.reply).toMatch(
      new RegExp(`order ${orderReference(id)}.*preparing.*1 × Coke.*Total \\$\\d+\\.\\d\\d`),
    );
    expect(recap.events.find((e) => e.type === 'cart')).toMatchObject({ lines: [{ itemId: 'coke' }] });
    expect(recap.state.order?.status).toBe('preparing');
  });

  it('"cancel my order" asks first, then cancels through the backend within the window', async () => {
    const t = setup();
    const id = await t.placeOrder();
    const asked = await t.say('cancel my order');
    expect(asked.reply).toMatch(new RegExp(`cancel order ${orderReference(id)} \\(\\$`, 'i'));
    expect(asked.state.pending?.kind).toBe('confirm_cancel');
    expect(t.backend.calls).not.toContain('cancelOrder');
    t.clock.advance(3 * 60_000);
    const done = await t.say('yes');
    expect(done.reply).toMatch(new RegExp(`order ${orderReference(id)} is cancelled.*paid goes back`, 'i'));
    expect((await t.backend.getOrder(t.state().customerId, id)).status).toBe('cancelled');
    expect(t.backend.paymentOf(id)?.status).toBe('void');
    expect(done.state.order?.status).toBe('cancelled');
    expect(done.state.pending).toBeNull();
    expect((await t.say('cancel my order')).reply).toMatch(/already cancelled/);
    expect((await t.say('what did I order?')).reply).toMatch(/\(cancelled\)|now cancelled/);
  });

  it('a cash order is cancelled without a refund line; "no" keeps the order', async () => {
    const t = setup();
    const id = await t.placeOrder('cash');
    await t.say('cancel my order');
    const kept = await t.say('no');
    expect(kept.reply).toMatch(
      new RegExp(`order ${orderReference(id)} stands|kept order ${orderReference(id)}`),
    );
    expect((await t.backend.getOrder(t.state().customerId, id)).status).toBe('placed');
    await t.say('cancel my order');
    const done = await t.say('yes');
    expect(done.reply).toMatch(/cancelled/);
    expect(done.reply).not.toMatch(/goes back/);
  });

  it('outside the window: the policy is explained and the team offered; nothing is cancelled', async () => {
    const t = setup({ venue: { ...fixtureVenue(), documents: [CONTACT] } });
    const id = await t.placeOrder();
    await t.say('cancel my order');
    t.clock.advance(6 * 60_000);
    const refused = await t.say('yes');
    expect(refused.reply).toMatch(/can't cancel order .* within 5 minutes of ordering/);
    expect(refused.reply).toMatch(/call \(303\) 555-0100 or e-mail team@bistro\.test/);
    expect((await t.backend.getOrder(t.state().customerId, id)).status).toBe('placed');
    expect(refused.state.pending).toBeNull();
  });

  it('once the kitchen started, the refusal names the status and the statuses allowed', async () => {
    const t = setup();
    const id = await t.placeOrder();
    t.backend.setOrderStatus(id, 'preparing');
    await t.say('cancel my order');
    const refused = await t.say('yes');
    expect(refused.reply).toMatch(/already preparing.*while an order is placed or paid/);
    expect(refused.reply).toMatch(/contact Test Bistro directly/);
  });

  it('reads other wordings after the order even when understanding does not ("remind me what I ordered")', async () => {
    const t = setup();
    const id = await t.placeOrder();
    expect((await t.say('remind me what I ordered')).reply).toMatch(/1 × Coke/);
    const asked = await t.say("I'd like to cancel my order");
    expect(asked.state.pending?.kind).toBe('confirm_cancel');
    expect(asked.reply).toMatch(new RegExp(`cancel order ${orderReference(id)}`, 'i'));
    expect((await t.say("no, don't cancel it")).reply).not.toMatch(/is cancelled/);
  });

  it('"cancel" with an order in progress still clears the cart (not the placed order)', async () => {
    const t = setup();
    const id = await t.placeOrder();
    await t.say('a water');
    const asked = await t.say('cancel my order');
    expect(asked.reply).not.toMatch(id);
    await t.say('yes');
    expect((await t.backend.getOrder(t.state().customerId, id)).status).toBe('placed');
  });
});

describe('hand-off tells the truth', () => {
  it('"talk to a person" gives the contact route from the documents; nobody is said to join', async () => {
    const t = setup({ venue: { ...fixtureVenue(), documents: [CONTACT, ...fixtureVenue().documents] } });
    await t.say('a coke');
    const r = await t.say('talk to a person');
    expect(r.reply).toMatch(/can't bring a person into this chat|can't join this chat/);
    expect(r.reply).toMatch(/\(303\) 555-0100/);
    expect(r.reply).toMatch(/team@bistro\.test/);
    expect(r.reply).toMatch(/Opening hours: We are open Monday to Saturday, 11am to 10pm/);
    expect(r.reply).not.toMatch(/connecting|will join|colleague|member of our team/i);
    expect(r.events.some((e) => e.type === 'handoff')).toBe(false);
    expect(r.state.handedOff).toBe(false);
  });

  it('after repeated failures the offer is of contact details, and "yes" gives them', async () => {
    const t = setup({ venue: { ...fixtureVenue(), documents: [CONTACT] } });
    await t.say('blah');
    const offer = await t.say('blah');
    expect(offer.state.pending?.kind).toBe('offer_handoff');
    expect(offer.reply).toMatch(/contact details/);
    expect(offer.reply).not.toMatch(/connect you/);
    const given = await t.say('yes');
    expect(given.reply).toMatch(/\(303\) 555-0100/);
    expect(given.state.handedOff).toBe(false);
  });

  it('without any contact in the venue it says to contact the venue directly', async () => {
    const t = setup();
    expect((await t.say('talk to a person')).reply).toMatch(/contact Test Bistro directly/);
  });
});

describe('a message about self-harm', () => {
  it.each([
    'I want to kill myself',
    "honestly I don't want to live anymore",
    'thinking about ending my life',
  ])('"%s" gets a kind reply with a pointer to help, and nothing else happens', async (text) => {
    const t = setup();
    await t.say('a coke');
    await t.say('checkout');
    const before = t.state();
    const r = await t.say(text);
    expect(r.reply).toMatch(/sorry you're going through this/);
    expect(r.reply).toMatch(/emergency number/);
    expect(r.reply).toMatch(/crisis line/);
    expect(r.reply).not.toMatch(/outside what I can help|can't help with that/);
    expect(r.trace.commands).toEqual([]);
    expect(r.state.pending).toEqual(before.pending);
    expect(r.state.counters).toEqual(before.counters);
    expect(r.state.cartItems).toEqual(['coke']);
    const safety = t.logged.filter((l) => l.event === 'dialog.safety.self_harm');
    expect(safety).toHaveLength(1);
    expect(JSON.stringify(t.logged)).not.toContain(text);
  });

  it('never starts an order, even when the message names a dish', async () => {
    const t = setup();
    const r = await t.say('I want to kill myself, forget the coke');
    expect(r.state.cartId).toBeNull();
    expect(r.reply).toMatch(/crisis line/);
  });
});
