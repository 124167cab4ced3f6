import { describe, expect, it } from 'vitest';
import { converse, replyText } from '../../testing/rule-conversation.ts';

describe('a dish ordered by the first words of its name, hyphenated or not', () => {
  it.each(['one peri peri chicken', 'one peri-peri chicken', 'peri peri chicken please'])(
    '"%s" orders the Peri-Peri Chicken Wings (its portion asked), never describes them',
    async (m) => {
      const c = await converse('spice-route', [m]);
      expect(c.last.state.pending?.itemId).toBe('peri-peri-wings');
      expect(replyText(c.last)).not.toMatch(/From our menu|Ingredients/);
    },
  );

  it('"a black forest" orders the Black Forest Ham', async () => {
    const c = await converse('torpedo', ['a black forest']);
    expect(c.last.state.pending?.itemId).toBe('black-forest-ham');
  });
});
