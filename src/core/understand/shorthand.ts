import type { Token } from './normalize.ts';

/**
 * Common ordering shorthand, shipped with the engine and never taken from a venue: each row is a set of
 * interchangeable spellings. Every menu phrase is also indexed with each of its words swapped for the
 * others of its row ("Mayonnaise" is also "mayo", "Extra Large" is also "xl", "BBQ Sauce" is also
 * "barbecue sauce"), so a customer's shorthand finds the menu's long form and the other way round.
 * Rows hold lowercase words; a multi-word entry replaces a run of words.
 */
export const ORDERING_SHORTHAND: readonly (readonly string[])[] = [
  ['mayo', 'mayonnaise'],
  ['xl', 'extra large', 'x large', 'xlarge'],
  ['xxl', 'extra extra large'],
  ['lg', 'lrg', 'large'],
  ['sm', 'sml', 'small'],
  ['med', 'medium'],
  ['reg', 'regular'],
  ['bbq', 'barbecue', 'barbeque', 'bar b q'],
  ['dbl', 'double'],
  ['xtra', 'extra'],
  ['choc', 'chocolate'],
  ['parm', 'parmesan'],
  ['mozz', 'mozzarella'],
  ['chz', 'cheese'],
  ['chkn', 'chix', 'chicken'],
  ['pb', 'peanut butter'],
  ['pb and j', 'peanut butter and jelly'],
  ['oj', 'orange juice'],
  ['decaf', 'decaffeinated'],
  ['cappucino', 'cappuccino', 'capp'],
  ['expresso', 'espresso'],
  ['mac', 'macaroni'],
  ['veggie', 'vegetable'],
  ['jalapeno', 'jalapeño'],
  ['guac', 'guacamole'],
  ['quesa', 'quesadilla'],
  ['sando', 'sandwich', 'sammy', 'sammich'],
  ['burg', 'burger'],
  ['bfast', 'brekkie', 'breakfast'],
  ['avo', 'avocado'],
  ['ft', 'foot'],
  ['footlong', 'ftlong', 'foot long', '12 inch'],
  ['pep', 'pepp', 'pepperoni'],
  ['saus', 'sausage'],
  ['mush', 'mushroom'],
];

/**
 * Words standing for grammar rather than food: "w/" → with, "w/o" → without, "n" → and ("mac n cheese"),
 * and the spoken spellings of "with" ("a cheesesteak wit whiz", "chips wif salsa", "witout onions").
 */
const MARKER_SHORTHAND: ReadonlyArray<[readonly string[], string]> = [
  [['w', 'o'], 'without'],
  [['wo'], 'without'],
  [['witout'], 'without'],
  [['w'], 'with'],
  [['wit'], 'with'],
  [['wif'], 'with'],
  [['n'], 'and'],
];

const byFirst = new Map<string, string[][]>();
for (const row of ORDERING_SHORTHAND) {
  for (const form of row) {
    const words = form.split(' ');
    const list = byFirst.get(words[0] as string) ?? [];
    list.push(words);
    byFirst.set(words[0] as string, list);
  }
}
const rowOf = new Map<string, readonly string[]>();
for (const row of ORDERING_SHORTHAND) for (const form of row) rowOf.set(form, row);

/**
 * The phrase's other spellings by the shorthand rows (at most `limit`), each as words. The phrase itself
 * is not included.
 */
export function shorthandVariants(words: readonly string[], limit = 8): string[][] {
  const out: string[][] = [];
  const seen = new Set([words.join(' ')]);
  for (let i = 0; i < words.length; i++) {
    for (const form of byFirst.get(words[i] as string) ?? []) {
      if (form.some((w, k) => words[i + k] !== w)) continue;
      for (const other of rowOf.get(form.join(' ')) ?? []) {
        const v = [...words.slice(0, i), ...other.split(' '), ...words.slice(i + form.length)];
        const key = v.join(' ');
        if (seen.has(key)) continue;
        seen.add(key);
        out.push(v);
        if (out.length >= limit) return out;
      }
    }
  }
  return out;
}

/** "one topping pizza", "2 topping pie": a dish's kind by its number of toppings (a common pizza-shop phrase). */
const TOPPING_COUNTS = new Set(['1', '2', '3', 'one', 'two', 'three', 'single']);
const TOPPING_WORDS = new Set(['topping', 'toppings']);
const wordAt = (tokens: readonly Token[], i: number) => {
  const t = tokens[i];
  return t !== undefined && !t.punct && t.num === undefined;
};

/**
 * Rewrites grammar shorthand in tokens ("w/ bacon", "w/o onions", "mac n cheese"), keeping each token's
 * offsets. A bare "w" or "n" is rewritten only between two words.
 */
export function expandMarkerShorthand(tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    // "2 large one topping pizzas, both pepperoni": "one topping" says what kind of dish, not a count
    if (TOPPING_COUNTS.has(t.norm) && TOPPING_WORDS.has(tokens[i + 1]?.norm ?? '') && wordAt(tokens, i + 2)) {
      i++;
      continue;
    }
    const rule = MARKER_SHORTHAND.find(([words]) => words.every((w, k) => tokens[i + k]?.norm === w));
    const before = tokens[i - 1];
    const after = tokens[i + (rule?.[0].length ?? 1)];
    if (!rule || !after || after.punct || (rule[0].length === 1 && (!before || before.punct))) {
      out.push(t);
      continue;
    }
    const last = tokens[i + rule[0].length - 1] as Token;
    out.push({ ...t, norm: rule[1], key: rule[1], end: last.end, oEnd: last.oEnd });
    i += rule[0].length - 1;
  }
  return out;
}
