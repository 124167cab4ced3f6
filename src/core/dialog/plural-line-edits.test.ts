import { describe, expect, it } from 'vitest';
import { converse, replyText } from '../../testing/rule-conversation.ts';

const TACOS = '3 tacos al pastor and 2 carne asada';
const optionsOf = (lines: { options: { choice: string }[]; without?: { choice: string }[] }[]) =>
  lines.map((l) => [...l.options.map((o) => o.choice), ...(l.without ?? []).map((w) => `-${w.choice}`)]);

describe('a change said of a plural or "for all" goes to every line of the dish', () => {
  it.each([
    ['no cilantro on the tacos', '-cilantro'],
    ['no cilantro on all of them', '-cilantro'],
    ['corn tortillas for all', 'corn-tortilla'],
    ['corn tortillas on everything', 'corn-tortilla'],
    ['make the tacos corn tortillas', 'corn-tortilla'],
  ])('"%s" changes both taco lines in one reply', async (edit, mark) => {
    const c = await converse('taqueria', [TACOS, edit]);
    for (const opts of optionsOf(c.cart)) expect(opts).toContain(mark);
    const reply = replyText(c.last);
    expect(reply).not.toMatch(/Which one/);
    expect(reply.match(/Updated|changed to|Done, now/g)?.length).toBe(1);
  });

  it('"the taco" with two taco lines still asks which one, changing nothing', async () => {
    const c = await converse('taqueria', [TACOS, 'no cilantro on the taco']);
    expect(replyText(c.last)).toMatch(/Which one/);
    for (const opts of optionsOf(c.cart)) expect(opts).not.toContain('-cilantro');
  });

  it('"make the tacos 3" (a count) still asks which one', async () => {
    const c = await converse('taqueria', [TACOS, 'make the tacos 3']);
    expect(replyText(c.last)).toMatch(/Which one/);
  });
});

describe('"that\'s it" at a "which one?" question starts the checkout', () => {
  it.each(['thats it', "that's all", 'nothing else', "that's everything", 'im done'])(
    '"%s" drops the question, changes nothing and asks the checkout',
    async (close) => {
      const c = await converse('taqueria', [TACOS, 'no cilantro on the taco', close]);
      expect(c.last.state.pending?.kind).toBe('slot');
      expect(replyText(c.last)).not.toMatch(/Which one|What else|what would you like/i);
      for (const opts of optionsOf(c.cart)) expect(opts).not.toContain('-cilantro');
    },
  );
});
