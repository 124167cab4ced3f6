import { describe, expect, it } from 'vitest';
import { converse as run } from '../../testing/rule-conversation.ts';
import type { TurnResult } from '../handle-turn.ts';

/** Runs `messages` in one session of `venueId`; the cart's lines as [item, quantity, choices]. */
async function converse(venueId: string, messages: readonly string[]) {
  const { turns, last, cart } = await run(venueId, messages);
  return { turns, last, lines: cart.map((l) => [l.itemId, l.quantity, l.options.map((o) => o.choice)]) };
}
const textOf = (turn: TurnResult) =>
  turn.events.flatMap((e) => (e.type === 'text' ? [e.text] : [])).join(' ');
const asksOption = (turn: TurnResult) => turn.acts.some((a) => a.type === 'question' && a.kind === 'option');

describe('a variant asked for while the dish waits on its option question', () => {
  it('"make it iced" at the latte\'s size question is the latte\'s, and the size is still asked', async () => {
    const { last, lines, turns } = await converse('cafe', ['a latte', 'make it iced', 'large']);
    expect(textOf(turns[1] as TurnResult)).not.toMatch(/Black Tea/);
    expect(asksOption(turns[1] as TurnResult)).toBe(true);
    expect(lines).toEqual([['latte', 1, expect.arrayContaining(['iced', 'large'])]]);
    expect(textOf(last)).not.toMatch(/Black Tea/);
  });

  it('"make it iced please, large" answers the size and ices the latte, never an iced tea', async () => {
    const { lines } = await converse('cafe', ['a latte', 'make it iced please, large']);
    expect(lines).toEqual([['latte', 1, expect.arrayContaining(['iced', 'large'])]]);
  });

  it('"make it an iced black tea" names a dish of its own: the waiting latte is swapped for it', async () => {
    const { last } = await converse('cafe', ['a latte', 'make it an iced black tea']);
    expect(asksOption(last)).toBe(true);
    expect(textOf(last)).toContain('Iced Black Tea');
  });

  it('"make it three croissants" with croissants in the cart sets their count; the waiting latte stays', async () => {
    const { turns, lines } = await converse('bakehouse', [
      'two croissants and a latte',
      'make it three croissants',
    ]);
    expect(lines).toEqual([['croissant', 3, []]]);
    expect(asksOption(turns[1] as TurnResult)).toBe(true);
    expect(textOf(turns[1] as TurnResult)).toContain('Latte');
  });

  it('"remove the chicken parm" while another dish waits removes the chicken parm, not the waiting dish', async () => {
    const { turns, last, lines } = await converse('heroes', [
      'a godfather and a chicken parm',
      'remove the chicken parm',
      'half',
    ]);
    expect(textOf(turns[1] as TurnResult)).toMatch(/Removed Chicken Parm|Chicken Parm is out/);
    expect(asksOption(turns[1] as TurnResult)).toBe(true);
    expect(lines.map((l) => l[0])).toEqual([expect.stringMatching(/godfather/)]);
    expect(textOf(last)).not.toMatch(/Chicken Parm/);
  });

  it('"make it the veggie one" swaps the waiting turkey for the veggie; its question follows', async () => {
    const { last, lines } = await converse('deli', ['a turkey sandwich', 'make it the veggie one']);
    expect(lines).toEqual([]);
    expect(asksOption(last)).toBe(true);
    expect(textOf(last)).toContain('Veggie');
    expect(textOf(last)).not.toContain('Turkey');
  });

  it('"make one of them a ham" with 2 turkeys waiting: one turkey stays waiting, one ham is added', async () => {
    const { last, lines } = await converse('deli', [
      '2 turkey sandwiches',
      'make one of them a ham',
      '6 inch',
    ]);
    expect(lines).toEqual([['turkey', 1, expect.arrayContaining(['six-inch'])]]);
    expect(asksOption(last)).toBe(true);
    expect(textOf(last)).toContain('Ham');
  });

  it('"make one of them iced" with 2 lattes waiting: one iced latte and one hot', async () => {
    const { lines } = await converse('cafe', ['2 lattes', 'make one of them iced', 'small', 'small']);
    expect(lines).toHaveLength(2);
    expect(lines).toContainEqual(['latte', 1, expect.arrayContaining(['iced', 'small'])]);
    expect(lines).toContainEqual(['latte', 1, expect.not.arrayContaining(['iced'])]);
  });
});

describe('another of the waiting dish', () => {
  it('"a 2nd one same but with almond milk" copies the waiting latte with almond milk', async () => {
    const { lines } = await converse('cafe', [
      'a latte',
      'a 2nd one same but with almond milk',
      'medium',
      'large',
    ]);
    expect(lines).toHaveLength(2);
    expect(lines).toContainEqual(['latte', 1, expect.arrayContaining(['medium'])]);
    expect(lines).toContainEqual(['latte', 1, expect.arrayContaining(['almond-milk', 'large'])]);
  });

  it.each(['one more of those', 'same again', 'another one please'])(
    '"%s" at the size question makes two of the waiting dish, still asked',
    async (more) => {
      const { last, lines } = await converse('deli', ['a turkey sandwich', more]);
      expect(lines).toEqual([]);
      expect(asksOption(last)).toBe(true);
      expect(textOf(last)).toMatch(/2 × Turkey/);
    },
  );

  it('"a 2nd one same but with almond milk" with no dish to copy asks which dish', async () => {
    const { last, lines } = await converse('cafe', ['a 2nd one same but with almond milk']);
    expect(lines).toEqual([]);
    expect(last.acts.some((a) => a.type === 'say' && a.key === 'copy_which_dish')).toBe(true);
  });
});

describe('the waiting dish dropped', () => {
  it.each(['actually forget the sandwich', 'nah scrap it', 'never mind the turkey'])(
    '"%s" drops the waiting turkey',
    async (drop) => {
      const { last, lines } = await converse('deli', ['a turkey sandwich', drop]);
      expect(lines).toEqual([]);
      expect(asksOption(last)).toBe(false);
      expect(textOf(last)).not.toMatch(/cancel this order/i);
    },
  );
});

describe('a count said again for a dish already in the cart', () => {
  it.each([
    ['ok 2 garlic naan then', 2],
    ['2 garlic naan in total', 2],
    ['make it 2 garlic naan', 2],
    ['so 2 garlic naan altogether', 2],
    ['another 2 garlic naan', 3],
    ['2 more garlic naan', 3],
  ])('"%s" leaves %i', async (said, n) => {
    const { lines } = await converse('spice-route', ['1 garlic naan', said]);
    expect(lines).toEqual([['garlic-naan', n, []]]);
  });
});
