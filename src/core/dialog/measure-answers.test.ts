import { describe, expect, it } from 'vitest';
import { replyText, converse as run } from '../../testing/rule-conversation.ts';

/**
 * A size said by its measure or a word with a conventional length at the size question ("whole", "half",
 * "a 6 inch", "14 oz"): the choice stating it, or the two nearest singled out.
 */
describe("a measure answers the size question by the choices' stated measures", () => {
  it.each([
    ['hoagies', 'an italian hoagie', 'whole', 'giant'],
    ['hoagies', 'a turkey hoagie', 'a full one please', 'giant'],
    ['hoagies', 'an italian hoagie', 'half', 'regular'],
    ['cafe', 'a latte', '20 oz', 'large'],
  ] as const)('%s: "%s" then "%s" is %s', async (venue, dish, said, choice) => {
    const { cart } = await run(venue, [dish, said]);
    expect(cart).toHaveLength(1);
    expect(cart[0]?.options.map((o) => o.choice)).toContain(choice);
  });

  it.each([
    ['hoagies', 'an italian hoagie', 'a 6 inch', ['Mini (5")', 'Regular (7.5")']],
    ['cafe', 'a latte', '14 oz', ['Small (12 oz)', 'Medium (16 oz)']],
  ] as const)('%s: "%s" then "%s" names the two nearest', async (venue, dish, said, names) => {
    const { cart, last } = await run(venue, [dish, said]);
    expect(cart).toHaveLength(0);
    const text = replyText(last);
    expect(text).toContain(`nearest we have are ${names[0]} or ${names[1]}`);
  });

  it('"whole wheat" at the size question is the bread, no size', async () => {
    const { last } = await run('hoagies', ['an italian hoagie', 'whole wheat']);
    expect(replyText(last)).toMatch(/Which size/);
  });
});
