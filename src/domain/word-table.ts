/**
 * A lookup table read with words from text (a customer's message, a model's reply, a venue file): an
 * object without a prototype, frozen, so a word such as "constructor", "toString" or "__proto__" finds
 * nothing instead of a property every plain object inherits (a function where a number or a string was
 * expected). Read it as `table[word]`; its type says a missing word gives undefined.
 *
 * @param entries word → value
 */
export function wordTable<V>(entries: Readonly<Record<string, V>>): Readonly<Partial<Record<string, V>>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, V>, entries));
}
