import { describe, expect, it } from 'vitest';
import { converse, replyText } from '../../testing/rule-conversation.ts';

const checkout = ['that is all', 'pickup', 'Jo', '555-201-3341', 'card'];

describe('a statement at an option question is never a choice not offered', () => {
  it.each([
    ['cafe', 'a latte', 'im dairy free'],
    ['cafe', 'a latte', 'lovely weather today'],
    ['deli', 'a turkey club', 'my wife is pregnant'],
    ['pizzeria', 'a margherita', 'can i pick the crust'],
  ])('at %s, "%s" then "%s" keeps the question and echoes nothing', async (venue, order, said) => {
    const { last } = await converse(venue, [order, said]);
    expect(replyText(last)).not.toMatch(/isn't one of the choices|we don't have "/);
    expect(last.state.pending?.kind).toBe('option');
  });

  it('"im dairy free" is the customer\'s standing constraint', async () => {
    const { last } = await converse('cafe', ['a latte', 'im dairy free']);
    expect(last.state.constraints.allergies).toContain('milk');
  });
});

describe('a self-correction at the notes question', () => {
  it('"actually no notes" cancels the note before it', async () => {
    const { last } = await converse('cafe', [
      'a large latte',
      ...checkout,
      'extra hot please. actually no notes',
    ]);
    expect(last.state.slots.notes ?? '').toBe('');
    expect(replyText(last)).not.toMatch(/couldn't do that/);
  });

  it('"no notes" declines them and reads out no page of the documents', async () => {
    const { last } = await converse('pizzeria', ['a large cheese pizza', ...checkout, 'no notes']);
    expect(last.state.slots.notes ?? '').toBe('');
    expect(replyText(last)).not.toMatch(/Other notes|canola/);
  });

  it('keeps only the part after "scratch that"', async () => {
    const { last } = await converse('cafe', [
      'a large latte',
      ...checkout,
      'put it in a tray. scratch that, put it in a bag',
    ]);
    expect(last.state.slots.notes).toBe('put it in a bag');
  });
});

describe('an option of a dish waiting behind the asked one', () => {
  it('"thin please" at the coke\'s size goes on the waiting margherita, kept until it is added', async () => {
    const { turns, cart } = await converse('pizzeria', [
      'a coke and a margherita',
      'thin please',
      '20 oz',
      'large',
    ]);
    expect(replyText(turns[1] as (typeof turns)[number])).toMatch(/Thin Crust for the Margherita/);
    expect(turns[1]?.state.pending?.itemId).toBe('coca-cola');
    const pizza = cart.find((l) => l.itemId === 'margherita');
    expect(pizza?.options.map((o) => o.choice).sort()).toEqual(['large', 'thin-crust']);
  });

  it("an answer to the waiting dish's own question completes it, and the asked question stays", async () => {
    const { turns, cart } = await converse('hoagies', ['an italian hoagie', 'and a bag of chips', 'bbq']);
    const chips = cart.find((l) => l.itemId === 'chips');
    expect(chips?.options.map((o) => o.choice)).toEqual(['bbq']);
    expect(replyText(turns[2] as (typeof turns)[number])).toMatch(/Chips \(BBQ\)/);
    expect(turns[2]?.state.pending).toMatchObject({ itemId: 'original-italian', group: 'size' });
  });

  it('goes on the margherita in the cart when no dish waits', async () => {
    const { cart, last } = await converse('pizzeria', ['a large margherita and a coke', 'thin please']);
    expect(cart.find((l) => l.itemId === 'margherita')?.options.map((o) => o.choice)).toContain('thin-crust');
    expect(last.state.pending?.itemId).toBe('coca-cola');
  });
});

describe('a dish named after the answer to an option question', () => {
  it('an absent one is said to be absent', async () => {
    const { last, cart } = await converse('deli', ['a sprite', 'regular, and a large birch beer']);
    expect(cart.map((l) => l.itemId)).toEqual(['fountain-soda']);
    expect(replyText(last)).toMatch(/don't have "(?:birch )?beer"/);
  });

  it("a present one is added without the answer's words said back", async () => {
    const { last, cart } = await converse('pizzeria', ['a margherita', 'large and a tiramisu']);
    expect(cart.map((l) => l.itemId).sort()).toEqual(['margherita', 'tiramisu']);
    expect(replyText(last)).not.toMatch(/doesn't come with large/);
  });
});

describe('a closing assent after a choice not offered', () => {
  it.each([
    ['black is fine', 'black'],
    ['black sounds good', 'black'],
  ])('"%s" at the coffee size says back only "%s"', async (said, echoed) => {
    const { last } = await converse('diner', ['a coffee', said]);
    expect(replyText(last)).toContain(`"${echoed}"`);
    expect(last.state.pending?.kind).toBe('option');
  });

  it('an offered choice with an assent is taken ("large works")', async () => {
    const { cart } = await converse('diner', ['a coffee', 'large works']);
    expect(cart.map((l) => l.options.map((o) => o.choiceName))).toEqual([['Large']]);
  });
});
