import { distance } from 'fastest-levenshtein';

/**
 * Edit distance between two words: Levenshtein (fastest-levenshtein), with one swap of adjacent letters
 * counted as a single edit ("chikcen"), as customers type. Returns `max + 1` when the lengths alone
 * differ by more than `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const d = distance(a, b);
  return d === 2 && isOneSwap(a, b) ? 1 : d;
}

/** The words differ only by two neighbouring letters swapped. */
function isOneSwap(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i + 1 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/** Typos allowed for a word of this length: none below 5 letters, 1 up to 7, 2 from 8. */
export function allowedTypos(length: number): number {
  if (length < 5) return 0;
  return length < 8 ? 1 : 2;
}

/** `b` is `a` with one letter moved elsewhere ("stake" and "steak"), the rest in order. */
export function oneLetterMoved(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  for (let i = 0; i < a.length; i++) {
    const rest = a.slice(0, i) + a.slice(i + 1);
    for (let j = 0; j <= rest.length; j++)
      if (j !== i && rest.slice(0, j) + a[i] + rest.slice(j) === b) return true;
  }
  return false;
}
