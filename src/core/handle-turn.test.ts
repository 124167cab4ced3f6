import { describe, expect, it } from 'vitest';
import { MaitreError } from '../errors/maitre-error.ts';
import { fixedClock } from '../testing/fixed-clock.ts';
import { fixtureVenue } from '../testing/fixture-venue.ts';
import { InMemoryBackend } from '../testing/in-memory-backend.ts';
import { parsed, scriptedUnderstanding } from '../testing/parse-result-builder.ts';
import { sequentialIds } from '../testing/sequential-ids.ts';
import { createDialogConfig, type DialogConfigInput } from './config/dialog-config.ts';
import type { TurnDeps } from './dialog/turn-deps.ts';
import { handleTurn, type TurnResult } from './handle-turn.ts';
import type { BackendPort } from './ports/backend-port.ts';
import { SessionState } from './state/session-state.ts';
import type { ParseResult } from './understand/parse-result.ts';

const venue = fixtureVenue();
const size = (choice: string) => ({ group: 'pizza-size', choice, choiceName: choice, quantity: 1 });

const TABLE: Record<string, ParseResult> = {
  'two large margheritas': parsed('two large margheritas', {
    intents: ['order_add'],
    lines: [{ itemId: 'margherita', quantity: 2, options: [size('large')] }],
  }),
  'a margherita': parsed('a margherita', { intents: ['order_add'], lines: [{ itemId: 'margherita' }] }),
  'a coke': parsed('a coke', { intents: ['order_add'], lines: [{ itemId: 'coke' }] }),
  'a satay chicken': parsed('a satay chicken', {
    intents: ['order_add'],
    lines: [{ itemId: 'satay-chicken' }],
  }),
  'a tiramisu': parsed('a tiramisu', { intents: ['order_add'], lines: [{ itemId: 'tiramisu' }] }),
  '18000 waters': parsed('18000 waters', {
    intents: ['order_add'],
    lines: [{ itemId: 'water', quantity: 18000 }],
  }),
  '12 waters': parsed('12 waters', { intents: ['order_add'], lines: [{ itemId: 'water', quantity: 12 }] }),
  'make that two': parsed('make that two', { intents: ['order_update'], quantity: 2 }),
  'I meant pepsi': parsed('I meant pepsi', {
    intents: ['order_update'],
    lines: [{ itemId: 'pepsi', action: 'replace', quantityExplicit: false }],
  }),
  'remove the coke': parsed('remove the coke', {
    intents: ['order_remove'],
    lines: [{ itemId: 'coke', action: 'remove' }],
  }),
  'nut allergy': parsed('nut allergy', {
    intents: ['provide_info'],
    constraints: { allergies: ['peanuts', 'tree-nuts'] },
  }),
  checkout: parsed('checkout', { intents: ['checkout'] }),
  yes: parsed('yes', { intents: ['affirm'] }),
  no: parsed('no', { intents: ['deny'] }),
  cancel: parsed('cancel', { intents: ['cancel'] }),
  delivery: parsed('delivery', { intents: ['provide_info'], slots: { fulfillment: 'delivery' } }),
  pickup: parsed('pickup', { intents: ['provide_info'], slots: { fulfillment: 'pickup' } }),
  '1 Long Street': parsed('1 Long Street', {
    intents: ['provide_info'],
    slots: { address: '1 Long Street' },
  }),
  Ana: parsed('Ana', { intents: ['provide_info'], slots: { name: 'Ana' } }),
  '555 123 4567': parsed('555 123 4567', { intents: ['provide_info'], slots: { phone: '555 123 4567' } }),
  card: parsed('card', { intents: ['provide_info'], slots: { paymentMethod: 'card' } }),
  skip: parsed('skip'),
  'open on sunday?': parsed('open on sunday?', { intents: ['faq'] }),
  'do you have a helipad?': parsed('do you have a helipad?', { intents: ['faq'] }),
  stressed: parsed('stressed', { intents: ['recommend'], mood: 'stressed' }),
  human: parsed('human', { intents: ['human_handoff'] }),
  'five things': parsed('five things', {
    intents: ['order_add'],
    lines: ['coke', 'pepsi', 'water', 'sorbet', 'chickpea-curry'].map((itemId) => ({ itemId })),
  }),
};

function setup(options: { config?: DialogConfigInput; backend?: BackendPort } = {}) {
  const backend = options.backend ?? new InMemoryBackend(venue.menu);
  const deps: TurnDeps = {
    venue,
    understanding: scriptedUnderstanding(TABLE),
    backend,
    clock: fixedClock(),
    ids: sequentialIds(),
    config: createDialogConfig(options.config),
  };
  let state: SessionState | undefined;
  let last: TurnResult | undefined;
  const say = async (text: string) => {
    last = await handleTurn(state, text, deps);
    state = last.state;
    return last;
  };
  const reply = (r: TurnResult) => r.events.flatMap((e) => (e.type === 'text' ? [e.text] : [])).join(' ');
  const cart = async () =>
    state?.cartId
      ? (await backend.getCart(state.customerId, state.cartId)).lines.map((l) => `${l.quantity}×${l.itemId}`)
      : [];
  return { deps, backend, say, reply, cart, state: () => state! };
}

async function checkoutToSummary(t: ReturnType<typeof setup>) {
  await t.say('checkout');
  await t.say('pickup');
  await t.say('Ana');
  await t.say('555 123 4567');
  await t.say('card');
  return t.say('skip');
}

describe('handleTurn: the ordering flow', () => {
  it('takes an order through slot filling to a placed order and a payment link', async () => {
    const t = setup();
    const added = await t.say('two large margheritas');
    expect(t.reply(added)).toMatch(/2 × Margherita \(Large\)/);
    expect(t.state().pending?.kind).toBe('items');
    expect((await t.say('checkout')).state.pending).toMatchObject({ kind: 'slot', slot: 'fulfillment' });
    expect((await t.say('delivery')).state.pending?.slot).toBe('address');
    expect((await t.say('1 Long Street')).state.pending?.slot).toBe('name');
    expect((await t.say('Ana')).state.pending?.slot).toBe('phone');
    expect((await t.say('555 123 4567')).state.pending?.slot).toBe('paymentMethod');
    expect((await t.say('card')).state.pending?.slot).toBe('notes');
    const summary = await t.say('skip');
    const card = summary.events.find((e) => e.type === 'order_summary');
    // the server's totals: 2 × (1000 + 300) = 2600, tax 10% = 260, delivery 300
    expect(card).toMatchObject({
      totals: {
        subtotal: { amount: 2600 },
        tax: { amount: 260 },
        deliveryFee: { amount: 300 },
        total: { formatted: '$31.60' },
      },
    });
    expect(t.state().order).toBeUndefined();
    const placed = await t.say('yes');
    expect(placed.state.order).toMatchObject({ status: 'placed', total: 3160 });
    expect(placed.events.some((e) => e.type === 'payment_link')).toBe(true);
    expect(placed.state.frames).toEqual([]);
  });

  it('asks for a required option with quick replies from the choices, then adds the line', async () => {
    const t = setup();
    const asked = await t.say('a margherita');
    expect(asked.state.pending).toMatchObject({ kind: 'option', group: 'pizza-size', itemId: 'margherita' });
    expect(asked.events.at(-1)).toEqual({ type: 'quick_replies', replies: ['Small', 'Medium', 'Large'] });
    expect(await t.cart()).toEqual([]);
    await t.say('medium');
    expect(await t.cart()).toEqual(['1×margherita']);
  });

  it('places the order only after a yes; a no keeps it open', async () => {
    const t = setup();
    await t.say('a coke');
    await checkoutToSummary(t);
    await t.say('no');
    expect(t.state().order).toBeUndefined();
    expect((t.backend as InMemoryBackend).calls).not.toContain('placeOrder');
  });

  it('reuses the idempotency key when placing is retried after a failure', async () => {
    const inner = new InMemoryBackend(venue.menu);
    const keys: string[] = [];
    let failures = 1;
    const flaky: BackendPort = Object.assign(Object.create(inner), {
      placeOrder: async (...args: Parameters<BackendPort['placeOrder']>) => {
        keys.push(args[2]);
        if (failures-- > 0) throw new Error('socket hang up');
        return inner.placeOrder(...args);
      },
    });
    const t = setup({ backend: flaky });
    await t.say('a coke');
    await checkoutToSummary(t);
    const failed = await t.say('yes');
    expect(t.reply(failed)).toMatch(/went wrong|snag/);
    expect(failed.state.order).toBeUndefined();
    const retried = await t.say('yes');
    expect(retried.state.order?.status).toBe('placed');
    expect(keys).toHaveLength(2);
    expect(keys[0]).toBe(keys[1]);
  });

  it('tells the customer why the backend refused a line, and keeps going', async () => {
    const inner = new InMemoryBackend(venue.menu);
    const refusing: BackendPort = Object.assign(Object.create(inner), {
      addLine: async () => {
        throw new MaitreError('INVALID_OPTIONS', 'the options for Coke are not valid', {
          problems: [{ path: 'options[0]', message: 'Ice is sold out today' }],
        });
      },
    });
    const t = setup({ backend: refusing });
    const r = await t.say('a coke');
    expect(t.reply(r)).toMatch(/couldn't do that for the Coke: Ice is sold out today/);
    expect(r.state.counters.errors).toBe(0);
  });

  it('tells which lines are out of stock when placing fails', async () => {
    const backend = new InMemoryBackend(venue.menu);
    const t = setup({ backend });
    await t.say('a coke');
    await checkoutToSummary(t);
    backend.setStock('coke', 0);
    const result = await t.say('yes');
    expect(t.reply(result)).toMatch(/Coke is sold out/);
    expect(result.state.order).toBeUndefined();
  });
});

describe('handleTurn: repairs', () => {
  it('"make that two" changes the last line and keeps the rest', async () => {
    const t = setup();
    await t.say('two large margheritas');
    await t.say('a coke');
    await t.say('make that two');
    expect(await t.cart()).toEqual(['2×margherita', '2×coke']);
  });

  it('"I meant pepsi" swaps the last drink, "remove the coke" removes only the coke', async () => {
    const t = setup();
    await t.say('two large margheritas');
    await t.say('a coke');
    await t.say('I meant pepsi');
    expect(await t.cart()).toEqual(['2×margherita', '1×pepsi']);
    await t.say('a coke');
    await t.say('remove the coke');
    expect(await t.cart()).toEqual(['2×margherita', '1×pepsi']);
  });

  it('answers a digression and asks the pending question again', async () => {
    const t = setup();
    await t.say('a coke');
    await t.say('checkout');
    const r = await t.say('open on sunday?');
    expect(t.reply(r)).toMatch(/Sunday we are closed.*back to your order.*(deliver|pickup)/i);
    expect(r.state.pending?.slot).toBe('fulfillment');
  });

  it('says plainly when the documents do not answer', async () => {
    const t = setup();
    expect(t.reply(await t.say('do you have a helipad?'))).toMatch(/not sure|don't know/);
  });

  it('cancels only after a confirmation', async () => {
    const t = setup();
    await t.say('a coke');
    expect((await t.say('cancel')).state.pending?.kind).toBe('confirm_cancel');
    expect(await t.cart()).toEqual(['1×coke']);
    await t.say('yes');
    expect(await t.cart()).toEqual([]);
    expect(t.state().frames).toEqual([]);
  });

  it("offers the team after repeated failures and, on yes, gives the venue's contact route", async () => {
    const t = setup();
    await t.say('blah');
    const second = await t.say('blah blah');
    expect(second.state.pending?.kind).toBe('offer_handoff');
    const handed = await t.say('yes');
    // nobody can join the chat yet (issue 7): no hand-off card, the truth instead
    expect(handed.events.some((e) => e.type === 'handoff')).toBe(false);
    expect(t.reply(handed)).toMatch(/can't bring a person into this chat/);
    expect(handed.state.handedOff).toBe(false);
  });

  it('caps re-prompts for one slot before offering a person', async () => {
    const t = setup({ config: { maxRepromptsPerSlot: 1, maxUnderstandingFailures: 99 } });
    await t.say('a coke');
    await t.say('checkout');
    await t.say('zzz');
    expect(t.state().pending?.slot).toBe('fulfillment');
    expect((await t.say('zzz')).state.pending?.kind).toBe('offer_handoff');
  });
});

describe('handleTurn: hard constraints', () => {
  it('flags an allergy conflict before the item enters the cart', async () => {
    const t = setup();
    await t.say('nut allergy');
    const flagged = await t.say('a satay chicken');
    expect(t.reply(flagged)).toMatch(/contains peanuts/);
    expect(await t.cart()).toEqual([]);
    await t.say('yes');
    expect(await t.cart()).toEqual(['1×satay-chicken']);
  });

  it('refuses an out-of-stock item with alternatives from the same category', async () => {
    const t = setup();
    const r = await t.say('a tiramisu');
    expect(t.reply(r)).toMatch(/Tiramisu.*(not available|out of).*Lemon Sorbet/);
    expect(await t.cart()).toEqual([]);
  });

  it('refuses absurd quantities and confirms large ones', async () => {
    const t = setup();
    expect(t.reply(await t.say('18000 waters'))).toMatch(/limit is 50/);
    expect((await t.say('12 waters')).state.pending?.kind).toBe('confirm_quantity');
    expect(await t.cart()).toEqual([]);
    await t.say('yes');
    expect(await t.cart()).toEqual(['12×water']);
  });

  it('holds the per-item cap for the cart, however many messages add to it, and the order cap', async () => {
    const t = setup({
      config: { maxQuantityPerLine: 30, maxQuantityPerOrder: 26, confirmQuantityAbove: 100 },
    });
    await t.say('12 waters');
    // a bare "12 waters" again asks "12 in total or 12 more?" (more_or_total)
    await t.say('12 waters');
    await t.say('more');
    // the same dish added again raises its line
    expect(await t.cart()).toEqual(['24×water']);
    const third = await t.say('12 waters');
    expect(t.reply(third)).toMatch(/already have 24 and the limit is 30 per item\. I can add up to 6 more/);
    expect(await t.cart()).toEqual(['24×water']);
    await t.say('a coke');
    const over = await t.say('two large margheritas');
    expect(t.reply(over)).toMatch(/take your order to 27 items, above our limit of 26/);
    expect(await t.cart()).toEqual(['24×water', '1×coke']);
  });

  it('recommends for a mood within the stated constraints and adds on yes', async () => {
    const t = setup();
    const r = await t.say('stressed');
    expect(t.reply(r)).toMatch(/Warm and mild/);
    expect(r.state.pending?.kind).toBe('offer_item');
    await t.say('yes');
    expect((await t.cart()).length + (t.state().pending?.kind === 'option' ? 1 : 0)).toBe(1);
  });
});

describe('handleTurn: the turn as a function', () => {
  it('returns plain JSON state that validates, and does not mutate its input', async () => {
    const t = setup();
    await t.say('a coke');
    const before = structuredClone(t.state());
    const frozen = JSON.parse(JSON.stringify(before));
    const next = await handleTurn(before, 'checkout', t.deps);
    expect(before).toEqual(frozen);
    expect(SessionState.parse(JSON.parse(JSON.stringify(next.state)))).toEqual(next.state);
  });

  it('words replies the same way for the same session, turn and message', async () => {
    const a = setup();
    const b = setup();
    expect(a.reply(await a.say('two large margheritas'))).toBe(b.reply(await b.say('two large margheritas')));
  });

  it('stops at an exceeded step budget, keeps and tells what was added, and asks for the rest', async () => {
    const t = setup({ config: { maxStepsPerTurn: 6 } });
    const r = await t.say('five things');
    expect(t.reply(r)).toMatch(/Coke.*Water.*stopped there.*one thing at a time/s);
    expect(t.reply(r)).not.toMatch(/Sorbet/);
    expect(r.state.counters.errors).toBe(0);
    expect(r.state.cartItems).toEqual(['coke', 'pepsi', 'water']);
  });

  it('cuts long messages to the configured length and says so', async () => {
    const t = setup({ config: { maxMessageLength: 20 } });
    const r = await t.say('x'.repeat(500));
    expect(r.state.history[0]?.text).toHaveLength(20);
    expect(t.reply(r)).toMatch(/first 20 characters/);
  });

  it('reads 2,000 characters by default and says nothing of a cut below that', async () => {
    const t = setup();
    const r = await t.say('x'.repeat(2000));
    expect(r.state.history[0]?.text).toHaveLength(2000);
    expect(t.reply(r)).not.toMatch(/characters/);
    const long = await t.say('y'.repeat(2001));
    expect(long.state.history.at(-2)?.text).toHaveLength(2000);
    expect(t.reply(long)).toMatch(/first 2,000 characters/);
  });
});
