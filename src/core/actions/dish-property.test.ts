import { describe, expect, it } from 'vitest';
import { converse, replyText } from '../../testing/rule-conversation.ts';

const listed = (c: Awaited<ReturnType<typeof converse>>) =>
  c.last.events.flatMap((e) => (e.type === 'item_list' ? e.items.map((i) => i.name) : []));

describe('a question for the dishes having a property lists them from the menu', () => {
  it.each(["what's spicy?", 'which dishes are spicy', 'which ones are hot?'])(
    '"%s" lists the dishes the menu rates spicy, no document',
    async (text) => {
      const c = await converse('pizzeria', [text]);
      expect(c.last.trace.commands.map((x) => x.type)).toEqual(['browse']);
      expect(replyText(c.last)).toMatch(/^(Here are|Sure,) the (spicy|hot) dishes:$/);
      expect(listed(c)).toContain('Spicy Diavola');
      expect(listed(c)).not.toContain('Cheese Pizza');
    },
  );

  it('one dish marked is "the one spicy dish"', async () => {
    const c = await converse('taqueria', ["what's spicy?"]);
    expect(replyText(c.last)).toMatch(/the one spicy dish:/);
    expect(listed(c)).toEqual(['Elote']);
  });

  it('a tag or a word of the descriptions marks a dish ("what\'s light", "which ones are cheesy")', async () => {
    expect(listed(await converse('taqueria', ["what's light"]))).toContain('Taco Salad');
    expect(listed(await converse('taqueria', ['which ones are cheesy']))).toContain('Quesadilla');
  });

  it('"anything not cheesy?" lists the dishes lacking it', async () => {
    const c = await converse('taqueria', ['anything not cheesy?']);
    expect(replyText(c.last)).toMatch(/the dishes that aren't cheesy:/);
    expect(listed(c)).not.toContain('Quesadilla');
    expect(listed(c)).toContain('Churros');
  });

  it('says none is marked when no dish is', async () => {
    const c = await converse('taqueria', ["what's crunchy?"]);
    expect(replyText(c.last)).toMatch(/None of our dishes is marked crunchy/);
  });

  it('a dish named is no property: "what is a quesadilla" describes it', async () => {
    const c = await converse('taqueria', ['what is a quesadilla']);
    expect(c.last.trace.commands.map((x) => x.type)).toEqual(['item_info']);
  });
});
