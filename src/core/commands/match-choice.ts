import type { Venue } from '../../domain/venue.ts';
import { ACKNOWLEDGEMENTS, COURTESY } from '../understand/courtesy-words.ts';
import { countWord, type MisspeltNumbers } from '../understand/quantity.ts';

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * The choice of `groupId` whose name or alias appears in `text` (the longest wins), for bare answers; or
 * the count choice a lone number names (`misspelt`: the venue's guard, so a misspelt "tenn" counts too).
 * `readElsewhere`: choices understanding read for other groups, whose words answer nothing here.
 */
export function matchChoice(
  text: string,
  venue: Venue,
  groupId: string,
  misspelt?: MisspeltNumbers,
  readElsewhere: readonly { group: string; choice: string }[] = [],
): string | undefined {
  const group = venue.menu.optionGroups.find((g) => g.id === groupId);
  if (!group) return undefined;
  const said = withoutPhrasesOf(` ${norm(text)} `, venue, readElsewhere, groupId);
  let best: { id: string; length: number } | undefined;
  for (const choice of group.choices) {
    if (!choice.available) continue;
    for (const name of [choice.name, choice.id.replaceAll('-', ' '), ...choice.aliases]) {
      const n = norm(name);
      if (n && said.includes(` ${n} `) && (!best || n.length > best.length))
        best = { id: choice.id, length: n.length };
    }
  }
  return best?.id ?? choiceByNumber(said, group.choices, misspelt);
}

/**
 * `said` (spaced, normalized) without the names and aliases of the choices understanding read for other
 * groups ("whole wheat" is the bread: its "whole" is no 12-inch "whole" at the length question).
 */
function withoutPhrasesOf(
  said: string,
  venue: Venue,
  readElsewhere: readonly { group: string; choice: string }[],
  groupId: string,
): string {
  let out = said;
  const phrases = readElsewhere
    .filter((o) => o.group !== groupId)
    .flatMap((o) => {
      const ch = venue.menu.optionGroups
        .find((g) => g.id === o.group)
        ?.choices.find((c) => c.id === o.choice);
      return ch ? [ch.name, ...ch.aliases].map(norm).filter((n) => n.length > 0) : [];
    })
    .sort((a, b) => b.length - a.length);
  for (const p of phrases) out = out.replaceAll(` ${p} `, '  ');
  return out;
}

/**
 * "6", "six please" at "how many pieces: 6, 10 or 20?": a lone number (fillers aside) picks the one
 * available count choice named by that number ("6 pieces"); with `misspelt`, a misspelt number word that
 * is no menu word too ("tenn", "twnety").
 */
function choiceByNumber(
  said: string,
  choices: readonly { id: string; name: string; available?: boolean | undefined }[],
  misspelt: MisspeltNumbers | undefined,
): string | undefined {
  const words = said.split(' ').filter((w) => w && !FILLER.has(w) && !POLITE.has(w));
  if (words.length !== 1) return undefined;
  const word = words[0] as string;
  const value = countWord(word, misspelt);
  if (value === undefined) return undefined;
  const fits = choices.filter((c) => {
    const [n, unit, ...rest] = norm(c.name).split(' ');
    return c.available !== false && n === String(value) && rest.length === 0 && COUNT_NOUNS.has(unit ?? '');
  });
  return fits.length === 1 ? fits[0]?.id : undefined;
}

const POLITE = new Set([...COURTESY, ...ACKNOWLEDGEMENTS, 'just']);
/** Nouns of a count choice ("6 pieces"): a bare number there is the count, not a measure like "2 liter". */
const COUNT_NOUNS = new Set(['piece', 'pieces', 'pc', 'pcs', 'count', 'ct', 'slice', 'slices']);

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
