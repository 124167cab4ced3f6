import { describe, expect, it } from 'vitest';
import { fixedClock } from '../testing/fixed-clock.ts';
import { fixtureVenue } from '../testing/fixture-venue.ts';
import { InMemoryBackend } from '../testing/in-memory-backend.ts';
import { parsed, scriptedUnderstanding } from '../testing/parse-result-builder.ts';
import { sequentialIds } from '../testing/sequential-ids.ts';
import { createDialogConfig } from './config/dialog-config.ts';
import type { TurnDeps } from './dialog/turn-deps.ts';
import { handleTurn, type TurnResult } from './handle-turn.ts';
import type { Phraser } from './ports/phraser.ts';
import type { TurnPart } from './ports/turn-sink.ts';
import { Act, type ActOf } from './respond/acts.ts';
import type { BotEvent } from './respond/bot-event.ts';
import { quickRepliesOf, renderActs } from './respond/render-acts.ts';
import type { SessionState } from './state/session-state.ts';
import type { ParseResult } from './understand/parse-result.ts';

const venue = fixtureVenue();
const size = (choice: string) => ({ group: 'pizza-size', choice, choiceName: choice, quantity: 1 });

const TABLE: Record<string, ParseResult> = {
  'two large margheritas': parsed('two large margheritas', {
    intents: ['order_add'],
    lines: [{ itemId: 'margherita', quantity: 2, options: [size('large')] }],
  }),
  'a coke and a pepsi': parsed('a coke and a pepsi', {
    intents: ['order_add'],
    lines: [{ itemId: 'coke' }, { itemId: 'pepsi' }],
  }),
  'a small and a large margherita': parsed('a small and a large margherita', {
    intents: ['order_add'],
    lines: [
      { itemId: 'margherita', options: [size('small')] },
      { itemId: 'margherita', options: [size('large')] },
    ],
  }),
  '2 cokes': parsed('2 cokes', { intents: ['order_add'], lines: [{ itemId: 'coke', quantity: 2 }] }),
  'a tiramisu': parsed('a tiramisu', { intents: ['order_add'], lines: [{ itemId: 'tiramisu' }] }),
  '18000 waters': parsed('18000 waters', {
    intents: ['order_add'],
    lines: [{ itemId: 'water', quantity: 18000 }],
  }),
  'remove the coke': parsed('remove the coke', {
    intents: ['order_remove'],
    lines: [{ itemId: 'coke', action: 'remove' }],
  }),
  'open on sunday?': parsed('open on sunday?', { intents: ['faq'] }),
  checkout: parsed('checkout', { intents: ['checkout'] }),
  pickup: parsed('pickup', { intents: ['provide_info'], slots: { fulfillment: 'pickup' } }),
  Ana: parsed('Ana', { intents: ['provide_info'], slots: { name: 'Ana' } }),
  '555 123 4567': parsed('555 123 4567', { intents: ['provide_info'], slots: { phone: '555 123 4567' } }),
  card: parsed('card', { intents: ['provide_info'], slots: { paymentMethod: 'card' } }),
  skip: parsed('skip'),
  yes: parsed('yes', { intents: ['affirm'] }),
};

function setup(extra: Partial<TurnDeps> = {}) {
  const backend = new InMemoryBackend(venue.menu);
  const deps: TurnDeps = {
    venue,
    understanding: scriptedUnderstanding(TABLE),
    backend,
    clock: fixedClock(),
    ids: sequentialIds(),
    config: createDialogConfig(),
    ...extra,
  };
  let state: SessionState | undefined;
  const say = async (text: string, parts?: TurnPart[]) => {
    const result = await handleTurn(
      state,
      text,
      deps,
      parts ? { sink: { write: (p) => void parts.push(p) } } : {},
    );
    state = result.state;
    return result;
  };
  return { backend, deps, say };
}

const ofType = <T extends Act['type']>(r: TurnResult, type: T) =>
  r.acts.filter((a): a is ActOf<T> => a.type === type);

/** The events a sink's parts describe: deltas joined until a card. */
function eventsOfParts(parts: readonly TurnPart[]): BotEvent[] {
  const events: BotEvent[] = [];
  for (const p of parts) {
    if (p.type === 'card') events.push(p.event);
    else if (p.type === 'text-delta') {
      const last = events.at(-1);
      if (last?.type === 'text') last.text += p.delta;
      else events.push({ type: 'text', text: p.delta });
    }
  }
  return events;
}

describe('a turn records structured acts', () => {
  it('an addition: lines with option labels and backend totals, then the question pending', async () => {
    const t = setup();
    const r = await t.say('two large margheritas');
    const [added] = ofType(r, 'items_added');
    // the backend's prices: 2 × (1000 + 300) = 2600, tax 10%
    expect(added).toMatchObject({
      lines: [{ itemId: 'margherita', name: 'Margherita', quantity: 2, options: ['Large'], lineTotal: 2600 }],
      totals: { currency: 'USD', subtotal: 2600, tax: 260 },
    });
    expect(ofType(r, 'question')).toMatchObject([
      { kind: 'anything_else', choices: ['Check out', 'Show my order'], resume: false },
    ]);
    for (const a of r.acts) expect(Act.safeParse(a).success).toBe(true);
  });

  it('additions of one message share one act and one sentence', async () => {
    const t = setup();
    const r = await t.say('a coke and a pepsi');
    const added = ofType(r, 'items_added');
    expect(added).toHaveLength(1);
    expect(added[0]!.lines.map((l) => l.itemId)).toEqual(['coke', 'pepsi']);
    expect(r.events[0]).toMatchObject({
      type: 'text',
      text: expect.stringMatching(/1 × Coke and 1 × Pepsi/),
    });
  });

  it('a refusal carries its reason and the alternatives offered', async () => {
    const t = setup();
    const soldOut = await t.say('a tiramisu');
    const [refused] = ofType(soldOut, 'item_refused');
    expect(refused).toMatchObject({ reason: 'unavailable', item: { itemId: 'tiramisu', name: 'Tiramisu' } });
    expect(refused!.alternatives.map((a) => a.itemId)).toContain('sorbet');
    const tooMany = await t.say('18000 waters');
    expect(ofType(tooMany, 'item_refused')).toMatchObject([
      { reason: 'quantity_line', item: { itemId: 'water' }, quantity: 18000 },
    ]);
  });

  it('removal, a fact answer, the summary and the order placed are acts', async () => {
    const t = setup();
    await t.say('two large margheritas');
    await t.say('a coke and a pepsi');
    expect(ofType(await t.say('remove the coke'), 'items_removed')).toMatchObject([
      { lines: [{ itemId: 'coke', quantity: 1 }], totals: { subtotal: 2800 } },
    ]);
    const answer = ofType(await t.say('open on sunday?'), 'knowledge_answer');
    expect(answer).toMatchObject([
      {
        confident: true,
        passages: [{ text: expect.stringMatching(/Sunday/), source: { document: 'hours' } }],
      },
    ]);
    for (const m of ['checkout', 'pickup', 'Ana', '555 123 4567', 'card']) await t.say(m);
    const summary = await t.say('skip');
    expect(ofType(summary, 'summary')).toMatchObject([
      {
        fulfillment: 'pickup',
        name: 'Ana',
        totals: { subtotal: 2800 },
        lines: [{ itemId: 'margherita' }, {}],
      },
    ]);
    expect(ofType(summary, 'question')).toMatchObject([{ kind: 'confirm_order' }]);
    const placed = await t.say('yes');
    expect(ofType(placed, 'order_placed')).toMatchObject([
      { total: 3080, currency: 'USD', payment: { kind: 'link', amount: 3080 } },
    ]);
  });
});

describe('the respond stage', () => {
  it('renders the acts into exactly the events returned (templates, offline)', async () => {
    const t = setup();
    for (const m of ['two large margheritas', 'a tiramisu', 'open on sunday?']) {
      const r = await t.say(m);
      const rendered = renderActs(r.acts, {
        seed: `${r.state.sessionId}:${r.state.turn}:${m}`,
        venueName: venue.menu.venue.name,
      });
      const replies = quickRepliesOf(r.acts);
      expect(r.events).toEqual(replies ? [...rendered, { type: 'quick_replies', replies }] : rendered);
    }
  });

  it('writes the reply to the sink part by part, finish last', async () => {
    const t = setup();
    const parts: TurnPart[] = [];
    const r = await t.say('a tiramisu', parts);
    expect(parts.at(-1)).toEqual({ type: 'finish' });
    expect(parts.filter((p) => p.type === 'finish')).toHaveLength(1);
    expect(eventsOfParts(parts)).toEqual(r.events);
  });

  it('a phraser words the text from the acts, streamed, then the cards', async () => {
    const seen: Act[][] = [];
    const phraser: Phraser = {
      phrase(acts) {
        seen.push([...acts]);
        return (async function* () {
          yield 'Two large ';
          yield 'margheritas, added.';
        })();
      },
    };
    const t = setup({ phraser });
    const parts: TurnPart[] = [];
    const r = await t.say('two large margheritas', parts);
    expect(seen[0]?.map((a) => a.type)).toContain('items_added');
    expect(parts.slice(0, 2)).toEqual([
      { type: 'text-delta', delta: 'Two large ' },
      { type: 'text-delta', delta: 'margheritas, added.' },
    ]);
    expect(r.events[0]).toEqual({ type: 'text', text: 'Two large margheritas, added.' });
    expect(r.events.at(-1)).toMatchObject({ type: 'quick_replies' });
    expect(r.state.lastReply).toBe('Two large margheritas, added.');
  });

  it('a phraser that fails before its first word leaves the turn to the templates', async () => {
    const phraser: Phraser = {
      phrase() {
        throw new Error('model down');
      },
    };
    const withModel = await setup({ phraser }).say('two large margheritas');
    const plain = await setup().say('two large margheritas');
    expect(withModel.events).toEqual(plain.events);
  });
});

describe('a phraser that breaks mid-reply', () => {
  it('keeps the words already sent, then the cards', async () => {
    const phraser: Phraser = {
      phrase() {
        return (async function* () {
          yield 'Sorry, ';
          throw new Error('connection reset');
        })();
      },
    };
    const parts: TurnPart[] = [];
    const r = await setup({ phraser }).say('a tiramisu', parts);
    expect(r.events[0]).toEqual({ type: 'text', text: 'Sorry, ' });
    expect(r.events.map((e) => e.type)).toEqual(['text', 'item_list', 'quick_replies']);
    expect(eventsOfParts(parts)).toEqual(r.events);
  });
});

describe('backend calls per turn', () => {
  it('an ordinary add mid-order costs two calls: the item, then the addition (whose cart is reused)', async () => {
    const t = setup();
    await t.say('two large margheritas');
    t.backend.calls.length = 0;
    const r = await t.say('2 cokes');
    expect(t.backend.calls).toEqual(['getItem', 'addLine']);
    expect(ofType(r, 'items_added')).toMatchObject([{ totals: { subtotal: 3000 } }]);
    expect(r.state.cartItems).toEqual(['margherita', 'coke']);
  });

  it('two additions in one message read the cart at most once', async () => {
    const t = setup();
    await t.say('two large margheritas');
    t.backend.calls.length = 0;
    await t.say('a coke and a pepsi');
    expect(t.backend.calls).toEqual(['getItem', 'addLine', 'getItem', 'addLine']);
  });

  it('a cap broken by what the cart already holds is found on the returned cart, and undone', async () => {
    const t = setup({ config: createDialogConfig({ maxQuantityPerLine: 3 }) });
    await t.say('two large margheritas');
    t.backend.calls.length = 0;
    const r = await t.say('two large margheritas');
    expect(ofType(r, 'item_refused')).toMatchObject([
      { reason: 'quantity_item_room', item: { itemId: 'margherita' }, quantity: 2, inCart: 2, max: 3 },
    ]);
    expect(ofType(r, 'items_added')).toEqual([]);
    expect(t.backend.calls).toEqual(['getItem', 'addLine', 'removeLine']);
    const cart = await t.backend.getCart(r.state.customerId, r.state.cartId!);
    expect(cart.lines.map((l) => [l.itemId, l.quantity])).toEqual([['margherita', 2]]);
  });

  it('two lines of the same dish read the item once', async () => {
    const t = setup();
    await t.say('2 cokes');
    t.backend.calls.length = 0;
    await t.say('a small and a large margherita');
    expect(t.backend.calls).toEqual(['getItem', 'addLine', 'addLine']);
  });

  it('choosing pickup writes the fulfilment without reading the cart first', async () => {
    const t = setup();
    await t.say('two large margheritas');
    await t.say('checkout');
    t.backend.calls.length = 0;
    await t.say('pickup');
    expect(t.backend.calls).toEqual(['setFulfillment']);
  });

  it('placing the order reads the cart once, not again once it became an order', async () => {
    const t = setup();
    for (const text of ['two large margheritas', 'checkout', 'pickup', 'Ana', '555 123 4567', 'card', 'skip'])
      await t.say(text);
    t.backend.calls.length = 0;
    const r = await t.say('yes');
    expect(ofType(r, 'order_placed')).toHaveLength(1);
    expect(t.backend.calls.filter((c) => c === 'getCart')).toEqual(['getCart']);
    expect(r.state.cartItems).toEqual([]);
  });

  it('a removal reads the cart once and writes once', async () => {
    const t = setup();
    await t.say('a coke and a pepsi');
    t.backend.calls.length = 0;
    await t.say('remove the coke');
    expect(t.backend.calls).toEqual(['getCart', 'removeLine']);
  });
});
