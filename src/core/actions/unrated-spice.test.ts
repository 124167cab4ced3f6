import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unratedMenu } from '../../domain/fixtures/unrated-menu.ts';
import { Menu } from '../../domain/menu-schema.ts';
import { converse } from '../../testing/rule-conversation.ts';
import type { TurnResult } from '../handle-turn.ts';

/** A venue folder holding a menu that rates no dish's heat (no moods, no documents). */
const venue = (() => {
  const dir = mkdtempSync(join(tmpdir(), 'maitre-unrated-'));
  writeFileSync(join(dir, 'menu.json'), JSON.stringify(unratedMenu()));
  return dir;
})();

const textOf = (turn: TurnResult) =>
  turn.events.flatMap((e) => (e.type === 'text' ? [e.text] : [])).join(' ');
const listed = (turn: TurnResult) =>
  turn.events.flatMap((e) => (e.type === 'item_list' ? e.items.map((i) => i.name) : []));

async function turn(message: string): Promise<TurnResult> {
  return (await converse(venue, [message])).last;
}

const HOT = ['Cheese Poppers', 'Korean Wings', 'Cajun Fries'];

describe('a menu that rates no dish for spice', () => {
  it('loads with spiceLevel left out', () => {
    expect(Menu.parse(unratedMenu()).items.every((i) => i.spiceLevel === undefined)).toBe(true);
  });

  it.each([
    ['how spicy are the cheese poppers', 'Cheese Poppers', 'but mentions jalapeños'],
    ['is the korean wings spicy', 'Korean Wings', 'but mentions gochujang'],
    ['is the roast chicken spicy', 'Roast Chicken', 'nothing it says about the dish sounds spicy'],
    ['how spicy is the steak frites', 'Steak Frites', "so I can't say for sure"],
  ])('"%s" says the menu does not rate it, with what its words say', async (message, name, hint) => {
    const text = textOf(await turn(message));
    expect(text).toContain(`The menu doesn't rate the heat of the ${name}`);
    expect(text).toContain(hint);
    expect(text).not.toMatch(/not spicy\.|\bis (mild|hot)\b/);
  });

  it('"something spicy" picks a dish whose words say heat, and says the menu does not rate it', async () => {
    const t = await turn('I want something spicy');
    expect(HOT).toContain(listed(t)[0]);
    expect(textOf(t)).toContain("The menu doesn't rate the heat of the");
  });

  it('"something mild" never picks a dish whose words say heat, nor says "no heat to worry about"', async () => {
    const t = await turn('something mild please');
    expect(listed(t).some((n) => HOT.includes(n))).toBe(false);
    expect(textOf(t)).not.toContain('no heat to worry about');
    expect(textOf(t)).toContain("The menu doesn't rate the heat of the");
  });

  it('"not too hot" leaves out the dishes whose words say heat and says so', async () => {
    const t = await turn('show me the snacks that are not too hot');
    expect(listed(t)).toEqual(['Soft Pretzel']);
    expect(textOf(t)).toContain('so I left out the ones it mentions');
  });

  it('the spiciest dish is answered from the words, saying the menu rates none', async () => {
    const t = await turn("what's the spiciest dish");
    expect(textOf(t)).toContain("The menu doesn't rate how spicy its dishes are");
    expect(listed(t)).toEqual(HOT);
  });

  it('a dish card of an unrated dish carries no spice badge', async () => {
    const t = await turn('tell me about the cheese poppers');
    const entry = t.events.flatMap((e) => (e.type === 'item_list' ? e.items : []))[0];
    expect(entry?.badges.some((b) => b.startsWith('spicy'))).toBe(false);
    expect(textOf(t)).toContain('Heat not rated (the menu mentions jalapeños)');
  });
});
