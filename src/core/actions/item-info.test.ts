import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../testing/fixed-clock.ts';
import { InMemoryBackend } from '../../testing/in-memory-backend.ts';
import { sequentialIds } from '../../testing/sequential-ids.ts';
import { createDialogConfig } from '../config/dialog-config.ts';
import type { TurnDeps } from '../dialog/turn-deps.ts';
import { handleTurn } from '../handle-turn.ts';
import { scenarioVenues } from '../scenarios/scenario-venues.ts';
import type { SessionState } from '../state/session-state.ts';

const venues = scenarioVenues();

/** A conversation on a sample venue with the real understanding and the in-memory backend. */
function conversation(name: 'pizzeria' | 'spice-route') {
  const { venue, understanding } = venues(name);
  const backend = new InMemoryBackend(venue.menu);
  const deps: TurnDeps = {
    venue,
    understanding,
    backend,
    clock: fixedClock(),
    ids: sequentialIds(),
    config: createDialogConfig({}),
  };
  let state: SessionState | undefined;
  return {
    backend,
    async say(text: string) {
      const r = await handleTurn(state, text, deps);
      state = r.state;
      const reply = r.events.flatMap((e) => (e.type === 'text' ? [e.text] : [])).join(' ');
      return { reply, state: r.state };
    },
  };
}

describe('item questions answered from the backend menu', () => {
  it('options: the group’s choices with their price deltas', async () => {
    const c = conversation('pizzeria');
    const { reply } = await c.say('which crusts for the margherita?');
    expect(reply).toMatch(/Margherita/);
    expect(reply).toMatch(/Thin Crust/);
    expect(reply).toMatch(/Deep Dish \(\+\$2\.50\)/);
    expect(reply).toMatch(/Hand Tossed \(standard\)/);
  });

  it('options: a group word names the item’s own group ("sizes" of a drink)', async () => {
    const c = conversation('pizzeria');
    const { reply } = await c.say('what sizes does the coke come in?');
    expect(reply).toMatch(/2 liter \(\+\$2\.20\)/);
  });

  it('options: whether the item takes a choice, and what goes on it', async () => {
    expect((await conversation('pizzeria').say('does the coke come in a 2 liter?')).reply).toMatch(
      /^Yes, you can have the Coca-Cola with 2 liter \(\+\$2\.20\)/,
    );
    expect((await conversation('pizzeria').say('what can i put on the build your own pizza')).reply).toMatch(
      /toppings.*Basil Pesto \(\+\$1\.50\)/,
    );
  });

  it('diet: a no with the deciding choice and the choice that would make it fit', async () => {
    const c = conversation('pizzeria');
    const { reply } = await c.say('is the margherita vegan?');
    expect(reply).toMatch(/^No, the Margherita is not vegan: it has Fresh Mozzarella\./);
    expect(reply).toMatch(/Vegan Mozzarella \(\+\$2\.50\) instead of Fresh Mozzarella/);
  });

  it('diet: a choice alone, and an ingredient as the reason', async () => {
    expect((await conversation('pizzeria').say('is the gluten-free crust vegan?')).reply).toMatch(
      /^Yes, the Gluten-Free Crust is vegan/,
    );
    expect((await conversation('spice-route').say('is the dal makhani vegan')).reply).toMatch(
      /^No, the Dal Makhani is not vegan: it has butter and cream/,
    );
  });

  it('diet: "gluten free" and "halal" are answered from allergens and diet flags', async () => {
    const gf = await conversation('pizzeria').say('is the vegan garden pizza gluten free?');
    expect(gf.reply).toMatch(/not gluten free: it contains gluten/);
    expect(gf.reply).toMatch(/Gluten-Free Crust is an option without gluten/);
    expect((await conversation('spice-route').say('is the chicken tikka halal?')).reply).toMatch(
      /^Yes, the Chicken Tikka is marked halal/,
    );
  });

  it('allergens: per choice, and the options that would add one', async () => {
    expect((await conversation('pizzeria').say('does the pesto have nuts?')).reply).toMatch(
      /^The Basil Pesto contains tree nuts/,
    );
    expect((await conversation('pizzeria').say('does the margherita have nuts')).reply).toMatch(
      /^The Margherita has no tree nuts or peanuts declared\. Basil Pesto would add tree nuts\./,
    );
  });

  it('spice: the level and the spice choices', async () => {
    const { reply } = await conversation('spice-route').say('how spicy is the chicken chettinad?');
    expect(reply).toMatch(/very hot/);
    expect(reply).toMatch(/mild, medium, hot or extra hot/);
  });

  it('price: with the options said, or per size when none is', async () => {
    const c = conversation('pizzeria');
    const large = await c.say('how much is a large pepperoni?');
    expect(large.reply).toMatch(/Pepperoni Pizza \(Large 14"\) is \$18\.49/);
    const any = await c.say('how much is a pepperoni pizza');
    expect(any.reply).toMatch(/\$12\.49 for the small.*\$18\.49 for the large/);
  });

  it('never adds to the cart', async () => {
    const c = conversation('pizzeria');
    for (const q of [
      'how much is a large pepperoni?',
      'is the margherita vegan?',
      'what toppings can I add?',
    ]) {
      const { state } = await c.say(q);
      expect(state.cartId === null || state.cartItems.length === 0).toBe(true);
    }
  });

  it('mid-order: answers the question and asks the pending option again; the answer still works', async () => {
    const c = conversation('pizzeria');
    await c.say('a margherita');
    const price = await c.say('how much is a large one?');
    expect(price.reply).toMatch(/Margherita \(Large 14"\) is \$18\.99/);
    expect(price.reply).toMatch(/Which size for the Margherita: Small 10", Medium 12" \(\+\$3\.00\)/);
    expect(price.state.pending?.kind).toBe('option');
    const crusts = await c.say('which crusts are there?');
    expect(crusts.reply).toMatch(/Margherita.*crust & style.*Thin Crust/);
    expect(crusts.state.pending?.kind).toBe('option');
    const done = await c.say('large');
    expect(done.state.cartItems).toEqual(['margherita']);
  });
});
