/**
 * Whether a thing asked about ("cheese", "onions", "american cheese") is held by the names given (a dish's
 * ingredients, its standard choices): every word of the thing stands in the name, singular or plural
 * ("onions" in "Raw Onion", "cheese" in "American Cheese"). Returns the names that hold it, as written. Pure.
 */

/** A word's singular stem: "onions" → "onion", "tomatoes" → "tomato", "berries" → "berry". */
function stem(word: string): string {
  const w = word.toLowerCase();
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 4 && w.endsWith('oes')) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

const words = (text: string) => text.toLowerCase().match(/[a-z0-9\u00c0-\u024f]+/g) ?? [];

/** The names (as written) each holding every word of `asked`. */
export function heldBy(asked: string, names: readonly string[]): string[] {
  const want = words(asked).map(stem);
  if (want.length === 0) return [];
  const found = names.filter((name) => {
    const have = new Set(words(name).map(stem));
    return want.every((w) => have.has(w));
  });
  // one name per spelling: "onion" in the ingredients and "Onion" as a standard choice are said once
  const seen = new Set<string>();
  return found.filter((n) => !seen.has(n.toLowerCase()) && seen.add(n.toLowerCase()));
}
