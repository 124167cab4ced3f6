import type { Venue } from '../../domain/venue.ts';

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** The choice of `groupId` whose name or alias appears in `text` (the longest wins), for bare answers. */
export function matchChoice(text: string, venue: Venue, groupId: string): string | undefined {
  const group = venue.menu.optionGroups.find((g) => g.id === groupId);
  if (!group) return undefined;
  const said = ` ${norm(text)} `;
  let best: { id: string; length: number } | undefined;
  for (const choice of group.choices) {
    if (!choice.available) continue;
    for (const name of [choice.name, choice.id.replaceAll('-', ' '), ...choice.aliases]) {
      const n = norm(name);
      if (n && said.includes(` ${n} `) && (!best || n.length > best.length))
        best = { id: choice.id, length: n.length };
    }
  }
  return best?.id;
}

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth'];

/** Picks one of the offered choices by name, by number ("2") or by ordinal ("the second one"). */
export function matchListedChoice(
  text: string,
  choices: readonly { id: string; name: string }[],
): string | undefined {
  const said = norm(text);
  const byName = choices.find((c) => said === norm(c.name) || ` ${said} `.includes(` ${norm(c.name)} `));
  if (byName) return byName.id;
  const number = /^(?:number\s*)?(\d)$/.exec(said)?.[1];
  if (number) return choices[Number(number) - 1]?.id;
  const ordinal = ORDINALS.findIndex((o) => ` ${said} `.includes(` ${o} `));
  if (ordinal >= 0) return choices[ordinal]?.id;
  // Part of one name only: "chicken" among Chicken, Vegetable and Goat Biryani
  const words = said.split(' ').filter((w) => w.length > 1 && !FILLER.has(w));
  if (words.length === 0) return undefined;
  const partial = choices.filter((c) => {
    const name = new Set(norm(c.name).split(' '));
    return words.every((w) => name.has(w));
  });
  return partial.length === 1 ? partial[0]?.id : undefined;
}

const FILLER = new Set([
  'the',
  'one',
  'please',
  'a',
  'an',
  'i',
  'll',
  'take',
  'have',
  'want',
  'like',
  'would',
  'id',
]);
