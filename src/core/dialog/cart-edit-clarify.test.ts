import { describe, expect, it } from 'vitest';
import { converse } from '../../testing/rule-conversation.ts';

const cartOf = (lines: { itemId: string; quantity: number }[]) =>
  lines.map((l) => `${l.quantity}x${l.itemId}`);
const DALS = 'a dal makhani and a moong dal khichdi';

describe('the "which one?" of a cart edit keeps the edit for its answer', () => {
  it.each([
    ['remove the dal', 'the makhani one', ['1xmoong-dal-khichdi']],
    ['get rid of the dal', 'khichdi', ['1xdal-makhani']],
    ['leave the dal out', 'moong dal khichdi', ['1xdal-makhani']],
    ['ditch the dal', 'the khichdi', ['1xdal-makhani']],
    ['nix the dal', 'makhani', ['1xmoong-dal-khichdi']],
  ])('"%s" → which one? → "%s" removes that dal, adds none', async (edit, answer, cart) => {
    const c = await converse('spice-route', [DALS, edit, answer]);
    const ask = c.turns[1]?.trace.commands.find((x) => x.type === 'clarify');
    expect(ask?.type === 'clarify' && ask.edit?.type).toBe('remove_item');
    expect(cartOf(c.cart)).toEqual(cart);
  });

  it('"make the dal 3" changes nothing before the answer, then sets the dal chosen to 3', async () => {
    const asked = await converse('spice-route', [DALS, 'make the dal 3']);
    expect(cartOf(asked.cart)).toEqual(['1xdal-makhani', '1xmoong-dal-khichdi']);
    const c = await converse('spice-route', [DALS, 'make the dal 3', 'makhani']);
    expect(cartOf(c.cart)).toEqual(['3xdal-makhani', '1xmoong-dal-khichdi']);
  });

  it('"both" at the question removes every dal offered', async () => {
    const c = await converse('spice-route', [DALS, 'remove the dal', 'both']);
    expect(c.cart).toEqual([]);
  });

  it('a "which one?" about menu dishes still adds the one chosen', async () => {
    const c = await converse('spice-route', ['a dal', 'makhani']);
    expect(cartOf(c.cart)).toEqual(['1xdal-makhani']);
  });
});
