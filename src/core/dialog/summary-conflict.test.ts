import { describe, expect, it } from 'vitest';
import { converse, replyText } from '../../testing/rule-conversation.ts';

const checkout = ['ok thats all', 'pickup', 'Dana', '555 201 3344', 'card', 'no notes'];

describe('the summary says again a dish that breaks a stated allergy', () => {
  it('flags the almond croissant of a customer allergic to nuts before the yes', async () => {
    const { last } = await converse('bakehouse', ['an almond croissant', 'im allergic to nuts', ...checkout]);
    expect(last.state.pending?.kind).toBe('confirm_order');
    expect(replyText(last)).toMatch(/Heads up: Almond Croissant in your order contains tree nuts/);
  });

  it('says nothing of the kind when the order fits', async () => {
    const { last } = await converse('bakehouse', ['a butter croissant', 'im allergic to nuts', ...checkout]);
    expect(last.state.pending?.kind).toBe('confirm_order');
    expect(replyText(last)).not.toMatch(/Heads up/);
  });
});

describe('an option picked on a line counts against a stated allergy', () => {
  it('flags a latte made with almond milk when the customer is allergic to nuts', async () => {
    const { turns } = await converse('cafe', ['a large latte with almond milk', 'im allergic to nuts']);
    expect(replyText(turns[1]!)).toMatch(/Latte.*contains tree nuts/);
  });

  it('says nothing of a latte made with oat milk', async () => {
    const { turns } = await converse('cafe', ['a large latte with oat milk', 'im allergic to nuts']);
    expect(replyText(turns[1]!)).not.toMatch(/contains tree nuts/);
  });
});
