import { describe, expect, it } from 'vitest';
import { converse, replyText } from '../../testing/rule-conversation.ts';

describe('a question about the order itself goes to its status, whatever the documents say', () => {
  it.each([
    'where is my order?',
    "where's my food",
    'is my order ready',
    'how long until my order arrives',
    'when will my delivery get here',
  ])('"%s" with no order placed says there is none yet, no delivery fee', async (text) => {
    const c = await converse('torpedo', [text]);
    const reply = replyText(c.last);
    expect(reply).toMatch(/haven't placed an order/);
    expect(reply).not.toMatch(/fee|\$3\.49/);
  });

  it('reads as the order-status command alone', async () => {
    const c = await converse('torpedo', ['where is my order?']);
    expect(c.last.trace.commands.map((x) => x.type)).toEqual(['order_status']);
  });
});
