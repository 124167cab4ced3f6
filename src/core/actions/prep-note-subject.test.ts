import { describe, expect, it } from 'vitest';
import { converse, replyText } from '../../testing/rule-conversation.ts';

describe('a preparation request said of an option', () => {
  it('makes the bacon of a bacon cheeseburger crispy without charging a second bacon', async () => {
    const before = await converse('diner', ['a bacon cheeseburger', 'medium']);
    const after = await converse('diner', ['a bacon cheeseburger', 'medium', 'make the bacon crispy']);
    const line = after.cart[0];
    expect(line?.notes).toBe('bacon crispy');
    expect(line?.options.map((o) => o.choice)).not.toContain('bacon');
    expect(line?.lineTotal).toBe(before.cart[0]?.lineTotal);
  });

  it('reads "can the bacon be extra crispy" the same way', async () => {
    const { cart } = await converse('grill', [
      'a bacon cheeseburger',
      'medium',
      'can the bacon be extra crispy',
    ]);
    expect(cart[0]?.notes).toBe('bacon extra crispy');
    expect(cart[0]?.options.map((o) => o.choice)).not.toContain('bacon');
  });

  it.each(['could the bacon come extra crispy', 'the bacon is extra crispy please'])(
    'reads past any copula of the filler lexicon: "%s"',
    async (said) => {
      const { cart } = await converse('grill', ['a bacon cheeseburger', 'medium', said]);
      expect(cart[0]?.notes).toBe('bacon extra crispy');
      expect(cart[0]?.options.map((o) => o.choice)).not.toContain('bacon');
    },
  );

  it('says a coffee takes no bacon, and puts nothing on the coffee', async () => {
    const { last, cart } = await converse('diner', ['a coffee', 'cup', 'can i get the bacon crispy']);
    expect(replyText(last)).toMatch(/bacon with the Coffee|Coffee doesn't come with bacon/);
    expect(cart[0]?.notes).toBeNull();
    expect(cart[0]?.options.map((o) => o.choice)).toEqual(['cup']);
  });

  it('adds an option put on with a verb as an option ("add bacon, well done")', async () => {
    const { last, cart } = await converse('diner', ['a cheeseburger', 'medium', 'add bacon, well done']);
    expect(cart[0]?.options.map((o) => o.choice)).toEqual(expect.arrayContaining(['bacon', 'well-done']));
    // the degree is the menu's choice, not praise nor "done" with the order
    expect(replyText(last)).not.toMatch(/welcome|pleasure|delivery or pickup/i);
  });

  it('reads "well done please" after a burger as its doneness, not praise', async () => {
    const { last } = await converse('diner', ['a cheeseburger', 'medium', 'well done please']);
    expect(replyText(last)).toMatch(/Well Done/);
    expect(replyText(last)).not.toMatch(/pleasure|welcome/i);
  });
});
