import type { Allergen, Diet } from '../../domain/menu-schema.ts';
import type { Token } from './normalize.ts';
import type { Segment } from './segment.ts';

/** What the customer asked one dish to fit: a diet and allergens it must be free of. */
export interface DishFits {
  diet?: Diet;
  allergies: Allergen[];
}

/**
 * The diet and allergen-free words said right before a dish ("a vegan muffin", "a gluten free
 * croissant", "two dairy-free vegan lattes"): the customer asks for that dish as such, so the dish is
 * checked against them as against a stated diet, for this dish only. Only words next to the dish count,
 * read back from the dish's segment (`seg`, an index of `segs`) over diet words, allergen words
 * followed by "free" (or written as one, "nut-free") and option words ("a vegan carnitas taco"); anything
 * else between ("a vegan option, the muffin") ends the reading. A diet word inside the dish's name ("Vegan Garden Pizza") is the name's.
 * Undefined when none is said.
 */
export function dishFits(
  segs: readonly Segment[],
  tokens: readonly Token[],
  seg: number,
): DishFits | undefined {
  const own = segs[seg];
  if (!own) return undefined;
  let diet: Diet | undefined;
  const allergies = new Set<Allergen>();
  let at = own.start;
  for (let k = seg - 1; k >= 0; k--) {
    const s = segs[k] as Segment;
    if (s.type === 'word' && s.end === at && tokens[s.start]?.norm === 'free') {
      // "gluten free": the "free" word read with the allergen before it
      const before = segs[k - 1];
      if (before?.type !== 'lex' || before.end !== s.start) break;
      const named = before.entries.flatMap((e) => (e.kind === 'allergen' ? e.allergens : []));
      if (named.length === 0) break;
      for (const a of named) allergies.add(a);
      at = before.start;
      k--;
      continue;
    }
    if (s.type !== 'lex' || s.end !== at) break;
    // "a vegan carnitas taco", "a gluten free large pizza": the dish's own option words are read over
    if (s.entries.length > 0 && s.entries.every((e) => e.kind === 'choice')) {
      at = s.start;
      continue;
    }
    const dietWord = s.entries.find((e) => e.kind === 'diet');
    const freeWord = s.entries.find(
      (e) => e.kind === 'allergen' && (e.free || tokens[s.end]?.norm === 'free'),
    );
    if (dietWord?.kind === 'diet') diet ??= dietWord.diet;
    else if (freeWord?.kind === 'allergen') for (const a of freeWord.allergens) allergies.add(a);
    else break;
    at = s.start;
  }
  if (diet === undefined && allergies.size === 0) return undefined;
  return { ...(diet ? { diet } : {}), allergies: [...allergies] };
}
