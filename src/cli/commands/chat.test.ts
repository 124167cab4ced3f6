import { describe, expect, it } from 'vitest';
import { createDialogConfig, type TurnDeps } from '../../core/index.ts';
import { renderPlain } from '../../core/respond/render-plain.ts';
import { createUnderstanding } from '../../core/understand/index.ts';
import { fixedClock } from '../../testing/fixed-clock.ts';
import { fixtureVenue } from '../../testing/fixture-venue.ts';
import { InMemoryBackend } from '../../testing/in-memory-backend.ts';
import { sequentialIds } from '../../testing/sequential-ids.ts';
import { chatPrinter, jsonChat } from './chat.ts';

async function* lines(...messages: string[]) {
  yield* messages;
}

describe('maitre chat --json', () => {
  it('writes one object per message with text, events, cart, pending and order', async () => {
    const venue = fixtureVenue();
    const deps: TurnDeps = {
      venue,
      understanding: createUnderstanding(venue.menu, venue.moods, venue.documents),
      backend: new InMemoryBackend(venue.menu),
      clock: fixedClock(),
      ids: sequentialIds(),
      config: createDialogConfig(),
    };
    const out: string[] = [];
    await jsonChat(
      deps,
      lines('two cokes', 'checkout', 'pickup', 'Ana', '555 123 4567', 'card', 'skip', 'yes'),
      (l) => out.push(l),
    );
    const records = out.map((l) => JSON.parse(l));
    expect(records).toHaveLength(8);
    expect(records[0]).toMatchObject({
      cart: {
        lines: [{ item: 'coke', quantity: 2, lineTotal: { formatted: '$4.00' } }],
        total: { amount: 440 },
      },
      pending: { kind: 'items' },
      order: null,
    });
    expect(records[1].pending).toMatchObject({ kind: 'slot', slot: 'fulfillment' });
    const last = records.at(-1);
    expect(last.order).toMatchObject({ status: 'placed', total: { formatted: '$4.40' } });
    expect(last.order.paymentLink).toMatch(/^http/);
    expect(renderPlain(last.events)).toMatch(/placed/);
  });
});

describe('renderPlain', () => {
  it('renders cards as plain text tables', () => {
    const text = renderPlain([
      { type: 'text', text: 'Your order:' },
      {
        type: 'cart',
        cartId: 'c',
        lines: [
          {
            lineId: 'l',
            itemId: 'coke',
            name: 'Coke',
            quantity: 2,
            options: ['Large'],
            lineTotal: { amount: 400, currency: 'USD', formatted: '$4.00' },
          },
        ],
        totals: {
          currency: 'USD',
          subtotal: { amount: 400, currency: 'USD', formatted: '$4.00' },
          tax: { amount: 40, currency: 'USD', formatted: '$0.40' },
          deliveryFee: { amount: 0, currency: 'USD', formatted: '$0.00' },
          total: { amount: 440, currency: 'USD', formatted: '$4.40' },
        },
      },
      { type: 'quick_replies', replies: ['Check out'] },
    ]);
    expect(text).toContain('2 ×  Coke (Large)  $4.00');
    expect(text).toMatch(/Total\s+\$4\.40/);
    expect(text).not.toMatch(/Delivery/);
    expect(text).toContain('[Check out]');
  });
});

describe('chatPrinter: the terminal transcript of a turn', () => {
  it('prints text and cards in order, a card on its own lines before the question after it', () => {
    let out = '';
    const print = chatPrinter((chunk) => {
      out += chunk;
    });
    print({ type: 'text-delta', delta: 'Here you are.' });
    print({ type: 'card', event: { type: 'quick_replies', replies: ['Menu'] } });
    print({ type: 'text-delta', delta: 'Back to your order: ' });
    print({ type: 'text-delta', delta: 'which size?' });
    print({ type: 'finish' });
    expect(out).toBe(
      '\nmaitre> Here you are.\n          [Menu]\n        Back to your order: which size?\n\n',
    );
    expect(out).not.toMatch(/\.\S*Back/);
  });

  it('never runs two sentences of one text together, nor text into a card that printed nothing', () => {
    let out = '';
    const print = chatPrinter((chunk) => {
      out += chunk;
    });
    print({ type: 'text-delta', delta: 'Container: Can, Bottle or Fountain Cup.' });
    print({ type: 'text-delta', delta: 'Now, back to your order: which size?' });
    print({ type: 'finish' });
    expect(out).toContain('Fountain Cup. Now, back to your order');
    out = '';
    print({ type: 'text-delta', delta: 'Here you are.' });
    print({ type: 'card', event: { type: 'quick_replies', replies: [] } });
    print({ type: 'text-delta', delta: 'Back to your order.' });
    print({ type: 'finish' });
    expect(out).not.toMatch(/\.\S*Back/);
  });

  it('prints a payment link once when the text already gave it, and the card when it did not', () => {
    let out = '';
    const print = chatPrinter((chunk) => {
      out += chunk;
    });
    const url = 'http://127.0.0.1:1/pay/pay_1';
    const link = {
      type: 'payment_link' as const,
      orderId: 'ord_1',
      url,
      amount: { amount: 2002, currency: 'USD', formatted: '$20.02' },
      status: 'pending' as const,
    };
    print({ type: 'text-delta', delta: `Done! Here is your payment link for $20.02: ${url}` });
    print({ type: 'card', event: link });
    print({ type: 'finish' });
    expect(out.split(url)).toHaveLength(2);
    out = '';
    print({ type: 'text-delta', delta: 'Done!' });
    print({ type: 'card', event: link });
    print({ type: 'finish' });
    expect(out).toContain(`Pay $20.02: ${url}`);
  });
});
