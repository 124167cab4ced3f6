import type { Choice, Menu, OptionGroup } from '../../domain/menu-schema.ts';
import { LEXICON_STOPWORDS } from './common-words.ts';
import type { Lexicon } from './lexicon.ts';
import { normalize } from './normalize.ts';

/**
 * "cheddar cheese" is one choice, not cheddar plus a generic cheese: a choice said with its kind's head
 * noun after it is that choice. A group's head nouns are its own name's last word ("Cheese", "Milk",
 * "Sauce") and any last word that several of its choices' multi-word names share ("goat cheese", "blue
 * cheese"); the second kind is added only to choices of the same sort as those (same allergens and diet,
 * not none), so "pepperoni cheese" stays two toppings. Each choice's one-word phrases are indexed again
 * with the head noun after them.
 */
export function addGroupHeadNouns(lexicon: Lexicon, menu: Menu): void {
  for (const g of menu.optionGroups) {
    const own = lastWord(g.name);
    for (const head of headNouns(g)) {
      const having = g.choices.filter((c) => phrasesOf(c).some((p) => p.length > 1 && p.at(-1) === head));
      const sort = signatures(having);
      for (const c of g.choices) {
        if (phrasesOf(c).some((p) => p.at(-1) === head)) continue;
        if (head !== own && (sort.size !== 1 || !sort.has(signature(c)) || signature(c) === '|')) continue;
        for (const p of phrasesOf(c))
          if (p.length === 1) lexicon.add(`${p[0]} ${head}`, { kind: 'choice', group: g.id, choice: c.id });
      }
    }
  }
}

function headNouns(g: OptionGroup): Set<string> {
  const heads = new Set<string>();
  const own = lastWord(g.name);
  if (own) heads.add(own);
  const counts = new Map<string, number>();
  for (const c of g.choices) {
    const lasts = new Set(phrasesOf(c).flatMap((p) => (p.length > 1 ? [p.at(-1) as string] : [])));
    for (const w of lasts) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  for (const [w, n] of counts) if (n >= 2) heads.add(w);
  // a head noun is a noun: "Add-ons" has none ("on"), and no stop word is one
  for (const w of heads) if (w.length < 3 || LEXICON_STOPWORDS.has(w)) heads.delete(w);
  return heads;
}

const phrasesOf = (c: Choice): string[][] =>
  [c.name, ...c.aliases].map((p) =>
    normalize(p)
      .tokens.filter((t) => !t.punct)
      .map((t) => t.key),
  );
const lastWord = (phrase: string): string | undefined =>
  normalize(phrase)
    .tokens.filter((t) => !t.punct)
    .at(-1)?.key;
const signature = (c: Choice): string => `${c.diet ?? ''}|${[...c.allergens].sort().join(',')}`;
const signatures = (cs: readonly Choice[]): Set<string> => new Set(cs.map(signature));
