import { describe, expect, it } from 'vitest';
import { converse } from '../../testing/rule-conversation.ts';

const said = (turn: { events: { type: string; text?: string }[] }) =>
  turn.events
    .filter((e) => e.type === 'text')
    .map((e) => e.text)
    .join(' ');

describe('options said with a dish land on the right group, and nothing said is dropped', () => {
  it('[bakehouse] "with cream cheese on the bagel" at the bagel question sets the spread, not a Plain bagel', async () => {
    const { last } = await converse('bakehouse', ['a bagel', 'with cream cheese on the bagel']);
    expect(last.state.pending?.kind).toBe('option');
    expect(said(last)).toMatch(/Which bagel\?/);
    expect(said(last)).not.toMatch(/\(Plain/);
  });

  it('[spice-route] "a plain naan with extra butter" says the butter is no option', async () => {
    const { last, cart } = await converse('spice-route', ['a plain naan with extra butter']);
    expect(cart.map((l) => l.itemId)).toEqual(['plain-naan']);
    expect(said(last)).toMatch(/extra butter/);
  });

  it('[cafe] "toast the bagel please" toasts the waiting bagel and adds no Avocado Toast', async () => {
    const { last, cart } = await converse('cafe', ['a bagel', 'toast the bagel please', 'sesame']);
    expect(said(last)).not.toMatch(/Avocado/);
    expect(cart.map((l) => l.itemId)).toEqual(['bagel']);
    expect(cart[0]?.options.map((o) => o.choice).sort()).toEqual(['sesame-bagel', 'toasted']);
  });
});
