import type { Allergen } from '../../domain/menu-schema.ts';
import type { LexEntry } from './lexicon-entry.ts';
import type { Token } from './normalize.ts';
import type { Segment } from './segment.ts';

/** Words asking for a list of the menu's dishes ("which dishes", "what items", "anything"). */
const LIST_WORDS = new Set([
  'which',
  'wich',
  'what',
  'dishes',
  'dish',
  'items',
  'things',
  'foods',
  'anything',
]);
/** Verbs of holding right before the allergen ("have sesame", "contain nuts", "made with egg"). */
const HOLD_WORDS = new Set([
  'have',
  'has',
  'contain',
  'contains',
  'containing',
  'with',
  'use',
  'uses',
  'got',
]);
/**
 * Words that turn the holding around ("which ones do not have dairy", "nothing with nuts", "anything
 * that has no egg"): the dishes *without* the allergen are asked for, the allergen-free list.
 */
const NEGATORS = new Set(['not', 'no', 'never', 'nothing', 'none', 'without']);
/** How many words before the verb of holding a negation still turns it ("do not really have"). */
const NEGATION_REACH = 3;

/**
 * Whether the allergen starting at `at` is held under a negation: "do not have dairy", "nothing with
 * nuts", "has no egg" (a negation within a few words before, the clause unbroken).
 */
export function negatedHolding(words: readonly string[], at: number): boolean {
  for (let j = at - 1; j >= Math.max(0, at - 1 - NEGATION_REACH); j--) {
    const w = words[j] ?? '';
    if (NEGATORS.has(w)) return true;
    if (w === ',' || w === 'but' || w === 'and' || w === 'or' || w === '.' || w === '?') return false;
  }
  return false;
}

/** Words asking what to keep away from ("what should we avoid?", "which dishes to stay away from"). */
const AVOID_WORDS = new Set(['avoid', 'avoided', 'skip', 'away']);

/** Words naming a person right before "with" ("someone with celiac"): the allergen is their condition. */
const PERSON_WORDS = new Set(
  'someone somebody anyone anybody people person guest guests friend friends kid kids child children son daughter wife husband partner mom mum dad'.split(
    ' ',
  ),
);
/** Allergen words that name a condition of a person, never an ingredient a dish holds. */
const CONDITION_WORDS = new Set(['celiac', 'coeliac', 'lactose']);

const entriesOf = (s: Segment): readonly LexEntry[] => (s.type === 'lex' ? s.entries : []);

/**
 * The allergens a question asks the dishes *with* of: "which dishes have sesame?" (a list word, then
 * a verb of holding right before the allergen) or "my son has a nut allergy, what should we avoid?" (an
 * allergen and a word of avoiding in a question). The opposite of an allergen-free list. Returns the
 * allergens, or undefined. Pure.
 */
export function allergensAskedIn(
  tokens: readonly Token[],
  segs: readonly Segment[],
  asks: readonly boolean[],
): Allergen[] | undefined {
  if (!asks.some(Boolean)) return undefined;
  const words = tokens.map((t) => t.norm);
  const found: Allergen[] = [];
  const avoid = words.some((w, i) => AVOID_WORDS.has(w) && asks[i]);
  const listed = words.some((w) => LIST_WORDS.has(w));
  for (const s of segs) {
    const allergen = entriesOf(s).find(
      (e): e is Extract<LexEntry, { kind: 'allergen' }> => e.kind === 'allergen',
    );
    if (allergen === undefined || allergen.free) continue;
    // an allergen that is part of a dish's name is the dish ("the peanut noodles")
    if (entriesOf(s).some((e) => e.kind === 'item' && !e.weak)) continue;
    const before = words[s.start - 1] ?? '';
    const person = PERSON_WORDS.has(words[s.start - 2] ?? '');
    const condition = words.slice(s.start, s.end).some((w) => CONDITION_WORDS.has(w));
    // "which ones do not have dairy", "nothing with nuts": the dishes without it (an allergen-free filter)
    if (negatedHolding(words, s.start)) continue;
    if (avoid || (listed && HOLD_WORDS.has(before) && !person && !condition))
      found.push(...allergen.allergens);
  }
  return found.length > 0 ? [...new Set(found)] : undefined;
}
