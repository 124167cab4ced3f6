import type { Token } from './normalize.ts';

const UNITS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  thousand: 1000,
  single: 1,
  couple: 2,
  pair: 2,
  dozen: 12,
  another: 1,
};

export interface QuantityMatch {
  readonly value: number;
  /** Tokens consumed. */
  readonly length: number;
  /** "a"/"an": counts as 1 but is the article, not a stated number. */
  readonly article: boolean;
}

/**
 * A quantity at token `i`: digits ("3", "18000"), words ("three", "twenty one", "a dozen"), "a couple of",
 * "half a dozen", "a"/"an". Trailing "of" is consumed ("a couple of").
 */
export function readQuantity(tokens: readonly Token[], i: number): QuantityMatch | undefined {
  const w = (k: number) => tokens[i + k]?.norm;
  const withOf = (value: number, length: number, article = false): QuantityMatch =>
    w(length) === 'of' ? { value, length: length + 1, article } : { value, length, article };
  const t0 = tokens[i];
  if (!t0 || t0.punct) return undefined;
  if (t0.num !== undefined) {
    if (!Number.isInteger(t0.num)) return undefined;
    // "-3 paneer tikka": the sign is kept, so a negative count is seen (and refused), never read as 3
    const num = t0.minus ? -t0.num : t0.num;
    if (w(1) === 'dozen') return withOf(num * 12, 2);
    return { value: num, length: 1, article: false };
  }
  if (w(0) === 'half' && (w(1) === 'a' || w(1) === 'an') && w(2) === 'dozen') return withOf(6, 3);
  if ((w(0) === 'a' || w(0) === 'an') && w(1) !== undefined) {
    const next = w(1) as string;
    if (next === 'couple' || next === 'pair' || next === 'dozen' || next === 'hundred' || next === 'thousand')
      return withOf(UNITS[next] as number, 2);
    if (next === 'few' || next === 'lot' || next === 'little' || next === 'bit') return undefined;
    return { value: 1, length: 1, article: true };
  }
  const u = UNITS[w(0) as string];
  if (u === undefined) return undefined;
  if (w(0) === 'another') return { value: 1, length: 1, article: true };
  let value = u;
  let length = 1;
  if (u >= 20 && u < 100 && w(1) !== undefined) {
    const ones = UNITS[w(1) as string];
    if (ones !== undefined && ones < 10) {
      value += ones;
      length = 2;
    }
  }
  if (w(length) === 'hundred') {
    value *= 100;
    length++;
  }
  if (w(length) === 'thousand') {
    value *= 1000;
    length++;
  }
  if (w(length) === 'dozen') {
    value *= 12;
    length++;
  }
  return withOf(value, length);
}
