/**
 * Units of measure: the one vocabulary every reader of sizes, counts and measures shares (a counted
 * choice's "20 Wings" against a size's "20 oz", a measure said at an option question, the measures a
 * choice's label carries, a percent a group lacks). General English only, never a venue's words.
 *
 * Sources: the US customary and SI units printed on US menus and drink labels (NIST Handbook 130's
 * unit abbreviations: in, fl oz, oz, lb, pt, qt, gal, mL, L, cL, g, kg, cm, mm), the percent sign and
 * its spellings, the count nouns menus put after a count ("8 slices", "6 pc", "10 pieces"), and the
 * vessels a drink or soup is asked for by ("a glass of", "a pint of", "a cup of": Wiktionary's
 * English nouns of containers used as measures).
 */

/** What a unit measures: a length, a volume, a weight, a percent, or a count of pieces. */
export type UnitKind = 'length' | 'volume' | 'weight' | 'percent' | 'count';

/** A unit: its one canonical name, its kind, and every spelling said or printed for it. */
export interface MeasureUnit {
  unit: string;
  kind: UnitKind;
  spellings: readonly string[];
}

/** The units, each with its spellings (lowercase; a spelling of several words is written with spaces). */
export const MEASURE_UNITS: readonly MeasureUnit[] = [
  {
    unit: 'in',
    kind: 'length',
    spellings: ['"', '”', "''", '-inch', 'inch', 'inches', 'inchs', 'in.', 'in'],
  },
  { unit: 'cm', kind: 'length', spellings: ['cm'] },
  { unit: 'mm', kind: 'length', spellings: ['mm'] },
  {
    unit: 'oz',
    kind: 'volume',
    spellings: ['fl oz', 'fl. oz', 'fluid ounce', 'fluid ounces', 'oz', 'ounce', 'ounces'],
  },
  { unit: 'ml', kind: 'volume', spellings: ['ml', 'millilitre', 'millilitres', 'milliliter', 'milliliters'] },
  { unit: 'cl', kind: 'volume', spellings: ['cl'] },
  { unit: 'l', kind: 'volume', spellings: ['l', 'lt', 'ltr', 'liter', 'liters', 'litre', 'litres'] },
  { unit: 'pint', kind: 'volume', spellings: ['pint', 'pints'] },
  { unit: 'quart', kind: 'volume', spellings: ['quart', 'quarts'] },
  { unit: 'gallon', kind: 'volume', spellings: ['gallon', 'gallons'] },
  { unit: 'cup', kind: 'volume', spellings: ['cup', 'cups'] },
  { unit: 'g', kind: 'weight', spellings: ['g', 'gram', 'grams'] },
  { unit: 'kg', kind: 'weight', spellings: ['kg'] },
  { unit: 'lb', kind: 'weight', spellings: ['lb', 'lbs', 'pound', 'pounds'] },
  { unit: '%', kind: 'percent', spellings: ['%', '％', 'percent', 'per cent', 'pct'] },
  { unit: 'piece', kind: 'count', spellings: ['piece', 'pieces', 'pc', 'pcs'] },
  { unit: 'slice', kind: 'count', spellings: ['slice', 'slices'] },
];

/**
 * Vessels a drink, soup or side is asked for by, said before "of" ("a glass of", "a pint of", "two
 * bowls of"): the serving's container, not the dish. Singular and plural.
 */
export const SERVING_VESSELS: ReadonlySet<string> = new Set(
  'glass glasses mug mugs cup cups carton cartons pint pints quart quarts jug jugs bowl bowls bottle bottles can cans jar jars liter liters litre litres gallon gallons'.split(
    ' ',
  ),
);

const folded = (s: string) => s.toLowerCase().replace(/\s+/g, '');
const BY_SPELLING = new Map(MEASURE_UNITS.flatMap((u) => u.spellings.map((s) => [folded(s), u] as const)));

/** The unit a word or phrase spells ("ounces" → oz, "fl. oz" → oz, "%" → %); undefined when none. */
export function unitOf(spelling: string): MeasureUnit | undefined {
  return BY_SPELLING.get(folded(spelling));
}

/** True when the single word `word` spells a unit of one of `kinds` ("oz", "liter"; "fl" of "fl oz"). */
export function isUnitWord(word: string, kinds: readonly UnitKind[]): boolean {
  const w = word.toLowerCase();
  return MEASURE_UNITS.some(
    (u) => kinds.includes(u.kind) && u.spellings.some((s) => s === w || s.split(' ')[0] === w),
  );
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A regular-expression source matching one spelling of the units named in `units` (canonical names),
 * longest first; a spelling ending in a letter ends at a word boundary, one ending in punctuation does
 * not ("7.5\"", "in." of "12 in.").
 */
export function unitPattern(units: readonly string[]): string {
  return MEASURE_UNITS.filter((u) => units.includes(u.unit))
    .flatMap((u) => u.spellings)
    .sort((a, b) => b.length - a.length)
    .map((s) => escapeRe(s).replace(/ /g, '\\s*') + (/[a-z]$/i.test(s) ? '\\b' : ''))
    .join('|');
}

/** The canonical names of the units of `kinds`. */
export function unitsOf(kinds: readonly UnitKind[]): string[] {
  return MEASURE_UNITS.filter((u) => kinds.includes(u.kind)).map((u) => u.unit);
}

const PERCENT = new RegExp(`(?:^|[^\\p{L}\\p{N}])(\\d{1,3})\\s*(?:${unitPattern(['%'])})`, 'iu');

/** The first whole percent written in digits in `text` ("50%", "25 percent sugar"), or undefined. */
export function percentOf(text: string): number | undefined {
  const m = PERCENT.exec(text);
  return m ? Number(m[1]) : undefined;
}
