import { describe, expect, it } from 'vitest';
import { converse, replyText } from '../../testing/rule-conversation.ts';

describe('a message that corrects itself half way', () => {
  it('orders only the dish named after the cue', async () => {
    const { cart } = await converse('cafe', ['a blueberry muffin, actually no, a scone']);
    expect(cart.map((l) => l.name)).toEqual(['Blueberry Lemon Scone']);
  });

  it('takes a count said after the cue as the count of the dish before it', async () => {
    const { cart } = await converse('taqueria', ['2 tacos, actually no, 3']);
    expect(cart.map((l) => [l.itemId, l.quantity])).toEqual([['taco', 3]]);
  });

  it('takes an option said after the cue instead of the one before it', async () => {
    const { cart } = await converse('cafe', ['a small latte, actually no, a large']);
    expect(cart.map((l) => l.options.map((o) => o.choice))).toEqual([['large']]);
  });

  it('takes the order back when a request of another kind follows the cue', async () => {
    const hours = await converse('pizzeria', ['a coke, never mind, what are your hours']);
    expect(hours.cart).toEqual([]);
    expect(replyText(hours.last)).toMatch(/\b(?:am|pm|open)\b/i);
    const menu = await converse('cafe', ['a latte, actually no, what teas do you have']);
    expect(menu.cart).toEqual([]);
  });

  it('keeps a removal said after the cue ("wait no, no onions"), a lone repeated "no" aside', async () => {
    const { cart } = await converse('taqueria', ['a steak taco, wait no, no onions']);
    expect(cart.map((l) => l.without.map((w) => w.choice))).toEqual([['onion']]);
    expect(cart[0]?.options.map((o) => o.choice)).not.toContain('onion');
  });

  it('reads "sorry I mean" and "I meant" as cues', async () => {
    const mean = await converse('taqueria', ['a carnitas taco, sorry I mean pollo']);
    expect(mean.cart.map((l) => [l.itemId, l.options.map((o) => o.choice)])).toEqual([['taco', ['pollo']]]);
    const meant = await converse('cafe', ['a blueberry muffin, I meant a scone']);
    expect(meant.cart.map((l) => l.name)).toEqual(['Blueberry Lemon Scone']);
  });

  it('takes a choice named by its ingredient after the cue instead of the one before it', async () => {
    const { last, cart } = await converse('taqueria', ['a steak taco, wait no, chicken']);
    expect(cart.map((l) => [l.itemId, l.options.map((o) => o.choice)])).toEqual([['taco', ['pollo']]]);
    expect(replyText(last)).not.toMatch(/nothing to take off/);
  });

  it('keeps the count of the dish when only its option is corrected', async () => {
    const { cart } = await converse('taqueria', ['two steak tacos, actually no, carnitas']);
    expect(cart.map((l) => [l.quantity, l.options.map((o) => o.choice)])).toEqual([[2, ['carnitas']]]);
  });

  it('says a replacement the menu lacks is not on it, and orders nothing taken back', async () => {
    const bare = await converse('taqueria', ['a coke, never mind, a sprite']);
    expect(bare.cart).toEqual([]);
    expect(replyText(bare.last)).toMatch(/don't have "sprite"/);
    const food = await converse('deli', ['a turkey club, scratch that, a lobster roll']);
    expect(food.cart).toEqual([]);
    expect(replyText(food.last)).toMatch(/lobster/);
    expect(replyText(food.last)).not.toMatch(/turkey club/i);
  });

  it('changes nothing when the message takes back all it said', async () => {
    const { last, cart } = await converse('cafe', ['a large latte', 'extra hot please. actually no notes']);
    expect(cart[0]?.notes).toBeNull();
    expect(replyText(last)).not.toMatch(/Updated|Done|changed/);
  });
});

describe('a qualifier the option does not take', () => {
  it('keeps the choice and tells the kitchen ("extra hot" on a latte)', async () => {
    const { last, cart } = await converse('cafe', ['a large latte', 'extra hot please']);
    expect(replyText(last)).not.toMatch(/couldn't/);
    expect(cart[0]?.options.map((o) => [o.choice, o.qualifier])).toContainEqual(['hot', undefined]);
    expect(cart[0]?.notes).toBe('extra hot');
  });
});
