import { describe, expect, it } from 'vitest';
import { converse } from '../../testing/rule-conversation.ts';

const said = (turn: { events: { type: string; text?: string }[] }) =>
  turn.events
    .filter((e) => e.type === 'text')
    .map((e) => e.text)
    .join(' ');

describe('details said before checkout', () => {
  it('"pickup" with items in the cart is kept and the next detail is asked', async () => {
    const { last } = await converse('spice-route', ['2 samosas', 'pickup']);
    expect(last.state.slots.fulfillment).toBe('pickup');
    expect(last.state.pending).toMatchObject({ kind: 'slot', slot: 'name' });
  });

  it('"i\'ll pay by card" with items in the cart is kept and the next detail is asked', async () => {
    const { last } = await converse('spice-route', ['2 samosas', "i'll pay by card"]);
    expect(last.state.slots.paymentMethod).toBe('card');
    expect(last.state.pending).toMatchObject({ kind: 'slot', slot: 'fulfillment' });
  });

  it('a detail with nothing in the cart starts no checkout', async () => {
    const { last } = await converse('spice-route', ['pickup']);
    expect(last.state.slots.fulfillment).toBe('pickup');
    expect(last.state.pending?.kind).not.toBe('slot');
  });
});

describe('a delivery note said with the address', () => {
  it('sets the address and the note', async () => {
    const { last } = await converse('spice-route', [
      '2 samosas',
      'checkout',
      'delivery to 42 elm street apt 3, ring the bell twice',
    ]);
    expect(last.state.slots).toMatchObject({
      fulfillment: 'delivery',
      address: '42 elm street apt 3',
      notes: 'ring the bell twice',
    });
    expect(said(last)).toMatch(/ring the bell twice/i);
  });

  it('at the address question, the note after the address goes to the notes', async () => {
    const { last } = await converse('deli', [
      '2 blts',
      'checkout',
      'delivery',
      '9 oak street. leave it at the door',
    ]);
    expect(last.state.slots).toMatchObject({ address: '9 oak street', notes: 'leave it at the door' });
  });
});

describe('street addresses', () => {
  it.each(['42 wallaby way', '1 infinite loop'])('"%s" at the address question', async (address) => {
    const { last } = await converse('spice-route', ['2 samosas', 'checkout', 'delivery', address]);
    expect(last.state.slots.address).toBe(address);
  });

  it('"42 wallaby way" said unasked with items in the cart is the address', async () => {
    const { last } = await converse('spice-route', [
      '2 samosas',
      'delivery',
      'what name do you need',
      '42 wallaby way',
    ]);
    expect(last.state.slots.address).toBe('42 wallaby way');
  });

  it('an address then an order in one message sets both', async () => {
    const { last, cart } = await converse('spice-route', [
      '1 mango lassi',
      'checkout',
      'delivery',
      '22 w 38th st apt 4 and 2 samosas',
    ]);
    expect(last.state.slots.address).toBe('22 w 38th st apt 4');
    expect(cart.find((l) => l.itemId === 'samosa')?.quantity).toBe(2);
  });
});

describe('delivery below the minimum', () => {
  it("says the minimum as a note and asks only the flow's next question", async () => {
    const { last } = await converse('spice-route', ['a samosa', 'delivery']);
    const text = said(last);
    expect(text).toMatch(/minimum order of \$15\.00/);
    expect(text.match(/\?/g)).toHaveLength(1);
    expect(text.trim().endsWith('?')).toBe(true);
    expect(last.state.pending).toMatchObject({ kind: 'slot', slot: 'address' });
  });

  it('said with the dish, the note comes after both acknowledgements, then "anything else?"', async () => {
    const { last } = await converse('pizzeria', ['a cannoli for delivery']);
    const text = said(last);
    expect(text.indexOf('minimum')).toBeGreaterThan(text.indexOf('delivery.'));
    expect(text.match(/\?/g)).toHaveLength(1);
  });
});

describe('contact details', () => {
  it('"mike, 4155550134" at the address question keeps the name and the phone', async () => {
    const { last } = await converse('spice-route', ['3 samosas', 'checkout', 'delivery', 'mike, 4155550134']);
    expect(last.state.slots).toMatchObject({ name: 'Mike', phone: '(415) 555-0134' });
    expect(last.state.pending).toMatchObject({ kind: 'slot', slot: 'address' });
  });

  it('"its for raj" while details are being collected is the name', async () => {
    const { last } = await converse('spice-route', [
      '3 samosas',
      'checkout',
      'delivery',
      '42 elm street',
      'pickup instead',
      'its for raj',
    ]);
    expect(last.state.slots.name).toBe('Raj');
  });

  it('"its for raj" unasked after pickup is the name', async () => {
    const { last } = await converse('spice-route', [
      '3 samosas',
      'pickup',
      'what are your hours',
      'its for raj',
    ]);
    expect(last.state.slots.name).toBe('Raj');
  });

  it('"name\'s mike" at the phone question is the name', async () => {
    const { last } = await converse('spice-route', ['3 samosas', 'pickup', 'raj', "name's mike actually"]);
    expect(last.state.slots.name).toBe('Mike');
  });
});

const READY = ['3 samosas', 'pickup, raj, 4155550134, cash'];

describe('at the summary', () => {
  it.each(['no thats all', "no that's it", "nope that's everything"])(
    '"%s" neither places nor refuses: the summary is asked again',
    async (reply) => {
      const { last } = await converse('spice-route', [...READY, reply]);
      expect(last.state.order).toBeFalsy();
      expect(last.state.pending?.kind).toBe('confirm_order');
      expect(said(last)).not.toMatch(/haven't placed it\. What would you like to change/);
    },
  );

  it('then a yes places it', async () => {
    const { last } = await converse('spice-route', [...READY, 'no thats all', 'yes']);
    expect(last.state.order).toBeTruthy();
  });

  it('a plain no still refuses', async () => {
    const { last } = await converse('spice-route', [...READY, 'no']);
    expect(last.state.pending?.kind).not.toBe('confirm_order');
    expect(last.state.order).toBeFalsy();
  });

  it('"wait add a coke too" shows the new summary and one yes places it', async () => {
    const added = await converse('spice-route', [...READY, 'wait add a coke too']);
    expect(added.last.state.pending?.kind).toBe('confirm_order');
    expect(added.last.state.order).toBeFalsy();
    expect(added.last.events.some((e) => e.type === 'order_summary')).toBe(true);
    const { last, cart } = await converse('spice-route', [...READY, 'wait add a coke too', 'yes']);
    expect(last.state.order).toBeTruthy();
    expect(cart.map((l) => l.itemId).sort()).toEqual(['coke', 'samosa']);
  });
});
