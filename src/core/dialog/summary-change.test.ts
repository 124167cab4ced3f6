import { describe, expect, it } from 'vitest';
import { converse, replyText } from '../../testing/rule-conversation.ts';

const toSummary = ['two carnitas tacos on corn', 'pickup', 'Sam', '213 555 0101', 'cash', 'skip'];
const toSlicesSummary = ['a cheese slice', 'pickup', 'Ana', '212 555 0133', 'card', 'skip'];

describe('a "no" read by the polarity of the question it answers', () => {
  it.each([
    ['taqueria', toSummary, 'nope all good'],
    ['taqueria', toSummary, 'nah, looks right'],
  ])('%s: at "Shall I place it?", "%s" is a refusal: nothing placed', async (venue, steps, reply) => {
    const { last } = await converse(venue, [...steps, reply]);
    expect(last.state.order ?? null).toBeNull();
    expect(last.state.pending?.kind).toBe('summary_change');
    expect(replyText(last)).toMatch(/haven't placed it/i);
  });

  it('at "Shall I place it?", "no that\'s everything" places nothing and asks again', async () => {
    const { last } = await converse('slices', [...toSlicesSummary, "no that's everything"]);
    expect(last.state.order ?? null).toBeNull();
    expect(replyText(last)).toMatch(/haven't placed it|shall i place/i);
  });

  it.each([
    ['taqueria', toSummary, 'nah, looks right'],
    ['taqueria', toSummary, 'nope all good'],
    ['slices', toSlicesSummary, "no, that's everything"],
    ['slices', toSlicesSummary, 'nothing to change'],
  ])(
    '%s: at "What would you like to change?", "%s" shows the summary again, never places',
    async (venue, steps, reply) => {
      const { last } = await converse(venue, [...steps, 'no', reply]);
      expect(last.state.order ?? null).toBeNull();
      expect(last.state.pending?.kind).toBe('confirm_order');
      expect(replyText(last)).toMatch(/shall i place/i);
    },
  );

  it('a yes to the summary shown again places the order; a yes to "what to change?" does not', async () => {
    const yesAtChange = await converse('taqueria', [...toSummary, 'no', 'yes']);
    expect(yesAtChange.last.state.order ?? null).toBeNull();
    const placed = await converse('taqueria', [...toSummary, 'no', 'nah all good', 'yes please']);
    expect(placed.last.state.order).not.toBeNull();
  });

  it('a change said at "What would you like to change?" is made and the summary asked again', async () => {
    const { last } = await converse('taqueria', [...toSummary, 'no', 'no, add a horchata']);
    expect(last.state.order ?? null).toBeNull();
    expect(last.state.cartItems).toContain('agua-fresca');
  });
});
