import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../testing/fixed-clock.ts';
import { fixtureVenue } from '../../testing/fixture-venue.ts';
import { InMemoryBackend } from '../../testing/in-memory-backend.ts';
import { parsed, scriptedUnderstanding } from '../../testing/parse-result-builder.ts';
import { sequentialIds } from '../../testing/sequential-ids.ts';
import { createDialogConfig } from '../config/dialog-config.ts';
import type { TurnDeps } from '../dialog/turn-deps.ts';
import { handleTurn } from '../handle-turn.ts';
import type { BackendPort } from '../ports/backend-port.ts';
import type { Logger } from '../ports/logger.ts';
import type { SessionState } from '../state/session-state.ts';
import { createUnderstanding } from '../understand/understanding.ts';

const base = fixtureVenue();
/** The fixture venue in the US, with the real rule understanding. */
const venue = { ...base, menu: { ...base.menu, venue: { ...base.menu.venue, country: 'US' } } };

/** A conversation with the real understanding, recording every backend call and log line. */
function conversation() {
  const inner = new InMemoryBackend(venue.menu);
  const calls: string[] = [];
  const backend = new Proxy(inner, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        calls.push(JSON.stringify(args));
        return value.apply(target, args);
      };
    },
  }) as BackendPort;
  const logs: string[] = [];
  const logger: Logger = {
    info: (f, e) => logs.push(JSON.stringify([e, f])),
    warn: (f, e) => logs.push(JSON.stringify([e, f])),
    error: (f, e) => logs.push(JSON.stringify([e, f])),
  };
  const deps: TurnDeps = {
    venue,
    understanding: createUnderstanding(venue.menu, venue.moods, venue.documents),
    backend,
    clock: fixedClock(),
    ids: sequentialIds(),
    config: createDialogConfig({}),
    logger,
  };
  let state: SessionState | undefined;
  const replies: string[] = [];
  const say = async (text: string) => {
    const r = await handleTurn(state, text, deps);
    state = r.state;
    const reply = JSON.stringify(r.events);
    replies.push(reply);
    return { ...r, reply };
  };
  return { say, calls, logs, replies, state: () => state as SessionState };
}

describe('checkout slots in a conversation', () => {
  it('a card number anywhere never reaches a slot, a note, a reply, the history, a log or the backend', async () => {
    const c = conversation();
    await c.say('a coke');
    await c.say('checkout');
    await c.say('pickup');
    const named = await c.say('Ana, my card is 4111 1111 1111 1111 cvv 123');
    expect(named.reply).toMatch(/payment link/);
    expect(c.state().slots.name).toBe('Ana');
    // "my card is" (the number dropped) still says how Ana pays
    expect(c.state().slots.paymentMethod).toBe('card');
    await c.say('555 123 4567');
    await c.say('leave it at the counter, card 5555 5555 5555 4444 exp 12/29');
    expect(c.state().slots.notes).toBe('leave it at the counter, card');
    const placed = await c.say('yes');
    expect(placed.state.order?.id).toBeDefined();
    const everything = [JSON.stringify(c.state()), ...c.replies, ...c.logs, ...c.calls].join('\n');
    for (const secret of ['4111', '5555 5555', '5555555555554444', 'cvv', '12/29'])
      expect(everything).not.toContain(secret);
  });

  it('a message that is only a card number is answered with the payment-link rule and the question again', async () => {
    const c = conversation();
    await c.say('a coke');
    await c.say('checkout');
    await c.say('pickup');
    await c.say('Ana');
    await c.say('555 123 4567');
    const r = await c.say('4111-1111-1111-1111');
    expect(r.reply).toMatch(/payment link.*How would you like to pay|payment link.*Payment/);
    expect(r.state.slots.paymentMethod).toBeUndefined();
    expect(r.state.pending?.slot).toBe('paymentMethod');
  });

  it('stores phone numbers formatted for the venue country and refuses an impossible one', async () => {
    const c = conversation();
    await c.say('a coke');
    await c.say('checkout');
    await c.say('pickup');
    await c.say('Ana');
    const bad = await c.say('555 010 010');
    expect(bad.reply).toMatch(/phone number/);
    expect(bad.state.pending?.slot).toBe('phone');
    const good = await c.say('five five five, zero one zero, zero one zero zero');
    expect(good.state.slots.phone).toBe('(555) 010-0100');
  });

  it('strips markup from names, addresses and notes before storing or showing them', async () => {
    const c = conversation();
    await c.say('a coke');
    await c.say('checkout');
    await c.say('delivery');
    await c.say('<i>7 Rose Lane</i>, Springfield');
    expect(c.state().slots.address).toBe('7 Rose Lane, Springfield');
    const named = await c.say('<img src=x onerror=alert(1)>**Kim**');
    expect(c.state().slots.name).toBe('Kim');
    expect(named.reply).not.toMatch(/onerror|\*\*|<img/);
  });
});

describe('setSlot checks values whoever proposed them', () => {
  it('stores plain text and formatted phone numbers even when a generator proposes markup', async () => {
    const script = {
      'a coke': parsed('a coke', { intents: ['order_add'], lines: [{ itemId: 'coke' }] }),
      checkout: parsed('checkout', { intents: ['checkout'] }),
      pickup: parsed('pickup', { intents: ['provide_info'], slots: { fulfillment: 'pickup' } }),
      name: parsed('name', {
        intents: ['provide_info'],
        slots: { name: '<b>Ana</b> [Ruiz](http://x.example)' },
      }),
      phone: parsed('phone', { intents: ['provide_info'], slots: { phone: '555.010.0100' } }),
      bad: parsed('bad', { intents: ['provide_info'], slots: { phone: '12 34' } }),
    };
    const deps: TurnDeps = {
      venue,
      understanding: scriptedUnderstanding(script),
      backend: new InMemoryBackend(venue.menu),
      clock: fixedClock(),
      ids: sequentialIds(),
      config: createDialogConfig({}),
    };
    let state: SessionState | undefined;
    for (const m of ['a coke', 'checkout', 'pickup', 'name'])
      state = (await handleTurn(state, m, deps)).state;
    expect(state?.slots.name).toBe('Ana Ruiz');
    const bad = await handleTurn(state, 'bad', deps);
    expect(bad.state.slots.phone).toBeUndefined();
    expect(bad.events.map((e) => (e.type === 'text' ? e.text : '')).join(' ')).toMatch(
      /complete phone number/,
    );
    const good = await handleTurn(bad.state, 'phone', deps);
    expect(good.state.slots.phone).toBe('(555) 010-0100');
  });
});
