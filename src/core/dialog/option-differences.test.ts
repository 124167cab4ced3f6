import { describe, expect, it } from 'vitest';
import { converse, replyText } from '../../testing/rule-conversation.ts';

/**
 * "what's the difference between the salsas", "how are the salsas different": a question comparing a
 * group's choices lists them (as "which salsas do you have" does), never a passage it is unsure of.
 */
describe('a question comparing the choices of a group lists them', () => {
  it.each([
    [
      'burritos',
      'whats the difference between the salsas',
      ['Fresh Tomato Salsa', 'Tomatillo Red-Chili Salsa'],
    ],
    ['burritos', 'how do the salsas differ', ['Roasted Chili-Corn Salsa', 'Tomatillo Green-Chili Salsa']],
    ['taqueria', 'how are the salsas different', ['Mild (pico de gallo)', 'Hot (salsa roja)']],
  ] as const)('%s: "%s"', async (venue, asked, names) => {
    const { last } = await converse(venue, [asked]);
    const text = replyText(last);
    for (const n of names) expect(text).toContain(n);
    expect(text).not.toMatch(/not (?:sure|certain)/);
  });
});
