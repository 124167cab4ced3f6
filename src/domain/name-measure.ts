/**
 * A size a dish's own name gives: a number with a unit ("12 inch Sub", "16 oz Steak", "20 Wings") or a
 * size word ("Large Fries"). `unit` says what is compared: only measures of one unit rank together.
 */
export interface NameMeasure {
  unit: string;
  value: number;
}

/** Units a name's number may carry, each folded to one spelling. */
const UNITS: Record<string, string> = {
  inch: 'inch',
  inches: 'inch',
  in: 'inch',
  '"': 'inch',
  oz: 'oz',
  ounce: 'oz',
  ounces: 'oz',
  lb: 'lb',
  lbs: 'lb',
  pound: 'lb',
  pounds: 'lb',
  g: 'g',
  gram: 'g',
  grams: 'g',
  piece: 'count',
  pieces: 'count',
  pc: 'count',
  pcs: 'count',
  count: 'count',
  ct: 'count',
};
const MEASURE =
  /(\d+(?:\.\d+)?)\s*-?\s*(inches|inch|in\b|"|ounces|ounce|oz\b|pounds|pound|lbs|lb\b|grams|gram|g\b|pieces|piece|pcs|pc\b|count|ct\b)/i;
/** "20 Wings", "6 Piece Nuggets": a count opening the name. */
const LEADING_COUNT = /^(\d{1,3})\s+[a-z]/i;
/** Size words, smallest first (general English; "extra large" before "large"). */
const SIZE_WORDS: readonly [RegExp, number][] = [
  [/\b(?:mini|kids?|junior)\b/i, 1],
  [/\bsmall\b/i, 2],
  [/\b(?:regular|medium)\b/i, 3],
  [/\b(?:extra[- ]large|xl)\b/i, 5],
  [/\b(?:large|big)\b/i, 4],
  [/\b(?:jumbo|giant|family|party)\b/i, 6],
];

/** The size `name` gives (see `NameMeasure`), or undefined when it gives none. Pure. */
export function nameMeasure(name: string): NameMeasure | undefined {
  const m = MEASURE.exec(name);
  if (m) return { unit: UNITS[(m[2] as string).toLowerCase()] ?? 'count', value: Number(m[1]) };
  const lead = LEADING_COUNT.exec(name);
  if (lead) return { unit: 'count', value: Number(lead[1]) };
  for (const [re, rank] of SIZE_WORDS) if (re.test(name)) return { unit: 'label', value: rank };
  return undefined;
}
