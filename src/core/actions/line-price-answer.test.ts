import { describe, expect, it } from 'vitest';
import { converse, replyText } from '../../testing/rule-conversation.ts';

describe('"how much is that" right after adding a line', () => {
  it('quotes the line with its options, not the price table', async () => {
    const { last, cart } = await converse('pizzeria', ['a large pepperoni pizza', 'how much is that']);
    const line = cart[0];
    expect(line).toBeDefined();
    const text = replyText(last);
    expect(text).toContain(`$${((line?.lineTotal ?? 0) / 100).toFixed(2)}`);
    expect(text).toMatch(/Large/);
    expect(text).not.toMatch(/small|party size/i);
  });

  it('quotes a line of several with its total and each', async () => {
    const { last, cart } = await converse('cafe', ['two small lattes', 'how much is it']);
    const line = cart[0];
    expect(line?.quantity).toBe(2);
    const text = replyText(last);
    expect(text).toContain(`$${((line?.lineTotal ?? 0) / 100).toFixed(2)}`);
    expect(text).toContain(`$${((line?.unitPrice ?? 0) / 100).toFixed(2)} each`);
  });

  it('a price asked with a choice of its own still gets the menu price', async () => {
    const { last } = await converse('pizzeria', ['a large pepperoni pizza', 'how much is it in small']);
    expect(replyText(last)).not.toMatch(/^Your/);
  });
});
