import { dietFits } from '../../domain/diet-fits.ts';
import type { Choice, Diet } from '../../domain/menu-schema.ts';
import type { Venue } from '../../domain/venue.ts';
import type { MisspeltNumbers } from '../understand/quantity.ts';
import {
  HEAT_HIGH,
  HEAT_LOW,
  PRICE_HIGH,
  PRICE_LOW,
  RANKING,
  readAttributePointer,
  SIZE_HIGH,
  SIZE_LOW,
} from './attribute-pointer.ts';
import { readListPick } from './list-pick.ts';

/**
 * The choices of a pending option question an answer points at by a place or a property rather than
 * by name ("the second one", "the middle one", "the mild one", "the cheapest", "the biggest", "the
 * vegan one"): `heard` is the words said; `fits` the choice ids that have it (one: the answer; several:
 * a tie; none: no choice has it); `unrated`: the choices do not say that property at all.
 */
export interface ChoicePointer {
  heard: string;
  fits: string[];
  unrated?: true;
}

/** "the middle one", "middle please": the place between the ends of the choices as asked. */
const MIDDLE =
  /^(?:(?:i'?ll|i will|let'?s|i'?d like|give me|go with|take|have)\s+)*(?:the\s+)?middle(?:\s+(?:one|option|choice))?(?:\s+(?:please|pls|plz|thanks|then))*$/;

/** Heat words in a choice's name, by how hot they say it is ("Mild Buffalo", "Extra hot"). */
const NAME_HEAT: readonly [RegExp, number][] = [
  [/\b(?:extra|very|super) (?:hot|spicy)\b|\bfiery\b|\binferno\b/, 4],
  [/\b(?:hot|spicy)\b/, 3],
  [/\bmedium\b/, 2],
  [/\bmild\b/, 1],
];
/** Size words in a choice's name, by the size they say ("Small", "Regular", "Extra Large"). */
const NAME_SIZE: readonly [RegExp, number][] = [
  [/\b(?:extra large|xl|jumbo|party|family|venti)\b/, 4],
  [/\b(?:large|big|grande)\b/, 3],
  [/\b(?:medium|regular|standard|tall)\b/, 2],
  [/\b(?:small|mini|kids?|short|petite)\b/, 1],
];
/** A count of portions in a choice's name ("Single", "Double", "Triple" patties). */
const NAME_MULTIPLE: Readonly<Record<string, number>> = { single: 1, double: 2, triple: 3, quadruple: 4 };
/** A measure in a choice's name: its number and unit ("12 fl oz", "1 liter", 10", "6 pieces"). */
const MEASURE = /(\d+(?:\.\d+)?)\s*(fl\.? ?oz|oz|ml|liters?|litres?|l\b|"|''|inch(?:es)?|in\b|cm)?/;
/** Units converted to one scale per dimension (volumes to fluid ounces, lengths to inches). */
const UNIT_SCALE: Readonly<Record<string, number>> = {
  ml: 0.0338,
  l: 33.8,
  liter: 33.8,
  litre: 33.8,
  cm: 0.394,
};
/** Diet words a pointer says ("the vegan one", "the veggie one"). */
const DIET_WORDS: readonly [RegExp, Diet][] = [
  [/\bvegan\b|\bplant based\b/, 'vegan'],
  [/\bvegetarian\b|\bveggie\b|\bmeat ?(?:less|free)\b|\bno meat\b/, 'vegetarian'],
];

/**
 * Reads an answer to the option question of `groupId` on `itemId` that points at its choices by place
 * ("the first one", "the last one", "the middle one", "number 2": as the question listed them, the
 * group's available choices in order) or by a property the menu gives them: price (`priceDelta`), heat
 * or size (words or measures of their names), diet (`diet` of the choices, the dish's own otherwise).
 * Undefined when the message points by neither, asks a question, or names a property no lexicon knows.
 * `diet`: the diet understanding read in the message. Pure.
 */
export function choicePointer(
  text: string,
  venue: Venue,
  groupId: string,
  itemId: string,
  diet: Diet | undefined,
  misspelt?: MisspeltNumbers,
): ChoicePointer | undefined {
  const group = venue.menu.optionGroups.find((g) => g.id === groupId);
  const choices = group?.choices.filter((c) => c.available) ?? [];
  if (choices.length < 2) return undefined;
  const plain = text
    .toLowerCase()
    .replace(/[’]/g, "'")
    .replace(/[^\p{L}\p{N}'\s]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (MIDDLE.test(plain)) {
    const mid = (choices.length - 1) / 2;
    const fits = choices.filter((_, i) => Math.abs(i - mid) < 1).map((c) => c.id);
    return { heard: 'the middle one', fits };
  }
  const place = readListPick(text, misspelt);
  if (place) {
    const at = place.position === -1 ? choices.length - 1 : place.position - 1;
    const chosen = choices[at];
    return chosen ? { heard: `number ${place.position}`, fits: [chosen.id] } : undefined;
  }
  const pointer = readAttributePointer(text, misspelt);
  if (!pointer || pointer.asked) return undefined;
  const words = pointer.words;
  const item = venue.menu.items.find((i) => i.id === itemId);
  const ranked = (rate: (c: Choice) => number | undefined, high: boolean, ends: boolean) =>
    byRating(words, choices, rate, high, ends);
  if (PRICE_LOW.test(words) || PRICE_HIGH.test(words))
    return ranked((c) => c.priceDelta, !PRICE_LOW.test(words), true);
  const low = HEAT_LOW.test(words);
  if (low || HEAT_HIGH.test(words)) {
    const ranking = RANKING.test(words.replace(/\b(?:not|isn'?t)\b.*/, ''));
    // "the hot one" of a size or a milk is no heat: only choices some of which are named by heat
    if (!choices.some((c) => /\b(?:mild|hot|spicy|fiery)\b/i.test(c.name)))
      return { heard: words, fits: [], unrated: true };
    return ranked((c) => nameRating(c.name, NAME_HEAT), !low, ranking);
  }
  if (SIZE_LOW.test(words) || SIZE_HIGH.test(words))
    return ranked(sizeRating(choices), SIZE_HIGH.test(words), true);
  const wanted = diet ?? DIET_WORDS.find(([re]) => re.test(words))?.[1];
  if (wanted) {
    if (!choices.some((c) => c.diet !== undefined)) return { heard: words, fits: [], unrated: true };
    const own = item?.diet ?? 'vegan';
    const fits = choices.filter((c) => dietFits(c.diet ?? own, wanted));
    // "the vegetarian one" of chickpeas, paneer and chicken: every choice that fits (one: the answer)
    return { heard: words, fits: fits.map((c) => c.id) };
  }
  return undefined;
}

/**
 * The choices at the end of a rating (`high`: the top) when `ends`, else those rated past the middle
 * of the scale on that side; unrated when fewer than two choices are rated or all rate the same.
 */
function byRating(
  heard: string,
  choices: readonly Choice[],
  rate: (c: Choice) => number | undefined,
  high: boolean,
  ends: boolean,
): ChoicePointer {
  const rated = choices.flatMap((c) => {
    const r = rate(c);
    return r === undefined ? [] : [{ id: c.id, r: high ? r : -r }];
  });
  const values = new Set(rated.map((x) => x.r));
  if (rated.length < 2 || values.size < 2) return { heard, fits: [], unrated: true };
  if (!ends) {
    // "the mild one", "the hot one": the choices named mild (1), or hot (3) and up
    const fits = rated.filter((x) => (high ? x.r >= 3 : x.r >= -1)).map((x) => x.id);
    return { heard, fits };
  }
  const top = Math.max(...values);
  return { heard, fits: rated.filter((x) => x.r === top).map((x) => x.id) };
}

/** The first rating whose words a name holds; undefined when it holds none. */
function nameRating(name: string, scale: readonly [RegExp, number][]): number | undefined {
  const n = name.toLowerCase();
  return scale.find(([re]) => re.test(n))?.[1];
}

/**
 * How big each choice is: by the measure of its name when every choice states one (liters and
 * milliliters as fluid ounces), else by its size words ("Small", "Large") or portion count ("Double")
 * when every choice has them; no rating otherwise.
 */
function sizeRating(choices: readonly Choice[]): (c: Choice) => number | undefined {
  const measure = (c: Choice) => {
    const m = MEASURE.exec(c.name.toLowerCase());
    if (!m) return undefined;
    const unit = (m[2] ?? '').replace(/s$/, '').replace(/\.? ?/g, '');
    return Number.parseFloat(m[1] as string) * (UNIT_SCALE[unit] ?? 1);
  };
  if (choices.every((c) => measure(c) !== undefined)) return measure;
  const worded = (c: Choice) =>
    nameRating(c.name, NAME_SIZE) ??
    Object.entries(NAME_MULTIPLE).find(([w]) => new RegExp(`\\b${w}\\b`, 'i').test(c.name))?.[1];
  if (choices.every((c) => worded(c) !== undefined)) return worded;
  return () => undefined;
}
