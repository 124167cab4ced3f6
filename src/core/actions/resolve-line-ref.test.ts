import { describe, expect, it } from 'vitest';
import type { Cart, CartLine } from '../../contract/backend-api.ts';
import { loadVenue } from '../../domain/load-venue.ts';
import type { TurnContext } from '../dialog/turn-context.ts';
import { lineLabel, resolveLineRef } from './resolve-line-ref.ts';

const venue = loadVenue('pizzeria');
const ctx = (lastLineId?: string) => ({ deps: { venue }, state: { lastLineId } }) as unknown as TurnContext;

const line = (id: string, itemId: string, quantity: number, choices: string[]): CartLine => ({
  id,
  itemId,
  name: venue.menu.items.find((i) => i.id === itemId)?.name ?? itemId,
  quantity,
  options: choices.map((c) => ({
    group: 'g',
    groupName: 'G',
    choice: c,
    choiceName: c,
    quantity: 1,
    priceDelta: 0,
  })),
  without: [],
  notes: null,
  unitPrice: 0,
  lineTotal: 0,
});
const cart = (...lines: CartLine[]): Cart =>
  ({ id: 'cart', fulfillment: null, lines, totals: {}, orderId: null }) as unknown as Cart;

const ids = (t: ReturnType<typeof resolveLineRef>) => (t.kind === 'none' ? [] : t.lines.map((l) => l.id));

describe('resolveLineRef', () => {
  const c = cart(
    line('a', 'pepperoni-pizza', 2, ['large']),
    line('b', 'cheese-pizza', 1, ['medium', 'mushrooms']),
    line('c', 'coca-cola', 1, ['20-fl-oz']),
  );

  it('finds the one line carrying the options said', () => {
    const t = resolveLineRef(ctx(), c, { line: { has: ['mushrooms'] } });
    expect(t.kind).toBe('lines');
    expect(ids(t)).toEqual(['b']);
  });

  it('counts positions in units: the second pizza is the second unit of a line of two, split off', () => {
    const t = resolveLineRef(ctx(), c, { category: 'pizzas', line: { has: [], ordinal: 2 } });
    expect(t).toMatchObject({ kind: 'lines', split: true });
    expect(ids(t)).toEqual(['a']);
    expect(ids(resolveLineRef(ctx(), c, { category: 'pizzas', line: { has: [], ordinal: 3 } }))).toEqual([
      'b',
    ]);
    expect(resolveLineRef(ctx(), c, { category: 'pizzas', line: { has: [], ordinal: 4 } }).kind).toBe('none');
  });

  it('asks when several lines fit and nothing says which; both takes them all', () => {
    const pizzas = (l: CartLine) => l.itemId.endsWith('pizza');
    expect(resolveLineRef(ctx(), c, { line: { has: [] } }, pizzas)).toMatchObject({ kind: 'ask' });
    expect(ids(resolveLineRef(ctx(), c, { line: { has: [], all: true } }, pizzas))).toEqual(['a', 'b']);
  });

  it('takes one of them from the line of several units', () => {
    const t = resolveLineRef(ctx('b'), c, { line: { has: [], one: true } }, (l) =>
      l.itemId.endsWith('pizza'),
    );
    expect(t).toMatchObject({ kind: 'lines', split: true });
    expect(ids(t)).toEqual(['a']);
  });

  it('labels a line by its options for the which-one question', () => {
    expect(lineLabel(line('a', 'pepperoni-pizza', 2, ['Large 14"']))).toBe('2 × Pepperoni Pizza (Large 14")');
  });

  it('takes the line in focus only when it is of the dish or category named', () => {
    // "make it 3 pizzas" with the coke in focus: the focus is no pizza, so no line is pointed at
    expect(resolveLineRef(ctx(), c, { category: 'pizzas', line: { has: [], lineId: 'c' } })).toEqual({
      kind: 'none',
    });
    expect(resolveLineRef(ctx(), c, { itemId: 'pepperoni-pizza', line: { has: [], lineId: 'c' } })).toEqual({
      kind: 'none',
    });
    expect(ids(resolveLineRef(ctx(), c, { category: 'pizzas', line: { has: [], lineId: 'b' } }))).toEqual([
      'b',
    ]);
    expect(ids(resolveLineRef(ctx(), c, { line: { has: [], lineId: 'c' } }))).toEqual(['c']);
  });
});
