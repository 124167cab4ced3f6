import { type Menu, OptionGroup } from './menu-schema.ts';

/**
 * A dish whose description opens with a list of alternatives joined by "or" ("Coke, Diet Coke, Sprite or
 * lemonade from the fountain.", "Choice of chocolate chip, oatmeal raisin or sugar.") is sold as one of
 * them, but a menu file written for people may give it no option group: the kitchen would get a
 * "Fountain Drink" without knowing which, and "a sprite" would be no dish at all. Such a dish gets a
 * required one-of group of those alternatives when the venue loads (`withDescribedChoices`), priced 0,
 * so the bot asks "Coke, Diet Coke, Sprite or lemonade?", reads "a sprite" as that dish, and the backend
 * prices and checks it like any group.
 *
 * The list is read strictly, as a list of alternatives and nothing else: the description's first sentence,
 * optionally after "choice of" / "your choice of" / "choose from", then two to twelve alternatives of one to
 * three words each (letters, apostrophes, hyphens), commas between them and "or" before the last, then
 * optionally a short place ("from the fountain", "in a cup"); a leading participle compound describes the
 * dish and is no alternative ("Fresh-brewed, sweet or unsweet"). "and" lists (ingredients), prices, sizes with
 * numbers, and longer clauses are never read. A dish that already has a group offering any of the
 * alternatives (by name, or named more fully: "Mexican Rice" for "Mexican"), or that is itself named as
 * one, is left alone: the menu file says what it means.
 */
export function describedChoices(name: string, description: string | undefined): string[] | undefined {
  if (description === undefined) return undefined;
  const first = description
    .split(/(?<=[.!?])\s/)[0]
    ?.replace(/[.!?]\s*$/, '')
    .trim();
  if (!first) return undefined;
  const body = first
    .replace(/^(?:your\s+)?choice\s+of\s+|^choose\s+(?:from\s+)?/i, '')
    .replace(/\s+(?:from|in|on|by)\s+(?:the\s+|a\s+|an\s+)?[a-z]+(?:\s+[a-z]+)?$/i, '');
  const last = body.match(/^(.*?),?\s+or\s+([^,]+)$/i);
  if (!last) return undefined;
  const alternatives = [...(last[1] as string).split(/\s*,\s*/), last[2] as string].map((a) => a.trim());
  // a leading describing word is no alternative ("Fresh-brewed, sweet or unsweet": sweet or unsweet)
  while (alternatives.length > 2 && DESCRIBING.test(alternatives[0] as string)) alternatives.shift();
  if (alternatives.length < 2 || alternatives.length > 12) return undefined;
  if (!alternatives.every((a) => ALTERNATIVE.test(a))) return undefined;
  const folded = alternatives.map((a) => a.toLowerCase());
  if (new Set(folded).size !== folded.length || folded.includes(name.toLowerCase())) return undefined;
  return alternatives;
}

/** A compound of a past participle describing the dish ("fresh-brewed", "house-made", "hand-cut"). */
const DESCRIBING = /^[a-z]+-(?:[a-z]+ed|made|cut|grown|ground)$/i;

/** One alternative: one to three words of letters (apostrophes, hyphens and "&" inside a word allowed). */
const ALTERNATIVE = /^[A-Za-z][A-Za-z'&-]*(?: [A-Za-z][A-Za-z'&-]*){0,2}$/;

/**
 * Gives each dish whose description lists its alternatives (`describedChoices`) a required one-of group
 * of them, id `<item id>-kind`, named "Kind", asked as the description lists them ("Coke, Sprite or
 * lemonade?"), each choice's first letter upper-cased ("lemonade" →
 * "Lemonade"). Skipped for a dish with a group already offering one of the alternatives, and when the id
 * is taken. The menu is changed in place and returned.
 */
export function withDescribedChoices(menu: Menu): Menu {
  const groups = new Map(menu.optionGroups.map((g) => [g.id, g]));
  for (const item of menu.items) {
    const alternatives = describedChoices(item.name, item.description);
    if (alternatives === undefined) continue;
    const folded = new Set(alternatives.map((a) => a.toLowerCase()));
    // a choice named as an alternative, or more fully ("Mexican Rice" for "Mexican"), is the menu's own
    const names = (p: string) => {
      const name = p.toLowerCase();
      return [...folded].some((a) => name === a || name.startsWith(`${a} `));
    };
    const offered = item.optionGroups.some((id) =>
      groups.get(id)?.choices.some((c) => [c.name, ...c.aliases].some(names)),
    );
    const id = `${item.id}-kind`;
    if (offered || groups.has(id)) continue;
    const group = OptionGroup.parse({
      id,
      name: 'Kind',
      selection: 'single',
      min: 1,
      max: 1,
      // asked as the description says it: "Coke, Diet Coke, Sprite or lemonade?"
      prompt: upperFirst(`${alternatives.slice(0, -1).join(', ')} or ${alternatives.at(-1)}?`),
      choices: alternatives.map((a) => ({
        id: a
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, '-')
          .replace(/^-|-$/g, ''),
        name: upperFirst(a),
      })),
    });
    menu.optionGroups.push(group);
    groups.set(id, group);
    item.optionGroups.unshift(id);
  }
  return menu;
}

function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
