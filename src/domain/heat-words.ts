/**
 * Words a menu uses for heat: hot ingredients and sauces ("jalapeños", "harissa", "peri peri") and
 * words that call a dish hot ("spicy", "fiery"). Generic English and ingredient words only, never a
 * dish's name. A dish the menu does not rate for spice (`spiceLevel` left out) is judged by them, as a
 * weak signal only, and the bot says the menu does not rate it.
 */

/** How a heat word reads: an ingredient the dish has, or a word that describes the dish. */
export type HeatWordKind = 'ingredient' | 'word';

/** A heat word found in a dish's text, as the menu writes it ("jalapeños"), with its kind. */
export interface HeatWord {
  text: string;
  kind: HeatWordKind;
}

/** Ingredients and sauces that bring heat; a phrase of several words matches those words in a row. */
const HOT_INGREDIENTS = [
  'chili',
  'chilli',
  'chile',
  'jalapeno',
  'habanero',
  'serrano',
  'chipotle',
  'cayenne',
  'sriracha',
  'harissa',
  'gochujang',
  'gochugaru',
  'sambal',
  'peri peri',
  'piri piri',
  'pepper flakes',
  'crushed red pepper',
  'hot pepper',
  'hot sauce',
  'hot honey',
  'hot oil',
  'ghost pepper',
  'scotch bonnet',
  'bird eye',
  'birds eye',
  'sichuan pepper',
  'sichuan peppercorn',
  'szechuan pepper',
  'szechuan peppercorn',
  'wasabi',
  'nduja',
  'tabasco',
  'buffalo sauce',
  'buffalo style',
];

/** Words that call a dish hot. */
const HOT_WORDS = ['spicy', 'fiery', 'extra hot', 'nashville hot', 'hot and spicy'];

/** Words that take back a heat word a word or two later: "no chili", "not spicy", "without jalapeños". */
const NEGATORS = new Set(['no', 'not', 'non', 'without', 'zero', 'never', 'nothing']);
/** How many words back a negator still reaches ("not too spicy", "no pickled jalapenos"). */
const NEGATION_REACH = 2;

const PATTERNS: readonly { re: RegExp; kind: HeatWordKind }[] = [
  ...HOT_WORDS.map((w) => ({ re: phrasePattern(w), kind: 'word' as const })),
  ...HOT_INGREDIENTS.map((w) => ({ re: phrasePattern(w), kind: 'ingredient' as const })),
];

/** A phrase as whole words in a row, spaces or hyphens between, a plural ending allowed. */
function phrasePattern(phrase: string): RegExp {
  const body = phrase
    .split(' ')
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join("[\\s\\-']+");
  return new RegExp(`(?<![a-z])${body}(?:e?s)?(?![a-z])`, 'g');
}

/**
 * The first heat word in `texts` (searched in order), or undefined. Case and accents are ignored
 * ("Jalapeños" matches jalapeno) and the text is returned as written; a heat word a negator takes
 * back ("no chili", "not too spicy", "non-spicy") does not count. Pure.
 */
export function findHeatWord(texts: readonly (string | undefined)[]): HeatWord | undefined {
  for (const raw of texts) {
    if (!raw) continue;
    const text = raw.normalize('NFC');
    const folded = fold(text);
    let best: { at: number; end: number; kind: HeatWordKind } | undefined;
    for (const { re, kind } of PATTERNS) {
      re.lastIndex = 0;
      for (let m = re.exec(folded); m; m = re.exec(folded)) {
        if (negated(folded, m.index)) continue;
        if (!best || m.index < best.at) best = { at: m.index, end: m.index + m[0].length, kind };
        break;
      }
    }
    if (best) {
      // folding keeps the length of Latin text, so the span reads the menu's own spelling
      const span =
        folded.length === text.length ? text.slice(best.at, best.end) : folded.slice(best.at, best.end);
      return { text: span.toLowerCase(), kind: best.kind };
    }
  }
  return undefined;
}

function negated(folded: string, at: number): boolean {
  // a negation reaches within its clause only: "no onions, chili flakes" keeps the chili
  const clause =
    folded
      .slice(0, at)
      .split(/[,.;:!?()/]/)
      .pop() ?? '';
  const before = clause
    .split(/[^a-z]+/)
    .filter(Boolean)
    .slice(-NEGATION_REACH);
  return before.some((w) => NEGATORS.has(w));
}

/** Lower case without accents, one character for each of the text's. */
function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}
